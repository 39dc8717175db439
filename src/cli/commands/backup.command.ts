/**
 * `oncotrial backup --out FILE`: an online, consistent backup of the whole database (every table
 * and the audit checkpoint) while the server keeps running. Exit 0 when written, 1 on failure.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { backupDatabase } from '../../store/backup/backup-database.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

export function backupCommand(): Command {
  return new Command('backup')
    .description(
      'write an online, consistent backup (gzip JSON lines; SQLite or PostgreSQL) that `oncotrial restore` reads',
    )
    .requiredOption('--out <file>', 'backup file to write (replaced when it exists)')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(async (opts: { out: string; dataDir?: string }) => {
      try {
        const s = await backupDatabase(
          storeConfigFromEnv(process.env, opts.dataDir),
          resolve(opts.out),
        );
        const rows = Object.values(s.rows).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `backup written: ${s.file} (${s.dialect}, ${s.tables} tables, ${rows} rows, audit head ${s.auditHead.seq}, ${s.bytes} bytes)\n`,
        );
        process.exitCode = 0;
      } catch (e) {
        process.stderr.write(`backup failed: ${(e as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
