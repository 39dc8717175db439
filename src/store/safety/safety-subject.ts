/**
 * The few facts of a subject the safety records need, read straight from the subject tables
 * (migration 0005): its site and the site's time zone, day 1 (enrolment = first dose), the last
 * dose, the death record, the dispensing dates (cycle starts) and the lab results with their
 * visit dates. Loading is site-filtered in the query, so another site's subject is not found.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DeathRecord } from '../../core/safety/grade5-death-consistency.ts';
import type { StoredLabResult } from '../../core/safety-records/stored-lab-results.ts';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Database } from '../schema/database.ts';
import { dateAt } from '../subjects/site-today.ts';

export type Db = Kysely<Database> | Transaction<Database>;

export interface SafetySubject {
  id: string;
  siteId: string;
  subjectCode: string | null;
  timezone: string;
  enrollmentDate: IsoDate | null;
  lastDoseDate: IsoDate | null;
  death: DeathRecord | null;
}

/**
 * @throws DomainError not-found when the subject does not exist at one of `sites`
 */
export async function loadSafetySubject(
  db: Db,
  subjectId: string,
  sites: 'all' | string[],
): Promise<SafetySubject> {
  const notFound = new DomainError({ kind: 'not-found', entity: 'subject', id: subjectId });
  if (sites !== 'all' && sites.length === 0) throw notFound;
  let q = (db as Kysely<Database>)
    .selectFrom('subjects')
    .innerJoin('sites', 'sites.id', 'subjects.site_id')
    .select([
      'subjects.id',
      'subjects.site_id',
      'subjects.subject_code',
      'subjects.enrollment_date',
      'sites.timezone',
    ])
    .where('subjects.id', '=', subjectId);
  if (sites !== 'all') q = q.where('subjects.site_id', 'in', sites);
  const s = await q.executeTakeFirst();
  if (!s) throw notFound;
  const end = await (db as Kysely<Database>)
    .selectFrom('treatment_ends')
    .select('last_dose_date')
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  const disp = await (db as Kysely<Database>)
    .selectFrom('dispositions')
    .select(['death_date', 'death_cause'])
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  return {
    id: s.id,
    siteId: s.site_id,
    subjectCode: s.subject_code,
    timezone: s.timezone,
    enrollmentDate: s.enrollment_date,
    lastDoseDate: end?.last_dose_date ?? null,
    death: disp?.death_date ? { date: disp.death_date, cause: disp.death_cause } : null,
  };
}

/** Today at the subject's site for a server instant. */
export function siteToday(subject: SafetySubject, instant: string): IsoDate {
  return dateAt(instant, subject.timezone);
}

/** Every stored result of a subject with its visit date (all panels; the core picks its tests). */
export async function loadStoredLabs(db: Db, subjectId: string): Promise<StoredLabResult[]> {
  const rows = await (db as Kysely<Database>)
    .selectFrom('assessment_results')
    .innerJoin('visits', 'visits.id', 'assessment_results.visit_id')
    .select([
      'assessment_results.id',
      'assessment_results.item_code',
      'assessment_results.value',
      'assessment_results.unit',
      'assessment_results.reference_low',
      'assessment_results.reference_high',
      'visits.visit_date',
    ])
    .where('assessment_results.subject_id', '=', subjectId)
    .orderBy('visits.visit_date')
    .orderBy('assessment_results.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    test: r.item_code,
    date: r.visit_date,
    value: r.value,
    unit: r.unit,
    referenceLow: r.reference_low,
    referenceHigh: r.reference_high,
  }));
}

/** Dispensing dates per cycle (the real day 1 of each cycle). */
export async function loadDispensings(
  db: Db,
  subjectId: string,
): Promise<Array<{ cycle: number; date: IsoDate }>> {
  const rows = await (db as Kysely<Database>)
    .selectFrom('dispensations')
    .select(['cycle', 'dispensed_date'])
    .where('subject_id', '=', subjectId)
    .execute();
  return rows.map((r) => ({ cycle: Number(r.cycle), date: r.dispensed_date }));
}
