/**
 * Data-cut benchmark (issue 12): a cut of a simulated study loaded through the real write path
 * (`loadDemo`, 12 subjects), its snapshot scaled to N subjects (default 10,000) by cloning every
 * subject's rows under new ids, then every in-memory step of a cut and of its report: canonical
 * JSON of the whole snapshot (what createDataCut stores), SHA-256, JSON.parse (what getDataCut
 * does), the report model (final, closed) and its HTML. Prints time, size and peak RSS per step;
 * writes bench-results/data-cut.json.
 *
 *   node --import tsx bench/data-cut.bench.ts [subjects]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadDemo } from '../src/cli/demo/load-demo.ts';
import { buildReport } from '../src/core/reports/build-report.ts';
import {
  type CutSnapshot,
  SNAPSHOT_TABLES,
  type SnapshotRow,
  sortRows,
} from '../src/core/reports/cut-snapshot.ts';
import { renderReportHtml } from '../src/core/reports/render/report-html.ts';
import { canonicalJson } from '../src/store/audit/canonical-json.ts';
import { createDataCut, getDataCut } from '../src/store/data-cuts/data-cut-repository.ts';
import { createTestStore } from '../src/store/testing/test-stores.ts';

const target = Number(process.argv[2] ?? 10_000);
const SHARED = new Set(['protocol_versions', 'sites']);

const store = await createTestStore('sqlite');
let template: CutSnapshot;
try {
  const demo = await loadDemo(store, { subjects: 12, seed: 1 });
  await createDataCut(
    store,
    { id: 'bench', name: 'Bench' },
    { name: 'bench', cutoffDate: demo.asOf },
  );
  template = (await getDataCut(store, 'bench')).snapshot;
} finally {
  await store.destroy();
}

// Every id of a per-subject row; a clone renames each of them (and every reference to one).
const ids = new Set<string>();
for (const t of SNAPSHOT_TABLES)
  if (!SHARED.has(t)) for (const r of template.tables[t]) if (r.id !== null) ids.add(String(r.id));
const perCopy = template.tables.subjects.length;
const copies = Math.ceil(target / perCopy);
const tables = {} as CutSnapshot['tables'];
for (const t of SNAPSHOT_TABLES) {
  if (SHARED.has(t)) {
    tables[t] = template.tables[t];
    continue;
  }
  const rows: SnapshotRow[] = [];
  for (let k = 0; k < copies; k++)
    for (const r of template.tables[t]) {
      if (t === 'subjects' && rows.length >= target) break;
      const c: SnapshotRow = {};
      for (const [f, v] of Object.entries(r))
        c[f] = typeof v === 'string' && ids.has(v) ? `${v}-${k}` : v;
      rows.push(c);
    }
  tables[t] = sortRows(t, rows);
}
const snapshot: CutSnapshot = { ...template, tables };
const rowCount = SNAPSHOT_TABLES.reduce((a, t) => a + tables[t].length, 0);

const results: Record<string, { ms: number; mb?: number; rssMb: number }> = {};
let peak = process.memoryUsage().rss;
function step<T>(name: string, f: () => T, size?: (x: T) => number): T {
  const t0 = performance.now();
  const x = f();
  const ms = performance.now() - t0;
  peak = Math.max(peak, process.memoryUsage().rss);
  results[name] = {
    ms: Math.round(ms),
    ...(size ? { mb: Math.round(size(x) / 1e4) / 100 } : {}),
    rssMb: Math.round(peak / 1e6),
  };
  console.log(
    `${name.padEnd(22)} ${String(Math.round(ms)).padStart(7)} ms${size ? `  ${(size(x) / 1e6).toFixed(1)} MB` : ''}  peak RSS ${Math.round(peak / 1e6)} MB`,
  );
  return x;
}

console.log(
  `${tables.subjects.length} subjects, ${rowCount} rows in ${SNAPSHOT_TABLES.length} tables`,
);
const text = step(
  'canonical JSON',
  () => canonicalJson(snapshot),
  (s) => Buffer.byteLength(s),
);
step('SHA-256', () => createHash('sha256').update(text, 'utf8').digest('hex'));
const parsed = step('JSON.parse', () => JSON.parse(text) as CutSnapshot);
const report = step('build report (final)', () =>
  buildReport(parsed, { kind: 'final', blinding: 'closed', lang: 'en', contentHash: 'bench' }),
);
step(
  'render HTML',
  () => renderReportHtml(report, { contents: 'Contents' }),
  (h) => Buffer.byteLength(h),
);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/data-cut.json',
  `${JSON.stringify({ subjects: tables.subjects.length, rows: rowCount, steps: results }, null, 2)}\n`,
);
