/**
 * A subject's imaging view (GET /api/subjects/:id/imaging, src/server/routes/
 * subject-visits.routes.ts): codes, site, day 1 and the imaging visits with the tumour reads the
 * caller may see. It is what the tumour screens and the radiology reviewer's casebook read — the
 * blinded reviewer may not read the full subject (src/server/routes/subject-access.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { VisitKind } from '../../core/protocol/study-definition.schema.ts';
import type { TimepointResponse } from '../../core/recist/response-codes.ts';
import { http } from './http-client.ts';

export type TumourReader = 'site' | 'independent';

export interface ImagingRead {
  id: string;
  reader: TumourReader;
  investigatorResponse: TimepointResponse | null;
}

export interface ImagingVisit {
  id: string;
  kind: VisitKind;
  visitDate: string;
  cycle: number | null;
  reads: ImagingRead[];
}

export interface ImagingView {
  id: string;
  siteId: string;
  screeningNumber: string;
  subjectCode: string | null;
  enrollmentDate: string | null;
  /** The readers whose reads the caller may see (the independent reviewer: only its own). */
  readers: TumourReader[];
  visits: ImagingVisit[];
}

/** Under the `subjects` key, so a saved read refreshes it with the rest of the subject. */
export const imagingKey = (subjectId: string) => ['subjects', 'imaging', subjectId] as const;

export function useSubjectImaging(subjectId: string) {
  return useQuery({
    queryKey: imagingKey(subjectId),
    queryFn: ({ signal }) =>
      http.request<ImagingView>(
        'GET',
        `/api/subjects/${encodeURIComponent(subjectId)}/imaging`,
        signal ? { signal } : {},
      ),
  });
}
