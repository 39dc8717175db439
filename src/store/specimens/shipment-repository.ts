/**
 * Shipments from an enrolling site to the central biobank: a manifest (which specimens, from
 * which site, shipping conditions, courier), then receipt at the biobank with per-specimen
 * reconciliation by the core (received / damaged / missing / unexpected). Received and damaged
 * specimens enter the biobank's custody; every discrepancy raises a data query to the sending
 * site (raised once per rule and specimen), so it is followed up in the usual workflow.
 * Shipping to the biobank is for storage there, so it needs the biobank consent.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { fillTemplate, reasonTexts } from '../../core/shared/reason.ts';
import { readReasons } from '../../core/shared/reason-from-stored.ts';
import { SPECIMEN_RULES } from '../../core/shared/rules/specimens.rules.ts';
import {
  type ReconciledLine,
  reconcileShipment,
  type ScanIntegrity,
} from '../../core/specimens/shipment-reconciliation.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import { raiseAutoQuery } from '../integrity/query-repository.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { dateAt } from '../subjects/site-today.ts';
import { applyCustody, checkOccurredAt, insertLogged } from './custody-log.ts';
import {
  covers,
  type Db,
  type Sites,
  type SpecimenRow,
  sitePlace,
  visibleSpecimen,
} from './specimen-scope.ts';
import { permissionsOf } from './subject-consents.ts';

export const SHIPPING_CONDITIONS = [
  'ambient',
  'refrigerated',
  'dry-ice',
  'liquid-nitrogen',
] as const;

export interface NewShipment {
  toSiteId: string;
  specimenIds: string[];
  shippingCondition: (typeof SHIPPING_CONDITIONS)[number];
  courier?: string | undefined;
  trackingNumber?: string | undefined;
  shippedAt?: string | undefined;
  temperatureC?: string | undefined;
}

export async function createShipment(store: Store, actor: Actor, sites: Sites, n: NewShipment) {
  const dup = n.specimenIds.find((id, i) => n.specimenIds.indexOf(id) !== i);
  if (dup) throw invalid('body.specimenIds', 'unique-items', `specimen ${dup} is listed twice`);
  return runCommand(store, actor, async (ctx) => {
    const to = await sitePlace(ctx.trx, n.toSiteId);
    if (to.place !== 'biobank')
      throw invalid(
        'body.toSiteId',
        'ship-to-biobank',
        'specimens are shipped to the central biobank',
      );
    const specimens: SpecimenRow[] = [];
    for (const [i, id] of n.specimenIds.entries()) {
      try {
        specimens.push(await visibleSpecimen(ctx.trx, id, sites));
      } catch {
        throw invalid(
          `body.specimenIds.${i}`,
          'specimen-not-found',
          `specimen ${id} not found at your sites`,
        );
      }
    }
    const from = specimens[0]?.custody_site_id ?? '';
    if (specimens.some((s) => s.custody_site_id !== from))
      throw new DomainError({
        kind: 'conflict',
        rule: 'shipment-one-origin',
        message: 'a shipment leaves from one site: these specimens are held at different sites',
      });
    if (!covers(sites, from))
      throw new DomainError({
        kind: 'forbidden',
        rule: 'specimen-held-elsewhere',
        message: 'only the site that holds the specimens can ship them',
      });
    const origin = await sitePlace(ctx.trx, from);
    const shippedAt = n.shippedAt ?? ctx.now;
    checkOccurredAt(ctx, null, shippedAt, 'body.shippedAt');
    const day = dateAt(shippedAt, origin.timezone);
    const refused: string[] = [];
    for (const s of specimens) {
      const p = await permissionsOf(ctx.trx, s.subject_id, day);
      if (!p.mayStore.allowed) refused.push(`${s.label} (${p.mayStore.reasons.join('; ')})`);
    }
    if (refused.length)
      throw new DomainError({
        kind: 'conflict',
        rule: 'consent-storage',
        message: `not shipped: no biobank storage consent for ${refused.join(', ')}`,
      });
    const shipment = {
      id: randomUUID(),
      from_site_id: from,
      to_site_id: to.id,
      status: 'in-transit',
      shipping_condition: n.shippingCondition,
      courier: n.courier ?? null,
      tracking_number: n.trackingNumber ?? null,
      shipped_at: shippedAt,
      shipped_by: ctx.actor.name,
      received_at: null,
      received_by: null,
      receipt_temperature_c: null,
      created_at: ctx.now,
    };
    await insertLogged(ctx, 'shipments', shipment, {
      entityType: 'shipment',
      siteId: from,
      subjectId: null,
    });
    for (const s of specimens) {
      await ctx.trx
        .insertInto('shipment_items')
        .values({
          id: randomUUID(),
          shipment_id: shipment.id,
          specimen_id: s.id,
          label: s.label,
          on_manifest: 1,
          outcome: null,
          reasons: null,
          query_id: null,
        })
        .execute();
      await applyCustody(ctx, s, 'ship', {
        occurredAt: shippedAt,
        temperatureC: n.temperatureC,
        notes: `${n.shippingCondition}${n.courier ? `, ${n.courier}` : ''}`,
        shipmentId: shipment.id,
        patch: { custody_site_id: to.id, storage_box_id: null, storage_position: null },
      });
    }
    return shipmentView(ctx.trx, shipment.id);
  });
}

export async function shipmentView(db: Db, id: string) {
  const k = db as Kysely<Database>;
  const s = await k
    .selectFrom('shipments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const items = await k
    .selectFrom('shipment_items')
    .selectAll()
    .where('shipment_id', '=', id)
    .orderBy('on_manifest', 'desc')
    .orderBy('label')
    .execute();
  return {
    id: s.id,
    fromSiteId: s.from_site_id,
    toSiteId: s.to_site_id,
    status: s.status,
    shippingCondition: s.shipping_condition,
    courier: s.courier,
    trackingNumber: s.tracking_number,
    shippedAt: s.shipped_at,
    shippedBy: s.shipped_by,
    receivedAt: s.received_at,
    receivedBy: s.received_by,
    receiptTemperatureC: s.receipt_temperature_c,
    items: items.map((i) => ({
      label: i.label,
      specimenId: i.specimen_id,
      onManifest: Number(i.on_manifest) === 1,
      outcome: i.outcome,
      // rows received before reasons carried codes hold plain English strings
      reasons: i.reasons ? readReasons(JSON.parse(i.reasons)) : [],
      queryId: i.query_id,
    })),
  };
}

function shipmentsAt(db: Db, sites: Sites) {
  let q = (db as Kysely<Database>).selectFrom('shipments').selectAll();
  if (sites !== 'all')
    q = q.where((eb) => eb.or([eb('from_site_id', 'in', sites), eb('to_site_id', 'in', sites)]));
  return q;
}

export async function listShipments(store: Store, sites: Sites, status?: string) {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = shipmentsAt(store.db, sites);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('shipped_at', 'desc').limit(1000).execute();
  return Promise.all(rows.map((r) => shipmentView(store.db, r.id)));
}

export async function getShipment(store: Store, sites: Sites, id: string) {
  const s =
    sites !== 'all' && sites.length === 0
      ? undefined
      : await shipmentsAt(store.db, sites).where('id', '=', id).executeTakeFirst();
  if (!s) throw new DomainError({ kind: 'not-found', entity: 'shipment', id });
  return shipmentView(store.db, id);
}

export interface ReceiptInput {
  receivedAt?: string | undefined;
  temperatureC?: string | undefined;
  items: Array<{
    label: string;
    integrity: ScanIntegrity;
    note?: string | undefined;
    temperatureC?: string | undefined;
  }>;
}

async function raiseDiscrepancy(
  ctx: WriteContext,
  line: ReconciledLine,
  shipment: { id: string; from_site_id: string },
  specimen: SpecimenRow | null,
): Promise<string | null> {
  if (line.outcome === 'received') return null;
  // the query's words are the rule's template (rules/specimens.rules.ts), so a screen can say
  // it in the reader's language from the rule and params; the English adds the scan's findings
  const rule = `specimen-${line.outcome}-at-receipt` as const;
  const params = { label: line.label, shipment: shipment.id };
  const text = `${fillTemplate(SPECIMEN_RULES[rule], params)} (${reasonTexts(line.reasons).join('; ')})`;
  return raiseAutoQuery(
    ctx,
    specimen
      ? {
          siteId: specimen.site_id,
          subjectId: specimen.subject_id,
          entityType: 'specimen',
          entityId: specimen.id,
          field: 'custody',
        }
      : {
          siteId: shipment.from_site_id,
          entityType: 'shipment',
          entityId: shipment.id,
          field: `label ${line.label}`,
        },
    rule,
    text,
    params,
  );
}

/** Receipt at the biobank: reconcile the scan with the manifest, take custody, raise discrepancies. */
export async function receiveShipment(
  store: Store,
  actor: Actor,
  sites: Sites,
  id: string,
  r: ReceiptInput,
) {
  return runCommand(store, actor, async (ctx) => {
    const s = await shipmentsAt(ctx.trx, sites).where('id', '=', id).executeTakeFirst();
    if (!s) throw new DomainError({ kind: 'not-found', entity: 'shipment', id });
    if (!covers(sites, s.to_site_id))
      throw new DomainError({
        kind: 'forbidden',
        rule: 'receiving-site',
        message: 'only the destination biobank receives a shipment',
      });
    if (s.status !== 'in-transit')
      throw new DomainError({
        kind: 'conflict',
        rule: 'shipment-already-received',
        message: `shipment was received on ${s.received_at}`,
      });
    const receivedAt = r.receivedAt ?? ctx.now;
    checkOccurredAt(ctx, null, receivedAt, 'body.receivedAt');
    if (Date.parse(receivedAt) < Date.parse(s.shipped_at))
      throw invalid(
        'body.receivedAt',
        'after-shipping',
        `received ${receivedAt} before it was shipped (${s.shipped_at})`,
      );
    const items = await ctx.trx
      .selectFrom('shipment_items')
      .selectAll()
      .where('shipment_id', '=', id)
      .execute();
    const scanned = r.items.map((i) => ({ ...i, label: i.label.trim().toUpperCase() }));
    const rec = reconcileShipment(
      items.map((i) => i.label),
      scanned.map((i) => ({
        label: i.label,
        integrity: i.integrity,
        ...(i.note ? { note: i.note } : {}),
      })),
    );
    for (const line of rec.lines) {
      const item = items.find((i) => i.label === line.label);
      const scan = scanned.find((i) => i.label === line.label);
      let specimen: SpecimenRow | null = null;
      if (item?.specimen_id) {
        specimen =
          (await ctx.trx
            .selectFrom('specimens')
            .selectAll()
            .where('id', '=', item.specimen_id)
            .executeTakeFirst()) ?? null;
      } else if (line.outcome === 'unexpected') {
        specimen =
          (await ctx.trx
            .selectFrom('specimens')
            .selectAll()
            .where('label', '=', line.label)
            .executeTakeFirst()) ?? null;
      }
      if ((line.outcome === 'received' || line.outcome === 'damaged') && specimen)
        await applyCustody(ctx, specimen, 'receive', {
          occurredAt: receivedAt,
          temperatureC: scan?.temperatureC ?? r.temperatureC,
          integrity: line.outcome === 'damaged' ? 'damaged' : 'intact',
          notes: reasonTexts(line.reasons).join('; '),
          shipmentId: id,
        });
      const queryId = await raiseDiscrepancy(ctx, line, s, specimen);
      if (item) {
        await ctx.trx
          .updateTable('shipment_items')
          .set({ outcome: line.outcome, reasons: JSON.stringify(line.reasons), query_id: queryId })
          .where('id', '=', item.id)
          .execute();
      } else {
        await ctx.trx
          .insertInto('shipment_items')
          .values({
            id: randomUUID(),
            shipment_id: id,
            specimen_id: specimen?.id ?? null,
            label: line.label,
            on_manifest: 0,
            outcome: line.outcome,
            reasons: JSON.stringify(line.reasons),
            query_id: queryId,
          })
          .execute();
      }
    }
    const status = rec.hasDiscrepancies ? 'received-with-discrepancies' : 'received';
    await ctx.trx
      .updateTable('shipments')
      .set({
        status,
        received_at: receivedAt,
        received_by: ctx.actor.name,
        receipt_temperature_c: r.temperatureC ?? null,
      })
      .where('id', '=', id)
      .execute();
    await ctx.audit({
      action: 'receive-shipment',
      entityType: 'shipment',
      entityId: id,
      siteId: s.from_site_id,
      changes: [
        { field: 'status', old: s.status, new: status },
        { field: 'received_at', old: null, new: receivedAt },
        { field: 'reconciliation', old: null, new: rec.counts },
      ],
    });
    return { ...(await shipmentView(ctx.trx, id)), counts: rec.counts };
  });
}
