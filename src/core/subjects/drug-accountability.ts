/**
 * Drug accountability per dispensing (ICH E6(R3) investigational product records): tablets
 * dispensed, returned, taken (dispensed − returned), expected (the daily dose in force divided by
 * the tablet strength, summed over the days from dispensing to return, interruptions counting 0,
 * stopping after the last dose), and compliance = taken / expected × 100 %. Missed doses are the
 * subject's non-compliance, so they lower "taken", never "expected"; they are counted for the
 * record. Until the return is recorded, the compliance is unknown.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import { type DosePeriod, doseOn } from './dose-regimen.ts';

export interface DispensingRecord {
  id: string;
  cycle: number;
  dispensedDate: IsoDate;
  tabletsDispensed: number;
  returnDate: IsoDate | null;
  tabletsReturned: number | null;
}

export interface DispensingAccount {
  dispensingId: string;
  cycle: number;
  tabletsDispensed: number;
  tabletsReturned: number | null;
  tabletsTaken: number | null;
  tabletsExpected: number | null;
  missedDoseDays: number;
  /** Percent, one decimal; null until the return is recorded or when nothing was expected. */
  compliancePct: number | null;
  reasons: string[];
}

/**
 * @example
 * drugAccountability(study, periods, [{ id: 'd1', cycle: 1, dispensedDate: '2026-01-05',
 *   tabletsDispensed: 60, returnDate: '2026-02-02', tabletsReturned: 6 }], [], null)[0].compliancePct
 * // 96.4 (54 taken of 56 expected: 28 days × 20 mg / 10 mg tablets)
 */
export function drugAccountability(
  study: StudyDefinition,
  periods: readonly DosePeriod[],
  dispensings: readonly DispensingRecord[],
  missedDoseDates: readonly IsoDate[],
  lastDoseDate: IsoDate | null,
): DispensingAccount[] {
  const strength = study.treatment.drug.tabletStrengthMg;
  return dispensings.map((d) => {
    const base = {
      dispensingId: d.id,
      cycle: d.cycle,
      tabletsDispensed: d.tabletsDispensed,
      tabletsReturned: d.tabletsReturned,
    };
    if (d.returnDate === null || d.tabletsReturned === null)
      return {
        ...base,
        tabletsTaken: null,
        tabletsExpected: null,
        missedDoseDays: 0,
        compliancePct: null,
        reasons: ['return not recorded yet: compliance unknown'],
      };
    let end = d.returnDate;
    if (lastDoseDate && compareDates(addDays(lastDoseDate, 1), end) < 0)
      end = addDays(lastDoseDate, 1);
    let expected = 0;
    const days = Math.max(0, daysBetween(d.dispensedDate, end));
    for (let i = 0; i < days; i++) expected += doseOn(periods, addDays(d.dispensedDate, i));
    expected = expected / strength;
    const missed = missedDoseDates.filter(
      (m) => compareDates(m, d.dispensedDate) >= 0 && compareDates(m, end) < 0,
    ).length;
    const taken = d.tabletsDispensed - d.tabletsReturned;
    const pct = expected > 0 ? Math.round((taken / expected) * 1000) / 10 : null;
    return {
      ...base,
      tabletsTaken: taken,
      tabletsExpected: expected,
      missedDoseDays: missed,
      compliancePct: pct,
      reasons: [
        `${taken} tablets taken (${d.tabletsDispensed} dispensed − ${d.tabletsReturned} returned)`,
        `${expected} expected over ${days} day(s) from ${d.dispensedDate} to ${end} at the dose in force (${strength} mg tablets; interruptions count 0)`,
        ...(missed ? [`${missed} missed dose day(s) reported`] : []),
        pct === null ? 'nothing expected: compliance not computed' : `compliance ${pct} %`,
      ],
    };
  });
}
