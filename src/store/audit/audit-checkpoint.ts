/**
 * The chain-head checkpoint kept outside the database (a small file in the data directory), so
 * that deleting the newest audit events — which leaves a chain that is valid as far as it goes —
 * is still detected. Written atomically (temp file + rename) after each commit; it only moves
 * forward.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  writtenAt: string;
}

export function readCheckpoint(path: string): AuditCheckpoint | null {
  try {
    const c = JSON.parse(readFileSync(path, 'utf8')) as AuditCheckpoint;
    return typeof c.seq === 'number' && typeof c.hash === 'string' ? c : null;
  } catch {
    return null;
  }
}

export function writeCheckpoint(path: string, c: AuditCheckpoint): void {
  const current = readCheckpoint(path);
  if (current && current.seq >= c.seq) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(c)}\n`);
  renameSync(tmp, path);
}
