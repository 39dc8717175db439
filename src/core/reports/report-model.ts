/**
 * The report as data: sections in ICH E3 order, each with paragraphs, tables (already in the
 * report's language) and figure specifications (data for the SVG renderers). Rendering to HTML,
 * CSV or PDF reads only this model, so every format shows the same numbers.
 */
import type { KaplanMeierResult } from '../stats/kaplan-meier.ts';

export type Cell = string | number | null;

export interface ReportTable {
  /** Stable file-name-safe id (CSV file name, HTML anchor). */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  notes: string[];
}

export type ReportFigure =
  | { kind: 'km'; id: string; title: string; km: KaplanMeierResult; xLabel: string; yLabel: string }
  | {
      kind: 'waterfall';
      id: string;
      title: string;
      yLabel: string;
      bars: Array<{ label: string; value: number; bor: string }>;
    }
  | {
      kind: 'spider';
      id: string;
      title: string;
      xLabel: string;
      yLabel: string;
      lines: Array<{ label: string; points: Array<{ day: number; value: number }> }>;
    }
  | {
      kind: 'swimmer';
      id: string;
      title: string;
      xLabel: string;
      lanes: Array<{
        label: string;
        days: number;
        ongoing: boolean;
        responseDay: number | null;
        progressionDay: number | null;
        deathDay: number | null;
      }>;
    }
  | {
      kind: 'scatter';
      id: string;
      title: string;
      xLabel: string;
      yLabel: string;
      /** Reference lines (e.g. 3 × ULN for ALT, 2 × ULN for bilirubin). */
      xRef: number;
      yRef: number;
      points: Array<{ label: string; x: number; y: number }>;
    };

export type SectionId =
  | 'disposition'
  | 'demographics'
  | 'exposure'
  | 'efficacy'
  | 'safety'
  | 'deviations'
  | 'specimens'
  | 'phase3'
  | 'listings';

export interface ReportSection {
  id: SectionId;
  title: string;
  paragraphs: string[];
  tables: ReportTable[];
  figures: ReportFigure[];
}

export type ReportKind = 'interim' | 'final';
export type ReportBlinding = 'closed' | 'open';

export interface Report {
  lang: string;
  kind: ReportKind;
  blinding: ReportBlinding;
  title: string;
  subtitle: string;
  /** Label/value pairs naming the cut (the only timestamp printed is the cut's own). */
  meta: Array<[string, string]>;
  intro: string;
  sections: ReportSection[];
}
