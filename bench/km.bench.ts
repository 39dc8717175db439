/**
 * Kaplan–Meier at 10⁶ subjects against R's survfit on the same data in the same run, and the
 * Simon two-stage search at nmax = 150.
 *
 * Two data sets of 10⁶ subjects (seeded): integer days 1–2000 (heavy ties, the clinical case)
 * and continuous exponential times (~10⁶ distinct times). For each: `kaplanMeierColumns` (the
 * computation behind `calc km`: sort, curve, CI, median, quartiles, landmarks, at-risk — the
 * steps as columns, as R's survfit object holds them) against R `survfit(Surv(time, status) ~ 1)`
 * + `quantile()`, both fastest of 3 in-process runs; `kaplanMeier` with one row object per step
 * (what `calc km` serialises) is timed too. Then every time, number at risk, survival, standard
 * error and limit is compared with R's value by value. Also `calc km` end
 * to end (process start, JSON in and out) on the integer-day data.
 *
 * Run: node --import tsx bench/km.bench.ts
 * Writes bench-results/km.json. Prints "R not installed" when Rscript is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kaplanMeier, kaplanMeierColumns } from '../src/core/stats/kaplan-meier.ts';
import { kmConfidenceBand } from '../src/core/stats/km-confidence.ts';
import { estimateKmCurve } from '../src/core/stats/km-curve.ts';
import { simonTwoStage } from '../src/core/stats/simon-two-stage.ts';

const N = Number(process.argv[2] ?? 1_000_000);

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dataset(kind: 'integer-days' | 'continuous', n: number) {
  const r = rng(kind === 'integer-days' ? 20261125 : 4242);
  const time = new Float64Array(n);
  const status = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const event = -Math.log(1 - r()) * 400;
    const censor = -Math.log(1 - r()) * 900;
    const t = Math.min(event, censor);
    time[i] = kind === 'integer-days' ? Math.min(2000, 1 + Math.floor(t)) : t;
    status[i] = event <= censor && (kind === 'continuous' || t < 2000) ? 1 : 0;
  }
  return { time, status };
}

function fastest(reps: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return best;
}

const R_SCRIPT = `
suppressMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
n <- as.integer(args[2])
con <- file(args[1], "rb"); time <- readBin(con, "double", n); status <- readBin(con, "double", n); close(con)
best <- Inf
for (i in 1:3) {
  t0 <- proc.time()[["elapsed"]]
  fit <- survfit(Surv(time, status) ~ 1)
  q <- quantile(fit, c(0.25, 0.5, 0.75))
  best <- min(best, proc.time()[["elapsed"]] - t0)
}
con <- file(args[3], "wb")
writeBin(c(length(fit$time), best, q$quantile, q$lower, q$upper), con)
writeBin(c(fit$time, fit$n.risk, fit$surv, fit$std.err, fit$lower, fit$upper), con)
close(con)
`;

function hasR(): boolean {
  const r = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

interface Comparison {
  rows: number;
  rowsR: number;
  maxRelativeDifference: number;
  identicalValues: number;
  comparedValues: number;
  quantilesEqual: boolean;
  identicalByColumn: Record<string, string>;
}

function compareWithR(
  dir: string,
  data: { time: Float64Array; status: Float64Array },
): { seconds: number; comparison: Comparison } {
  const input = join(dir, 'in.bin');
  const output = join(dir, 'out.bin');
  const script = join(dir, 'km.R');
  writeFileSync(script, R_SCRIPT);
  const buf = Buffer.alloc(data.time.length * 16);
  Buffer.from(data.time.buffer).copy(buf, 0);
  Buffer.from(data.status.buffer).copy(buf, data.time.length * 8);
  writeFileSync(input, buf);
  const r = spawnSync('Rscript', [script, input, String(data.time.length), output], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`Rscript failed: ${r.stderr}`);
  const raw = readFileSync(output);
  const all = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
  const m = all[0] as number;
  const seconds = all[1] as number;
  const rq = Array.from(all.subarray(2, 11));
  const col = (k: number) => all.subarray(11 + k * m, 11 + (k + 1) * m);

  const curve = estimateKmCurve(data.time, data.status);
  const band = kmConfidenceBand(curve.survival, curve.seLog, 'log', 0.95);
  const ours = [curve.time, curve.nRisk, curve.survival, curve.seLog, band.lower, band.upper];
  let maxRel = 0;
  let identical = 0;
  let compared = 0;
  const identicalByColumn: Record<string, string> = {};
  const names = ['time', 'nRisk', 'survival', 'seLog', 'lower', 'upper'];
  for (let k = 0; k < 6 && curve.length === m; k++) {
    const before = identical;
    const a = ours[k] as Float64Array;
    const b = col(k);
    for (let i = 0; i < m; i++) {
      const x = a[i] as number;
      const y = b[i] as number;
      compared++;
      if (Object.is(x, y) || (Number.isNaN(x) && Number.isNaN(y))) {
        identical++;
        continue;
      }
      const rel = Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);
      if (rel > maxRel || Number.isNaN(rel))
        maxRel = Number.isNaN(rel) ? Number.POSITIVE_INFINITY : rel;
    }
    identicalByColumn[names[k] as string] = `${identical - before}/${m}`;
  }
  const res = kaplanMeier({ time: data.time, status: data.status });
  const oq = res.quantiles.flatMap((q) => [q.estimate, q.lower, q.upper]);
  const rqOrdered = [0, 1, 2].flatMap((i) => [rq[i], rq[3 + i], rq[6 + i]]);
  const quantilesEqual = oq.every((v, i) => {
    const w = rqOrdered[i] as number;
    return (v === null && Number.isNaN(w)) || v === w;
  });
  return {
    seconds,
    comparison: {
      rows: curve.length,
      rowsR: m,
      maxRelativeDifference: maxRel,
      identicalValues: identical,
      comparedValues: compared,
      quantilesEqual,
      identicalByColumn,
    },
  };
}

const results: Record<string, unknown> = {
  node: process.version,
  subjects: N,
  km: [] as unknown[],
};
const rAvailable = hasR();
console.log(`Kaplan–Meier benchmark, ${N.toLocaleString('en')} subjects (node ${process.version})`);
if (!rAvailable) console.log('R not installed: no comparison with survfit');
const dir = mkdtempSync(join(tmpdir(), 'km-bench-'));
try {
  for (const kind of ['integer-days', 'continuous'] as const) {
    const data = dataset(kind, N);
    kaplanMeier({ time: data.time.subarray(0, 1000), status: data.status.subarray(0, 1000) }); // warm-up
    const ours = fastest(3, () => {
      kaplanMeierColumns({
        time: data.time,
        status: data.status,
        landmarks: [252],
        riskTimes: [0, 252],
      });
    });
    const oursRows = fastest(2, () => {
      kaplanMeier({ time: data.time, status: data.status, landmarks: [252], riskTimes: [0, 252] });
    });
    const row: Record<string, unknown> = {
      dataset: kind,
      oursSeconds: ours,
      oursWithRowObjectsSeconds: oursRows,
    };
    let line = `${kind.padEnd(13)} oncotrial ${ours.toFixed(3)} s (building the step row objects for JSON too: ${oursRows.toFixed(3)} s)`;
    if (rAvailable) {
      const { seconds, comparison } = compareWithR(dir, data);
      Object.assign(row, { rSurvfitSeconds: seconds, ratio: seconds / ours, comparison });
      line += `\n${''.padEnd(13)} R survfit + quantile ${seconds.toFixed(3)} s → R / oncotrial = ${(seconds / ours).toFixed(1)}×\n${''.padEnd(13)} ${comparison.rows} rows (R ${comparison.rowsR}); ${comparison.identicalValues} of ${comparison.comparedValues} values bit-identical, max relative difference ${comparison.maxRelativeDifference.toExponential(1)}; quartiles and CIs ${comparison.quantilesEqual ? 'identical' : 'DIFFER'}\n${''.padEnd(13)} bit-identical by column: ${JSON.stringify(comparison.identicalByColumn)}`;
    }
    console.log(line);
    (results.km as unknown[]).push(row);

    if (kind === 'integer-days') {
      const file = join(dir, 'km.json');
      writeFileSync(
        file,
        JSON.stringify({ time: Array.from(data.time), status: Array.from(data.status) }),
      );
      const t = process.hrtime.bigint();
      const cli = spawnSync('node', ['bin/oncotrial.mjs', 'calc', 'km', '--in', file], {
        maxBuffer: 1 << 30,
      });
      const s = Number(process.hrtime.bigint() - t) / 1e9;
      row.cliSeconds = s;
      console.log(
        `${''.padEnd(13)} calc km end to end (process, JSON parse, zod, compute, JSON out): ${s.toFixed(2)} s, exit ${cli.status}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const simonRows: unknown[] = [];
for (const [p0, p1, beta] of [
  [0.05, 0.2, 0.2],
  [0.1, 0.3, 0.2],
  [0.4, 0.6, 0.1],
] as const) {
  let d: ReturnType<typeof simonTwoStage> | undefined;
  const s = fastest(3, () => {
    d = simonTwoStage({ p0, p1, alpha: 0.05, beta, nmax: 150 });
  });
  const o = d?.optimal;
  const m = d?.minimax;
  console.log(
    `Simon nmax 150, p0 ${p0} p1 ${p1} β ${beta}: ${(s * 1000).toFixed(0)} ms — optimal ${o?.r1}/${o?.n1}, ${o?.r}/${o?.n}; minimax ${m?.r1}/${m?.n1}, ${m?.r}/${m?.n}`,
  );
  simonRows.push({ p0, p1, alpha: 0.05, beta, nmax: 150, seconds: s, optimal: o, minimax: m });
}
results.simon = simonRows;

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/km.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench-results/km.json');
