/**
 * Data queries (integrity API, src/server/routes/integrity.routes.ts): list at my sites with
 * their message thread, raise (data manager, monitor), answer (site), close and re-open.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

export type QueryStatus = 'open' | 'answered' | 'closed';
export type QueryAction = 'answer' | 'close' | 'reopen';

export interface QueryMessage {
  kind: string;
  author: string;
  at: string;
  text: string;
}

export interface DataQuery {
  id: string;
  siteId: string;
  subjectId: string | null;
  entityType: string | null;
  entityId: string | null;
  field: string | null;
  origin: 'manual' | 'edit-check';
  rule: string | null;
  text: string;
  /** An edit check's rule values (null for a manual query), to say it in the reader's language. */
  params?: Readonly<Record<string, string | number>> | null;
  status: QueryStatus;
  /** Who answers it: the blinded radiology reviewer for a query on an independent read. */
  answeredBy?: 'site' | 'radiology-reviewer';
  raisedBy: string;
  raisedAt: string;
  messages: QueryMessage[];
}

export interface QueryFilter {
  status?: QueryStatus | undefined;
  subjectId?: string | undefined;
}

export interface NewQuery {
  subjectId: string;
  entityType?: string | null;
  entityId?: string | null;
  field?: string | null;
  text: string;
}

export interface OpenQueryCounts {
  bySite: Array<{ siteId: string; open: number }>;
  bySubject: Array<{ subjectId: string; siteId: string; open: number }>;
}

const queriesKey = ['queries'] as const;

export function listQueries(filter: QueryFilter, signal?: AbortSignal): Promise<DataQuery[]> {
  return http.request<DataQuery[]>('GET', '/api/queries', {
    query: { status: filter.status, subjectId: filter.subjectId },
    ...(signal ? { signal } : {}),
  });
}

export function getOpenQueryCounts(signal?: AbortSignal): Promise<OpenQueryCounts> {
  return http.request<OpenQueryCounts>('GET', '/api/queries/counts', signal ? { signal } : {});
}

export function raiseQuery(q: NewQuery): Promise<{ id: string }> {
  return http.request<{ id: string }>('POST', '/api/queries', { body: q });
}

export function actOnQuery(id: string, action: QueryAction, text: string) {
  return http.request<{ id: string; status: QueryStatus }>(
    'POST',
    `/api/queries/${encodeURIComponent(id)}/${action}`,
    { body: { text } },
  );
}

export function useQueries(filter: QueryFilter) {
  return useQuery({
    queryKey: [...queriesKey, 'list', filter.status ?? 'all', filter.subjectId ?? 'all'],
    queryFn: ({ signal }) => listQueries(filter, signal),
  });
}

/** `enabled: false` for viewers who may not read queries (the blinded radiology reviewer). */
export function useOpenQueryCounts(enabled = true) {
  return useQuery({
    queryKey: [...queriesKey, 'counts'],
    queryFn: ({ signal }) => getOpenQueryCounts(signal),
    enabled,
  });
}

export function useRaiseQuery() {
  const client = useQueryClient();
  return useMutation<{ id: string }, ApiProblem, NewQuery>({
    mutationFn: raiseQuery,
    onSuccess: () => client.invalidateQueries({ queryKey: queriesKey }),
  });
}

export function useQueryAction() {
  const client = useQueryClient();
  return useMutation<
    { id: string; status: QueryStatus },
    ApiProblem,
    { id: string; action: QueryAction; text: string }
  >({
    mutationFn: ({ id, action, text }) => actOnQuery(id, action, text),
    onSuccess: () => client.invalidateQueries({ queryKey: queriesKey }),
  });
}
