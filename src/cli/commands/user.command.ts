/**
 * `oncotrial user …`: account bootstrap from the server's shell. The first administrator is
 * created here; like every account, they receive a one-time link and choose their own password
 * (an administrator can never learn or set one). `user reset` issues a new one-time link for a
 * user who lost their password. Both are audited as the system actor.
 */
import { Command } from 'commander';
import { DomainError, describeFailure } from '../../core/shared/domain-error.ts';
import { createUser, grantRole, issueResetToken } from '../../store/accounts/user-repository.ts';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import { openStore, type Store } from '../../store/open-store.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

async function withStore(
  dataDir: string | undefined,
  fn: (store: Store) => Promise<void>,
): Promise<void> {
  const store = await openStore(storeConfigFromEnv(process.env, dataDir));
  try {
    await fn(store);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    process.stderr.write(`error: ${describeFailure(e.failure)}\n`);
    process.exitCode = 2;
  } finally {
    await store.close();
  }
}

const link = (base: string, token: string) =>
  `${base.replace(/\/$/, '')}/set-password?token=${token}`;

export function userCommand(): Command {
  const user = new Command('user').description(
    'accounts: create the first administrator, issue password links',
  );
  user.addCommand(
    new Command('create-admin')
      .description(
        'create an administrator account and print its one-time link to choose a password',
      )
      .requiredOption('--username <name>', 'user name (2–64 letters, digits, . _ -)')
      .requiredOption('--name <display>', 'printed name shown in the audit trail and on signatures')
      .option('--email <email>', 'e-mail address')
      .option(
        '--base-url <url>',
        'address of the app, for the printed link',
        'http://localhost:3000',
      )
      .option(
        '--data-dir <dir>',
        'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)',
      )
      .action(
        async (o: {
          username: string;
          name: string;
          email?: string;
          baseUrl: string;
          dataDir?: string;
        }) => {
          await withStore(o.dataDir, async (store) => {
            const { user: u, activationToken } = await createUser(store, SYSTEM_ACTOR, {
              username: o.username,
              displayName: o.name,
              email: o.email ?? null,
            });
            await grantRole(store, SYSTEM_ACTOR, u.id, 'administrator', null);
            process.stdout.write(
              `administrator ${u.username} created (id ${u.id}).\nOne-time link to choose the password (valid 72 h; give it only to ${o.name}):\n${link(o.baseUrl, activationToken)}\n`,
            );
          });
        },
      ),
  );
  user.addCommand(
    new Command('reset')
      .description('print a one-time link with which a user chooses a new password')
      .requiredOption('--username <name>', 'user name')
      .option(
        '--base-url <url>',
        'address of the app, for the printed link',
        'http://localhost:3000',
      )
      .option(
        '--data-dir <dir>',
        'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)',
      )
      .action(async (o: { username: string; baseUrl: string; dataDir?: string }) => {
        await withStore(o.dataDir, async (store) => {
          const row = await store.db
            .selectFrom('users')
            .select(['id', 'display_name'])
            .where('username', '=', o.username.trim().toLowerCase())
            .executeTakeFirst();
          if (!row)
            throw new DomainError({
              kind: 'invalid',
              issues: [
                { path: '--username', rule: 'user-exists', message: `no user named ${o.username}` },
              ],
            });
          const token = await issueResetToken(store, SYSTEM_ACTOR, row.id);
          process.stdout.write(
            `One-time link for ${row.display_name} to choose a new password (valid 72 h):\n${link(o.baseUrl, token)}\n`,
          );
        });
      }),
  );
  return user;
}
