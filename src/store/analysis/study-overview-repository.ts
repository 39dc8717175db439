/**
 * The study overview from the live database: the caller's sites' subjects are loaded in one
 * query per table, turned into the core's plain records, and derived by the core
 * (`core/analysis/study-overview.ts`) — nothing clinical is computed here. Adds what only the
 * store knows: open queries, open safety alerts and overdue visits.
 */

import { overviewSubjectFromFile } from '../../core/analysis/overview-subject-from-file.ts';
import {
  type OverviewSubject,
  type StudyOverview,
  studyOverview,
} from '../../core/analysis/study-overview.ts';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { planVisitSchedule } from '../../core/schedule/visit-schedule.ts';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { openQueryCounts } from '../integrity/query-repository.ts';
import type { Store } from '../open-store.ts';
import { siteTodayLookup } from '../subjects/site-today.ts';
import { assembleEvents } from '../subjects/subject-events.ts';
import { camel, loadSubjectFiles } from '../subjects/subject-file.ts';

export interface LiveOverview extends StudyOverview {
  openQueries: number;
  safety: StudyOverview['safety'] & { openAlerts: number };
  overdueVisits: OverdueVisit[];
}

export interface OverdueVisit {
  subjectId: string;
  label: string;
  /** The schedule's key, e.g. `cycle-day-1/3` (stable; the screens name it from kind + sequence). */
  visit: string;
  kind: string;
  sequence: number;
  cycle: number | null;
  due: IsoDate;
}

/**
 * When overdue visits are judged: on `asOf` (a reproducible "as of" date the caller gave) or on
 * each subject's site's own today — the same rule as the Subjects list, so a Beijing visit whose
 * window closed yesterday in Beijing is overdue even while it is still yesterday in UTC.
 */
export type OverdueAsOf = { kind: 'as-of' } | { kind: 'site-today' };

export async function liveStudyOverview(
  store: Store,
  study: StudyDefinition,
  sites: 'all' | string[],
  asOf: IsoDate,
  overdueAsOf: OverdueAsOf = { kind: 'as-of' },
): Promise<LiveOverview> {
  const none = sites !== 'all' && sites.length === 0;
  let q = store.db.selectFrom('subjects').selectAll().orderBy('created_at');
  if (sites !== 'all') q = q.where('site_id', 'in', none ? ['\u0000'] : sites);
  const subjects = (await q.execute()).map((r) => camel(r));
  const files = await loadSubjectFiles(store.db, subjects);
  let aeq = store.db.selectFrom('adverse_events').select(['subject_id', 'term', 'grade']);
  if (sites !== 'all') aeq = aeq.where('site_id', 'in', none ? ['\u0000'] : sites);
  const aes = new Map<string, OverviewSubject['adverseEvents']>();
  for (const a of await aeq.execute())
    aes.set(a.subject_id, [
      ...(aes.get(a.subject_id) ?? []),
      { term: a.term, grade: Number(a.grade) },
    ]);
  const overview = studyOverview(
    study,
    files.map((f) => overviewSubjectFromFile(f, aes.get(f.subject.id) ?? [])),
    asOf,
  );

  const today = overdueAsOf.kind === 'site-today' ? await siteTodayLookup(store) : () => asOf;
  const overdueVisits: OverdueVisit[] = [];
  for (const f of files) {
    const day1 = f.subject.enrollmentDate;
    if (!day1) continue;
    const on = today(f.subject.siteId);
    for (const v of planVisitSchedule(study, day1, on, assembleEvents(f, study).events).visits) {
      if (v.status.kind === 'missed')
        overdueVisits.push({
          subjectId: f.subject.id,
          label: f.subject.subjectCode ?? f.subject.screeningNumber,
          visit: v.key,
          kind: v.kind,
          sequence: v.sequence,
          cycle: v.cycle,
          due: v.window.latest,
        });
    }
  }
  let alerts = store.db
    .selectFrom('safety_alerts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open');
  if (sites !== 'all') alerts = alerts.where('site_id', 'in', none ? ['\u0000'] : sites);
  const openAlerts = Number((await alerts.executeTakeFirst())?.n ?? 0);
  const queries = await openQueryCounts(store.db, sites);
  return {
    ...overview,
    safety: { ...overview.safety, openAlerts },
    openQueries: queries.bySite.reduce((a, b) => a + b.open, 0),
    overdueVisits,
  };
}
