/** Reading the audit trail: per subject, per record, per user, filtered to the caller's sites in the query. */
import type { Store } from '../open-store.ts';

export interface AuditFilter {
  subjectId?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** Events after this sequence number (paging). */
  afterSeq?: number;
  limit?: number;
}

export interface AuditEventView {
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

export async function readAuditTrail(
  store: Store,
  sites: 'all' | string[],
  f: AuditFilter,
): Promise<AuditEventView[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = store.db.selectFrom('audit_events').selectAll();
  // events of site data are visible to those who hold a role at that site; study-level events
  // (protocol, accounts) only to study-wide roles
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.afterSeq) q = q.where('seq', '>', f.afterSeq);
  const rows = await q
    .orderBy('seq')
    .limit(Math.min(f.limit ?? 500, 5000))
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    siteId: r.site_id,
    subjectId: r.subject_id,
    changes: JSON.parse(r.changes),
    reason: r.reason,
    hash: r.hash,
  }));
}
