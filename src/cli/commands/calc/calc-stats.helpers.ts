/** Test helper for the statistics `calc` commands: run the real binary with JSON on stdin. */
import { spawnSync } from 'node:child_process';

export function runCalc(name: string, input: unknown) {
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', name], {
    input: typeof input === 'string' ? input : JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
