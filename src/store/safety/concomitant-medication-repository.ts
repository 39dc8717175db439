/**
 * Concomitant medications. On every save (create or edit) the core decides, in the same command
 * (`assessMedication`: prohibited-medication matcher + overlap with the treatment period):
 * a prohibited drug taken during treatment records an automatic protocol deviation and raises a
 * critical safety alert; an uncertain match, or a prohibited one whose partial dates may overlap,
 * raises a data query to the investigator (`raiseAutoQuery`) instead of guessing. The verdict
 * and its reasons are stored with the medication so the list shows why.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type ConcomitantMedicationInput,
  concomitantMedicationSchema,
} from '../../core/safety-records/concomitant-medication.schema.ts';
import {
  assessMedication,
  type MedicationAssessment,
} from '../../core/safety-records/medication-consequences.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { readReasons } from '../../core/shared/reason-from-stored.ts';
import { parseOrThrow } from '../../core/shared/zod-issues.ts';
import {
  type Actor,
  insertAudited,
  runCommand,
  updateAudited,
  type WriteContext,
} from '../audit/audited-write.ts';
import { raiseAutoQuery } from '../integrity/query-repository.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { recordAutomaticDeviation } from './protocol-deviation-repository.ts';
import { raiseAlert } from './safety-alert-repository.ts';
import { loadSafetySubject, type SafetySubject } from './safety-subject.ts';

type CmRow = Database['concomitant_medications'];
const ENTITY = 'concomitant-medication';

export interface MedicationOutcome {
  deviationId: string | null;
  alertId: string | null;
  queryId: string | null;
}

export interface ConcomitantMedicationView {
  id: string;
  subjectId: string;
  siteId: string;
  name: string;
  atcCode: string | null;
  dose: string | null;
  doseUnit: string | null;
  route: string | null;
  frequency: string | null;
  indication: string;
  startDate: string | null;
  stopDate: string | null;
  ongoing: boolean;
  screening: { verdict: string; overlap: string; detail: unknown };
  createdAt: string;
}

function toRow(cm: ConcomitantMedicationInput, a: MedicationAssessment) {
  const s = a.screening;
  return {
    name: cm.name,
    atc_code: cm.atcCode ?? null,
    dose: cm.dose ?? null,
    dose_unit: cm.doseUnit ?? null,
    route: cm.route ?? null,
    frequency: cm.frequency ?? null,
    indication: cm.indication,
    start_date: cm.startDate ?? null,
    stop_date: cm.stopDate ?? null,
    screening: s.kind,
    overlap: a.overlap.kind,
    screening_detail: JSON.stringify({
      ...(s.kind === 'allowed'
        ? {}
        : {
            category: s.category,
            drug: s.drug,
            rule: s.rule,
            matchedOn: s.matchedOn,
            term: s.term,
          }),
      reasons: a.reasons,
    }),
  };
}

function fromRow(r: CmRow): Record<string, unknown> {
  return {
    name: r.name,
    atcCode: r.atc_code,
    dose: r.dose,
    doseUnit: r.dose_unit,
    route: r.route,
    frequency: r.frequency,
    indication: r.indication,
    startDate: r.start_date,
    stopDate: r.stop_date,
  };
}

/** Stored screening detail; its reasons read as core reasons (plain strings in older rows). */
function screeningDetail(json: string): Record<string, unknown> {
  const d = JSON.parse(json) as Record<string, unknown>;
  return Array.isArray(d.reasons) ? { ...d, reasons: readReasons(d.reasons) } : d;
}

function view(r: CmRow): ConcomitantMedicationView {
  return {
    id: r.id,
    subjectId: r.subject_id,
    siteId: r.site_id,
    ...(fromRow(r) as Omit<
      ConcomitantMedicationView,
      'id' | 'subjectId' | 'siteId' | 'ongoing' | 'screening' | 'createdAt'
    >),
    ongoing: r.stop_date === null,
    screening: {
      verdict: r.screening,
      overlap: r.overlap,
      detail: screeningDetail(r.screening_detail),
    },
    createdAt: r.created_at,
  };
}

function assess(cm: ConcomitantMedicationInput, subject: SafetySubject): MedicationAssessment {
  return assessMedication(cm, { start: subject.enrollmentDate, end: subject.lastDoseDate });
}

/** Carries out what the assessment calls for, inside the saving command. */
async function applyConsequences(
  ctx: WriteContext,
  subject: SafetySubject,
  cmId: string,
  a: MedicationAssessment,
): Promise<MedicationOutcome> {
  const out: MedicationOutcome = { deviationId: null, alertId: null, queryId: null };
  const source = { type: ENTITY, id: cmId };
  for (const c of a.consequences) {
    switch (c.kind) {
      case 'deviation': {
        const d = await recordAutomaticDeviation(
          ctx,
          subject,
          {
            category: c.category,
            severity: c.severity,
            deviationDate: c.date,
            description: c.description,
          },
          c.rule,
          source,
          c.descriptionReason,
        );
        out.deviationId = d?.id ?? null;
        break;
      }
      case 'alert':
        out.alertId = await raiseAlert(ctx, {
          subjectId: subject.id,
          siteId: subject.siteId,
          kind: 'prohibited-medication',
          severity: c.severity,
          key: `prohibited-medication:${cmId}`,
          rule: c.rule,
          ruleReason: c.ruleReason,
          summary: c.summary,
          details: { screening: a.screening, overlap: a.overlap },
          source,
        });
        break;
      case 'query':
        out.queryId = await raiseAutoQuery(
          ctx,
          {
            siteId: subject.siteId,
            subjectId: subject.id,
            entityType: ENTITY,
            entityId: cmId,
            field: 'name',
          },
          c.rule,
          c.text,
          c.params,
        );
        break;
      default: {
        const never: never = c;
        return never;
      }
    }
  }
  return out;
}

export interface SavedMedication {
  medication: ConcomitantMedicationView;
  outcome: MedicationOutcome;
}

export async function createConcomitantMedication(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  body: unknown,
): Promise<SavedMedication> {
  const cm = parseOrThrow(concomitantMedicationSchema, body, 'body');
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    const a = assess(cm, subject);
    const row: CmRow = {
      id: randomUUID(),
      subject_id: subject.id,
      site_id: subject.siteId,
      created_at: ctx.now,
      ...toRow(cm, a),
    };
    await insertAudited(
      ctx,
      'concomitant_medications',
      { ...row },
      {
        entityType: ENTITY,
        siteId: subject.siteId,
        subjectId: subject.id,
      },
    );
    const outcome = await applyConsequences(ctx, subject, row.id, a);
    return { medication: view(row), outcome };
  });
}

export async function editConcomitantMedication(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  cmId: string,
  patch: Record<string, unknown>,
  reason: string | undefined,
): Promise<SavedMedication> {
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    const load = () =>
      ctx.trx
        .selectFrom('concomitant_medications')
        .selectAll()
        .where('id', '=', cmId)
        .where('subject_id', '=', subject.id)
        .executeTakeFirst();
    const saved = await load();
    if (!saved) throw new DomainError({ kind: 'not-found', entity: ENTITY, id: cmId });
    const cm = parseOrThrow(concomitantMedicationSchema, { ...fromRow(saved), ...patch }, 'body');
    const a = assess(cm, subject);
    await updateAudited(ctx, 'concomitant_medications', cmId, toRow(cm, a), {
      entityType: ENTITY,
      siteId: subject.siteId,
      subjectId: subject.id,
      reason,
    });
    const outcome = await applyConsequences(ctx, subject, cmId, a);
    return { medication: view((await load()) as CmRow), outcome };
  });
}

export async function listConcomitantMedications(
  store: Store,
  scope: { subjectId: string; sites: 'all' | string[] },
): Promise<ConcomitantMedicationView[]> {
  const db = store.db as Kysely<Database>;
  const subject = await loadSafetySubject(db, scope.subjectId, scope.sites);
  const rows = await db
    .selectFrom('concomitant_medications')
    .selectAll()
    .where('subject_id', '=', subject.id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(view);
}
