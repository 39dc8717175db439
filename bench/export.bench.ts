/**
 * CDISC export benchmark: a synthetic study (default 10,000 subjects, seeded — every run does the
 * same work) through the whole export path below the database: records prepared as of the cut
 * (RECIST engine), every SDTM and ADaM mapping (ADaM through the core endpoint derivation), and
 * the streaming writers (SAS XPORT, Dataset-JSON 1.1, CSV) into byte-counting sinks — one
 * subject at a time, as the store feeds them. Prints time, rows, bytes and peak RSS per format;
 * writes bench-results/export.json.
 *
 *   node --import tsx bench/export.bench.ts [subjects]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SUBJECT_DATASETS } from '../src/core/cdisc/export-datasets.ts';
import { createCsvEncoder } from '../src/core/cdisc/format/csv-encoder.ts';
import { createDatasetJsonEncoder } from '../src/core/cdisc/format/dataset-json-encoder.ts';
import { createXptEncoder, type DatasetEncoder } from '../src/core/cdisc/format/xpt-encoder.ts';
import { prepareExportSubject } from '../src/core/cdisc/prepare-export-subject.ts';
import { trialDesignDatasets } from '../src/core/cdisc/sdtm/design/trial-design-datasets.ts';
import { syntheticSubject } from '../src/core/cdisc/testing/synthetic-subjects.ts';
import { defaultStudy } from '../src/core/protocol/study-definition.ts';

const subjects = Number(process.argv[2] ?? 10_000);
const study = defaultStudy();
const created = '2026-11-25T00:00:00Z';
const formats = ['xpt', 'dataset-json', 'csv'] as const;
type Format = (typeof formats)[number];

const te = new TextEncoder();
function encoder(
  format: Format,
  spec: (typeof SUBJECT_DATASETS)[number]['spec'],
): DatasetEncoder<number> {
  // Each encoder's output is measured (bytes) and dropped: the sink is not what is timed.
  if (format === 'xpt') {
    const e = createXptEncoder(spec, { created });
    return {
      begin: () => e.begin().length,
      row: (r) => e.row(r).length,
      end: () => e.end().length,
    };
  }
  const e =
    format === 'csv'
      ? createCsvEncoder(spec)
      : createDatasetJsonEncoder(spec, {
          created,
          studyOid: study.id,
          metaDataVersionOid: 'MDV.1.0',
          originator: 'bench',
          sourceSystem: { name: 'oncotrial', version: 'bench' },
        });
  return {
    begin: () => te.encode(e.begin()).length,
    row: (r) => te.encode(e.row(r)).length,
    end: () => te.encode(e.end()).length,
  };
}

function run(format: Format) {
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const t0 = performance.now();
  let rows = 0;
  let bytes = 0;
  for (const d of trialDesignDatasets(study)) {
    const e = encoder(format, d.spec);
    bytes += e.begin();
    for (const r of d.rows) bytes += e.row(r);
    bytes += e.end();
    rows += d.rows.length;
  }
  const open = SUBJECT_DATASETS.map((ds) => ({ ds, e: encoder(format, ds.spec) }));
  for (const o of open) bytes += o.e.begin();
  for (let i = 1; i <= subjects; i++) {
    const s = prepareExportSubject(study, syntheticSubject(i), null);
    if (!s) continue;
    for (const o of open) {
      for (const r of o.ds.rows(study, s, null)) {
        bytes += o.e.row(r);
        rows += 1;
      }
    }
    if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  for (const o of open) bytes += o.e.end();
  const seconds = (performance.now() - t0) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    format,
    subjects,
    datasets: open.length + 5,
    rows,
    megabytes: bytes / 1e6,
    seconds,
    subjectsPerSecond: subjects / seconds,
    peakRssMb: peakRss / 1e6,
  };
}

const results = formats.map((f) => {
  const r = run(f);
  process.stdout.write(
    `${f.padEnd(13)} ${r.subjects} subjects, ${r.datasets} datasets, ${r.rows} rows, ${r.megabytes.toFixed(1)} MB in ${r.seconds.toFixed(1)} s (${r.subjectsPerSecond.toFixed(0)} subjects/s), peak RSS ${r.peakRssMb.toFixed(0)} MB\n`,
  );
  return r;
});
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`process peak RSS (getrusage): ${maxRssMb.toFixed(0)} MB\n`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/export.json', `${JSON.stringify({ results, maxRssMb }, null, 2)}\n`);
