/**
 * Screening and enrolment over the subject API (src/server/routes/subjects.routes.ts,
 * subject-records.routes.ts): POST /api/subjects (screen a new subject), the screening records
 * of GET /api/subjects/:id (consents, MEN1 results, the eligibility answers and the server's
 * checklist evaluation), POST …/consents, …/consents/:id/withdrawal, …/men1-results,
 * …/eligibility-answers (PATCH with a reason to change one), …/screen-failure and …/enrolment.
 * Shapes copied minimally from src/store/subjects/subject-view.ts `subjectDetail` (the web may
 * not import the store); the inputs are the core schemas' types, validated before sending.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Reason } from '../../core/shared/reason.ts';
import type { EligibilityEvaluation } from '../../core/subjects/eligibility-evaluation.ts';
import type { VariantClassification } from '../../core/subjects/eligibility-evidence.schema.ts';
import type {
  ConsentInput,
  ConsentKind,
  EligibilityAnswerInput,
  Men1ResultInput,
  NewSubject,
} from '../../core/subjects/screening-input.schema.ts';
import type { SubjectStatus } from '../../core/subjects/subject-status.ts';
import { http } from './http-client.ts';
import { subjectFileKey, type Warning } from './subject-entry.resource.ts';

export interface StoredConsent {
  id: string;
  kind: ConsentKind;
  version: string;
  signedDate: string;
  withdrawnDate: string | null;
  withdrawalReason?: string | null;
}

export interface StoredMen1Result {
  id: string;
  sample: 'blood' | 'tumour';
  origin: 'germline' | 'somatic';
  hgvsC: string;
  hgvsP: string | null;
  classification: VariantClassification;
  lab: string | null;
  reportDate: string | null;
}

export interface StoredEligibilityAnswer {
  id: string;
  criterionId: string;
  met: boolean;
  evidence: string;
}

/** The part of GET /api/subjects/:id the screening screen reads. */
export interface ScreeningFileView {
  id: string;
  siteId: string;
  screeningNumber: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  status: SubjectStatus;
  asOf: string;
  screenFailure: { date: string; reason: string } | null;
  consents: StoredConsent[];
  men1Results: StoredMen1Result[];
  eligibility: {
    answers: StoredEligibilityAnswer[];
    /** The checklist as of the enrolment date (today at the site while screening). */
    evaluation: EligibilityEvaluation | { problems: string[] } | null;
  };
  visits: { id: string; kind: string; visitDate: string }[];
}

export interface EnrolmentResult {
  id: string;
  subjectCode: string;
  enrollmentDate: string;
  reasons: Reason[];
  warnings: Warning[];
}

const enc = encodeURIComponent;
const base = (subjectId: string) => `/api/subjects/${enc(subjectId)}`;

export function useScreeningFile(subjectId: string) {
  return useQuery({
    queryKey: subjectFileKey(subjectId),
    queryFn: ({ signal }) =>
      http.request<ScreeningFileView>('GET', base(subjectId), signal ? { signal } : {}),
  });
}

/** After a write: the subject's file and every subject list (the status may change). */
function useInvalidate(subjectId: string | null) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      subjectId ? qc.invalidateQueries({ queryKey: subjectFileKey(subjectId) }) : null,
      qc.invalidateQueries({ queryKey: ['subjects', 'list'] }),
    ]);
}

export function useScreenSubject() {
  const invalidate = useInvalidate(null);
  return useMutation({
    mutationFn: (body: NewSubject) =>
      http.request<{ id: string; screeningNumber: string }>('POST', '/api/subjects', { body }),
    onSuccess: invalidate,
  });
}

/** A POST to one of the subject's collections (or commands) that refreshes the file after. */
function usePost<B, R = { id: string; warnings: Warning[] }>(subjectId: string, path: string) {
  const invalidate = useInvalidate(subjectId);
  return useMutation({
    mutationFn: (body: B) => http.request<R>('POST', `${base(subjectId)}/${path}`, { body }),
    onSuccess: invalidate,
  });
}

export const useRecordConsent = (subjectId: string) => usePost<ConsentInput>(subjectId, 'consents');

export function useWithdrawConsent(subjectId: string) {
  const invalidate = useInvalidate(subjectId);
  return useMutation({
    mutationFn: (v: { consentId: string; date: string; reason: string | null }) =>
      http.request<{ warnings: Warning[] }>(
        'POST',
        `${base(subjectId)}/consents/${enc(v.consentId)}/withdrawal`,
        { body: { date: v.date, reason: v.reason } },
      ),
    onSuccess: invalidate,
  });
}

export const useRecordMen1Result = (subjectId: string) =>
  usePost<Men1ResultInput>(subjectId, 'men1-results');

export const useAnswerCriterion = (subjectId: string) =>
  usePost<EligibilityAnswerInput>(subjectId, 'eligibility-answers');

export function useChangeAnswer(subjectId: string) {
  const invalidate = useInvalidate(subjectId);
  return useMutation({
    mutationFn: (v: { answerId: string; met: boolean; evidence: string; reason: string }) =>
      http.request<{ warnings: Warning[] }>(
        'PATCH',
        `${base(subjectId)}/eligibility-answers/${enc(v.answerId)}`,
        { body: { met: v.met, evidence: v.evidence, reason: v.reason } },
      ),
    onSuccess: invalidate,
  });
}

export const useRecordScreenFailure = (subjectId: string) =>
  usePost<{ date: string; reason: string }>(subjectId, 'screen-failure');

export const useEnrol = (subjectId: string) =>
  usePost<{ enrollmentDate: string }, EnrolmentResult>(subjectId, 'enrolment');
