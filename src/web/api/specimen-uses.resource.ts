/**
 * Partial use of a specimen (POST /api/specimens/:id/uses, src/server/routes/specimen.routes.ts):
 * a quantity taken for a purpose at a time; the remaining quantity goes down and the last of it
 * uses the specimen up. The history comes with the specimen's detail (`SpecimenDetail.uses`).
 */

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UsePurpose } from '../../core/specimens/specimen-use-purposes.ts';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';
import { type Specimen, specimenKeys } from './specimens.resource.ts';

/** Body of POST /api/specimens/:id/uses. */
export interface SpecimenUse {
  quantity: string;
  purpose: UsePurpose;
  occurredAt: string;
}

export function useRecordUse(specimenId: string) {
  const client = useQueryClient();
  return useMutation<Specimen, ApiProblem, SpecimenUse>({
    mutationFn: (use) =>
      http.request<Specimen>('POST', `/api/specimens/${encodeURIComponent(specimenId)}/uses`, {
        body: use,
      }),
    // the remaining quantity shows in the list and the detail: refresh every specimen view
    onSuccess: () => client.invalidateQueries({ queryKey: specimenKeys.all }),
    // a conflict (another use came first, the specimen moved on): show the specimen as it is now
    onError: (e) =>
      e.status === 409 ? client.invalidateQueries({ queryKey: specimenKeys.all }) : undefined,
  });
}
