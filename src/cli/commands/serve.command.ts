/**
 * `oncotrial serve`: the HTTP API and the web app on the embedded database or PostgreSQL. On the
 * first start (a database with no subjects and no accounts) it loads the demo study and prints
 * the demo accounts, so `npm start` lands in a living study; `--no-demo` starts empty.
 */
import { Command } from 'commander';
import { startServer } from '../../server/start-server.ts';
import { openStore } from '../../store/open-store.ts';
import type { StoreConfig } from '../../store/store-config.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';
import { demoSummary } from '../demo/demo-summary.ts';
import { isFreshStudy, loadDemo } from '../demo/load-demo.ts';

/** Loads the demo into a brand-new database; returns the console summary, or null if not new. */
async function demoOnFirstStart(config: StoreConfig): Promise<string | null> {
  const store = await openStore(config);
  try {
    if (!(await isFreshStudy(store))) return null;
    process.stdout.write(
      'First start: loading the demo study (oncotrial serve --no-demo to skip)…\n',
    );
    return demoSummary(await loadDemo(store, { log: (l) => process.stderr.write(`${l}\n`) }));
  } finally {
    await store.close();
  }
}

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'serve the API and the web app (SQLite under --data-dir, or PostgreSQL when DATABASE_URL is set)',
    )
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .option('--no-demo', 'do not load the demo study into a new, empty database')
    .option(
      '--safety-sweep-minutes <minutes>',
      're-evaluate every subject on study for overdue liver monitoring this often (0: never)',
      '60',
    )
    .action(
      async (opts: {
        port: string;
        host: string;
        dataDir?: string;
        demo: boolean;
        safetySweepMinutes: string;
      }) => {
        const sweepMinutes = Number(opts.safetySweepMinutes);
        if (!Number.isFinite(sweepMinutes) || sweepMinutes < 0)
          throw new Error(
            `--safety-sweep-minutes must be a number of minutes ≥ 0, got "${opts.safetySweepMinutes}"`,
          );
        const config = storeConfigFromEnv(process.env, opts.dataDir);
        const demo = opts.demo ? await demoOnFirstStart(config) : null;
        const server = await startServer({
          config,
          host: opts.host,
          port: Number(opts.port),
          safetySweepMinutes: sweepMinutes,
        });
        const where =
          config.kind === 'sqlite' ? `SQLite ${config.file}` : 'PostgreSQL (DATABASE_URL)';
        if (demo) process.stdout.write(`\n${demo}\n`);
        process.stdout.write(
          `oncotrial is serving http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${opts.port}  (${where})\n`,
        );
        const stop = async () => {
          await server.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        await new Promise(() => {});
      },
    );
}
