#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (or those whose name contains one of the
// arguments: `npm run bench -- http-write km`) one after another with `node --import tsx`,
// each printing its figures and writing bench-results/<name>.json. Exit 1 if any failed.
// Timings are never asserted anywhere: they are figures to read, compare and publish.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const filters = process.argv.slice(2);
const benches = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (benches.length === 0) {
  console.error(`no bench/*.bench.ts matches ${filters.join(', ')}`);
  process.exit(1);
}
const failed = [];
for (const f of benches) {
  console.log(`\n== ${f}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join('bench', f)], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(
    `== ${f}: ${r.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (r.status !== 0) failed.push(f);
}
console.log(
  `\n${benches.length - failed.length} of ${benches.length} benchmarks ran${failed.length ? `; failed: ${failed.join(', ')}` : ''}; figures in bench-results/`,
);
process.exit(failed.length ? 1 : 0);
