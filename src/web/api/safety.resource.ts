/**
 * Safety records of a subject and the alert list (issue 6 API): adverse events, concomitant
 * medications (screened by the server against the prohibited list), protocol deviations, lab
 * results with their CTCAE v5.0 grade, and safety alerts with acknowledgement. The shapes are
 * minimal copies of the server's views; each names the server file it mirrors (the web may not
 * import store or server code).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ACTIONS_TAKEN,
  AE_OUTCOMES,
  RELATEDNESS,
  SERIOUSNESS_CRITERIA,
} from '../../core/safety-records/adverse-event.schema.ts';
import type {
  DeviationCategory,
  DeviationSeverity,
  ProtocolDeviationInput,
} from '../../core/safety-records/protocol-deviation.schema.ts';
import type { Reason } from '../../core/shared/reason.ts';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

export type SeriousnessCriterion = (typeof SERIOUSNESS_CRITERIA)[number];
export type Relatedness = (typeof RELATEDNESS)[number];
export type ActionTaken = (typeof ACTIONS_TAKEN)[number];
export type AeOutcome = (typeof AE_OUTCOMES)[number];

/** Body of POST /api/subjects/:id/adverse-events (core/safety-records/adverse-event.schema.ts). */
export interface AdverseEventInput {
  term: string;
  onsetDate: string;
  resolutionDate?: string | null;
  grade: number;
  seriousCriteria: SeriousnessCriterion[];
  relatedness: Relatedness;
  actionTaken: ActionTaken;
  outcome: AeOutcome;
  awarenessAt?: string | null;
}

/** src/store/safety/adverse-event-repository.ts AdverseEventView (the fields shown). */
export interface AdverseEvent extends Required<AdverseEventInput> {
  id: string;
  subjectId: string;
  siteId: string;
  ctcaeVersion: string;
  serious: boolean;
  saeReportedAt: string | null;
  /** core/safety/sae-reporting-clock.ts SaeClock, against the server clock when listed. */
  saeClock: {
    status: 'on-time' | 'overdue' | 'pending';
    reported: boolean;
    dueAt: string;
    minutesRemaining: number;
    reasons: Reason[];
  } | null;
  createdAt: string;
}

/** adverse-event-repository.ts AdverseEventList: the events and grade 5 / death disagreements. */
export interface AdverseEventList {
  adverseEvents: AdverseEvent[];
  deathConsistency: Array<{ path: string; rule: string; message: string }>;
}

/** Body of POST /api/subjects/:id/concomitant-medications (concomitant-medication.schema.ts). */
export interface ConMedInput {
  name: string;
  atcCode?: string | null;
  dose?: string | null;
  doseUnit?: string | null;
  route?: string | null;
  frequency?: string | null;
  indication: string;
  startDate?: string | null;
  stopDate?: string | null;
}

/** src/store/safety/concomitant-medication-repository.ts ConcomitantMedicationView. */
export interface ConMed {
  id: string;
  subjectId: string;
  name: string;
  atcCode: string | null;
  dose: string | null;
  doseUnit: string | null;
  route: string | null;
  frequency: string | null;
  indication: string;
  startDate: string | null;
  stopDate: string | null;
  ongoing: boolean;
  screening: {
    verdict: 'prohibited' | 'review' | 'allowed';
    overlap: string;
    /** `reasons`: core medication reasons (a text-only reason for rows saved before they had codes). */
    detail: { drug?: string; rule?: string; category?: string; reasons?: Reason[] };
  };
  createdAt: string;
}

/** concomitant-medication-repository.ts SavedMedication: what saving led to. */
export interface SavedConMed {
  medication: ConMed;
  outcome: { deviationId: string | null; alertId: string | null; queryId: string | null };
}

/** src/store/safety/protocol-deviation-repository.ts DeviationView. */
export interface Deviation {
  id: string;
  origin: 'manual' | 'automatic';
  category: DeviationCategory;
  severity: DeviationSeverity;
  deviationDate: string;
  description: string;
  /** An automatic deviation's description, coded (null for a manual one or an older row). */
  descriptionReason?: Reason | null;
  rule: string | null;
}

/** core/safety-records/subject-lab-grades.ts GradedStoredResult. */
export interface GradedLab {
  id: string;
  test: string;
  term: string;
  date: string;
  value: string | null;
  unit: string | null;
  version: string;
  grade: 0 | 1 | 2 | 3 | 4 | null;
  basis: string | null;
  /** English of `reasons` (kept for older servers). */
  reason: string;
  /** Why this grade: core CTCAE reasons, shown with `useExplain()`. */
  reasons?: Reason[];
}

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

/** src/store/safety/safety-alert-repository.ts AlertView. */
export interface SafetyAlert {
  id: string;
  subjectId: string;
  subjectCode: string | null;
  siteId: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  rule: string;
  /** The rule as a core reason (a text-only reason when none was stored). */
  ruleReason?: Reason;
  /** English, as stored and audited. */
  summary: string;
  /** The summary as a core reason (a text-only reason for alerts raised before reasons had codes). */
  summaryReason?: Reason;
  status: AlertStatus;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
}

/** src/store/safety/safety-dashboard.ts SafetyDashboard (alerts and unreported SAEs). */
export interface SafetyAlerts {
  alerts: SafetyAlert[];
  unreportedSaes: Array<{
    adverseEventId: string;
    subjectId: string;
    subjectCode: string | null;
    term: string;
    grade: number;
    clock: { status: string; dueAt: string };
  }>;
}

const subjectPath = (subjectId: string) => `/api/subjects/${encodeURIComponent(subjectId)}`;
const sig = (signal?: AbortSignal) => (signal ? { signal } : {});

export const safetyKeys = {
  all: ['safety'] as const,
  subject: (subjectId: string) => ['safety', 'subject', subjectId] as const,
  alerts: (status: AlertStatus | 'all') => ['safety', 'alerts', status] as const,
};

export function useAdverseEvents(subjectId: string) {
  return useQuery({
    queryKey: [...safetyKeys.subject(subjectId), 'adverse-events'],
    queryFn: ({ signal }) =>
      http.request<AdverseEventList>(
        'GET',
        `${subjectPath(subjectId)}/adverse-events`,
        sig(signal),
      ),
  });
}

export function useConMeds(subjectId: string) {
  return useQuery({
    queryKey: [...safetyKeys.subject(subjectId), 'con-meds'],
    queryFn: ({ signal }) =>
      http.request<ConMed[]>(
        'GET',
        `${subjectPath(subjectId)}/concomitant-medications`,
        sig(signal),
      ),
  });
}

export function useDeviations(subjectId: string) {
  return useQuery({
    queryKey: [...safetyKeys.subject(subjectId), 'deviations'],
    queryFn: ({ signal }) =>
      http.request<Deviation[]>('GET', `${subjectPath(subjectId)}/deviations`, sig(signal)),
  });
}

export function useLabGrades(subjectId: string) {
  return useQuery({
    queryKey: [...safetyKeys.subject(subjectId), 'lab-grades'],
    queryFn: ({ signal }) =>
      http.request<{ results: GradedLab[] }>(
        'GET',
        `${subjectPath(subjectId)}/lab-grades`,
        sig(signal),
      ),
  });
}

export function useSafetyAlerts(status: AlertStatus | 'all', subjectId?: string) {
  return useQuery({
    queryKey: [...safetyKeys.alerts(status), subjectId ?? 'any'],
    queryFn: ({ signal }) =>
      http.request<SafetyAlerts>('GET', '/api/safety/alerts', {
        query: { status, subjectId },
        ...sig(signal),
      }),
  });
}

/** Every write invalidates all safety data: a saved con-med may raise an alert and a deviation. */
function useSafetyWrite<TIn, TOut>(write: (input: TIn) => Promise<TOut>) {
  const client = useQueryClient();
  return useMutation<TOut, ApiProblem, TIn>({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: safetyKeys.all }),
  });
}

export function useRecordAdverseEvent(subjectId: string) {
  return useSafetyWrite((ae: AdverseEventInput) =>
    http.request<AdverseEvent>('POST', `${subjectPath(subjectId)}/adverse-events`, { body: ae }),
  );
}

/** PATCH with a reason for change (the server refuses a change without one). */
export function useEditAdverseEvent(subjectId: string) {
  return useSafetyWrite(
    ({ id, patch, reason }: { id: string; patch: Partial<AdverseEventInput>; reason: string }) =>
      http.request<AdverseEvent>(
        'PATCH',
        `${subjectPath(subjectId)}/adverse-events/${encodeURIComponent(id)}`,
        { body: { ...patch, reason } },
      ),
  );
}

export function useRecordConMed(subjectId: string) {
  return useSafetyWrite((cm: ConMedInput) =>
    http.request<SavedConMed>('POST', `${subjectPath(subjectId)}/concomitant-medications`, {
      body: cm,
    }),
  );
}

/** PATCH with a reason for change; the server screens the edited drug again. */
export function useEditConMed(subjectId: string) {
  return useSafetyWrite(
    ({ id, patch, reason }: { id: string; patch: Partial<ConMedInput>; reason: string }) =>
      http.request<SavedConMed>(
        'PATCH',
        `${subjectPath(subjectId)}/concomitant-medications/${encodeURIComponent(id)}`,
        { body: { ...patch, reason } },
      ),
  );
}

export function useRecordDeviation(subjectId: string) {
  return useSafetyWrite((d: ProtocolDeviationInput) =>
    http.request<Deviation>('POST', `${subjectPath(subjectId)}/deviations`, { body: d }),
  );
}

/** When the SAE was reported to the sponsor (stops its 24 h clock; recorded once). */
export function useRecordSaeReport(subjectId: string) {
  return useSafetyWrite(({ id, reportedAt }: { id: string; reportedAt: string }) =>
    http.request<AdverseEvent>(
      'POST',
      `${subjectPath(subjectId)}/adverse-events/${encodeURIComponent(id)}/sae-report`,
      { body: { reportedAt } },
    ),
  );
}

export function useAcknowledgeAlert() {
  return useSafetyWrite(({ id, note }: { id: string; note: string }) =>
    http.request<SafetyAlert>('POST', `/api/safety/alerts/${encodeURIComponent(id)}/acknowledge`, {
      body: { note },
    }),
  );
}
