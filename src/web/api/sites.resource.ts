/** The study's sites (GET /api/sites, any signed-in user): codes and names in both languages. */
import { useQuery } from '@tanstack/react-query';
import { http } from './http-client.ts';

export interface SiteSummary {
  id: string;
  code: string;
  name: string;
  nameZh: string | null;
  timezone: string;
  isCentralBiobank: boolean;
}

export const sitesQueryKey = ['sites'] as const;

export function getSites(signal?: AbortSignal): Promise<SiteSummary[]> {
  return http.request<SiteSummary[]>('GET', '/api/sites', signal ? { signal } : {});
}

/** Sites change rarely (an administrator adds one); ten minutes of staleness is harmless. */
export function useSites(enabled = true) {
  return useQuery({
    queryKey: sitesQueryKey,
    queryFn: ({ signal }) => getSites(signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** Site id → code, falling back to the id while the list loads or for an unknown site. */
export function siteCodeOf(sites: readonly SiteSummary[] | undefined, siteId: string): string {
  return sites?.find((s) => s.id === siteId)?.code ?? siteId;
}
