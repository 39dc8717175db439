/**
 * Specimens: collected at a subject's site under the main consent (unique label, given or
 * generated), listed and found by label within the caller's sites.
 */
import { randomUUID } from 'node:crypto';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { labelIssue, siteSpecimenLabel } from '../../core/specimens/specimen-label.ts';
import { formatQuantity, parseQuantity } from '../../core/specimens/specimen-quantity.ts';
import { SPECIMEN_TYPE_INFO, type SpecimenType } from '../../core/specimens/specimen-types.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { dateAt } from '../subjects/site-today.ts';
import { checkOccurredAt, insertLogged, logCollection } from './custody-log.ts';
import {
  type Sites,
  type SpecimenRow,
  sitePlace,
  visibleSpecimen,
  visibleSpecimens,
} from './specimen-scope.ts';
import { type SpecimenView, specimenDetail, specimenViews } from './specimen-view.ts';
import { permissionsOf, requirePermission } from './subject-consents.ts';

export interface NewSpecimen {
  subjectId: string;
  type: SpecimenType;
  quantity: string;
  collectedAt: string;
  visitId?: string | null | undefined;
  label?: string | null | undefined;
  integrity?: 'intact' | 'damaged' | undefined;
  temperatureC?: string | null | undefined;
  notes?: string | null | undefined;
}

/** Refuses a label already used (labels are unique across the study; the column is unique too). */
export async function assertLabelFree(
  ctx: WriteContext,
  label: string,
  path: string,
): Promise<void> {
  const li = labelIssue(label);
  if (li) throw invalid(path, 'label-format', li);
  const dup = await ctx.trx
    .selectFrom('specimens')
    .select('id')
    .where('label', '=', label)
    .executeTakeFirst();
  if (dup)
    throw new DomainError({
      kind: 'conflict',
      rule: 'label-unique',
      message: `label ${label} is already used by another specimen`,
    });
}

async function nextSiteLabel(ctx: WriteContext, siteId: string, code: string): Promise<string> {
  const row = await ctx.trx
    .selectFrom('specimens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  for (let n = Number(row.n) + 1; ; n++) {
    const label = siteSpecimenLabel(code, n);
    const used = await ctx.trx
      .selectFrom('specimens')
      .select('id')
      .where('label', '=', label)
      .executeTakeFirst();
    if (!used) return label;
  }
}

/** Collect a specimen at the subject's site (which the caller must cover). */
export async function collectSpecimen(
  store: Store,
  actor: Actor,
  sites: Sites,
  s: NewSpecimen,
): Promise<SpecimenView> {
  const q = parseQuantity(s.quantity, s.type);
  if (q.kind === 'invalid') throw invalid('body.quantity', q.rule, q.message);
  if (q.thousandths === 0)
    throw invalid(
      'body.quantity',
      'positive-quantity',
      'a collected specimen has a quantity above 0',
    );
  return runCommand(store, actor, async (ctx) => {
    let sq = ctx.trx
      .selectFrom('subjects')
      .select(['id', 'site_id', 'screen_failure_date'])
      .where('id', '=', s.subjectId);
    if (sites !== 'all') sq = sq.where('site_id', 'in', sites.length ? sites : ['-']);
    const subject = await sq.executeTakeFirst();
    if (!subject) throw new DomainError({ kind: 'not-found', entity: 'subject', id: s.subjectId });
    const site = await sitePlace(ctx.trx, subject.site_id);
    checkOccurredAt(ctx, null, s.collectedAt, 'body.collectedAt');
    const day = dateAt(s.collectedAt, site.timezone);
    requirePermission(
      (await permissionsOf(ctx.trx, subject.id, day)).mayCollect,
      'consent-collection',
      'collection refused',
    );
    if (s.visitId) {
      const v = await ctx.trx
        .selectFrom('visits')
        .select('id')
        .where('id', '=', s.visitId)
        .where('subject_id', '=', subject.id)
        .executeTakeFirst();
      if (!v) throw invalid('body.visitId', 'visit-of-subject', 'no such visit of this subject');
    }
    let label = s.label ?? null;
    if (label) await assertLabelFree(ctx, label, 'body.label');
    else label = await nextSiteLabel(ctx, subject.site_id, site.code);
    const row: SpecimenRow = {
      id: randomUUID(),
      label,
      subject_id: subject.id,
      site_id: subject.site_id,
      visit_id: s.visitId ?? null,
      type: s.type,
      unit: SPECIMEN_TYPE_INFO[s.type].unit,
      parent_id: null,
      collected_at: new Date(s.collectedAt).toISOString(),
      initial_quantity: formatQuantity(q.thousandths),
      remaining_quantity: formatQuantity(q.thousandths),
      state: 'collected',
      custody_site_id: subject.site_id,
      storage_box_id: null,
      storage_position: null,
      integrity: s.integrity ?? 'intact',
      notes: s.notes ?? null,
      created_at: ctx.now,
    };
    await insertLogged(
      ctx,
      'specimens',
      row,
      { entityType: 'specimen', siteId: row.site_id, subjectId: row.subject_id },
      'collect',
    );
    await logCollection(ctx, row, { temperatureC: s.temperatureC, notes: s.notes });
    const [view] = await specimenViews(ctx.trx, [row]);
    return view as SpecimenView;
  });
}

export interface SpecimenFilter {
  subjectId?: string | undefined;
  state?: string | undefined;
  type?: string | undefined;
  custodySiteId?: string | undefined;
}

export async function listSpecimens(
  store: Store,
  sites: Sites,
  f: SpecimenFilter,
): Promise<SpecimenView[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = visibleSpecimens(store.db, sites);
  if (f.subjectId) q = q.where('specimens.subject_id', '=', f.subjectId);
  if (f.state) q = q.where('specimens.state', '=', f.state);
  if (f.type) q = q.where('specimens.type', '=', f.type);
  if (f.custodySiteId) q = q.where('specimens.custody_site_id', '=', f.custodySiteId);
  const rows = await q.orderBy('specimens.label').limit(5000).execute();
  return specimenViews(store.db, rows);
}

export async function getSpecimen(store: Store, sites: Sites, id: string) {
  return specimenDetail(store.db, await visibleSpecimen(store.db, id, sites));
}

export async function findSpecimenByLabel(store: Store, sites: Sites, label: string) {
  const row =
    sites !== 'all' && sites.length === 0
      ? undefined
      : await visibleSpecimens(store.db, sites)
          .where('specimens.label', '=', label.trim().toUpperCase())
          .executeTakeFirst();
  if (!row) throw new DomainError({ kind: 'not-found', entity: 'specimen with label', id: label });
  return specimenDetail(store.db, row);
}
