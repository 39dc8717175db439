/**
 * The study dashboard's data: GET /api/analysis/overview — the endpoints analysis (ORR/DCR with
 * exact intervals, PFS/OS Kaplan–Meier, the Simon decision), per-subject tumour course, the
 * CONSORT counts, enrolment dates per site, the safety summary and the open work (queries,
 * overdue visits). The shape is the server's (issue 9 brief); types only are imported from core.
 */
import { useQuery } from '@tanstack/react-query';
import type { EndpointsResult } from '../../core/endpoints/endpoints-analysis.ts';
import type { BorResponse, TimepointResponse } from '../../core/recist/response-codes.ts';
import { http } from './http-client.ts';

export interface TumourTimepoint {
  /** Study day of the assessment (enrolment = day 1). */
  day: number;
  /** % change of the target sum from baseline; null when not every target was measured. */
  pctChange: number | null;
  overall: TimepointResponse;
}

/** One enrolled subject's tumour course and time on treatment (waterfall, swimmer, spider). */
export interface TumourCourse {
  subjectId: string;
  /** What people call the subject (subject code or screening number). */
  label: string;
  siteId: string;
  enrolmentDate: string;
  /** Confirmed best overall response. */
  bor: BorResponse;
  bestPctChange: number | null;
  /** Days on treatment; null while still on treatment (`ongoing`). */
  treatmentDays: number | null;
  ongoing: boolean;
  responseDay: number | null;
  progressionDay: number | null;
  deathDay: number | null;
  timepoints: TumourTimepoint[];
}

export interface ReasonCount {
  reason: string;
  count: number;
}

export interface ConsortCounts {
  screened: number;
  screenFailures: ReasonCount[];
  enrolled: number;
  treated: number;
  discontinued: ReasonCount[];
  onTreatment: number;
  analysed: number;
}

export interface SiteEnrolment {
  siteId: string;
  /** Absent in the server's answer: the screen looks it up in GET /api/sites. */
  siteCode?: string;
  /** Enrolment dates (ISO), one per enrolled subject. */
  dates: string[];
}

/** Adverse events per CTCAE term by worst grade: [grade 1, 2, 3, 4, 5] subject counts. */
export interface AeByGrade {
  term: string;
  grades: [number, number, number, number, number];
}

export interface EdishPoint {
  subjectId: string;
  label: string;
  peakAltXUln: number;
  peakBiliXUln: number;
}

export interface OverdueVisit {
  subjectId: string;
  label: string;
  /** The schedule's key, e.g. `cycle-day-1/3`. */
  visit: string;
  /** The protocol's visit kind (named by the study definition) and its number in the series. */
  kind: string;
  sequence: number;
  cycle: number | null;
  due: string;
}

export interface AnalysisOverview {
  /** Data cut: the date the analysis describes (ISO). */
  asOf: string;
  /** Null until a subject is enrolled (nothing to analyse). */
  endpoints: EndpointsResult | null;
  tumour: TumourCourse[];
  consort: ConsortCounts;
  enrolmentBySite: SiteEnrolment[];
  safety: { aeByGrade: AeByGrade[]; edish: EdishPoint[]; openAlerts: number };
  openQueries: number;
  overdueVisits: OverdueVisit[];
}

/** Every analysis query starts with this key: writes invalidate them all (query-client.ts). */
export const analysisQueryKey = ['analysis'] as const;
export const overviewQueryKey = [...analysisQueryKey, 'overview'] as const;

export function getAnalysisOverview(signal?: AbortSignal): Promise<AnalysisOverview> {
  return http.request<AnalysisOverview>('GET', '/api/analysis/overview', signal ? { signal } : {});
}

/**
 * Recomputed by the server from live data; a minute of staleness keeps the screen calm (other
 * users' writes), while this app's own writes mark it stale at once (query-client.ts).
 */
export function useAnalysisOverview() {
  return useQuery({
    queryKey: overviewQueryKey,
    queryFn: ({ signal }) => getAnalysisOverview(signal),
    staleTime: 60_000,
  });
}
