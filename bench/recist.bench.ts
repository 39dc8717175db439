/**
 * RECIST engine throughput: subjects × 8 assessments × 5 lesions, through the library API
 * (`evaluateSubject`, with and without the zod parse) and through `oncotrial calc recist` with
 * one big JSON array via --in (one process per size; its start-up measured with `[]` and shown
 * apart). Library figures are the fastest of 2–3 runs. Prints subjects/s at several sizes so linear scaling shows as a flat rate.
 *
 * Run: node --import tsx bench/recist.bench.ts [maxSubjects=100000]
 * Writes bench-results/recist.json.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateSubject } from '../src/core/recist/evaluate-subject.ts';
import { recistSubjectSchema } from '../src/core/recist/recist-input.schema.ts';
import { generateSubjects } from './recist-subject-generator.ts';

const max = Number(process.argv[2] ?? 100_000);
const sizes = [1_000, 10_000, 30_000, 100_000].filter((n) => n <= max);
const ASSESSMENTS = 8;

interface Row {
  path: string;
  subjects: number;
  seconds: number;
  subjectsPerSecond: number;
}
const rows: Row[] = [];
function record(path: string, subjects: number, seconds: number): void {
  const row = { path, subjects, seconds, subjectsPerSecond: Math.round(subjects / seconds) };
  rows.push(row);
  console.log(
    `${path.padEnd(34)} ${String(subjects).padStart(7)} subjects  ${seconds.toFixed(3).padStart(8)} s  ${String(row.subjectsPerSecond).padStart(8)} subjects/s`,
  );
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

console.log(
  `RECIST 1.1 benchmark: ${ASSESSMENTS} assessments × 5 lesions per subject (node ${process.version})`,
);
const all = generateSubjects(sizes.at(-1) ?? 1000, ASSESSMENTS);
for (const s of all.slice(0, 5000)) evaluateSubject(recistSubjectSchema.parse(s)); // warm-up

/** Fastest of `reps` runs: the machine is shared, and the minimum is the least disturbed. */
function fastest(reps: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    run();
    best = Math.min(best, seconds(t));
  }
  return best;
}

for (const n of sizes) {
  const subjects = all.slice(0, n);
  const reps = n >= 100_000 ? 2 : 3;
  record(
    'library evaluateSubject',
    n,
    fastest(reps, () => {
      for (const s of subjects) evaluateSubject(s);
    }),
  );
  record(
    'library parse + evaluateSubject',
    n,
    fastest(reps, () => {
      for (const s of subjects) evaluateSubject(recistSubjectSchema.parse(s));
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'recist-bench-'));
function runCli(subjects: unknown[]): { seconds: number; outBytes: number } {
  const inFile = join(dir, 'in.json');
  const outFile = join(dir, 'out.json');
  writeFileSync(inFile, JSON.stringify(subjects));
  const fd = openSync(outFile, 'w');
  const t = process.hrtime.bigint();
  const r = spawnSync('node', ['bin/oncotrial.mjs', 'calc', 'recist', '--in', inFile], {
    stdio: ['ignore', fd, 'pipe'],
    encoding: 'utf8',
  });
  const s = seconds(t);
  closeSync(fd);
  if (r.status !== 0) throw new Error(`calc recist exited ${r.status}: ${r.stderr}`);
  return { seconds: s, outBytes: statSync(outFile).size };
}
try {
  const startup = runCli([]).seconds;
  console.log(`calc recist start-up (empty array): ${startup.toFixed(3)} s`);
  for (const n of sizes) {
    const { seconds: s, outBytes } = runCli(all.slice(0, n));
    record('cli calc recist --in (wall)', n, s);
    record('cli calc recist --in (minus start-up)', n, s - startup);
    console.log(`  output ${(outBytes / 1e6).toFixed(1)} MB`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Compare from 10,000 subjects up: below that, JIT warm-up and process start dominate.
const linearity = Object.fromEntries(
  [...new Set(rows.map((r) => r.path))].map((path) => {
    const mine = rows.filter((r) => r.path === path && r.subjects >= 10_000);
    const first = mine[0];
    const last = mine.at(-1);
    return [
      path,
      first && last ? +(last.subjectsPerSecond / first.subjectsPerSecond).toFixed(2) : null,
    ];
  }),
);
console.log('rate at largest size ÷ rate at 10,000 subjects (1.0 = linear):', linearity);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/recist.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, assessments: ASSESSMENTS, lesions: 5, rows, linearity }, null, 2)}\n`,
);
