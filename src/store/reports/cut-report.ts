/**
 * A report of a stored data cut: loads the cut (hash checked), builds the report in the core
 * and renders it. Only the cut's snapshot is read, never the live tables, so a data edit after
 * the cut cannot change the report.
 */
import { buildReport } from '../../core/reports/build-report.ts';
import type { ReportLanguage } from '../../core/reports/i18n/report-messages.ts';
import { reportCatalogues } from '../../core/reports/i18n/report-messages.ts';
import { reportCsvFiles, reportCsvIndex } from '../../core/reports/render/report-csv.ts';
import { renderReportHtml } from '../../core/reports/render/report-html.ts';
import type { Report, ReportBlinding, ReportKind } from '../../core/reports/report-model.ts';
import { getDataCut } from '../data-cuts/data-cut-repository.ts';
import type { Store } from '../open-store.ts';

export interface CutReportRequest {
  cut: string;
  kind: ReportKind;
  blinding: ReportBlinding;
  lang: ReportLanguage;
}

export interface RenderedCutReport {
  report: Report;
  /** The cut's frozen instant: the PDF's dates (see `chromium-pdf.ts`). */
  takenAt: string;
  html: string;
  csv: Array<[string, string]>;
  csvIndex: string;
}

/** @example (await cutReport(store, { cut: 'interim-1', kind: 'interim', blinding: 'open', lang: 'en' })).html */
export async function cutReport(store: Store, req: CutReportRequest): Promise<RenderedCutReport> {
  const cut = await getDataCut(store, req.cut);
  const report = buildReport(cut.snapshot, {
    kind: req.kind,
    blinding: req.blinding,
    lang: req.lang,
    contentHash: cut.contentHash,
  });
  return {
    report,
    takenAt: cut.snapshot.takenAt,
    html: renderReportHtml(report, { contents: reportCatalogues[req.lang]['report.contents'] }),
    csv: reportCsvFiles(report),
    csvIndex: reportCsvIndex(report),
  };
}

/** File-name stem of a report: `<cut>-<kind>-<blinding>-<lang>`. */
export const reportStem = (r: CutReportRequest): string =>
  `${r.cut}-${r.kind}-${r.blinding}-${r.lang}`;
