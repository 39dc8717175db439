/**
 * `oncotrial audit verify` as a user runs it: on an untouched database it passes; after someone
 * edits an audit row by hand (triggers dropped first, as a database administrator could) it
 * fails loudly with exit code 1 and names the broken event.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../store/open-store.ts';

const bin = join(import.meta.dirname, '../../../bin/oncotrial.mjs');
const run = (dataDir: string) =>
  spawnSync(process.execPath, [bin, 'audit', 'verify', '--data-dir', dataDir], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
  });

describe('oncotrial audit verify', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-cli-audit-'));
    const m = spawnSync(process.execPath, [bin, 'migrate', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(m.status, m.stderr).toBe(0);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('passes on an untouched database', () => {
    const r = run(dataDir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/audit chain OK: 1 events/);
  });

  it('fails loudly after an audit row was edited by hand', () => {
    const db = openSqlite(join(dataDir, 'oncotrial.sqlite'));
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare("UPDATE audit_events SET actor_name = 'someone else' WHERE seq = 1").run();
    db.close();
    const r = run(dataDir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUDIT CHAIN BROKEN at event 1 \(hash-mismatch\)/);
    expect(r.stdout).toBe('');
  });
});
