/**
 * MEN1 genetic results linked to the tested specimen (SDTM GF): the result itself is a row of
 * the subjects' `men1_results` table — the very row their eligibility evidence reads — written
 * through their `subjectCommand` (subject at the caller's sites, locks, every core date rule),
 * and `men1_result_details` adds what GF carries beyond it: the specimen (GFREFID/BE link), the
 * method (GFMETHOD), the transcript (GFGENREF) and the zygosity. The sample (blood or tumour) is
 * the specimen's. HGVS forms are checked by the core with a message per mistake; genetic testing
 * needs the genetic-testing consent on the report date. Reclassifying a result (e.g. VUS →
 * likely pathogenic) is an edit with a reason, and changes eligibility through the same path.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../../core/shared/domain-error.ts';
import { validateHgvsCoding } from '../../core/specimens/hgvs-coding.ts';
import { validateHgvsProtein } from '../../core/specimens/hgvs-protein.ts';
import { SPECIMEN_TYPE_INFO, type SpecimenType } from '../../core/specimens/specimen-types.ts';
import type { VariantClassification } from '../../core/subjects/eligibility-evidence.schema.ts';
import { type Actor, insertAudited, updateAudited } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { evaluateStoredEligibility } from '../subjects/eligibility-evidence.ts';
import { type SubjectCommandContext, subjectCommand } from '../subjects/subject-command.ts';
import { loadSubjectFile } from '../subjects/subject-file.ts';
import type { Db, Sites } from './specimen-scope.ts';
import { visibleSpecimen } from './specimen-scope.ts';
import { permissionsOf, requirePermission } from './subject-consents.ts';

export const ZYGOSITY = [
  'heterozygous',
  'homozygous',
  'hemizygous',
  'mosaic',
  'not-applicable',
] as const;

export interface Men1ResultInput {
  origin: 'germline' | 'somatic';
  classification: VariantClassification;
  hgvsC: string;
  hgvsP?: string | null | undefined;
  lab: string;
  method: string;
  transcript?: string | null | undefined;
  zygosity: (typeof ZYGOSITY)[number];
  reportDate: IsoDate;
}

/** Every form problem of a result at once (HGVS, transcript, origin against the sample). */
export function men1ResultIssues(
  v: Men1ResultInput,
  sample: 'blood' | 'tumour',
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const c = validateHgvsCoding(v.hgvsC);
  if (c.kind === 'invalid') issues.push({ path: 'body.hgvsC', rule: c.rule, message: c.message });
  if (v.hgvsP) {
    const p = validateHgvsProtein(v.hgvsP);
    if (p.kind === 'invalid') issues.push({ path: 'body.hgvsP', rule: p.rule, message: p.message });
  }
  if (c.kind === 'valid' && c.value.reference && v.transcript && c.value.reference !== v.transcript)
    issues.push({
      path: 'body.transcript',
      rule: 'transcript-matches-hgvs',
      message: `the HGVS names ${c.value.reference} but the transcript is ${v.transcript}`,
    });
  if (v.origin === 'somatic' && sample === 'blood')
    issues.push({
      path: 'body.origin',
      rule: 'somatic-from-tumour',
      message: 'a somatic variant is found in tumour tissue; blood tests the germline',
    });
  return issues;
}

async function men1Criterion(c: SubjectCommandContext) {
  const file = await loadSubjectFile(c.ctx.trx, c.subject);
  const e = evaluateStoredEligibility(file, c.study, c.today);
  const crit = e.criteria.find((x) => x.rule === 'men1-pathogenic-variant');
  return {
    decision: e.decision.kind,
    men1Criterion: crit ? { id: crit.id, verdict: crit.verdict, reasons: crit.reasons } : null,
  };
}

export async function addMen1Result(
  store: Store,
  actor: Actor,
  sites: Sites,
  specimenId: string,
  v: Men1ResultInput,
) {
  const specimen = await visibleSpecimen(store.db, specimenId, sites);
  const sample = SPECIMEN_TYPE_INFO[specimen.type as SpecimenType].sample;
  const issues = men1ResultIssues(v, sample);
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  return subjectCommand(store, actor, { subjectId: specimen.subject_id, sites }, async (c) => {
    requirePermission(
      (await permissionsOf(c.ctx.trx, c.subject.id, v.reportDate)).mayTestGenetically,
      'consent-genetic-testing',
      `MEN1 result on ${specimen.label} refused`,
    );
    const id = crypto.randomUUID();
    await insertAudited(
      c.ctx,
      'men1_results',
      {
        id,
        subject_id: c.subject.id,
        site_id: c.subject.siteId,
        created_at: c.ctx.now,
        sample,
        origin: v.origin,
        hgvs_c: v.hgvsC.trim(),
        hgvs_p: v.hgvsP?.trim() || null,
        classification: v.classification,
        lab: v.lab,
        report_date: v.reportDate,
      },
      { entityType: 'men1-result', ...c.ref },
    );
    const coding = validateHgvsCoding(v.hgvsC);
    await insertAudited(
      c.ctx,
      'men1_result_details',
      {
        id,
        specimen_id: specimen.id,
        subject_id: c.subject.id,
        site_id: c.subject.siteId,
        method: v.method,
        transcript: v.transcript ?? (coding.kind === 'valid' ? coding.value.reference : null),
        zygosity: v.zygosity,
        created_at: c.ctx.now,
      },
      { entityType: 'men1-result-details', ...c.ref },
    );
    const result = (await men1Results(c.ctx.trx, [c.subject.id])).find((r) => r.id === id);
    return { result: { ...result, eligibility: await men1Criterion(c) }, recordId: id };
  });
}

export async function editMen1Result(
  store: Store,
  actor: Actor,
  sites: Sites,
  resultId: string,
  patch: Partial<Men1ResultInput>,
  reason: string | undefined,
) {
  const saved = await store.db
    .selectFrom('men1_results')
    .innerJoin('men1_result_details as d', 'd.id', 'men1_results.id')
    .selectAll('men1_results')
    .select(['d.method', 'd.transcript', 'd.zygosity', 'd.specimen_id'])
    .where('men1_results.id', '=', resultId)
    .executeTakeFirst();
  if (!saved) throw new DomainError({ kind: 'not-found', entity: 'MEN1 result', id: resultId });
  const merged: Men1ResultInput = {
    origin: saved.origin as Men1ResultInput['origin'],
    classification: saved.classification as VariantClassification,
    hgvsC: saved.hgvs_c,
    hgvsP: saved.hgvs_p,
    lab: saved.lab ?? '',
    method: saved.method,
    transcript: saved.transcript,
    zygosity: saved.zygosity as Men1ResultInput['zygosity'],
    reportDate: saved.report_date ?? '',
    ...Object.fromEntries(Object.entries(patch).filter(([, x]) => x !== undefined)),
  };
  const issues = men1ResultIssues(merged, saved.sample as 'blood' | 'tumour');
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  return subjectCommand(store, actor, { subjectId: saved.subject_id, sites }, async (c) => {
    await updateAudited(
      c.ctx,
      'men1_results',
      resultId,
      {
        origin: merged.origin,
        classification: merged.classification,
        hgvs_c: merged.hgvsC,
        hgvs_p: merged.hgvsP ?? null,
        lab: merged.lab,
        report_date: merged.reportDate,
      },
      { entityType: 'men1-result', ...c.ref, reason },
    );
    await updateAudited(
      c.ctx,
      'men1_result_details',
      resultId,
      { method: merged.method, transcript: merged.transcript ?? null, zygosity: merged.zygosity },
      { entityType: 'men1-result-details', ...c.ref, reason },
    );
    const result = (await men1Results(c.ctx.trx, [c.subject.id])).find((r) => r.id === resultId);
    return { result: { ...result, eligibility: await men1Criterion(c) }, recordId: resultId };
  });
}

/** Results with their GF details and the tested specimen's label (newest first). */
export async function men1Results(db: Db, subjectIds: string[]) {
  if (subjectIds.length === 0) return [];
  const rows = await (db as Kysely<Database>)
    .selectFrom('men1_results as r')
    .leftJoin('men1_result_details as d', 'd.id', 'r.id')
    .leftJoin('specimens as s', 's.id', 'd.specimen_id')
    .selectAll('r')
    .select([
      'd.method',
      'd.transcript',
      'd.zygosity',
      'd.specimen_id',
      's.label as specimen_label',
    ])
    .where('r.subject_id', 'in', subjectIds)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    subjectId: r.subject_id,
    siteId: r.site_id,
    sample: r.sample,
    origin: r.origin,
    hgvsC: r.hgvs_c,
    hgvsP: r.hgvs_p,
    classification: r.classification,
    lab: r.lab,
    reportDate: r.report_date,
    method: r.method,
    transcript: r.transcript,
    zygosity: r.zygosity,
    specimenId: r.specimen_id,
    specimenLabel: r.specimen_label,
  }));
}

export async function listMen1Results(store: Store, sites: Sites, subjectId: string) {
  let q = store.db.selectFrom('subjects').select('id').where('id', '=', subjectId);
  if (sites !== 'all') q = q.where('site_id', 'in', sites.length ? sites : ['-']);
  if (!(await q.executeTakeFirst()))
    throw new DomainError({ kind: 'not-found', entity: 'subject', id: subjectId });
  return men1Results(store.db, [subjectId]);
}
