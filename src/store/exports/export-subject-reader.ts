/**
 * Reads subjects for a CDISC export one page at a time (keyset pagination on the subject id,
 * 200 per page, one query per table per page — `loadSubjectFiles`), turns each stored file into
 * the core's export record and prepares it as of the data cut. Memory holds one page, whatever
 * the size of the study. Site isolation is in the query: `sites` is 'all' or the caller's sites.
 */
import type { Kysely } from 'kysely';
import type { ExportSubject } from '../../core/cdisc/export-subject.ts';
import { prepareExportSubject } from '../../core/cdisc/prepare-export-subject.ts';
import type { StudyDefinition, VisitKind } from '../../core/protocol/study-definition.schema.ts';
import type { LesionRecord } from '../../core/recist/recist-input.schema.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Database } from '../schema/database.ts';
import { evaluateStoredEligibility } from '../subjects/eligibility-evidence.ts';
import { mainConsent } from '../subjects/subject-events.ts';
import { camel, loadSubjectFiles, type SubjectFile } from '../subjects/subject-file.ts';

export interface ExportScope {
  sites: 'all' | string[];
  /** Data cut (inclusive), or null for everything recorded. */
  cut: string | null;
  pageSize?: number;
}

/** Total subjects in scope (for progress). */
export async function countExportSubjects(
  db: Kysely<Database>,
  study: StudyDefinition,
  sites: 'all' | string[],
): Promise<number> {
  if (sites !== 'all' && sites.length === 0) return 0;
  let q = db
    .selectFrom('subjects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('study_id', '=', study.id);
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * @example for await (const s of readExportSubjects(db, study, { sites: 'all', cut: null })) …
 */
export async function* readExportSubjects(
  db: Kysely<Database>,
  study: StudyDefinition,
  scope: ExportScope,
): AsyncGenerator<ExportSubject> {
  if (scope.sites !== 'all' && scope.sites.length === 0) return;
  // SDTM SITEID is the site's code (e.g. PUMCH), not the database's internal id
  const siteCodes = new Map(
    (await db.selectFrom('sites').select(['id', 'code']).execute()).map((r) => [r.id, r.code]),
  );
  const size = scope.pageSize ?? 200;
  let after = '';
  for (;;) {
    let q = db
      .selectFrom('subjects')
      .selectAll()
      .where('study_id', '=', study.id)
      .where('id', '>', after)
      .orderBy('id')
      .limit(size);
    if (scope.sites !== 'all') q = q.where('site_id', 'in', scope.sites);
    const page = await q.execute();
    if (page.length === 0) return;
    after = page[page.length - 1]?.id as string;
    const ids = page.map((p) => p.id);
    const [files, aes, meds, specimens] = await Promise.all([
      loadSubjectFiles(db, page.map(camel)),
      db
        .selectFrom('adverse_events')
        .selectAll()
        .where('subject_id', 'in', ids)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('concomitant_medications')
        .selectAll()
        .where('subject_id', 'in', ids)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('specimens')
        .selectAll()
        .where('subject_id', 'in', ids)
        .where('parent_id', 'is', null)
        .orderBy('id')
        .execute(),
    ]);
    const group = <T extends { subject_id: string }>(rows: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of rows) m.set(r.subject_id, [...(m.get(r.subject_id) ?? []), r]);
      return m;
    };
    const aeBy = group(aes);
    const medBy = group(meds);
    const specBy = group(specimens);
    for (const f of files) {
      const id = f.subject.id;
      const record = exportRecord(f, aeBy.get(id) ?? [], medBy.get(id) ?? [], specBy.get(id) ?? []);
      const raw = {
        ...record,
        siteId: siteCodes.get(record.siteId) ?? record.siteId,
        eligibilityNotMet: eligibilityNotMet(f, study),
      };
      const prepared = prepareExportSubject(study, raw, scope.cut);
      if (prepared) yield prepared;
    }
    if (page.length < size) return;
  }
}

type Rows<T extends keyof Database> = Database[T][];

/**
 * The checklist as the investigator decided it: evaluated on the enrolment date (the planned
 * day 1, as at enrolment) or the screen failure date; the criteria whose verdict is "fails".
 * A subject still screening has no decision, so no IE records.
 */
export function eligibilityNotMet(
  f: SubjectFile,
  study: StudyDefinition,
): ExportSubject['eligibilityNotMet'] {
  const date = f.subject.enrollmentDate ?? f.subject.screenFailureDate;
  if (!date) return null;
  try {
    const e = evaluateStoredEligibility(f, study, date);
    return {
      date,
      criterionIds: e.criteria.filter((c) => c.verdict === 'fails').map((c) => c.id),
    };
  } catch (err) {
    // Answers naming criteria this study no longer has are a data query, not an export stop.
    if (err instanceof DomainError) return null;
    throw err;
  }
}

/** A stored subject file → the core's export record (decoding booleans, JSON and dates). */
export function exportRecord(
  f: SubjectFile,
  aes: Rows<'adverse_events'>,
  meds: Rows<'concomitant_medications'>,
  specimens: Rows<'specimens'>,
): ExportSubject {
  const s = f.subject;
  const consent = mainConsent(f);
  const end = f.treatment_ends[0];
  const d = f.dispositions[0];
  const firstDose = f.dispensations.map((x) => x.dispensedDate).sort()[0] ?? null;
  return {
    id: s.id,
    siteId: s.siteId,
    subjectCode: s.subjectCode ?? s.screeningNumber,
    screeningNumber: s.screeningNumber,
    sex: s.sex,
    birthDate: s.birthDate,
    ethnicity: s.ethnicity,
    race: s.race,
    consentDate: consent?.signedDate ?? null,
    consentWithdrawnDate: consent?.withdrawnDate ?? null,
    enrollmentDate: s.enrollmentDate,
    screenFailureDate: s.screenFailureDate,
    screenFailureReason: s.screenFailureReason,
    firstDoseDate: firstDose,
    lastDoseDate: end?.lastDoseDate ?? null,
    treatmentEndReason: end?.reason ?? null,
    dispensations: f.dispensations.map((x) => ({
      cycle: x.cycle,
      date: x.dispensedDate,
      tablets: x.tabletsDispensed,
    })),
    doseChanges: f.dose_changes.map((x) => ({
      kind: x.kind,
      date: x.changeDate,
      doseMg: x.doseMg,
      reason: x.reason,
    })),
    disposition: d
      ? {
          endOfStudyDate: d.endOfStudyDate,
          deathDate: d.deathDate,
          deathCause: d.deathCause,
          lostToFollowUpDate: d.lostToFollowUpDate,
          lastKnownAliveDate: d.lastKnownAliveDate,
          newAnticancerTherapyDate: d.newAnticancerTherapyDate,
        }
      : null,
    medicalHistory: f.medical_history.map((m) => ({
      term: m.term,
      startDate: m.startDate,
      endDate: m.endDate,
      ongoing: Number(m.ongoing) === 1,
    })),
    men1Results: f.men1_results.map((m) => ({
      sample: m.sample,
      origin: m.origin,
      hgvsC: m.hgvsC,
      hgvsP: m.hgvsP,
      classification: m.classification,
      lab: m.lab,
      reportDate: m.reportDate,
    })),
    visits: f.visits.map((v) => ({
      id: v.id,
      kind: v.kind as VisitKind,
      date: v.visitDate,
      cycle: v.cycle,
    })),
    results: f.assessment_results.map((r) => ({
      visitId: r.visitId,
      panelId: r.panelId,
      itemCode: r.itemCode,
      value: r.value,
      unit: r.unit,
      referenceLow: r.referenceLow,
      referenceHigh: r.referenceHigh,
    })),
    tumourAssessments: f.tumour_assessments.map((t) => ({
      visitId: t.visitId,
      reader: t.reader,
      date: t.assessmentDate,
      lesions: JSON.parse(t.lesions) as LesionRecord[],
    })),
    adverseEvents: aes.map((a) => ({
      term: a.term,
      ctcaeVersion: a.ctcae_version,
      meddraPtCode: a.meddra_pt_code,
      meddraSocCode: a.meddra_soc_code,
      onsetDate: a.onset_date,
      resolutionDate: a.resolution_date,
      grade: Number(a.grade),
      serious: Number(a.serious) === 1,
      seriousCriteria: JSON.parse(a.serious_criteria) as string[],
      relatedness: a.relatedness,
      actionTaken: a.action_taken,
      outcome: a.outcome,
      awarenessAt: a.awareness_at,
      saeReportedAt: a.sae_reported_at,
    })),
    medications: meds.map((m) => ({
      name: m.name,
      atcCode: m.atc_code,
      dose: m.dose,
      doseUnit: m.dose_unit,
      route: m.route,
      frequency: m.frequency,
      indication: m.indication,
      startDate: m.start_date,
      stopDate: m.stop_date,
    })),
    specimens: specimens.map((x) => ({
      label: x.label,
      type: x.type,
      collectedAt: x.collected_at,
      visitId: x.visit_id,
      quantity: x.initial_quantity,
      unit: x.unit,
    })),
    eligibilityNotMet: null,
    recist: null,
    recistIndependent: null,
    measurableDiseaseAtBaseline: false,
  };
}
