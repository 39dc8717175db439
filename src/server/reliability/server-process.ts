/**
 * Runs the real `oncotrial serve` as a child process (what an operator runs), on a port the OS
 * just handed out, and waits until `/api/health` answers. The server's log goes to a file in the
 * data directory (so a full pipe can never stall it); its tail is shown when start-up fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const CLI_PATH = resolve(import.meta.dirname, '../../../bin/oncotrial.mjs');

export interface ServerProcessOptions {
  dataDir: string;
  /** PostgreSQL URL; unset for the embedded SQLite database under `dataDir`. */
  databaseUrl?: string;
  readyTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or the signal's name) when the process has gone. */
  exited: Promise<number | string>;
  /** Sends `signal` and waits until the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
  /** Resident memory of the server process in bytes (Linux /proc), or null elsewhere. */
  rssBytes(): number | null;
}

/** A port that was free a moment ago (the OS picked it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => done(port));
    });
  });
}

/** Environment for a child `oncotrial` process on the given database. */
export function serverEnv(databaseUrl: string | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.ONCOTRIAL_DATA_DIR;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/**
 * Starts `oncotrial serve` and resolves once it is healthy. Retries on a fresh port when the
 * chosen one was taken in the meantime.
 *
 * @example
 * const server = await startServerProcess({ dataDir });
 * await server.stop('SIGKILL');
 */
export async function startServerProcess(o: ServerProcessOptions): Promise<ServerProcess> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(o, await freePort());
    } catch (e) {
      lastError = e;
      if (!String(e).includes('EADDRINUSE')) throw e;
    }
  }
  throw lastError;
}

async function startOnce(o: ServerProcessOptions, port: number): Promise<ServerProcess> {
  const logFile = join(o.dataDir, 'server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [CLI_PATH, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data-dir', o.dataDir],
    { env: serverEnv(o.databaseUrl), stdio: ['ignore', fd, fd] },
  );
  closeSync(fd);
  let gone: number | string | null = null;
  const exited = new Promise<number | string>((done) => {
    child.once('exit', (code, signal) => {
      gone = code ?? signal ?? 'unknown';
      done(gone);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    pid: child.pid ?? -1,
    child,
    logFile,
    exited,
    async stop(signal = 'SIGTERM') {
      if (gone === null) child.kill(signal);
      return exited;
    },
    rssBytes() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : null;
      } catch {
        return null;
      }
    },
  };
  const deadline = Date.now() + (o.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (gone !== null) throw new Error(`oncotrial serve exited (${gone}):\n${logTail(logFile)}`);
    if (await healthy(url)) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop('SIGKILL');
  throw new Error(`oncotrial serve did not become healthy in time:\n${logTail(logFile)}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    await r.arrayBuffer();
    return r.status === 200;
  } catch {
    return false;
  }
}

/** The last lines of a server log, for failure messages. */
export function logTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
