/**
 * The one place that lists safety signals per site and subject (issue 6): stored alerts with
 * counts of open ones per site and per subject, and every serious AE not yet reported to the
 * sponsor with its 24 h clock against the store clock (an SAE turns overdue with time alone, so
 * its clock is computed on read rather than stored).
 */
import type { Kysely } from 'kysely';
import { type SaeClock, saeReportingClock } from '../../core/safety/sae-reporting-clock.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { type AlertFilter, type AlertView, listAlerts } from './safety-alert-repository.ts';

export interface UnreportedSae {
  adverseEventId: string;
  subjectId: string;
  subjectCode: string | null;
  siteId: string;
  term: string;
  grade: number;
  awarenessAt: string;
  clock: SaeClock;
}

export interface SafetyDashboard {
  alerts: AlertView[];
  openBySite: Array<{ siteId: string; open: number; critical: number }>;
  openBySubject: Array<{
    subjectId: string;
    subjectCode: string | null;
    siteId: string;
    open: number;
    critical: number;
  }>;
  unreportedSaes: UnreportedSae[];
}

export async function safetyDashboard(
  store: Store,
  sites: 'all' | string[],
  filter: AlertFilter,
): Promise<SafetyDashboard> {
  const db = store.db as Kysely<Database>;
  const alerts = await listAlerts(db, sites, filter);
  const open =
    filter.status === 'open' ? alerts : await listAlerts(db, sites, { ...filter, status: 'open' });
  const bySite = new Map<string, { siteId: string; open: number; critical: number }>();
  const bySubject = new Map<string, SafetyDashboard['openBySubject'][number]>();
  for (const a of open) {
    const s = bySite.get(a.siteId) ?? { siteId: a.siteId, open: 0, critical: 0 };
    const p = bySubject.get(a.subjectId) ?? {
      subjectId: a.subjectId,
      subjectCode: a.subjectCode,
      siteId: a.siteId,
      open: 0,
      critical: 0,
    };
    for (const c of [s, p]) {
      c.open++;
      if (a.severity === 'critical') c.critical++;
    }
    bySite.set(a.siteId, s);
    bySubject.set(a.subjectId, p);
  }
  let q = db
    .selectFrom('adverse_events')
    .innerJoin('subjects', 'subjects.id', 'adverse_events.subject_id')
    .select([
      'adverse_events.id',
      'adverse_events.subject_id',
      'adverse_events.site_id',
      'adverse_events.term',
      'adverse_events.grade',
      'adverse_events.awareness_at',
      'subjects.subject_code',
    ])
    .where('adverse_events.serious', '=', 1)
    .where('adverse_events.sae_reported_at', 'is', null)
    .where('adverse_events.awareness_at', 'is not', null);
  if (sites !== 'all')
    q = sites.length
      ? q.where('adverse_events.site_id', 'in', sites)
      : q.where('adverse_events.site_id', '=', '\u0000');
  if (filter.subjectId) q = q.where('adverse_events.subject_id', '=', filter.subjectId);
  if (filter.siteId) q = q.where('adverse_events.site_id', '=', filter.siteId);
  const now = store.now();
  const unreportedSaes = (await q.orderBy('adverse_events.awareness_at').execute()).map((r) => ({
    adverseEventId: r.id,
    subjectId: r.subject_id,
    subjectCode: r.subject_code,
    siteId: r.site_id,
    term: r.term,
    grade: Number(r.grade),
    awarenessAt: r.awareness_at as string,
    clock: saeReportingClock({ awarenessAt: r.awareness_at as string, now }),
  }));
  return {
    alerts,
    openBySite: [...bySite.values()],
    openBySubject: [...bySubject.values()],
    unreportedSaes,
  };
}
