/**
 * Writing the chain of custody. Every custody step runs the core transition table, updates the
 * specimen, appends a `custody_events` row (who, when it happened and when it was recorded,
 * where, temperature, integrity) and an audit event, all in the caller's command. Specimen
 * logistics are audited but not subject to CRF locks: a database lock freezes the case report,
 * not the freezer — a biobank must still be able to receive, store and destroy.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/shared/domain-error.ts';
import {
  type CustodyAction,
  type CustodyState,
  custodyTransition,
} from '../../core/specimens/custody-transitions.ts';
import type { WriteContext } from '../audit/audited-write.ts';
import type { UntypedDb } from '../migrations/migration.ts';
import type { Database } from '../schema/database.ts';
import { type SpecimenRow, sitePlace } from './specimen-scope.ts';

/** Inserts a logistics row and audits its creation (no lock guard; see the module comment). */
export async function insertLogged<R extends { id: string }>(
  ctx: WriteContext,
  table: keyof Database & string,
  row: R,
  ref: { entityType: string; siteId: string; subjectId: string | null },
  action = 'create',
): Promise<void> {
  await (ctx.trx as unknown as UntypedDb).insertInto(table).values(row).execute();
  await ctx.audit({
    action,
    entityType: ref.entityType,
    entityId: row.id,
    siteId: ref.siteId,
    subjectId: ref.subjectId,
    changes: Object.entries(row as Record<string, unknown>)
      .filter(([k]) => k !== 'id')
      .map(([field, value]) => ({ field, old: null, new: value ?? null })),
  });
}

export interface CustodyDetails {
  occurredAt?: string | null | undefined;
  temperatureC?: string | null | undefined;
  integrity?: 'intact' | 'damaged' | null | undefined;
  notes?: string | null | undefined;
  shipmentId?: string | null;
  reason?: string | null | undefined;
  /** Specimen fields that change with the step (custody site, storage, quantity). */
  patch?: Partial<Database['specimens']>;
}

/** Refuses an occurrence time in the future or before collection. */
export function checkOccurredAt(
  ctx: WriteContext,
  s: Pick<SpecimenRow, 'collected_at'> | null,
  at: string,
  path: string,
): void {
  if (Date.parse(at) > Date.parse(ctx.now) + 5 * 60_000)
    throw new DomainError({
      kind: 'invalid',
      issues: [
        { path, rule: 'not-in-future', message: `${at} is in the future (server time ${ctx.now})` },
      ],
    });
  if (s && Date.parse(at) < Date.parse(s.collected_at))
    throw new DomainError({
      kind: 'invalid',
      issues: [
        {
          path,
          rule: 'after-collection',
          message: `${at} is before the collection at ${s.collected_at}`,
        },
      ],
    });
}

/**
 * Applies `action` to the specimen (refused with the core's reason when impossible) and logs it.
 * @example await applyCustody(ctx, specimen, 'store-at-site', { temperatureC: '-80' })
 */
export async function applyCustody(
  ctx: WriteContext,
  s: SpecimenRow,
  action: CustodyAction,
  d: CustodyDetails = {},
): Promise<CustodyState> {
  const where = await sitePlace(ctx.trx, s.custody_site_id);
  const t = custodyTransition(s.state as CustodyState, action, where.place);
  if (t.kind === 'refused')
    throw new DomainError({ kind: 'conflict', rule: t.rule, message: `${s.label}: ${t.reason}` });
  const occurredAt = d.occurredAt ?? ctx.now;
  checkOccurredAt(ctx, s, occurredAt, 'body.occurredAt');
  const patch: Partial<Database['specimens']> = { state: t.to, ...d.patch };
  if (d.integrity) patch.integrity = d.integrity;
  const changes = Object.entries(patch).filter(
    ([k, v]) => (s as unknown as Record<string, unknown>)[k] !== v,
  );
  await ctx.trx.updateTable('specimens').set(patch).where('id', '=', s.id).execute();
  Object.assign(s, patch);
  const event = {
    id: randomUUID(),
    specimen_id: s.id,
    action,
    from_state: t.from,
    to_state: t.to,
    site_id: where.id,
    occurred_at: occurredAt,
    recorded_at: ctx.now,
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    temperature_c: d.temperatureC ?? null,
    integrity: d.integrity ?? null,
    notes: d.notes ?? null,
    shipment_id: d.shipmentId ?? null,
    storage_box_id: patch.storage_box_id ?? s.storage_box_id,
    storage_position: patch.storage_position ?? s.storage_position,
  };
  await ctx.trx.insertInto('custody_events').values(event).execute();
  await ctx.audit({
    action: `custody-${action}`,
    entityType: 'specimen',
    entityId: s.id,
    siteId: s.site_id,
    subjectId: s.subject_id,
    changes: [
      ...changes.map(([field, v]) => ({ field, old: null as unknown, new: v ?? null })),
      { field: 'custody_event', old: null, new: event.id },
      { field: 'where', old: null, new: where.code },
      { field: 'occurred_at', old: null, new: occurredAt },
      ...(d.temperatureC ? [{ field: 'temperature_c', old: null, new: d.temperatureC }] : []),
    ],
    reason: d.reason ?? null,
  });
  return t.to;
}

/** The collection step: the first custody event of a new specimen. */
export async function logCollection(
  ctx: WriteContext,
  s: SpecimenRow,
  d: CustodyDetails = {},
): Promise<void> {
  await ctx.trx
    .insertInto('custody_events')
    .values({
      id: randomUUID(),
      specimen_id: s.id,
      action: 'collect',
      from_state: null,
      to_state: 'collected',
      site_id: s.site_id,
      occurred_at: s.collected_at,
      recorded_at: ctx.now,
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.name,
      temperature_c: d.temperatureC ?? null,
      integrity: d.integrity ?? s.integrity,
      notes: d.notes ?? null,
      shipment_id: null,
      storage_box_id: null,
      storage_position: null,
    })
    .execute();
}
