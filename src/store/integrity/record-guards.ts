/**
 * What every write of subject data goes through, inside its command's transaction:
 * - before: refuse when the study, the subject or the form is locked (locked data refuse writes);
 * - after: break every signature that covered the record (21 CFR 11.70: a signature is linked to
 *   the record version it signs; an edit afterwards leaves it visibly broken) and reset source
 *   data verification of the record (it must be verified again).
 * The audited insert/update helpers call these, so no write path can forget them.
 */
import { DomainError } from '../../core/shared/domain-error.ts';
import type { WriteContext } from '../audit/audited-write.ts';

export interface GuardedRef {
  entityType: string;
  entityId: string;
  subjectId: string;
}

export async function assertWritable(ctx: WriteContext, ref: GuardedRef): Promise<void> {
  const lock = await ctx.trx
    .selectFrom('record_locks')
    .select(['scope', 'reason'])
    .where('unlocked_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'study'),
        eb.and([eb('scope', '=', 'subject'), eb('subject_id', '=', ref.subjectId)]),
        eb.and([
          eb('scope', '=', 'form'),
          eb('entity_type', '=', ref.entityType),
          eb('entity_id', '=', ref.entityId),
        ]),
      ]),
    )
    .executeTakeFirst();
  if (lock) {
    throw new DomainError({
      kind: 'locked',
      rule: `${lock.scope}-lock`,
      message: `the ${lock.scope === 'form' ? `${ref.entityType} record` : lock.scope} is locked (${lock.reason}); unlock it with a reason before editing`,
    });
  }
}

export async function afterWrite(ctx: WriteContext, ref: GuardedRef): Promise<void> {
  const broken = await ctx.trx
    .selectFrom('signatures')
    .select(['id', 'scope', 'signer_name', 'meaning'])
    .where('broken_at', 'is', null)
    .where('subject_id', '=', ref.subjectId)
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'casebook'),
        eb.and([eb('entity_type', '=', ref.entityType), eb('entity_id', '=', ref.entityId)]),
      ]),
    )
    .execute();
  for (const s of broken) {
    const why = `${ref.entityType} ${ref.entityId} was changed after signing`;
    await ctx.trx
      .updateTable('signatures')
      .set({ broken_at: ctx.now, broken_reason: why })
      .where('id', '=', s.id)
      .execute();
    await ctx.audit({
      action: 'signature-broken',
      entityType: 'signature',
      entityId: s.id,
      subjectId: ref.subjectId,
      changes: [{ field: 'broken_at', old: null, new: ctx.now }],
      reason: why,
    });
  }
  const marks = await ctx.trx
    .selectFrom('sdv_marks')
    .select(['id', 'field'])
    .where('reset_at', 'is', null)
    .where('entity_type', '=', ref.entityType)
    .where('entity_id', '=', ref.entityId)
    .execute();
  for (const m of marks) {
    await ctx.trx
      .updateTable('sdv_marks')
      .set({ reset_at: ctx.now, reset_reason: 'record edited after verification' })
      .where('id', '=', m.id)
      .execute();
    await ctx.audit({
      action: 'sdv-reset',
      entityType: 'sdv-mark',
      entityId: m.id,
      subjectId: ref.subjectId,
      changes: [{ field: 'reset_at', old: null, new: ctx.now }],
      reason: 'record edited after verification',
    });
  }
}
