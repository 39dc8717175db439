/**
 * What is done to a specimen in hand: processing steps with their times (a first step on a
 * collected specimen moves it to processed), aliquots and derivatives (children with their own
 * labels; aliquots of the same type take their volume from the parent), and uses that lower the
 * remaining quantity — using the last of it consumes the specimen. Genetic testing needs the
 * genetic-testing consent, research use the biobank consent.
 */

import { randomUUID } from 'node:crypto';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { type CustodyState, custodyTransition } from '../../core/specimens/custody-transitions.ts';
import { aliquotLabel } from '../../core/specimens/specimen-label.ts';
import { formatQuantity, parseQuantity } from '../../core/specimens/specimen-quantity.ts';
import {
  mayDerive,
  SPECIMEN_TYPE_INFO,
  type SpecimenType,
} from '../../core/specimens/specimen-types.ts';
import type { UsePurpose } from '../../core/specimens/specimen-use-purposes.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { dateAt } from '../subjects/site-today.ts';
import { applyCustody, checkOccurredAt, insertLogged } from './custody-log.ts';
import { heldSpecimen, type Sites, type SpecimenRow, sitePlace } from './specimen-scope.ts';
import { specimenViews } from './specimen-view.ts';
import { permissionsOf, requirePermission } from './subject-consents.ts';

export const PROCESSING_STEPS = [
  'centrifugation',
  'aliquoting',
  'fixation',
  'embedding',
  'sectioning',
  'freezing',
  'other',
] as const;

/** The specimen must be in hand (not shipped, not finished) for work on it. */
async function assertInHand(
  ctx: WriteContext,
  s: SpecimenRow,
  what: string,
): Promise<'site' | 'biobank'> {
  const place = (await sitePlace(ctx.trx, s.custody_site_id)).place;
  if (s.state === 'collected') return place;
  const t = custodyTransition(s.state as CustodyState, 'consume', place);
  if (t.kind === 'refused')
    throw new DomainError({
      kind: 'conflict',
      rule: 'specimen-not-in-hand',
      message: `${s.label} is ${s.state}: no ${what} possible`,
    });
  return place;
}

export interface ProcessingInput {
  step: (typeof PROCESSING_STEPS)[number];
  startedAt: string;
  endedAt: string;
  parameters?: Record<string, string | number | boolean> | undefined;
  notes?: string | null | undefined;
}

async function logStep(ctx: WriteContext, s: SpecimenRow, p: ProcessingInput): Promise<void> {
  checkOccurredAt(ctx, s, p.startedAt, 'body.startedAt');
  checkOccurredAt(ctx, s, p.endedAt, 'body.endedAt');
  if (Date.parse(p.endedAt) < Date.parse(p.startedAt))
    throw invalid(
      'body.endedAt',
      'end-after-start',
      `the step ends (${p.endedAt}) before it starts (${p.startedAt})`,
    );
  await insertLogged(
    ctx,
    'specimen_processing_steps',
    {
      id: randomUUID(),
      specimen_id: s.id,
      site_id: s.custody_site_id,
      step: p.step,
      started_at: p.startedAt,
      ended_at: p.endedAt,
      parameters: JSON.stringify(p.parameters ?? {}),
      notes: p.notes ?? null,
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.name,
      created_at: ctx.now,
    },
    { entityType: 'specimen-processing', siteId: s.site_id, subjectId: s.subject_id },
  );
  if (s.state === 'collected')
    await applyCustody(ctx, s, 'process', { occurredAt: p.endedAt, notes: p.step });
}

export async function addProcessingStep(
  store: Store,
  actor: Actor,
  sites: Sites,
  id: string,
  p: ProcessingInput,
) {
  return runCommand(store, actor, async (ctx) => {
    const s = await heldSpecimen(ctx.trx, id, sites);
    await assertInHand(ctx, s, 'processing');
    await logStep(ctx, s, p);
    return (await specimenViews(ctx.trx, [s]))[0];
  });
}

export interface AliquotInput {
  type: SpecimenType;
  count: number;
  quantityEach: string;
  startedAt: string;
  endedAt: string;
  /** The parent is used up by the processing (whole blood separated into plasma and buffy coat). */
  consumeParent?: boolean | undefined;
}

export async function makeAliquots(
  store: Store,
  actor: Actor,
  sites: Sites,
  id: string,
  a: AliquotInput,
) {
  const each = parseQuantity(a.quantityEach, a.type);
  if (each.kind === 'invalid') throw invalid('body.quantityEach', each.rule, each.message);
  if (each.thousandths === 0)
    throw invalid('body.quantityEach', 'positive-quantity', 'each aliquot has a quantity above 0');
  return runCommand(store, actor, async (ctx) => {
    const parent = await heldSpecimen(ctx.trx, id, sites);
    const place = await assertInHand(ctx, parent, 'aliquoting');
    const ptype = parent.type as SpecimenType;
    if (!mayDerive(ptype, a.type))
      throw invalid(
        'body.type',
        'derivable-type',
        `${SPECIMEN_TYPE_INFO[a.type].label} cannot be made from ${SPECIMEN_TYPE_INFO[ptype].label}`,
      );
    const remaining = parseQuantity(parent.remaining_quantity, ptype);
    const left = remaining.kind === 'ok' ? remaining.thousandths : 0;
    const total = each.thousandths * a.count;
    const sameType = ptype === a.type;
    if (sameType && total > left)
      throw new DomainError({
        kind: 'conflict',
        rule: 'quantity-exceeds-remaining',
        message: `${a.count} × ${a.quantityEach} ${parent.unit} = ${formatQuantity(total)} ${parent.unit} is more than the ${parent.remaining_quantity} ${parent.unit} left in ${parent.label}`,
        params: {
          requested: formatQuantity(total),
          remaining: String(parent.remaining_quantity),
          unit: parent.unit,
          label: parent.label,
        },
      });
    await logStep(ctx, parent, {
      step: 'aliquoting',
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      parameters: { into: a.type, count: a.count, quantityEach: a.quantityEach },
    });
    const existing = await ctx.trx
      .selectFrom('specimens')
      .select('label')
      .where('parent_id', '=', parent.id)
      .execute();
    const children: SpecimenRow[] = [];
    for (let i = 1; i <= a.count; i++) {
      const label = aliquotLabel(parent.label, existing.length + i);
      const q = formatQuantity(each.thousandths);
      const child: SpecimenRow = {
        ...parent,
        id: randomUUID(),
        label,
        type: a.type,
        unit: SPECIMEN_TYPE_INFO[a.type].unit,
        parent_id: parent.id,
        initial_quantity: q,
        remaining_quantity: q,
        // Made at the biobank: in hand there and awaiting storage; made at a site: processed.
        state: place === 'biobank' ? 'received-at-biobank' : 'processed',
        storage_box_id: null,
        storage_position: null,
        notes: null,
        created_at: ctx.now,
      };
      const dup = await ctx.trx
        .selectFrom('specimens')
        .select('id')
        .where('label', '=', label)
        .executeTakeFirst();
      if (dup)
        throw new DomainError({
          kind: 'conflict',
          rule: 'label-unique',
          message: `label ${label} is already used`,
        });
      await insertLogged(
        ctx,
        'specimens',
        child,
        { entityType: 'specimen', siteId: child.site_id, subjectId: child.subject_id },
        'aliquot',
      );
      await ctx.trx
        .insertInto('custody_events')
        .values({
          id: randomUUID(),
          specimen_id: child.id,
          action: 'aliquot',
          from_state: null,
          to_state: child.state,
          site_id: child.custody_site_id,
          occurred_at: a.endedAt,
          recorded_at: ctx.now,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          temperature_c: null,
          integrity: child.integrity,
          notes: `from ${parent.label}`,
          shipment_id: null,
          storage_box_id: null,
          storage_position: null,
        })
        .execute();
      children.push(child);
    }
    if (a.consumeParent) await takeQuantity(ctx, parent, left, 'aliquoting', a.endedAt);
    else if (sameType) await takeQuantity(ctx, parent, total, 'aliquoting', a.endedAt);
    return specimenViews(ctx.trx, children);
  });
}

/** Lowers the remaining quantity; the last of it consumes the specimen. */
async function takeQuantity(
  ctx: WriteContext,
  s: SpecimenRow,
  thousandths: number,
  purpose: string,
  occurredAt: string,
): Promise<void> {
  const r = parseQuantity(s.remaining_quantity, s.type as SpecimenType);
  const left = (r.kind === 'ok' ? r.thousandths : 0) - thousandths;
  const remaining = formatQuantity(left);
  await insertLogged(
    ctx,
    'specimen_uses',
    {
      id: randomUUID(),
      specimen_id: s.id,
      site_id: s.custody_site_id,
      quantity: formatQuantity(thousandths),
      remaining_after: remaining,
      purpose,
      occurred_at: occurredAt,
      actor_id: ctx.actor.id,
      actor_name: ctx.actor.name,
      created_at: ctx.now,
    },
    { entityType: 'specimen-use', siteId: s.site_id, subjectId: s.subject_id },
  );
  if (left === 0)
    await applyCustody(ctx, s, 'consume', {
      occurredAt,
      notes: purpose,
      patch: { remaining_quantity: '0', storage_box_id: null, storage_position: null },
    });
  else {
    await ctx.trx
      .updateTable('specimens')
      .set({ remaining_quantity: remaining })
      .where('id', '=', s.id)
      .execute();
    s.remaining_quantity = remaining;
  }
}

export interface UseInput {
  quantity: string;
  purpose: UsePurpose;
  occurredAt?: string | undefined;
}

export async function recordUse(store: Store, actor: Actor, sites: Sites, id: string, u: UseInput) {
  return runCommand(store, actor, async (ctx) => {
    const s = await heldSpecimen(ctx.trx, id, sites);
    await assertInHand(ctx, s, 'use');
    const q = parseQuantity(u.quantity, s.type as SpecimenType);
    if (q.kind === 'invalid') throw invalid('body.quantity', q.rule, q.message);
    if (q.thousandths === 0)
      throw invalid('body.quantity', 'positive-quantity', 'a use takes a quantity above 0');
    const r = parseQuantity(s.remaining_quantity, s.type as SpecimenType);
    if (r.kind === 'ok' && q.thousandths > r.thousandths)
      throw new DomainError({
        kind: 'conflict',
        rule: 'quantity-exceeds-remaining',
        message: `${u.quantity} ${s.unit} is more than the ${s.remaining_quantity} ${s.unit} left in ${s.label}`,
        params: {
          requested: String(u.quantity),
          remaining: String(s.remaining_quantity),
          unit: s.unit,
          label: s.label,
        },
      });
    const at = u.occurredAt ?? ctx.now;
    checkOccurredAt(ctx, s, at, 'body.occurredAt');
    const day = dateAt(at, (await sitePlace(ctx.trx, s.site_id)).timezone);
    const p = await permissionsOf(ctx.trx, s.subject_id, day);
    if (u.purpose === 'genetic-testing')
      requirePermission(
        p.mayTestGenetically,
        'consent-genetic-testing',
        `${s.label}: genetic testing refused`,
      );
    if (u.purpose === 'research')
      requirePermission(
        p.mayDistribute,
        'consent-research-use',
        `${s.label}: research use refused`,
      );
    await takeQuantity(ctx, s, q.thousandths, u.purpose, at);
    return (await specimenViews(ctx.trx, [s]))[0];
  });
}
