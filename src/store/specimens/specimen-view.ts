/**
 * Specimens as the API shows them: camelCase fields, the unit with the quantity, the storage
 * location spelled out (freezer → rack → box → position), and, for one specimen, its chain of
 * custody, processing steps, uses and aliquots.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.ts';
import type { Db, SpecimenRow } from './specimen-scope.ts';

export interface SpecimenView {
  id: string;
  label: string;
  subjectId: string;
  siteId: string;
  visitId: string | null;
  type: string;
  unit: string;
  parentId: string | null;
  collectedAt: string;
  initialQuantity: string;
  remainingQuantity: string;
  state: string;
  custodySiteId: string;
  integrity: string;
  notes: string | null;
  location: {
    boxId: string;
    boxCode: string;
    freezer: string;
    rack: string;
    position: string;
  } | null;
}

export async function specimenViews(db: Db, rows: SpecimenRow[]): Promise<SpecimenView[]> {
  const boxIds = [...new Set(rows.flatMap((r) => (r.storage_box_id ? [r.storage_box_id] : [])))];
  const boxes = boxIds.length
    ? await (db as Kysely<Database>)
        .selectFrom('storage_boxes')
        .selectAll()
        .where('id', 'in', boxIds)
        .execute()
    : [];
  const byId = new Map(boxes.map((b) => [b.id, b]));
  return rows.map((r) => {
    const b = r.storage_box_id ? byId.get(r.storage_box_id) : undefined;
    return {
      id: r.id,
      label: r.label,
      subjectId: r.subject_id,
      siteId: r.site_id,
      visitId: r.visit_id,
      type: r.type,
      unit: r.unit,
      parentId: r.parent_id,
      collectedAt: r.collected_at,
      initialQuantity: r.initial_quantity,
      remainingQuantity: r.remaining_quantity,
      state: r.state,
      custodySiteId: r.custody_site_id,
      integrity: r.integrity,
      notes: r.notes,
      location:
        b && r.storage_position
          ? {
              boxId: b.id,
              boxCode: b.code,
              freezer: b.freezer,
              rack: b.rack,
              position: r.storage_position,
            }
          : null,
    };
  });
}

export async function specimenDetail(db: Db, row: SpecimenRow) {
  const k = db as Kysely<Database>;
  const [view] = await specimenViews(db, [row]);
  const custody = await k
    .selectFrom('custody_events')
    .innerJoin('sites', 'sites.id', 'custody_events.site_id')
    .selectAll('custody_events')
    .select('sites.code as site_code')
    .where('specimen_id', '=', row.id)
    .orderBy('recorded_at')
    .orderBy('occurred_at')
    .execute();
  const steps = await k
    .selectFrom('specimen_processing_steps')
    .selectAll()
    .where('specimen_id', '=', row.id)
    .orderBy('started_at')
    .execute();
  const uses = await k
    .selectFrom('specimen_uses')
    .selectAll()
    .where('specimen_id', '=', row.id)
    .orderBy('created_at')
    .execute();
  const children = await k
    .selectFrom('specimens')
    .select(['id', 'label', 'type', 'state', 'remaining_quantity'])
    .where('parent_id', '=', row.id)
    .orderBy('label')
    .execute();
  return {
    ...view,
    custody: custody.map((e) => ({
      action: e.action,
      from: e.from_state,
      to: e.to_state,
      where: e.site_code,
      siteId: e.site_id,
      occurredAt: e.occurred_at,
      recordedAt: e.recorded_at,
      by: e.actor_name,
      temperatureC: e.temperature_c,
      integrity: e.integrity,
      notes: e.notes,
      shipmentId: e.shipment_id,
      position: e.storage_position,
    })),
    processing: steps.map((p) => ({
      step: p.step,
      startedAt: p.started_at,
      endedAt: p.ended_at,
      parameters: JSON.parse(p.parameters) as Record<string, unknown>,
      notes: p.notes,
      by: p.actor_name,
    })),
    uses: uses.map((u) => ({
      quantity: u.quantity,
      remainingAfter: u.remaining_after,
      purpose: u.purpose,
      occurredAt: u.occurred_at,
      by: u.actor_name,
    })),
    aliquots: children.map((c) => ({
      id: c.id,
      label: c.label,
      type: c.type,
      state: c.state,
      remainingQuantity: c.remaining_quantity,
    })),
  };
}
