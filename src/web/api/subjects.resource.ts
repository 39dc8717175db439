/**
 * Subjects at my sites (GET /api/subjects, src/server/routes/subjects.routes.ts) with their
 * derived status (src/core/subjects/subject-status.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { SubjectStatus } from '../../core/subjects/subject-status.ts';
import { http } from './http-client.ts';

export type SubjectStatusKind = SubjectStatus['kind'];

export const SUBJECT_STATUS_KINDS: readonly SubjectStatusKind[] = [
  'screening',
  'screen-failed',
  'on-treatment',
  'follow-up',
  'completed',
  'withdrawn',
  'died',
];

/** The server's SubjectSummary (src/store/subjects/subject-view.ts). */
export interface SubjectSummary {
  id: string;
  siteId: string;
  screeningNumber: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  status: SubjectStatus;
  /** Planned visits whose window closed with nothing done (0 before enrolment). */
  overdueVisits: number;
}

export interface SubjectFilter {
  siteId?: string | undefined;
  status?: SubjectStatusKind | undefined;
}

export function listSubjects(
  filter: SubjectFilter,
  signal?: AbortSignal,
): Promise<SubjectSummary[]> {
  return http.request<SubjectSummary[]>('GET', '/api/subjects', {
    query: { siteId: filter.siteId, status: filter.status },
    ...(signal ? { signal } : {}),
  });
}

export function useSubjects(filter: SubjectFilter) {
  return useQuery({
    queryKey: ['subjects', 'list', filter.siteId ?? 'all', filter.status ?? 'all'],
    queryFn: ({ signal }) => listSubjects(filter, signal),
  });
}

/** What people call a subject: the subject code once enrolled, else the screening number. */
export function subjectLabel(s: Pick<SubjectSummary, 'subjectCode' | 'screeningNumber'>): string {
  return s.subjectCode ?? s.screeningNumber;
}
