/**
 * Where the data lives: PostgreSQL when `DATABASE_URL` is a postgres URL, otherwise an embedded
 * SQLite file `oncotrial.sqlite` under the data directory (`ONCOTRIAL_DATA_DIR`, default `./data`).
 */
import { join, resolve } from 'node:path';

export type StoreConfig =
  | { kind: 'sqlite'; file: string; dataDir: string }
  | { kind: 'postgres'; url: string; dataDir: string };

export function storeConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  dataDirOverride?: string,
): StoreConfig {
  const dataDir = resolve(dataDirOverride ?? env.ONCOTRIAL_DATA_DIR ?? 'data');
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url, dataDir };
  if (url && url.length > 0)
    throw new Error(
      `DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:…"); leave it unset for the embedded SQLite database`,
    );
  return { kind: 'sqlite', file: join(dataDir, 'oncotrial.sqlite'), dataDir };
}

/** The audit checkpoint file for a store (one per database). */
export function checkpointPath(config: StoreConfig): string {
  if (config.kind === 'sqlite') return `${config.file}.audit-head.json`;
  const u = new URL(config.url);
  const name = `${u.hostname}_${u.port || 5432}_${u.pathname.replace(/\W/g, '')}`;
  return join(config.dataDir, `postgres-${name}.audit-head.json`);
}
