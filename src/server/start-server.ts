/**
 * Opens the store (running migrations), installs the default study when the database is new,
 * and listens. Used by `oncotrial serve` and `npm start`.
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/open-store.ts';
import { ensureDefaultProtocol } from '../store/protocol/protocol-repository.ts';
import type { StoreConfig } from '../store/store-config.ts';
import { sessionAuthenticator } from './auth/session-authenticator.ts';
import { type Authenticator, buildApp } from './build-app.ts';
import { startSafetySweepJob } from './jobs/safety-sweep-job.ts';
import { routeTable } from './route-table.ts';

export interface ServerOptions {
  config: StoreConfig;
  host: string;
  port: number;
  webDir?: string;
  logger?: boolean | object;
  authenticator?: (store: Store) => Authenticator;
  /**
   * Minutes between safety sweeps (overdue liver monitoring raised by time alone); absent or 0:
   * no sweep (tests drive time themselves).
   */
  safetySweepMinutes?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_WEB_DIR = resolve(import.meta.dirname, '../../dist/web');

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const store = await openStore(o.config);
  await ensureDefaultProtocol(store);
  const app = await buildApp({
    store,
    routes: routeTable,
    webDir: o.webDir ?? DEFAULT_WEB_DIR,
    logger: o.logger ?? { level: 'info' },
    authenticator: (o.authenticator ?? sessionAuthenticator)(store),
  });
  const address = await app.listen({ host: o.host, port: o.port });
  const sweep = o.safetySweepMinutes
    ? startSafetySweepJob(store, app.log, o.safetySweepMinutes)
    : null;
  return {
    app,
    store,
    url: address,
    async close() {
      await sweep?.stop();
      await app.close();
      await store.close();
    },
  };
}
