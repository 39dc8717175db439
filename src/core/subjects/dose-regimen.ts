/**
 * The dose in force day by day, from the protocol's starting dose and the recorded dose changes
 * (issue 5: "dose interruptions and reductions (20 → 10 mg) with reasons"). A change takes effect
 * on its date. The protocol's dose levels are the only doses allowed; a reduction steps down to
 * a lower level (leflunomide label: ALT 2–3 × ULN → 10 mg), an interruption stops the drug until
 * a resumption, which restarts at a protocol level no higher than the dose before it.
 * Impossible sequences (a reduction to a higher dose, a resumption without an interruption) are
 * refused with the rule named.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';

export type DoseChangeKind = 'interruption' | 'reduction' | 'resumption';

export interface DoseChange {
  kind: DoseChangeKind;
  date: IsoDate;
  /** The dose from this date; null for an interruption. */
  doseMg: number | null;
}

/** From `from` (inclusive) the daily dose is `doseMg` (0 while interrupted). */
export interface DosePeriod {
  from: IsoDate;
  doseMg: number;
  interrupted: boolean;
}

/**
 * Periods of the regimen, first one at `day1` with the starting dose. `changes` must be in the
 * order they happened (date, then recording order); issues name `changes.<i>`.
 * @example doseRegimen(study, '2026-01-05', [{ kind: 'reduction', date: '2026-02-01', doseMg: 10 }])
 * // [{ from: '2026-01-05', doseMg: 20, … }, { from: '2026-02-01', doseMg: 10, … }]
 */
export function doseRegimen(
  study: StudyDefinition,
  day1: IsoDate,
  changes: readonly DoseChange[],
): DosePeriod[] {
  const levels = study.treatment.doseLevelsMg;
  const issues: ValidationIssue[] = [];
  const periods: DosePeriod[] = [
    { from: day1, doseMg: study.treatment.startingDoseMg, interrupted: false },
  ];
  let current = study.treatment.startingDoseMg;
  let interrupted = false;
  const levelText = `protocol dose levels ${levels.join(', ')} mg (treatment.doseLevelsMg)`;
  changes.forEach((c, i) => {
    const at = `changes.${i}`;
    const add = (path: string, rule: string, message: string) =>
      issues.push({ path, rule, message });
    if (compareDates(c.date, day1) < 0)
      add(`${at}.date`, 'dose-change-before-enrolment', `dose change on ${c.date} before day 1`);
    switch (c.kind) {
      case 'interruption':
        if (interrupted)
          add(`${at}.kind`, 'already-interrupted', `treatment is already interrupted`);
        if (c.doseMg !== null)
          add(`${at}.doseMg`, 'interruption-has-no-dose', 'an interruption has no dose');
        interrupted = true;
        periods.push({ from: c.date, doseMg: 0, interrupted: true });
        return;
      case 'reduction':
        if (interrupted)
          add(`${at}.kind`, 'reduction-while-interrupted', 'resume at the lower dose instead');
        if (c.doseMg === null || !levels.includes(c.doseMg) || c.doseMg >= current)
          add(
            `${at}.doseMg`,
            'reduction-to-lower-level',
            `a reduction goes from ${current} mg to a lower ${levelText}`,
          );
        current = c.doseMg ?? current;
        periods.push({ from: c.date, doseMg: current, interrupted: false });
        return;
      case 'resumption':
        if (!interrupted)
          add(`${at}.kind`, 'resumption-without-interruption', 'treatment is not interrupted');
        if (c.doseMg !== null && (!levels.includes(c.doseMg) || c.doseMg > current))
          add(
            `${at}.doseMg`,
            'resumption-dose-level',
            `resume at ${current} mg or a lower ${levelText}`,
          );
        current = c.doseMg ?? current;
        interrupted = false;
        periods.push({ from: c.date, doseMg: current, interrupted: false });
        return;
      default: {
        const never: never = c.kind;
        return never;
      }
    }
  });
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  return periods;
}

/** The dose on `date` (0 while interrupted or before day 1). */
export function doseOn(periods: readonly DosePeriod[], date: IsoDate): number {
  let dose = 0;
  for (const p of periods) if (compareDates(p.from, date) <= 0) dose = p.doseMg;
  return dose;
}
