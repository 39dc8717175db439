/** The study definition in force (GET /api/study) and its versions, with their query hooks. */
import { useQuery } from '@tanstack/react-query';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { http } from './http-client.ts';

export interface StudyResponse {
  /** Protocol version, e.g. "1.0"; amendments add versions, never overwrite. */
  version: string;
  contentHash: string;
  /** Server UTC instant the version was installed. */
  createdAt: string;
  definition: StudyDefinition;
}

export interface StudyVersionSummary {
  studyId: string;
  version: string;
  contentHash: string;
  createdAt: string;
  createdBy: string;
  reason: string | null;
  isCurrent: boolean;
}

export const studyQueryKey = ['study', 'current'] as const;

export function getStudy(signal?: AbortSignal): Promise<StudyResponse> {
  return http.request<StudyResponse>('GET', '/api/study', signal ? { signal } : {});
}

export function getStudyVersions(signal?: AbortSignal): Promise<StudyVersionSummary[]> {
  return http.request<StudyVersionSummary[]>(
    'GET',
    '/api/study/versions',
    signal ? { signal } : {},
  );
}

/** The protocol changes only by amendment; five minutes of staleness is harmless. */
export function useStudy() {
  return useQuery({
    queryKey: studyQueryKey,
    queryFn: ({ signal }) => getStudy(signal),
    staleTime: 5 * 60_000,
  });
}
