/**
 * Storage at the biobank: boxes (freezer → rack → box, with their grid) and the position of each
 * stored specimen. A position holds one specimen: checked here with the occupant named, and
 * enforced by a unique index on (box, position) so that even two racing commands cannot share
 * one. Storage in the biobank needs the biobank consent; moving a stored specimen does not.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import {
  boxPositions,
  geometryIssue,
  parsePosition,
} from '../../core/specimens/storage-position.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { dateAt } from '../subjects/site-today.ts';
import { applyCustody, insertLogged } from './custody-log.ts';
import {
  covers,
  type Db,
  heldSpecimen,
  type Sites,
  type SpecimenRow,
  sitePlace,
} from './specimen-scope.ts';
import { specimenViews } from './specimen-view.ts';
import { permissionsOf, requirePermission } from './subject-consents.ts';

export type BoxRow = Database['storage_boxes'];

export interface NewBox {
  siteId: string;
  code: string;
  freezer: string;
  rack: string;
  rows: number;
  columns: number;
}

export async function createBox(
  store: Store,
  actor: Actor,
  sites: Sites,
  b: NewBox,
): Promise<BoxRow> {
  const gi = geometryIssue({ rows: b.rows, columns: b.columns });
  if (gi) throw invalid('body', 'box-geometry', gi);
  if (!covers(sites, b.siteId))
    throw new DomainError({
      kind: 'forbidden',
      rule: 'site-scope',
      message: 'you hold no biobank role at that site',
    });
  return runCommand(store, actor, async (ctx) => {
    await sitePlace(ctx.trx, b.siteId);
    const dup = await ctx.trx
      .selectFrom('storage_boxes')
      .select('id')
      .where('site_id', '=', b.siteId)
      .where('code', '=', b.code)
      .executeTakeFirst();
    if (dup)
      throw new DomainError({
        kind: 'conflict',
        rule: 'box-code-unique',
        message: `box ${b.code} exists at this site`,
        params: { code: b.code },
      });
    const row: BoxRow = {
      id: randomUUID(),
      site_id: b.siteId,
      code: b.code,
      freezer: b.freezer,
      rack: b.rack,
      rows: b.rows,
      columns: b.columns,
      created_at: ctx.now,
    };
    await insertLogged(ctx, 'storage_boxes', row, {
      entityType: 'storage-box',
      siteId: b.siteId,
      subjectId: null,
    });
    return row;
  });
}

export async function listBoxes(store: Store, sites: Sites): Promise<BoxRow[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = store.db.selectFrom('storage_boxes').selectAll();
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  return q.orderBy('freezer').orderBy('rack').orderBy('code').execute();
}

async function visibleBox(db: Db, id: string, sites: Sites): Promise<BoxRow> {
  let q = (db as Kysely<Database>).selectFrom('storage_boxes').selectAll().where('id', '=', id);
  if (sites !== 'all') q = q.where('site_id', 'in', sites.length ? sites : ['-']);
  const b = await q.executeTakeFirst();
  if (!b) throw new DomainError({ kind: 'not-found', entity: 'storage box', id });
  return b;
}

/** The box's grid: every position with its specimen or empty. */
export async function boxGrid(store: Store, sites: Sites, id: string) {
  const box = await visibleBox(store.db, id, sites);
  const rows = await store.db
    .selectFrom('specimens')
    .select(['id', 'label', 'type', 'storage_position'])
    .where('storage_box_id', '=', id)
    .execute();
  const at = new Map(rows.map((r) => [r.storage_position, r]));
  const positions = boxPositions(box).map((p) => {
    const s = at.get(p);
    return { position: p, specimen: s ? { id: s.id, label: s.label, type: s.type } : null };
  });
  return { ...box, occupied: rows.length, free: positions.length - rows.length, positions };
}

export async function findBoxByCode(
  db: Db,
  siteId: string,
  code: string,
): Promise<BoxRow | undefined> {
  return (db as Kysely<Database>)
    .selectFrom('storage_boxes')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/** Checks a position in a box and that it is free; returns the normalised position. */
export async function freePosition(
  ctx: WriteContext,
  box: BoxRow,
  text: string,
  path: string,
  self: string | null,
): Promise<string> {
  const p = parsePosition(text, box);
  if (p.kind === 'invalid') throw invalid(path, p.rule, p.message);
  const occupant = await ctx.trx
    .selectFrom('specimens')
    .select(['id', 'label'])
    .where('storage_box_id', '=', box.id)
    .where('storage_position', '=', p.position)
    .executeTakeFirst();
  if (occupant && occupant.id !== self)
    throw new DomainError({
      kind: 'conflict',
      rule: 'storage-position-occupied',
      message: `box ${box.code} position ${p.position} already holds ${occupant.label}`,
    });
  return p.position;
}

export interface StoreInput {
  boxId: string;
  position: string;
  occurredAt?: string | undefined;
  temperatureC?: string | undefined;
  notes?: string | undefined;
}

/** Stores a received specimen (or moves a stored one) into a box position at its holding site. */
export async function storeSpecimen(
  store: Store,
  actor: Actor,
  sites: Sites,
  id: string,
  i: StoreInput,
) {
  return runCommand(store, actor, async (ctx) => {
    const s: SpecimenRow = await heldSpecimen(ctx.trx, id, sites);
    const box = await visibleBox(ctx.trx, i.boxId, sites);
    if (box.site_id !== s.custody_site_id)
      throw invalid(
        'body.boxId',
        'box-at-holding-site',
        `box ${box.code} is not at the site that holds ${s.label}`,
      );
    const position = await freePosition(ctx, box, i.position, 'body.position', s.id);
    const action = s.state === 'stored' ? 'relocate' : 'store';
    if (action === 'store') {
      const site = await sitePlace(ctx.trx, s.site_id);
      const day = dateAt(i.occurredAt ?? ctx.now, site.timezone);
      requirePermission(
        (await permissionsOf(ctx.trx, s.subject_id, day)).mayStore,
        'consent-storage',
        `${s.label}: storage refused`,
      );
    }
    await applyCustody(ctx, s, action, {
      occurredAt: i.occurredAt,
      temperatureC: i.temperatureC,
      notes: i.notes,
      patch: { storage_box_id: box.id, storage_position: position },
    });
    return (await specimenViews(ctx.trx, [s]))[0];
  });
}
