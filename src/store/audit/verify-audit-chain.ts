/**
 * Verifies the whole audit chain: sequence without gaps, each event's stored previous hash equal
 * to the hash before it, each hash equal to the recomputed hash of its content, and the chain
 * reaching at least the checkpoint kept outside the database (so a truncated tail is caught).
 * Reads in pages so memory stays flat however long the trail is.
 */
import type { Store } from '../open-store.ts';
import { readCheckpoint } from './audit-checkpoint.ts';
import { type FieldChange, GENESIS_HASH, hashAuditEvent } from './audit-hash.ts';

export type ChainBreak =
  | { kind: 'sequence-gap'; seq: number; expectedSeq: number; message: string }
  | { kind: 'previous-hash-mismatch'; seq: number; message: string }
  | { kind: 'hash-mismatch'; seq: number; message: string }
  | { kind: 'truncated'; seq: number; message: string }
  | { kind: 'checkpoint-mismatch'; seq: number; message: string };

export interface ChainVerification {
  ok: boolean;
  events: number;
  headSeq: number;
  headHash: string;
  checkpoint: { seq: number; hash: string } | null;
  firstBreak: ChainBreak | null;
}

const PAGE = 5000;

export async function verifyAuditChain(store: Store): Promise<ChainVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let events = 0;
  let firstBreak: ChainBreak | null = null;
  const checkpoint = readCheckpoint(store.checkpointFile);
  let checkpointHashSeen: string | null = null;
  let after = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      const seq = Number(r.seq);
      after = seq;
      events++;
      if (firstBreak) continue;
      if (seq !== expectedSeq) {
        firstBreak = {
          kind: 'sequence-gap',
          seq,
          expectedSeq,
          message: `event ${expectedSeq} is missing: the chain jumps to ${seq} (an event was deleted or a row inserted)`,
        };
        continue;
      }
      if (r.prev_hash !== prevHash) {
        firstBreak = {
          kind: 'previous-hash-mismatch',
          seq,
          message: `event ${seq} does not link to event ${seq - 1} (events reordered, replaced or inserted)`,
        };
        continue;
      }
      let changes: FieldChange[];
      try {
        changes = JSON.parse(r.changes) as FieldChange[];
      } catch {
        firstBreak = {
          kind: 'hash-mismatch',
          seq,
          message: `event ${seq}: its changes are not valid JSON (edited)`,
        };
        continue;
      }
      const recomputed = hashAuditEvent({
        seq,
        id: r.id,
        occurredAt: r.occurred_at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        siteId: r.site_id,
        subjectId: r.subject_id,
        changes,
        reason: r.reason,
        prevHash: r.prev_hash,
      });
      if (recomputed !== r.hash) {
        firstBreak = {
          kind: 'hash-mismatch',
          seq,
          message: `event ${seq}: its content does not match its hash (edited after it was written)`,
        };
        continue;
      }
      if (checkpoint && seq === checkpoint.seq) checkpointHashSeen = r.hash;
      prevHash = r.hash;
      expectedSeq = seq + 1;
    }
  }
  const headSeq = expectedSeq - 1;
  if (!firstBreak && checkpoint) {
    if (checkpoint.seq > headSeq) {
      firstBreak = {
        kind: 'truncated',
        seq: headSeq + 1,
        message: `the checkpoint outside the database records ${checkpoint.seq} events but the chain ends at ${headSeq}: events ${headSeq + 1}–${checkpoint.seq} were removed`,
      };
    } else if (checkpointHashSeen !== null && checkpointHashSeen !== checkpoint.hash) {
      firstBreak = {
        kind: 'checkpoint-mismatch',
        seq: checkpoint.seq,
        message: `event ${checkpoint.seq} differs from the checkpoint kept outside the database (chain rewritten)`,
      };
    }
  }
  return {
    ok: firstBreak === null,
    events,
    headSeq,
    headHash: prevHash,
    checkpoint: checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash } : null,
    firstBreak,
  };
}
