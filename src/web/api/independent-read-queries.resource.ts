/**
 * The data queries on a subject's independent reads, for the blinded radiology reviewer
 * (src/server/routes/independent-read-queries.routes.ts): list them and answer an open one. Keyed
 * under ['queries'] so a saved read (which may raise one) refreshes them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';
import type { DataQuery, QueryAction, QueryStatus } from './queries.resource.ts';

const key = (subjectId: string) => ['queries', 'independent-reads', subjectId] as const;

export function useIndependentReadQueries(subjectId: string) {
  return useQuery({
    queryKey: key(subjectId),
    queryFn: ({ signal }) =>
      http.request<DataQuery[]>(
        'GET',
        `/api/subjects/${encodeURIComponent(subjectId)}/independent-read-queries`,
        signal ? { signal } : {},
      ),
  });
}

/** The reviewer's answer (the only step of the workflow theirs: open → answered). */
export function useAnswerIndependentReadQuery(subjectId: string) {
  const client = useQueryClient();
  return useMutation<
    { id: string; status: QueryStatus },
    ApiProblem,
    { id: string; action: QueryAction; text: string }
  >({
    mutationFn: ({ id, text }) =>
      http.request<{ id: string; status: QueryStatus }>(
        'POST',
        `/api/independent-read-queries/${encodeURIComponent(id)}/answer`,
        { body: { text } },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: key(subjectId) }),
  });
}
