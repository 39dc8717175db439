/**
 * CSV import of specimens received at the central biobank, all or nothing: the core reads the
 * file and checks each row's form; here every row is checked against the database (subject and
 * its site, label not yet used, box at this biobank, position in the box and free, biobank
 * consent for storage, not collected in the future) and every problem is reported with its line
 * and column. Only a file without a single problem is written — in one command, so a failure
 * half-way (or a crash) leaves nothing behind either.
 */
import { randomUUID } from 'node:crypto';
import { DomainError, type ValidationIssue } from '../../core/shared/domain-error.ts';
import { readReceivedSpecimensCsv } from '../../core/specimens/received-specimens-csv.ts';
import { specimenPermissions } from '../../core/specimens/specimen-consent.ts';
import { formatQuantity } from '../../core/specimens/specimen-quantity.ts';
import { SPECIMEN_TYPE_INFO } from '../../core/specimens/specimen-types.ts';
import { parsePosition } from '../../core/specimens/storage-position.ts';
import { type Actor, runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { dateAt } from '../subjects/site-today.ts';
import { applyCustody, insertLogged, logCollection } from './custody-log.ts';
import { covers, type Sites, type SpecimenRow, sitePlace } from './specimen-scope.ts';
import { findBoxByCode } from './storage-repository.ts';
import { consentsOf } from './subject-consents.ts';

export async function importReceivedSpecimens(
  store: Store,
  actor: Actor,
  sites: Sites,
  biobankSiteId: string,
  csv: string,
) {
  if (!covers(sites, biobankSiteId))
    throw new DomainError({
      kind: 'forbidden',
      rule: 'site-scope',
      message: 'you hold no biobank role at that site',
    });
  const read = readReceivedSpecimensCsv(csv);
  if (read.kind === 'invalid') throw new DomainError({ kind: 'invalid', issues: read.issues });
  return runCommand(store, actor, async (ctx) => {
    const biobank = await sitePlace(ctx.trx, biobankSiteId);
    if (biobank.place !== 'biobank')
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'body.siteId',
            rule: 'biobank-site',
            message: 'specimens are imported at the central biobank',
          },
        ],
      });
    const sitesByCode = new Map(
      (await ctx.trx.selectFrom('sites').select(['id', 'code', 'timezone']).execute()).map((s) => [
        s.code,
        s,
      ]),
    );
    const issues: ValidationIssue[] = [];
    const plans: Array<{
      row: SpecimenRow;
      line: number;
      store: boolean;
      integrity: 'intact' | 'damaged';
      temperatureC: string | null;
    }> = [];
    const subjectCache = new Map<string, { id: string; site_id: string } | undefined>();
    for (const r of read.rows) {
      const bad = (column: string, rule: string, message: string) =>
        issues.push({ path: `csv.line${r.line}.${column}`, rule, message });
      const before = issues.length;
      const source = sitesByCode.get(r.sourceSite);
      if (!source) bad('source_site', 'site-code', `no site with code ${r.sourceSite}`);
      const key = `${r.subject}`;
      if (!subjectCache.has(key))
        subjectCache.set(
          key,
          await ctx.trx
            .selectFrom('subjects')
            .select(['id', 'site_id'])
            .where((eb) =>
              eb.or([eb('subject_code', '=', r.subject), eb('screening_number', '=', r.subject)]),
            )
            .executeTakeFirst(),
        );
      const subject = subjectCache.get(key);
      if (!subject) bad('subject', 'subject-not-found', `no subject ${r.subject}`);
      else if (source && subject.site_id !== source.id)
        bad(
          'subject',
          'subject-of-site',
          `subject ${r.subject} is not a subject of site ${r.sourceSite}`,
        );
      if (Date.parse(r.collectedAt) > Date.parse(ctx.now))
        bad('collected_at', 'not-in-future', `${r.collectedAt} is in the future`);
      const used = await ctx.trx
        .selectFrom('specimens')
        .select('id')
        .where('label', '=', r.label)
        .executeTakeFirst();
      if (used)
        bad('label', 'label-unique', `label ${r.label} is already used by another specimen`);
      let boxId: string | null = null;
      let position: string | null = null;
      if (r.box && r.position) {
        const box = await findBoxByCode(ctx.trx, biobank.id, r.box);
        if (!box) bad('box', 'box-not-found', `no box ${r.box} at ${biobank.code}`);
        else {
          const p = parsePosition(r.position, box);
          if (p.kind === 'invalid') bad('position', p.rule, p.message);
          else {
            const occupant = await ctx.trx
              .selectFrom('specimens')
              .select('label')
              .where('storage_box_id', '=', box.id)
              .where('storage_position', '=', p.position)
              .executeTakeFirst();
            if (occupant)
              bad(
                'position',
                'storage-position-occupied',
                `box ${box.code} position ${p.position} already holds ${occupant.label}`,
              );
            boxId = box.id;
            position = p.position;
          }
        }
        if (subject && source) {
          const c = await consentsOf(ctx.trx, [subject.id]);
          const p = specimenPermissions(c.get(subject.id) ?? [], dateAt(ctx.now, source.timezone));
          if (!p.mayStore.allowed) bad('box', 'consent-storage', p.mayStore.reasons.join('; '));
        }
      }
      if (issues.length > before || !subject || !source) continue;
      const q = formatQuantity(r.thousandths);
      plans.push({
        line: r.line,
        store: boxId !== null,
        integrity: r.integrity,
        temperatureC: r.temperatureC,
        row: {
          id: randomUUID(),
          label: r.label,
          subject_id: subject.id,
          site_id: subject.site_id,
          visit_id: null,
          type: r.type,
          unit: SPECIMEN_TYPE_INFO[r.type].unit,
          parent_id: null,
          collected_at: r.collectedAt,
          initial_quantity: q,
          remaining_quantity: q,
          state: 'shipped',
          custody_site_id: biobank.id,
          storage_box_id: boxId,
          storage_position: position,
          integrity: r.integrity,
          notes: r.notes,
          created_at: ctx.now,
        },
      });
    }
    if (issues.length) throw new DomainError({ kind: 'invalid', issues });
    for (const p of plans) {
      const { storage_box_id, storage_position, ...rest } = p.row;
      const row: SpecimenRow = { ...rest, storage_box_id: null, storage_position: null };
      await insertLogged(
        ctx,
        'specimens',
        row,
        { entityType: 'specimen', siteId: row.site_id, subjectId: row.subject_id },
        'import-received',
      );
      await logCollection(ctx, row, { notes: `imported from CSV line ${p.line}` });
      await applyCustody(ctx, row, 'receive', {
        integrity: p.integrity,
        temperatureC: p.temperatureC,
        notes: `CSV import line ${p.line}`,
      });
      if (p.store)
        await applyCustody(ctx, row, 'store', {
          temperatureC: p.temperatureC,
          patch: { storage_box_id, storage_position },
        });
    }
    return { imported: plans.length, labels: plans.map((p) => p.row.label) };
  });
}
