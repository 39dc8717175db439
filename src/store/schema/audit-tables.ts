/** Tables of the audit trail: append-only events and the single-row chain head. */
import type { Generated } from 'kysely';

export interface AuditEventsTable {
  /** Position in the chain, 1, 2, 3… with no gaps. */
  seq: number;
  id: string;
  /** Server UTC instant, ISO-8601. */
  occurred_at: string;
  actor_id: string;
  actor_name: string;
  /** What was done: create, update, sign, lock, login… */
  action: string;
  entity_type: string;
  entity_id: string;
  site_id: string | null;
  subject_id: string | null;
  /** JSON array of { field, old, new }. */
  changes: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadTable {
  id: Generated<number>;
  seq: number;
  hash: string;
}
