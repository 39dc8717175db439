/** `oncotrial migrate`: apply pending schema migrations and install the default study if none. */
import { Command } from 'commander';
import { runMigrations } from '../../store/migrations/run-migrations.ts';
import { openStore } from '../../store/open-store.ts';
import { ensureDefaultProtocol } from '../../store/protocol/protocol-repository.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('apply pending database migrations (also done on every start)')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(async (opts: { dataDir?: string }) => {
      const config = storeConfigFromEnv(process.env, opts.dataDir);
      const store = await openStore(config, { migrate: false });
      try {
        const r = await runMigrations(store.db, store.dialect);
        const p = await ensureDefaultProtocol(store);
        process.stdout.write(
          `${r.applied.length ? `applied: ${r.applied.join(', ')}` : 'schema is up to date'}\nstudy: ${p.studyId} version ${p.version}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
