/** Form, subject and study locks: a locked record refuses writes until unlocked with a reason. */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/shared/domain-error.ts';
import { type Actor, runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';

export type LockTarget =
  | { scope: 'study' }
  | { scope: 'subject'; subjectId: string; siteId: string }
  | { scope: 'form'; subjectId: string; siteId: string; entityType: string; entityId: string };

export async function lockRecord(
  store: Store,
  actor: Actor,
  target: LockTarget,
  reason: string,
): Promise<string> {
  return runCommand(store, actor, async (ctx) => {
    const id = randomUUID();
    const row = {
      id,
      scope: target.scope,
      subject_id: target.scope === 'study' ? null : target.subjectId,
      entity_type: target.scope === 'form' ? target.entityType : null,
      entity_id: target.scope === 'form' ? target.entityId : null,
      site_id: target.scope === 'study' ? null : target.siteId,
      locked_at: ctx.now,
      locked_by: actor.id,
      reason,
      unlocked_at: null,
      unlocked_by: null,
      unlock_reason: null,
    };
    await ctx.trx.insertInto('record_locks').values(row).execute();
    await ctx.audit({
      action: 'lock',
      entityType: 'lock',
      entityId: id,
      siteId: row.site_id,
      subjectId: row.subject_id,
      changes: [
        { field: 'scope', old: null, new: target.scope },
        ...(row.entity_id
          ? [{ field: 'record', old: null, new: `${row.entity_type} ${row.entity_id}` }]
          : []),
      ],
      reason,
    });
    return id;
  });
}

export async function unlockRecord(
  store: Store,
  actor: Actor,
  lockId: string,
  reason: string,
  allowedSites: 'all' | string[],
): Promise<void> {
  await runCommand(store, actor, async (ctx) => {
    const lock = await ctx.trx
      .selectFrom('record_locks')
      .selectAll()
      .where('id', '=', lockId)
      .where('unlocked_at', 'is', null)
      .executeTakeFirst();
    if (
      !lock ||
      (allowedSites !== 'all' && (lock.site_id === null || !allowedSites.includes(lock.site_id)))
    )
      throw new DomainError({ kind: 'not-found', entity: 'active lock', id: lockId });
    await ctx.trx
      .updateTable('record_locks')
      .set({ unlocked_at: ctx.now, unlocked_by: actor.id, unlock_reason: reason })
      .where('id', '=', lockId)
      .execute();
    await ctx.audit({
      action: 'unlock',
      entityType: 'lock',
      entityId: lockId,
      siteId: lock.site_id,
      subjectId: lock.subject_id,
      changes: [{ field: 'unlocked_at', old: null, new: ctx.now }],
      reason,
    });
  });
}

export async function listLocks(store: Store, sites: 'all' | string[], subjectId?: string) {
  let q = store.db.selectFrom('record_locks').selectAll().where('unlocked_at', 'is', null);
  if (sites !== 'all')
    q = q.where((eb) =>
      eb.or([eb('scope', '=', 'study'), ...(sites.length ? [eb('site_id', 'in', sites)] : [])]),
    );
  if (subjectId) q = q.where('subject_id', '=', subjectId);
  return q.orderBy('locked_at').execute();
}
