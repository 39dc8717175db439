/**
 * Streams CDISC datasets in one of the tabular formats (SAS XPORT, Dataset-JSON 1.1, CSV): the
 * trial design datasets from the study definition, then every subject dataset in a single pass
 * over the subjects (one page in memory), each dataset's chunks batched to ~64 KB and handed to
 * its sink. The CLI's sinks are files; the API streams one dataset to the response.
 */
import type { Kysely } from 'kysely';
import { SUBJECT_DATASETS, type SubjectDataset } from '../../core/cdisc/export-datasets.ts';
import { createCsvEncoder } from '../../core/cdisc/format/csv-encoder.ts';
import { createDatasetJsonEncoder } from '../../core/cdisc/format/dataset-json-encoder.ts';
import type { DatasetSpec } from '../../core/cdisc/format/dataset-spec.ts';
import { createXptEncoder, type DatasetEncoder } from '../../core/cdisc/format/xpt-encoder.ts';
import { trialDesignDatasets } from '../../core/cdisc/sdtm/design/trial-design-datasets.ts';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import type { Database } from '../schema/database.ts';
import { type ExportScope, readExportSubjects } from './export-subject-reader.ts';

export const TABULAR_FORMATS = ['xpt', 'dataset-json', 'csv'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

export const FILE_EXTENSION: Record<TabularFormat, string> = {
  xpt: 'xpt',
  'dataset-json': 'json',
  csv: 'csv',
};

export interface ChunkSink {
  write(chunk: Uint8Array): Promise<void> | void;
  close(): Promise<void> | void;
}

export interface ExportRun {
  created: string;
  study: StudyDefinition;
  scope: ExportScope;
  format: TabularFormat;
  /** Called once per subject read (progress). */
  onSubject?: () => void;
}

/** Names of every dataset, design first. */
export function datasetNames(study: StudyDefinition): string[] {
  return [
    ...trialDesignDatasets(study).map((d) => d.spec.name),
    ...SUBJECT_DATASETS.map((d) => d.spec.name),
  ];
}

const textEncoder = new TextEncoder();

function encoderFor(
  run: ExportRun,
  spec: DatasetSpec,
  reference: boolean,
): DatasetEncoder<Uint8Array> {
  const wrap = (e: DatasetEncoder<string>): DatasetEncoder<Uint8Array> => ({
    begin: () => textEncoder.encode(e.begin()),
    row: (r) => textEncoder.encode(e.row(r)),
    end: () => textEncoder.encode(e.end()),
  });
  switch (run.format) {
    case 'xpt':
      return createXptEncoder(spec, { created: run.created });
    case 'csv':
      return wrap(createCsvEncoder(spec));
    case 'dataset-json':
      return wrap(
        createDatasetJsonEncoder(spec, {
          created: run.created,
          studyOid: run.study.id,
          metaDataVersionOid: `MDV.${run.study.version}`,
          metaDataRef: 'define.xml',
          originator: 'oncotrial',
          sourceSystem: { name: 'oncotrial', version: '0.1.0' },
          isReferenceData: reference,
          ...(run.scope.cut ? { dbLastModifiedDateTime: `${run.scope.cut}T23:59:59` } : {}),
        }),
      );
    default: {
      const never: never = run.format;
      return never;
    }
  }
}

/** Buffers small chunks into ~64 KB writes. */
class Batcher {
  private parts: Uint8Array[] = [];
  private size = 0;
  private readonly sink: ChunkSink;
  constructor(sink: ChunkSink) {
    this.sink = sink;
  }
  async push(chunk: Uint8Array): Promise<void> {
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.size >= 65536) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    this.parts = [];
    this.size = 0;
    await this.sink.write(out);
  }
}

/**
 * Writes the datasets named in `only` (default: all) to the sinks `sinkFor(name)` opens.
 * @example await writeDatasets(db, run, (name) => fileSink(`${dir}/${name.toLowerCase()}.xpt`))
 */
export async function writeDatasets(
  db: Kysely<Database>,
  run: ExportRun,
  sinkFor: (name: string) => ChunkSink,
  only?: ReadonlySet<string>,
): Promise<{ name: string; rows: number }[]> {
  const wanted = (name: string) => !only || only.has(name);
  const counts: { name: string; rows: number }[] = [];
  for (const d of trialDesignDatasets(run.study)) {
    if (!wanted(d.spec.name)) continue;
    const sink = sinkFor(d.spec.name);
    const enc = encoderFor(run, d.spec, true);
    const b = new Batcher(sink);
    await b.push(enc.begin());
    for (const r of d.rows) await b.push(enc.row(r));
    await b.push(enc.end());
    await b.flush();
    await sink.close();
    counts.push({ name: d.spec.name, rows: d.rows.length });
  }
  const open: {
    ds: SubjectDataset;
    enc: DatasetEncoder<Uint8Array>;
    b: Batcher;
    sink: ChunkSink;
    rows: number;
  }[] = [];
  for (const ds of SUBJECT_DATASETS) {
    if (!wanted(ds.spec.name)) continue;
    const sink = sinkFor(ds.spec.name);
    const enc = encoderFor(run, ds.spec, false);
    const b = new Batcher(sink);
    await b.push(enc.begin());
    open.push({ ds, enc, b, sink, rows: 0 });
  }
  if (open.length > 0) {
    for await (const subject of readExportSubjects(db, run.study, run.scope)) {
      for (const o of open) {
        for (const r of o.ds.rows(run.study, subject, run.scope.cut)) {
          await o.b.push(o.enc.row(r));
          o.rows += 1;
        }
      }
      run.onSubject?.();
    }
  }
  for (const o of open) {
    await o.b.push(o.enc.end());
    await o.b.flush();
    await o.sink.close();
    counts.push({ name: o.ds.spec.name, rows: o.rows });
  }
  return counts;
}
