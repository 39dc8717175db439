#!/usr/bin/env node
// `npm test`: format and lint check, type check, then every vitest suite, and a closing line
// `N passed, N failed` computed from vitest's JSON results (CI reads that line).
//
// PostgreSQL: the repository suite runs on PostgreSQL when a server answers at
// ONCOTRIAL_TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/test). When none answers
// the suite is skipped with a clear message — unless ONCOTRIAL_REQUIRE_PG=1 (CI), then it fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const pgUrl = process.env.ONCOTRIAL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requirePg = process.env.ONCOTRIAL_REQUIRE_PG === '1';

function run(label, cmd, args, env = process.env) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

async function pgReachable() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (e) {
    return e.message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

const steps = [];
steps.push(['lint', run('lint and format (biome)', 'npx', ['biome', 'check', '.'])]);
steps.push([
  'typecheck',
  run('type check (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
]);

// the browser suites (*.browser.test.ts) serve dist/web: build it from the current sources
steps.push([
  'build web app',
  run('build web app (vite)', 'npx', ['vite', 'build', '--config', 'src/web/vite.config.ts']),
]);

const env = { ...process.env };
const pgProblem = await pgReachable();
if (pgProblem === null) {
  env.ONCOTRIAL_TEST_PG_URL = pgUrl;
  console.log(`\nPostgreSQL suite: ON (${pgUrl})`);
} else if (requirePg) {
  console.error(
    `\nPostgreSQL suite required (ONCOTRIAL_REQUIRE_PG=1) but ${pgUrl} is unreachable: ${pgProblem}`,
  );
  process.exit(1);
} else {
  delete env.ONCOTRIAL_TEST_PG_URL;
  console.log(
    `\nPostgreSQL suite: SKIPPED — no PostgreSQL answered at ${pgUrl} (${pgProblem}).\n` +
      'Set ONCOTRIAL_TEST_PG_URL to a server where the user may CREATE DATABASE to run it.',
  );
}

mkdirSync('test-results', { recursive: true });
const extra = process.argv.slice(2);
const vitestStatus = run(
  'tests (vitest)',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/vitest.json',
    ...extra,
  ],
  env,
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const res = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed = res.numPassedTests;
  failed = res.numFailedTests;
  skipped = res.numPendingTests + (res.numTodoTests ?? 0);
  // a suite that failed to load counts as a failure even with no test inside it
  failed += res.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
} catch {
  failed += 1;
}
for (const [name, status] of steps)
  if (status !== 0) {
    console.log(`${name} failed`);
    failed += 1;
  }
if (vitestStatus !== 0 && failed === 0) failed += 1;
if (pgProblem !== null) console.log('(PostgreSQL suite skipped: see above)');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
