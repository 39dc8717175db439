/**
 * One subject's file for data entry: GET /api/subjects/:id (visits with their panel results and
 * tumour reads, timeline), GET …/tumour-assessments, and the writes POST …/visits,
 * PUT …/visits/:visitId/panels/:panelId and PUT …/visits/:visitId/tumour-assessment
 * (src/server/routes/subjects.routes.ts, subject-records.routes.ts, subject-visits.routes.ts).
 * The shapes are copied minimally from the server (src/store/subjects/subject-view.ts
 * `subjectDetail`, subject-queries.ts `getTumourAssessments`, visit-assessments.ts
 * `tumourAssessmentSchema`, treatment-collections.ts `visits`): the web may not import the store.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitKind } from '../../core/protocol/study-definition.schema.ts';
import type { LesionRecord } from '../../core/recist/recist-input.schema.ts';
import type { TimepointResponse } from '../../core/recist/response-codes.ts';
import type { PanelResultInput } from '../../core/subjects/panel-result-validation.ts';
import type { SubjectStatus } from '../../core/subjects/subject-status.ts';
import { http } from './http-client.ts';

/** A stored panel result (assessment_results row, camel-cased). */
export interface StoredResult {
  id: string;
  visitId: string;
  panelId: string;
  itemCode: string;
  value: string | null;
  unit: string | null;
  referenceLow: string | null;
  referenceHigh: string | null;
}

export interface StoredVisit {
  id: string;
  kind: VisitKind;
  visitDate: string;
  cycle: number | null;
  results: StoredResult[];
}

export interface TimelineItem {
  date: string;
  kind: string;
  label: string;
  recordId?: string;
  studyDay: number | null;
}

/** The part of GET /api/subjects/:id the entry screens read. */
export interface SubjectFileView {
  id: string;
  siteId: string;
  screeningNumber: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  status: SubjectStatus;
  visits: StoredVisit[];
  timeline: TimelineItem[];
}

export interface StoredTumourAssessment {
  id: string;
  visitId: string;
  visitKind: VisitKind | null;
  reader: 'site' | 'independent';
  date: string;
  lesions: LesionRecord[];
  tumourMarkersNormal: boolean | null;
  investigatorResponse: TimepointResponse | null;
}

export interface TumourAssessmentsView {
  subjectId: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  assessments: StoredTumourAssessment[];
}

/** Body of POST …/visits (treatment-collections.ts `visits.schema`). */
export interface NewVisit {
  kind: VisitKind;
  date: string;
  cycle?: number | null;
}

/** One item of PUT …/panels/:panelId (subject-visits.routes.ts; the core rule's input shape). */
export type PanelResultBody = PanelResultInput;

/** Body of PUT …/tumour-assessment (visit-assessments.ts `tumourAssessmentSchema`). */
export interface TumourAssessmentBody {
  reader: 'site' | 'independent';
  lesions: LesionRecord[];
  tumourMarkersNormal?: boolean | null;
  investigatorResponse?: TimepointResponse | null;
  reason?: string;
}

export interface Warning {
  path: string;
  rule: string;
  /** The server's English. */
  message: string;
  /** The rule's values (e.g. the two responses of a `recist-disagreement`), for translation. */
  params?: Readonly<Record<string, string | number>>;
}

const enc = encodeURIComponent;
const base = (subjectId: string) => `/api/subjects/${enc(subjectId)}`;
export const subjectFileKey = (subjectId: string) => ['subjects', 'file', subjectId] as const;
const tumourKey = (subjectId: string) => ['subjects', 'tumour', subjectId] as const;

export function getSubjectFile(subjectId: string, signal?: AbortSignal) {
  return http.request<SubjectFileView>('GET', base(subjectId), signal ? { signal } : {});
}

export function useSubjectFile(subjectId: string) {
  return useQuery({
    queryKey: subjectFileKey(subjectId),
    queryFn: ({ signal }) => getSubjectFile(subjectId, signal),
  });
}

export function useTumourAssessments(subjectId: string) {
  return useQuery({
    queryKey: tumourKey(subjectId),
    queryFn: ({ signal }) =>
      http.request<TumourAssessmentsView>(
        'GET',
        `${base(subjectId)}/tumour-assessments`,
        signal ? { signal } : {},
      ),
  });
}

/** Refetch the subject's file (and its list row: the status may change) after a write. */
function useInvalidateSubject(subjectId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: subjectFileKey(subjectId) }),
      qc.invalidateQueries({ queryKey: tumourKey(subjectId) }),
      qc.invalidateQueries({ queryKey: ['subjects', 'list'] }),
      qc.invalidateQueries({ queryKey: ['subjects', 'imaging', subjectId] }),
      // a saved read may raise a recist-disagreement query (edit check)
      qc.invalidateQueries({ queryKey: ['queries'] }),
    ]);
}

export function useCreateVisit(subjectId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: (v: NewVisit) =>
      http.request<{ id: string; warnings: Warning[] }>('POST', `${base(subjectId)}/visits`, {
        body: v,
      }),
    onSuccess: invalidate,
  });
}

export function useSavePanel(subjectId: string, visitId: string, panelId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: (b: { results: PanelResultBody[]; reason?: string }) =>
      http.request<{ warnings: Warning[] }>(
        'PUT',
        `${base(subjectId)}/visits/${enc(visitId)}/panels/${enc(panelId)}`,
        { body: b },
      ),
    onSuccess: invalidate,
  });
}

export function useSaveTumourAssessment(subjectId: string, visitId: string) {
  const invalidate = useInvalidateSubject(subjectId);
  return useMutation({
    mutationFn: (b: TumourAssessmentBody) =>
      http.request<{ id: string; investigatorResponse: string | null; warnings: Warning[] }>(
        'PUT',
        `${base(subjectId)}/visits/${enc(visitId)}/tumour-assessment`,
        { body: b },
      ),
    onSuccess: invalidate,
  });
}
