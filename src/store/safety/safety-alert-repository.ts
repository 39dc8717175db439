/**
 * Safety alerts: open safety signals materialised as rows (one per subject and deterministic
 * key), acknowledged by an investigator (audited), listed per site and subject.
 *
 * Alerts are written with a manual insert plus `ctx.audit` rather than `insertAudited`: an alert
 * is the system's reading of data already saved, not subject data entry, so it must still be
 * raised and acknowledged when the casebook is locked, and it must not break the investigator's
 * casebook signature. Every change is still audited in the same transaction.
 *
 * Life cycle: `open` → `acknowledged` (by an investigator, with a note), or `open` → `resolved`
 * when a re-evaluation no longer finds a time-bound signal (a monitoring-overdue alert once the
 * test arrives, an SAE alert once its AE is re-classified as non-serious by an edit with a
 * reason). Other alerts are never withdrawn silently.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Reason } from '../../core/shared/reason.ts';
import { readReason, readReasons, textReason } from '../../core/shared/reason-from-stored.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export interface NewAlert {
  subjectId: string;
  siteId: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  key: string;
  rule: string;
  /** The rule as a core reason (its text is `rule`), for the reader's language. */
  ruleReason?: Reason;
  /** One line for lists: the core reason (its English goes to the `summary` column and audit). */
  summary: Reason;
  details: Record<string, unknown>;
  source?: { type: string; id: string } | null;
}

/** Raises the alert unless one with the same key exists for the subject. Returns its id if new. */
export async function raiseAlert(ctx: WriteContext, a: NewAlert): Promise<string | null> {
  const existing = await ctx.trx
    .selectFrom('safety_alerts')
    .select('id')
    .where('subject_id', '=', a.subjectId)
    .where('alert_key', '=', a.key)
    .executeTakeFirst();
  if (existing) return null;
  const row = {
    id: randomUUID(),
    subject_id: a.subjectId,
    site_id: a.siteId,
    created_at: ctx.now,
    kind: a.kind,
    severity: a.severity,
    alert_key: a.key,
    rule: a.rule,
    summary: a.summary.text,
    details: JSON.stringify({
      ...a.details,
      summaryReason: a.summary,
      ...(a.ruleReason ? { ruleReason: a.ruleReason } : {}),
    }),
    status: 'open',
    source_type: a.source?.type ?? null,
    source_id: a.source?.id ?? null,
    acknowledged_at: null,
    acknowledged_by: null,
    acknowledgement_note: null,
    resolved_at: null,
    resolution: null,
  };
  await ctx.trx.insertInto('safety_alerts').values(row).execute();
  await ctx.audit({
    action: 'raise-alert',
    entityType: 'safety-alert',
    entityId: row.id,
    siteId: a.siteId,
    subjectId: a.subjectId,
    changes: (['kind', 'severity', 'alert_key', 'rule', 'summary', 'status'] as const).map(
      (field) => ({ field, old: null, new: row[field] }),
    ),
  });
  return row.id;
}

/** Marks an open alert resolved by the system, with why. */
export async function resolveAlert(
  ctx: WriteContext,
  alert: { id: string; siteId: string; subjectId: string },
  resolution: string,
): Promise<void> {
  await ctx.trx
    .updateTable('safety_alerts')
    .set({ status: 'resolved', resolved_at: ctx.now, resolution })
    .where('id', '=', alert.id)
    .where('status', '=', 'open')
    .execute();
  await ctx.audit({
    action: 'resolve-alert',
    entityType: 'safety-alert',
    entityId: alert.id,
    siteId: alert.siteId,
    subjectId: alert.subjectId,
    changes: [{ field: 'status', old: 'open', new: 'resolved' }],
    reason: resolution,
  });
}

/**
 * An investigator acknowledges an open alert, with a note (what was done). Another site's alert
 * is not found.
 */
export async function acknowledgeAlert(
  store: Store,
  actor: Actor,
  alertId: string,
  note: string,
  sites: 'all' | string[],
): Promise<AlertView> {
  return runCommand(store, actor, async (ctx) => {
    const alert = await findAlert(ctx.trx, alertId, sites);
    if (!alert) throw new DomainError({ kind: 'not-found', entity: 'safety alert', id: alertId });
    if (alert.status !== 'open')
      throw new DomainError({
        kind: 'conflict',
        rule: 'alert-acknowledge-open-only',
        message: `the alert is ${alert.status}; only an open alert can be acknowledged`,
      });
    await ctx.trx
      .updateTable('safety_alerts')
      .set({
        status: 'acknowledged',
        acknowledged_at: ctx.now,
        acknowledged_by: actor.name,
        acknowledgement_note: note,
      })
      .where('id', '=', alertId)
      .execute();
    await ctx.audit({
      action: 'acknowledge-alert',
      entityType: 'safety-alert',
      entityId: alertId,
      siteId: alert.siteId,
      subjectId: alert.subjectId,
      changes: [
        { field: 'status', old: 'open', new: 'acknowledged' },
        { field: 'acknowledgement_note', old: null, new: note },
      ],
      reason: note,
    });
    return (await findAlert(ctx.trx, alertId, 'all')) as AlertView;
  });
}

export interface AlertView {
  id: string;
  subjectId: string;
  subjectCode: string | null;
  siteId: string;
  kind: string;
  severity: string;
  key: string;
  rule: string;
  /** The rule as a core reason; a text-only reason (`core/shared/reason-from-stored.ts`) when the row has none. */
  ruleReason: Reason;
  /** English (as stored and audited). */
  summary: string;
  /** The summary as a core reason; a row from before structured reasons reads as a text-only reason (`core/shared/reason-from-stored.ts`). */
  summaryReason: Reason;
  details: unknown;
  status: AlertStatus;
  source: { type: string; id: string } | null;
  raisedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
  resolvedAt: string | null;
  resolution: string | null;
}

type Db = Kysely<Database>;

function alertQuery(db: Db, sites: 'all' | string[]) {
  let q = db
    .selectFrom('safety_alerts')
    .innerJoin('subjects', 'subjects.id', 'safety_alerts.subject_id')
    .selectAll('safety_alerts')
    .select('subjects.subject_code');
  if (sites !== 'all') q = q.where('safety_alerts.site_id', 'in', sites);
  return q;
}

type AlertRow = Database['safety_alerts'] & { subject_code: string | null };

/** Stored details with their reasons read as core reasons (strings in older rows). */
function detailsWithoutSummary(d: Record<string, unknown>): Record<string, unknown> {
  const { summaryReason: _s, ruleReason: _r, ...rest } = d;
  return Array.isArray(rest.reasons) ? { ...rest, reasons: readReasons(rest.reasons) } : rest;
}

function view(r: AlertRow): AlertView {
  const parsed: unknown = JSON.parse(r.details);
  const storedDetails = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<
    string,
    unknown
  >;
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectCode: r.subject_code,
    siteId: r.site_id,
    kind: r.kind,
    severity: r.severity,
    key: r.alert_key,
    rule: r.rule,
    ruleReason: readReason(storedDetails.ruleReason) ?? textReason(r.rule),
    summary: r.summary,
    summaryReason: readReason(storedDetails.summaryReason) ?? textReason(r.summary),
    details: detailsWithoutSummary(storedDetails),
    status: r.status as AlertStatus,
    source: r.source_type && r.source_id ? { type: r.source_type, id: r.source_id } : null,
    raisedAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    acknowledgementNote: r.acknowledgement_note,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  };
}

async function findAlert(
  db: Kysely<Database>,
  alertId: string,
  sites: 'all' | string[],
): Promise<AlertView | undefined> {
  if (sites !== 'all' && sites.length === 0) return undefined;
  const r = await alertQuery(db, sites).where('safety_alerts.id', '=', alertId).executeTakeFirst();
  return r ? view(r) : undefined;
}

export interface AlertFilter {
  status?: AlertStatus | undefined;
  subjectId?: string | undefined;
  siteId?: string | undefined;
}

/** Alerts at `sites`, most severe and newest first. */
export async function listAlerts(
  db: Kysely<Database>,
  sites: 'all' | string[],
  f: AlertFilter = {},
): Promise<AlertView[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = alertQuery(db, sites);
  if (f.status) q = q.where('safety_alerts.status', '=', f.status);
  if (f.subjectId) q = q.where('safety_alerts.subject_id', '=', f.subjectId);
  if (f.siteId) q = q.where('safety_alerts.site_id', '=', f.siteId);
  const rows = await q
    .orderBy('safety_alerts.created_at', 'desc')
    .orderBy('safety_alerts.id')
    .execute();
  const rank: Record<string, number> = { critical: 0, warning: 1, info: 2 };
  return rows.map(view).sort((a, b) => (rank[a.severity] ?? 3) - (rank[b.severity] ?? 3));
}

/** Open alerts of a subject inside a command (for re-evaluation). */
export async function openAlertsOf(ctx: WriteContext, subjectId: string) {
  return ctx.trx
    .selectFrom('safety_alerts')
    .select(['id', 'kind', 'alert_key', 'site_id', 'subject_id'])
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'open')
    .execute();
}
