/**
 * `oncotrial cut create --name N --date D` freezes the study's data as an immutable data cut
 * (store/data-cuts) audited as the command-line operator; `oncotrial cut list` lists the cuts.
 * Bad input (name, date, duplicate name, a date after today) prints one error, exit 2.
 */
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { isIsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { createDataCut, listDataCuts } from '../../store/data-cuts/data-cut-repository.ts';
import { openStore } from '../../store/open-store.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

/** The audit trail names the operating-system account that ran the command. */
export function cliActor(): { id: string; name: string } {
  const name = userInfo().username;
  return { id: `cli:${name}`, name: `${name} (command line)` };
}

export function cutCommand(): Command {
  const cut = new Command('cut').description('data cuts: immutable snapshots for analysis reports');
  cut.addCommand(
    new Command('create')
      .description('freeze the study data at a cut-off date (audited, hashed, never changed)')
      .requiredOption('--name <name>', 'unique name, e.g. interim-stage-1')
      .requiredOption('--date <date>', 'cut-off date YYYY-MM-DD (inclusive)')
      .option(
        '--data-dir <dir>',
        'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)',
      )
      .action(async (opts: { name: string; date: string; dataDir?: string }) => {
        if (!isIsoDate(opts.date)) {
          process.stderr.write(`--date: must be a calendar date written YYYY-MM-DD\n`);
          process.exitCode = 2;
          return;
        }
        const store = await openStore(storeConfigFromEnv(process.env, opts.dataDir));
        try {
          const c = await createDataCut(store, cliActor(), {
            name: opts.name,
            cutoffDate: opts.date,
          });
          process.stdout.write(
            `data cut ${c.name}: cut-off ${c.cutoffDate}, audit head ${c.auditSeq}, sha256 ${c.contentHash}\n`,
          );
          process.exitCode = 0;
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          const f = e.failure;
          const msg =
            f.kind === 'invalid'
              ? f.issues.map((i) => `${i.path.replace(/^body\./, '--')}: ${i.message}`).join('\n')
              : e.message;
          process.stderr.write(`oncotrial cut create: ${msg}\n`);
          process.exitCode = 2;
        } finally {
          await store.close();
        }
      }),
  );
  cut.addCommand(
    new Command('list')
      .description('list the data cuts')
      .option(
        '--data-dir <dir>',
        'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)',
      )
      .action(async (opts: { dataDir?: string }) => {
        const store = await openStore(storeConfigFromEnv(process.env, opts.dataDir));
        try {
          for (const c of await listDataCuts(store))
            process.stdout.write(`${c.name}\t${c.cutoffDate}\t${c.auditSeq}\t${c.contentHash}\n`);
          process.exitCode = 0;
        } finally {
          await store.close();
        }
      }),
  );
  return cut;
}
