/**
 * A subject's casebook controls (integrity and audit APIs): e-signatures with valid/broken
 * status and signing with the password re-entered (21 CFR 11.200), source data verification
 * marks, active locks, and the audit trail with its CSV export.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiProblem } from './api-problem.ts';
import { http } from './http-client.ts';

/** The server's SIGNATURE_MEANINGS (src/store/integrity/signature-repository.ts). */
export const SIGNATURE_MEANINGS = [
  'I approve',
  'I have reviewed',
  'I am the author',
  'I verify',
] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

export interface Signature {
  id: string;
  scope: 'casebook' | 'form';
  subjectId: string;
  entityType: string | null;
  entityId: string | null;
  signerName: string;
  meaning: string;
  signedAt: string;
  recordSeq: number;
  status: 'valid' | 'broken';
  brokenAt: string | null;
  brokenReason: string | null;
}

export interface SdvMark {
  id: string;
  entityType: string;
  entityId: string;
  field: string | null;
  verifiedBy: string;
  verifiedAt: string;
  status: 'verified' | 'reset';
  resetAt: string | null;
}

/** A lock row as the server lists it (database column names). */
export interface RecordLock {
  id: string;
  scope: 'study' | 'subject' | 'form';
  subject_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  locked_by: string;
  locked_at: string;
  reason: string;
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  siteId: string | null;
  subjectId: string | null;
  changes: Array<{ field: string; old: unknown; new: unknown }>;
  reason: string | null;
  hash: string;
}

export interface CasebookSigning {
  subjectId: string;
  meaning: SignatureMeaning;
  password: string;
}

const key = (subjectId: string, what: string) => ['casebook', subjectId, what] as const;
const enc = encodeURIComponent;

export function useSignatures(subjectId: string) {
  return useQuery({
    queryKey: key(subjectId, 'signatures'),
    queryFn: ({ signal }) =>
      http.request<Signature[]>('GET', `/api/subjects/${enc(subjectId)}/signatures`, { signal }),
  });
}

export function useSdvMarks(subjectId: string) {
  return useQuery({
    queryKey: key(subjectId, 'sdv'),
    queryFn: ({ signal }) =>
      http.request<SdvMark[]>('GET', `/api/subjects/${enc(subjectId)}/sdv`, { signal }),
  });
}

export function useLocks(subjectId: string) {
  return useQuery({
    queryKey: key(subjectId, 'locks'),
    queryFn: ({ signal }) =>
      http.request<RecordLock[]>('GET', '/api/locks', { query: { subjectId }, signal }),
  });
}

export function useAuditTrail(subjectId: string, enabled: boolean) {
  return useQuery({
    queryKey: key(subjectId, 'audit'),
    queryFn: ({ signal }) =>
      http.request<AuditEvent[]>('GET', '/api/audit', { query: { subjectId }, signal }),
    enabled,
  });
}

/** Where the browser downloads the subject's audit trail as CSV (headed by the chain check). */
export function auditExportUrl(subjectId: string): string {
  return `/api/audit/export?${new URLSearchParams({ subjectId })}`;
}

export function useSignCasebook() {
  const client = useQueryClient();
  return useMutation<Signature, ApiProblem, CasebookSigning>({
    mutationFn: (s) =>
      http.request<Signature>('POST', '/api/signatures', { body: { scope: 'casebook', ...s } }),
    onSuccess: (_s, v) => client.invalidateQueries({ queryKey: ['casebook', v.subjectId] }),
  });
}
