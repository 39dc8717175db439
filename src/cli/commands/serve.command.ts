/** `oncotrial serve`: the HTTP API and the web app on the embedded database or PostgreSQL. */
import { Command } from 'commander';
import { startServer } from '../../server/start-server.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description(
      'serve the API and the web app (SQLite under --data-dir, or PostgreSQL when DATABASE_URL is set)',
    )
    .option('--port <port>', 'port to listen on (env PORT)', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on (env HOST)', process.env.HOST ?? '127.0.0.1')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(async (opts: { port: string; host: string; dataDir?: string }) => {
      const config = storeConfigFromEnv(process.env, opts.dataDir);
      const server = await startServer({ config, host: opts.host, port: Number(opts.port) });
      const where =
        config.kind === 'sqlite' ? `SQLite ${config.file}` : 'PostgreSQL (DATABASE_URL)';
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
    });
}
