/**
 * Adverse events: recorded, edited with a reason, the SAE report to the sponsor recorded, listed
 * with each serious AE's 24-hour reporting clock (core `saeReportingClock`, against the store
 * clock) and the grade 5 / death consistency of the subject's AEs as they stand.
 *
 * Saving refuses (400 naming the field, nothing written) what `adverseEventIssues` finds: dates
 * in the future, resolution before onset, and a grade 5 without a death record that agrees. A
 * serious AE raises a `serious-adverse-event` safety alert in the same command.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CTCAE_VERSION } from '../../core/safety/ctcae-v5-criteria.ts';
import {
  type AeOutcome,
  grade5DeathConsistency,
  type SeriousnessCriterion,
} from '../../core/safety/grade5-death-consistency.ts';
import {
  parseInstant,
  type SaeClock,
  saeReportingClock,
} from '../../core/safety/sae-reporting-clock.ts';
import { SAFETY_REASONS, safetyReason } from '../../core/safety/safety-reasons.ts';
import {
  type AdverseEventInput,
  adverseEventSchema,
} from '../../core/safety-records/adverse-event.schema.ts';
import { adverseEventIssues } from '../../core/safety-records/adverse-event-checks.ts';
import { DomainError, invalid, type ValidationIssue } from '../../core/shared/domain-error.ts';
import { parseOrThrow } from '../../core/shared/zod-issues.ts';
import {
  type Actor,
  insertAudited,
  runCommand,
  updateAudited,
  type WriteContext,
} from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { raiseAlert, resolveAlert } from './safety-alert-repository.ts';
import { loadSafetySubject, type SafetySubject, siteToday } from './safety-subject.ts';

type AeRow = Database['adverse_events'];

export interface AdverseEventView {
  id: string;
  subjectId: string;
  siteId: string;
  term: string;
  ctcaeVersion: string;
  meddra: {
    version: string | null;
    lltCode: string | null;
    ptCode: string | null;
    socCode: string | null;
  };
  onsetDate: string;
  resolutionDate: string | null;
  grade: number;
  serious: boolean;
  seriousCriteria: SeriousnessCriterion[];
  relatedness: string;
  actionTaken: string;
  outcome: string;
  awarenessAt: string | null;
  saeReportedAt: string | null;
  /** Serious AEs only: on-time / overdue / pending against the store clock. */
  saeClock: SaeClock | null;
  createdAt: string;
}

function toRow(
  ae: AdverseEventInput,
): Omit<AeRow, 'id' | 'subject_id' | 'site_id' | 'created_at' | 'sae_reported_at'> {
  return {
    term: ae.term,
    ctcae_version: CTCAE_VERSION,
    meddra_version: ae.meddra?.version ?? null,
    meddra_llt_code: ae.meddra?.lltCode ?? null,
    meddra_pt_code: ae.meddra?.ptCode ?? null,
    meddra_soc_code: ae.meddra?.socCode ?? null,
    onset_date: ae.onsetDate,
    resolution_date: ae.resolutionDate ?? null,
    grade: ae.grade,
    serious: ae.seriousCriteria.length > 0 ? 1 : 0,
    serious_criteria: JSON.stringify(ae.seriousCriteria),
    relatedness: ae.relatedness,
    action_taken: ae.actionTaken,
    outcome: ae.outcome,
    // stored in UTC so that text order is time order on both engines
    awareness_at: ae.awarenessAt ? new Date(parseInstant(ae.awarenessAt)).toISOString() : null,
  };
}

/** The saved row as input of the schema, for merging a patch. */
function fromRow(r: AeRow): Record<string, unknown> {
  return {
    term: r.term,
    meddra: {
      version: r.meddra_version,
      lltCode: r.meddra_llt_code,
      ptCode: r.meddra_pt_code,
      socCode: r.meddra_soc_code,
    },
    onsetDate: r.onset_date,
    resolutionDate: r.resolution_date,
    grade: Number(r.grade),
    seriousCriteria: JSON.parse(r.serious_criteria),
    relatedness: r.relatedness,
    actionTaken: r.action_taken,
    outcome: r.outcome,
    awarenessAt: r.awareness_at,
  };
}

export function adverseEventView(r: AeRow, now: string): AdverseEventView {
  const serious = Number(r.serious) === 1;
  return {
    id: r.id,
    subjectId: r.subject_id,
    siteId: r.site_id,
    term: r.term,
    ctcaeVersion: r.ctcae_version,
    meddra: {
      version: r.meddra_version,
      lltCode: r.meddra_llt_code,
      ptCode: r.meddra_pt_code,
      socCode: r.meddra_soc_code,
    },
    onsetDate: r.onset_date,
    resolutionDate: r.resolution_date,
    grade: Number(r.grade),
    serious,
    seriousCriteria: JSON.parse(r.serious_criteria),
    relatedness: r.relatedness,
    actionTaken: r.action_taken,
    outcome: r.outcome,
    awarenessAt: r.awareness_at,
    saeReportedAt: r.sae_reported_at,
    saeClock:
      serious && r.awareness_at
        ? saeReportingClock({ awarenessAt: r.awareness_at, reportedAt: r.sae_reported_at, now })
        : null,
    createdAt: r.created_at,
  };
}

function check(ae: AdverseEventInput, subject: SafetySubject, now: string): void {
  const issues = adverseEventIssues(ae, {
    today: siteToday(subject, now),
    now,
    death: subject.death,
  });
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
}

async function alertIfSerious(ctx: WriteContext, row: AeRow): Promise<void> {
  if (Number(row.serious) !== 1) return;
  const criteria = JSON.parse(row.serious_criteria) as string[];
  await raiseAlert(ctx, {
    subjectId: row.subject_id,
    siteId: row.site_id,
    kind: 'serious-adverse-event',
    severity: 'critical',
    key: `sae:${row.id}`,
    rule: SAFETY_REASONS['safety.rule-sae'],
    ruleReason: safetyReason('safety.rule-sae'),
    summary: safetyReason('safety.summary-sae', {
      term: row.term,
      grade: row.grade,
      criteria: criteria.join(', '),
      awareAt: row.awareness_at ?? 'null',
    }),
    details: {
      term: row.term,
      grade: Number(row.grade),
      seriousCriteria: criteria,
      awarenessAt: row.awareness_at,
    },
    source: { type: 'adverse-event', id: row.id },
  });
}

async function loadAe(ctx: WriteContext, subjectId: string, aeId: string): Promise<AeRow> {
  const row = await ctx.trx
    .selectFrom('adverse_events')
    .selectAll()
    .where('id', '=', aeId)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  if (!row) throw new DomainError({ kind: 'not-found', entity: 'adverse event', id: aeId });
  return row;
}

export async function createAdverseEvent(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  body: unknown,
): Promise<AdverseEventView> {
  const ae = parseOrThrow(adverseEventSchema, body, 'body');
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    check(ae, subject, ctx.now);
    const row: AeRow = {
      id: randomUUID(),
      subject_id: subject.id,
      site_id: subject.siteId,
      created_at: ctx.now,
      ...toRow(ae),
      sae_reported_at: null,
    };
    await insertAudited(
      ctx,
      'adverse_events',
      { ...row },
      {
        entityType: 'adverse-event',
        siteId: subject.siteId,
        subjectId: subject.id,
      },
    );
    await alertIfSerious(ctx, row);
    return adverseEventView(row, ctx.now);
  });
}

/** Edits an AE: the patch is merged into the saved AE, re-validated, and saved with a reason. */
export async function editAdverseEvent(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  aeId: string,
  patch: Record<string, unknown>,
  reason: string | undefined,
): Promise<AdverseEventView> {
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    const saved = await loadAe(ctx, subject.id, aeId);
    const ae = parseOrThrow(adverseEventSchema, { ...fromRow(saved), ...patch }, 'body');
    check(ae, subject, ctx.now);
    await updateAudited(ctx, 'adverse_events', aeId, toRow(ae), {
      entityType: 'adverse-event',
      siteId: subject.siteId,
      subjectId: subject.id,
      reason,
    });
    const row = await loadAe(ctx, subject.id, aeId);
    await alertIfSerious(ctx, row);
    await resolveSaeAlertIfNoLongerSerious(ctx, row, reason);
    return adverseEventView(row, ctx.now);
  });
}

/**
 * An AE re-classified as non-serious no longer needs expedited reporting (ICH E2A applies to
 * serious events only), so its open SAE alert is resolved by the system, citing the edit's
 * reason. An acknowledged alert stays as it was: the acknowledgement is history.
 */
async function resolveSaeAlertIfNoLongerSerious(
  ctx: WriteContext,
  row: AeRow,
  reason: string | undefined,
): Promise<void> {
  if (Number(row.serious) === 1) return;
  const open = await ctx.trx
    .selectFrom('safety_alerts')
    .select('id')
    .where('subject_id', '=', row.subject_id)
    .where('alert_key', '=', `sae:${row.id}`)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!open) return;
  await resolveAlert(
    ctx,
    { id: open.id, siteId: row.site_id, subjectId: row.subject_id },
    `the adverse event was re-classified as non-serious (${reason ?? 'no reason given'}); ICH E2A expedited reporting no longer applies`,
  );
}

/**
 * Records when a serious AE was reported to the sponsor (stops its 24 h clock), or corrects a
 * recorded time when a reason for change is given.
 */
export async function recordSaeReport(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  aeId: string,
  reportedAt: string,
  reason?: string,
): Promise<AdverseEventView> {
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    const saved = await loadAe(ctx, subject.id, aeId);
    if (Number(saved.serious) !== 1 || !saved.awareness_at)
      throw new DomainError({
        kind: 'conflict',
        rule: 'sae-report-needs-serious-ae',
        message:
          'only a serious adverse event with an awareness instant is reported on the 24 h clock',
      });
    // a recorded report time is corrected only with a reason for change (21 CFR 11.10(e): the
    // old value stays in the audit trail beside the reason)
    const correction = saved.sae_reported_at !== null;
    if (correction && !reason)
      throw new DomainError({
        kind: 'conflict',
        rule: 'sae-already-reported',
        message: `this SAE was already reported at ${saved.sae_reported_at}; to correct the time, send it again with a reason for change (reason)`,
      });
    const at = parseInstant(reportedAt, 'body.reportedAt');
    if (at < parseInstant(saved.awareness_at))
      throw invalid(
        'body.reportedAt',
        'after-awareness',
        `reported before the site was aware (${saved.awareness_at})`,
      );
    if (at > parseInstant(ctx.now))
      throw invalid(
        'body.reportedAt',
        'not-in-future',
        `reported after the server clock (${ctx.now})`,
      );
    await updateAudited(
      ctx,
      'adverse_events',
      aeId,
      { sae_reported_at: new Date(at).toISOString() },
      {
        entityType: 'adverse-event',
        siteId: subject.siteId,
        subjectId: subject.id,
        reason: correction ? reason : (reason ?? 'SAE reported to the sponsor'),
      },
      correction ? 'sae-report-correction' : 'sae-report',
    );
    return adverseEventView(await loadAe(ctx, subject.id, aeId), ctx.now);
  });
}

export interface AdverseEventList {
  adverseEvents: AdverseEventView[];
  /** Grade 5 / death record disagreements as the file stands (e.g. a death edited later). */
  deathConsistency: ValidationIssue[];
}

export async function listAdverseEvents(
  store: Store,
  scope: { subjectId: string; sites: 'all' | string[] },
): Promise<AdverseEventList> {
  const db = store.db as Kysely<Database>;
  const subject = await loadSafetySubject(db, scope.subjectId, scope.sites);
  const rows = await db
    .selectFrom('adverse_events')
    .selectAll()
    .where('subject_id', '=', subject.id)
    .orderBy('onset_date')
    .orderBy('created_at')
    .execute();
  const now = store.now();
  const adverseEvents = rows.map((r) => adverseEventView(r, now));
  const deathConsistency = grade5DeathConsistency(
    adverseEvents.map((a) => ({
      id: a.id,
      term: a.term,
      grade: a.grade as 1 | 2 | 3 | 4 | 5,
      onsetDate: a.onsetDate,
      resolutionDate: a.resolutionDate,
      outcome: a.outcome as AeOutcome,
      seriousCriteria: a.seriousCriteria,
    })),
    subject.death,
  );
  return { adverseEvents, deathConsistency };
}
