/**
 * `oncotrial restore --in FILE [--data-dir D] [--force]`: loads a backup into the database this
 * configuration names (stop the server first). Exit 0 restored, 1 refused because the destination
 * holds data (without --force) or failed, 2 the file is not a whole, valid backup.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { BadBackup, RestoreRefused, restoreDatabase } from '../../store/backup/restore-database.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

export function restoreCommand(): Command {
  return new Command('restore')
    .description(
      'restore a backup into the database (SQLite under --data-dir, or PostgreSQL when DATABASE_URL is set); stop the server first',
    )
    .requiredOption('--in <file>', 'backup file written by `oncotrial backup`')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .option('--force', 'replace a destination database that holds data')
    .action(async (opts: { in: string; dataDir?: string; force?: boolean }) => {
      try {
        const config = storeConfigFromEnv(process.env, opts.dataDir);
        const s = await restoreDatabase(resolve(opts.in), config, { force: opts.force === true });
        const rows = Object.values(s.rows).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `restored ${rows} rows into ${config.kind === 'sqlite' ? config.file : 'PostgreSQL (DATABASE_URL)'}${s.replaced ? ' (replacing its data)' : ''}; audit chain OK: ${s.verification.events} events, head ${s.verification.headSeq}\n`,
        );
        process.exitCode = 0;
      } catch (e) {
        process.stderr.write(`restore refused: ${(e as Error).message}\n`);
        process.exitCode = e instanceof BadBackup ? 2 : 1;
        if (!(e instanceof BadBackup) && !(e instanceof RestoreRefused))
          process.stderr.write(`${(e as Error).stack ?? ''}\n`);
      }
    });
}
