/**
 * The one write path. Every change is a command run by {@link runCommand}: one transaction in
 * which the data change and its audit events are written together (GCP / 21 CFR 11.10(e):
 * who, when, what, old and new value, why). Repository write functions take a
 * {@link WriteContext}, which only this module creates, so nothing can write around the trail.
 *
 * The chain head row is locked first (an UPDATE, which takes SQLite's write lock and a
 * PostgreSQL row lock), so concurrent commands append to the chain one after another and two
 * processes on one SQLite file never dead-lock on a read-to-write upgrade.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { DomainError } from '../../core/shared/domain-error.ts';
import { afterWrite, assertWritable } from '../integrity/record-guards.ts';
import type { DialectName, UntypedDb } from '../migrations/migration.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { writeCheckpoint } from './audit-checkpoint.ts';
import { type FieldChange, hashAuditEvent } from './audit-hash.ts';

export interface Actor {
  id: string;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'oncotrial system' };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  siteId?: string | null;
  subjectId?: string | null;
  changes: FieldChange[];
  reason?: string | null;
}

export interface WriteContext {
  readonly trx: Transaction<Database>;
  readonly actor: Actor;
  /** Server UTC instant of this command; every event of the command carries it. */
  readonly now: string;
  readonly dialect: DialectName;
  audit(event: AuditInput): Promise<void>;
}

/** Runs `fn` as one audited command. Throws whatever `fn` throws, after rolling back. */
export async function runCommand<T>(
  store: Store,
  actor: Actor,
  fn: (ctx: WriteContext) => Promise<T>,
): Promise<T> {
  const now = store.now();
  let head = { seq: 0, hash: '' };
  const result = await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('audit_chain_head').set({ seq: sql`seq` }).where('id', '=', 1).execute();
    const row = await trx
      .selectFrom('audit_chain_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    head = { seq: Number(row.seq), hash: row.hash };
    const startSeq = head.seq;
    const ctx: WriteContext = {
      trx,
      actor,
      now,
      dialect: store.dialect,
      async audit(e) {
        const content = {
          seq: head.seq + 1,
          id: randomUUID(),
          occurredAt: now,
          actorId: actor.id,
          actorName: actor.name,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          siteId: e.siteId ?? null,
          subjectId: e.subjectId ?? null,
          changes: e.changes,
          reason: e.reason ?? null,
          prevHash: head.hash,
        };
        const hash = hashAuditEvent(content);
        await trx
          .insertInto('audit_events')
          .values({
            seq: content.seq,
            id: content.id,
            occurred_at: now,
            actor_id: actor.id,
            actor_name: actor.name,
            action: content.action,
            entity_type: content.entityType,
            entity_id: content.entityId,
            site_id: content.siteId,
            subject_id: content.subjectId,
            changes: JSON.stringify(content.changes),
            reason: content.reason,
            prev_hash: content.prevHash,
            hash,
          })
          .execute();
        head = { seq: content.seq, hash };
      },
    };
    const out = await fn(ctx);
    if (head.seq !== startSeq) {
      await trx
        .updateTable('audit_chain_head')
        .set({ seq: head.seq, hash: head.hash })
        .where('id', '=', 1)
        .execute();
    }
    return out;
  });
  try {
    if (head.seq > 0)
      writeCheckpoint(store.checkpointFile, { seq: head.seq, hash: head.hash, writtenAt: now });
  } catch {
    // The checkpoint is a second line of defence; a failed write must not undo a committed command.
  }
  return result;
}

type Row = Record<string, unknown>;

export interface RecordRef {
  entityType: string;
  siteId?: string | null;
  subjectId?: string | null;
}

/**
 * Inserts one row and audits its creation (every field: old null, new value). Subject data
 * (`ref.subjectId` set) pass the lock check first and break signatures / reset SDV after.
 */
export async function insertAudited(
  ctx: WriteContext,
  table: keyof Database & string,
  row: Row & { id: string },
  ref: RecordRef,
  action = 'create',
): Promise<void> {
  const guarded = ref.subjectId
    ? { entityType: ref.entityType, entityId: row.id, subjectId: ref.subjectId }
    : null;
  if (guarded) await assertWritable(ctx, guarded);
  await (ctx.trx as unknown as UntypedDb).insertInto(table).values(row).execute();
  await ctx.audit({
    action,
    entityType: ref.entityType,
    entityId: row.id,
    siteId: ref.siteId ?? null,
    subjectId: ref.subjectId ?? null,
    changes: Object.entries(row)
      .filter(([k]) => k !== 'id')
      .map(([field, value]) => ({ field, old: null, new: value ?? null })),
  });
  if (guarded) await afterWrite(ctx, guarded);
}

/**
 * Updates one row by `id` and audits each changed field with old and new value. Any edit of
 * saved data needs a reason for change (ICH E6(R3) 4.2.1 / 21 CFR 11.10(e)); an update that
 * changes nothing writes nothing. Returns the changes.
 */
export async function updateAudited(
  ctx: WriteContext,
  table: keyof Database & string,
  id: string,
  patch: Row,
  ref: RecordRef & { reason: string | null | undefined },
  action = 'update',
): Promise<FieldChange[]> {
  const db = ctx.trx as unknown as UntypedDb;
  const old = (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as
    | Row
    | undefined;
  if (!old) throw new DomainError({ kind: 'not-found', entity: ref.entityType, id });
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!sameValue(old[field], value)) changes.push({ field, old: old[field] ?? null, new: value });
  }
  if (changes.length === 0) return changes;
  const guarded = ref.subjectId
    ? { entityType: ref.entityType, entityId: id, subjectId: ref.subjectId }
    : null;
  if (guarded) await assertWritable(ctx, guarded);
  const reason = ref.reason?.trim();
  if (!reason) {
    throw new DomainError({
      kind: 'invalid',
      issues: [
        {
          path: 'reason',
          rule: 'reason-for-change',
          message: 'a reason for change is required to edit saved data',
        },
      ],
    });
  }
  await db
    .updateTable(table)
    .set(Object.fromEntries(changes.map((c) => [c.field, c.new])))
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action,
    entityType: ref.entityType,
    entityId: id,
    siteId: ref.siteId ?? null,
    subjectId: ref.subjectId ?? null,
    changes,
    reason,
  });
  if (guarded) await afterWrite(ctx, guarded);
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  // bigint/number columns come back as strings from pg; compare their text
  return String(a) === String(b);
}
