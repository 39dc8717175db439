/** Source data verification: a monitor marks a record (or one field) verified; an edit resets it. */
import { randomUUID } from 'node:crypto';
import { type Actor, runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';

export async function markVerified(
  store: Store,
  actor: Actor,
  m: {
    subjectId: string;
    siteId: string;
    entityType: string;
    entityId: string;
    field: string | null;
  },
): Promise<string> {
  return runCommand(store, actor, async (ctx) => {
    const id = randomUUID();
    await ctx.trx
      .insertInto('sdv_marks')
      .values({
        id,
        subject_id: m.subjectId,
        site_id: m.siteId,
        entity_type: m.entityType,
        entity_id: m.entityId,
        field: m.field,
        verified_by: actor.id,
        verified_at: ctx.now,
        reset_at: null,
        reset_reason: null,
      })
      .execute();
    await ctx.audit({
      action: 'sdv',
      entityType: 'sdv-mark',
      entityId: id,
      siteId: m.siteId,
      subjectId: m.subjectId,
      changes: [
        {
          field: 'record',
          old: null,
          new: `${m.entityType} ${m.entityId}${m.field ? ` ${m.field}` : ''}`,
        },
      ],
    });
    return id;
  });
}

export async function listSdv(store: Store, subjectId: string) {
  const rows = await store.db
    .selectFrom('sdv_marks')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .orderBy('verified_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    field: r.field,
    verifiedBy: r.verified_by,
    verifiedAt: r.verified_at,
    status: r.reset_at ? ('reset' as const) : ('verified' as const),
    resetAt: r.reset_at,
  }));
}
