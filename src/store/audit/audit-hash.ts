/**
 * The audit chain's hash: SHA-256 over the previous hash and the canonical JSON of the event's
 * content. Changing, removing, inserting or reordering any event breaks every later link.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** Everything an audit event says, without its own hash. */
export interface AuditEventContent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  siteId: string | null;
  subjectId: string | null;
  changes: FieldChange[];
  reason: string | null;
  prevHash: string;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export function hashAuditEvent(e: AuditEventContent): string {
  return createHash('sha256')
    .update(e.prevHash)
    .update('\n')
    .update(canonicalJson(e))
    .digest('hex');
}
