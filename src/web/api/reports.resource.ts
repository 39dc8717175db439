/**
 * Data cuts and their analysis reports (issue 12 API): the cut list, freezing a cut, one cut's
 * summary, the report URLs (HTML, PDF, CSV index and one CSV per table) and the CDISC exports of
 * the cut-off date. The shapes are minimal copies of the server's views; each names the file it
 * mirrors (the web may not import store or server code).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

/** src/store/data-cuts/data-cut-repository.ts DataCutSummary (the list omits rowCounts). */
export interface DataCut {
  id: string;
  name: string;
  studyId: string;
  cutoffDate: string;
  createdAt: string;
  createdBy: string;
  createdByName: string;
  auditSeq: number;
  auditHash: string;
  contentHash: string;
}

export interface DataCutDetail extends DataCut {
  /** Rows per snapshot table. */
  rowCounts: Record<string, number>;
}

/** Body of POST /api/data-cuts (src/server/routes/data-cut.routes.ts). */
export interface NewDataCut {
  name: string;
  cutoffDate: string;
}

/** Query of GET /api/data-cuts/:name/report (src/server/routes/data-cut-report.routes.ts). */
export const REPORT_KINDS = ['interim', 'final'] as const;
export const REPORT_LANGUAGES = ['en', 'zh-CN'] as const;
export const REPORT_VERSIONS = ['closed', 'open'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

export interface ReportChoice {
  cut: string;
  kind: ReportKind;
  lang: ReportLanguage;
  version: ReportVersion;
}

/** One row of the report's CSV index (core/reports/render/report-csv.ts reportCsvIndex). */
export interface ReportTableEntry {
  table: string;
  section: string;
  title: string;
}

/** src/store/exports/dataset-stream.ts TABULAR_FORMATS, and ODM (src/server/routes/export.routes.ts). */
export const EXPORT_FORMATS = ['xpt', 'dataset-json', 'csv', 'odm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const reportKeys = {
  cuts: ['data-cuts'] as const,
  cut: (name: string) => ['data-cuts', name] as const,
  tables: (c: ReportChoice) => ['data-cuts', c.cut, 'tables', c.kind, c.lang, c.version] as const,
};

const sig = (signal: AbortSignal) => ({ signal });
const cutPath = (name: string) => `/api/data-cuts/${encodeURIComponent(name)}`;

export function useDataCuts() {
  return useQuery({
    queryKey: reportKeys.cuts,
    queryFn: ({ signal }) =>
      http.request<{ items: DataCut[] }>('GET', '/api/data-cuts', sig(signal)).then((r) => r.items),
  });
}

export function useDataCut(name: string) {
  return useQuery({
    queryKey: reportKeys.cut(name),
    queryFn: ({ signal }) => http.request<DataCutDetail>('GET', cutPath(name), sig(signal)),
  });
}

export function useCreateDataCut() {
  const client = useQueryClient();
  return useMutation<DataCutDetail, ApiProblem, NewDataCut>({
    mutationFn: (body) => http.request<DataCutDetail>('POST', '/api/data-cuts', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKeys.cuts }),
  });
}

type ReportFormat = 'html' | 'pdf' | 'csv';

function reportQuery(c: ReportChoice, format: ReportFormat, table?: string): string {
  const q = new URLSearchParams({ kind: c.kind, lang: c.lang, version: c.version, format });
  if (table) q.set('table', table);
  return `${cutPath(c.cut)}/report?${q.toString()}`;
}

/** The report as self-contained HTML (opened in a tab or an inline frame). */
export const reportHtmlUrl = (c: ReportChoice): string => reportQuery(c, 'html');
/** The report printed to PDF by the server's Chromium. */
export const reportPdfUrl = (c: ReportChoice): string => reportQuery(c, 'pdf');
/** The CSV index of the tables (table, section, title), or one table's CSV. */
export const reportCsvUrl = (c: ReportChoice, table?: string): string =>
  reportQuery(c, 'csv', table);

/** File name the browser saves a report download under (the server's `reportStem`). */
export const reportFileName = (c: ReportChoice, ext: string, table?: string): string =>
  `${c.cut}-${c.kind}-${c.version}-${c.lang}${table ? `-${table}` : ''}.${ext}`;

/** RFC 4180 record splitting for the index (quoted fields may hold commas and doubled quotes). */
function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) out.push([...row, field]);
  return out;
}

/** The report's tables (from its CSV index), for the per-table CSV downloads. */
export function useReportTables(c: ReportChoice, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.tables(c),
    enabled,
    queryFn: async ({ signal }) => {
      const text = await http.request<string>('GET', reportCsvUrl(c), sig(signal));
      return csvRecords(text)
        .slice(1)
        .map(
          ([table = '', section = '', title = '']): ReportTableEntry => ({ table, section, title }),
        );
    },
  });
}

/**
 * One CDISC dataset (or define.xml, or the ODM file) of the subjects as of a cut-off date: the
 * export API reads the live tables with the date applied (GET /api/exports/:format/:dataset?cut=).
 */
export function exportUrl(format: ExportFormat, dataset: string, cutoffDate: string): string {
  const name = format === 'odm' ? 'odm' : dataset;
  return `/api/exports/${format}/${encodeURIComponent(name)}?cut=${encodeURIComponent(cutoffDate)}`;
}

/**
 * The datasets the export API serves, in submission order (core/cdisc/export-datasets.ts
 * SUBJECT_DATASETS after the trial design datasets of sdtm/design/trial-design-datasets.ts);
 * `define` is define.xml of the chosen format. A copy: importing the mapping code would put every
 * CDISC mapping into the web bundle.
 */
export const EXPORT_DATASETS = [
  'ADSL',
  'ADRS',
  'ADTTE',
  'ADTR',
  'ADAE',
  'ADLB',
  'DM',
  'DS',
  'EX',
  'CM',
  'AE',
  'MH',
  'LB',
  'VS',
  'EG',
  'PE',
  'TU',
  'TR',
  'RS',
  'BE',
  'BS',
  'GF',
  'TA',
  'TE',
  'TV',
  'TI',
  'TS',
  'DEFINE',
] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
