/**
 * The app's TanStack Query client. The dashboard overview is cached for a minute
 * (analysis.resource.ts) so the screen stays calm; but a write made in this app — a visit, a
 * tumour assessment, an AE, a query, a specimen… — can change any of its figures, and a user
 * who enters data and goes back to the dashboard must see it (issue 9: "see the dashboard plots
 * update"). So every successful mutation marks the analysis queries stale: the dashboard, when
 * shown next, refetches. Writes by other users still appear within the minute of staleness.
 */
import { MutationCache, QueryClient } from '@tanstack/react-query';
import { analysisQueryKey } from './analysis.resource.ts';
import { ApiProblem } from './api-problem.ts';

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => client.invalidateQueries({ queryKey: analysisQueryKey }),
    }),
    defaultOptions: {
      queries: {
        // a 4xx is an answer, not a glitch: retrying it only delays the message
        retry: (failures, error) =>
          failures < 2 &&
          !(error instanceof ApiProblem && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
