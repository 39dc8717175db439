/**
 * Test-only subject data for the safety tests, written through the real audited write path into
 * the subject tables of migration 0005 (subject, visits with lab results, dispensing, end of
 * treatment, death), so the safety suites do not depend on the subject API being in place.
 */
import { randomUUID } from 'node:crypto';
import { insertAudited, runCommand, SYSTEM_ACTOR } from '../../audit/audited-write.ts';
import type { Store } from '../../open-store.ts';

export interface FixtureSubject {
  id: string;
  siteId: string;
}

export async function fixtureSubject(
  store: Store,
  siteId: string,
  enrollmentDate: string | null,
): Promise<FixtureSubject> {
  const id = randomUUID();
  await runCommand(store, SYSTEM_ACTOR, (ctx) =>
    insertAudited(
      ctx,
      'subjects',
      {
        id,
        study_id: 'fixture-study',
        site_id: siteId,
        screening_number: `S-${id.slice(0, 8)}`,
        subject_code: enrollmentDate ? `FX-${id.slice(0, 6)}` : null,
        sex: 'F',
        birth_date: '1970',
        ethnicity: null,
        race: null,
        enrollment_date: enrollmentDate,
        enrolled_at: enrollmentDate ? `${enrollmentDate}T01:00:00.000Z` : null,
        screen_failure_date: null,
        screen_failure_reason: null,
        created_at: ctx.now,
      },
      { entityType: 'subject', siteId, subjectId: id },
    ),
  );
  return { id, siteId };
}

export interface FixtureLab {
  code: string;
  value: string | null;
  unit: string | null;
  low?: string | null;
  high?: string | null;
}

/** A lab result with its reference range. */
export const fixtureLab = (
  code: string,
  value: string,
  unit: string,
  low: string | null,
  high: string | null,
): FixtureLab => ({ code, value, unit, low, high });

/** Normal liver panel (ALT given) and full blood count, in the units the sites report. */
export const fixtureLiverPanel = (alt = '30'): FixtureLab[] => [
  fixtureLab('ALT', alt, 'U/L', '7', '40'),
  fixtureLab('AST', '25', 'U/L', '13', '35'),
  fixtureLab('ALP', '80', 'U/L', '35', '100'),
  fixtureLab('BILI', '10', 'umol/L', '0', '21'),
];
export const FIXTURE_BLOOD_COUNT: FixtureLab[] = [
  fixtureLab('NEUT', '3.0', '10*9/L', '1.8', '6.3'),
  fixtureLab('PLAT', '200', '10*9/L', '125', '350'),
  fixtureLab('WBC', '5.0', '10*9/L', '3.5', '9.5'),
  fixtureLab('HGB', '130', 'g/L', '115', '150'),
];

/** A visit on `date` with lab results; returns the result ids in order. */
export async function fixtureLabVisit(
  store: Store,
  s: FixtureSubject,
  date: string,
  results: FixtureLab[],
): Promise<string[]> {
  const ref = { siteId: s.siteId, subjectId: s.id };
  return runCommand(store, SYSTEM_ACTOR, async (ctx) => {
    const visitId = randomUUID();
    const base = { subject_id: s.id, site_id: s.siteId, created_at: ctx.now };
    await insertAudited(
      ctx,
      'visits',
      { id: visitId, ...base, kind: 'unscheduled', visit_date: date, cycle: null },
      { entityType: 'visit', ...ref },
    );
    const ids: string[] = [];
    for (const r of results) {
      const id = randomUUID();
      ids.push(id);
      await insertAudited(
        ctx,
        'assessment_results',
        {
          id,
          ...base,
          visit_id: visitId,
          panel_id: ['NEUT', 'PLAT', 'WBC', 'LYMPH', 'HGB'].includes(r.code)
            ? 'blood-routine'
            : 'liver-kidney',
          item_code: r.code,
          value: r.value,
          unit: r.unit,
          reference_low: r.low ?? null,
          reference_high: r.high ?? null,
        },
        { entityType: 'assessment-result', ...ref },
      );
    }
    return ids;
  });
}

export async function fixtureDispensing(
  store: Store,
  s: FixtureSubject,
  cycle: number,
  date: string,
): Promise<void> {
  await runCommand(store, SYSTEM_ACTOR, (ctx) =>
    insertAudited(
      ctx,
      'dispensations',
      {
        id: randomUUID(),
        subject_id: s.id,
        site_id: s.siteId,
        created_at: ctx.now,
        cycle,
        dispensed_date: date,
        tablets_dispensed: 28,
      },
      { entityType: 'dispensation', siteId: s.siteId, subjectId: s.id },
    ),
  );
}

export async function fixtureTreatmentEnd(
  store: Store,
  s: FixtureSubject,
  lastDoseDate: string,
): Promise<void> {
  await runCommand(store, SYSTEM_ACTOR, (ctx) =>
    insertAudited(
      ctx,
      'treatment_ends',
      {
        id: randomUUID(),
        subject_id: s.id,
        site_id: s.siteId,
        created_at: ctx.now,
        last_dose_date: lastDoseDate,
        reason: 'adverse-event',
        details: null,
      },
      { entityType: 'treatment-end', siteId: s.siteId, subjectId: s.id },
    ),
  );
}

export async function fixtureDeath(
  store: Store,
  s: FixtureSubject,
  deathDate: string,
  cause: string,
): Promise<void> {
  await runCommand(store, SYSTEM_ACTOR, (ctx) =>
    insertAudited(
      ctx,
      'dispositions',
      {
        id: randomUUID(),
        subject_id: s.id,
        site_id: s.siteId,
        created_at: ctx.now,
        end_of_study_date: null,
        death_date: deathDate,
        death_cause: cause,
        lost_to_follow_up_date: null,
        last_known_alive_date: null,
        new_anticancer_therapy_date: null,
        new_anticancer_therapy: null,
      },
      { entityType: 'disposition', siteId: s.siteId, subjectId: s.id },
    ),
  );
}
