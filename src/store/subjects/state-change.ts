/**
 * Records a new fact on an existing row (enrolment, screen failure, withdrawal of consent): the
 * fields were empty and are now set, so it is not an edit of saved data and needs no reason for
 * change; the audit event names the action. Refuses to overwrite a field that already has a value
 * (that is an edit: `updateAudited` with a reason).
 */
import { DomainError } from '../../core/shared/domain-error.ts';
import type { FieldChange } from '../audit/audit-hash.ts';
import type { RecordRef, WriteContext } from '../audit/audited-write.ts';
import { afterWrite, assertWritable } from '../integrity/record-guards.ts';
import type { UntypedDb } from '../migrations/migration.ts';
import type { Database } from '../schema/database.ts';

export async function recordStateChange(
  ctx: WriteContext,
  table: keyof Database & string,
  id: string,
  patch: Record<string, unknown>,
  ref: RecordRef,
  action: string,
): Promise<void> {
  const db = ctx.trx as unknown as UntypedDb;
  const old = (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as
    | Record<string, unknown>
    | undefined;
  if (!old) throw new DomainError({ kind: 'not-found', entity: ref.entityType, id });
  const guarded = ref.subjectId
    ? { entityType: ref.entityType, entityId: id, subjectId: ref.subjectId }
    : null;
  // Locked data refuse writes; signatures over the record break (as for every audited write).
  if (guarded) await assertWritable(ctx, guarded);
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (old[field] != null)
      throw new DomainError({
        kind: 'conflict',
        rule: `${action}-already-recorded`,
        message: `${field} is already recorded; correct it as an edit with a reason`,
      });
    changes.push({ field, old: null, new: value ?? null });
  }
  await db.updateTable(table).set(patch).where('id', '=', id).execute();
  await ctx.audit({
    action,
    entityType: ref.entityType,
    entityId: id,
    siteId: ref.siteId ?? null,
    subjectId: ref.subjectId ?? null,
    changes,
  });
  if (guarded) await afterWrite(ctx, guarded);
}
