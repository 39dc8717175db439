/**
 * Dose intensity of one subject over the exposure period (day 1 to the last dose, or to the
 * cut-off while on treatment), from the drug accountability records (ICH E3 §12.1 extent of
 * exposure; ICH E6(R3) investigational product accounting):
 *
 * - planned mg    = protocol starting dose (20 mg/day) × exposure days;
 * - prescribed mg = the dose in force each day by the core dose regimen (interruptions count 0,
 *   reductions count the lower level) — the intensity the investigator intended;
 * - taken mg      = per dispensing (dispensed − returned − lost) × tablet strength when its return
 *   is recorded by the cut-off; for a dispensing not yet returned, the prescribed dose of each
 *   day it covers (to the next dispensing or the end of exposure) less the missed-dose days,
 *   capped at what was dispensed, and flagged as estimated;
 * - relative dose intensity (RDI) = taken mg / planned mg; prescribed intensity = prescribed /
 *   planned.
 *
 * Accountability that cannot be true (returned + lost > dispensed) is refused: the subject's
 * RDI is null and the flag names the cycle, as a data query rather than a number. No exposure
 * day (e.g. enrolled on the cut-off date with no dose yet, or a last dose before day 1) gives
 * null intensities, never a division by zero.
 */
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import { DomainError } from '../shared/domain-error.ts';
import { type DoseChange, doseOn, doseRegimen } from '../subjects/dose-regimen.ts';

export interface DispensingWithReturn {
  cycle: number;
  dispensedDate: IsoDate;
  tabletsDispensed: number;
  /** The return as known at the cut-off; null when none is recorded. */
  returned: { date: IsoDate; tablets: number; lost: number } | null;
}

export interface DoseIntensityInput {
  day1: IsoDate;
  /** Last dose date when treatment ended by the cut-off, else the cut-off date. */
  exposureEnd: IsoDate;
  dispensings: readonly DispensingWithReturn[];
  /** Dose changes in the order they happened. */
  changes: readonly DoseChange[];
  missedDoseDates: readonly IsoDate[];
}

export type DoseIntensityFlag =
  | { kind: 'no-exposure' }
  | { kind: 'return-not-recorded'; cycle: number }
  | {
      kind: 'returned-exceeds-dispensed';
      cycle: number;
      dispensed: number;
      returnedAndLost: number;
    }
  | { kind: 'regimen-refused'; message: string };

export interface DoseIntensity {
  exposureDays: number;
  plannedMg: number;
  prescribedMg: number | null;
  takenMg: number | null;
  /** Part of takenMg estimated for dispensings whose return is not recorded. */
  estimatedMg: number;
  relativeDoseIntensity: number | null;
  prescribedIntensity: number | null;
  missedDoseDays: number;
  interruptions: number;
  reductions: number;
  flags: DoseIntensityFlag[];
}

/** Flag text for listings (English codes, stable across languages like the other codes). */
export function flagText(f: DoseIntensityFlag): string {
  switch (f.kind) {
    case 'no-exposure':
      return 'no exposure day';
    case 'return-not-recorded':
      return `cycle ${f.cycle}: return not recorded, taken estimated`;
    case 'returned-exceeds-dispensed':
      return `cycle ${f.cycle}: returned + lost ${f.returnedAndLost} > dispensed ${f.dispensed}`;
    case 'regimen-refused':
      return `dose changes refused: ${f.message}`;
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

/**
 * @example doseIntensity(study, { day1: '2026-01-05', exposureEnd: '2026-02-01', changes: [],
 *   missedDoseDates: [], dispensings: [{ cycle: 1, dispensedDate: '2026-01-05',
 *   tabletsDispensed: 60, returned: { date: '2026-02-02', tablets: 6, lost: 0 } }] })
 * // { exposureDays: 28, plannedMg: 560, takenMg: 540, relativeDoseIntensity: 0.964…, … }
 */
export function doseIntensity(study: StudyDefinition, x: DoseIntensityInput): DoseIntensity {
  const strength = study.treatment.drug.tabletStrengthMg;
  const exposureDays = Math.max(0, daysBetween(x.day1, x.exposureEnd) + 1);
  const plannedMg = exposureDays * study.treatment.startingDoseMg;
  const flags: DoseIntensityFlag[] = [];
  const inExposure = (d: IsoDate) =>
    compareDates(d, x.day1) >= 0 && compareDates(d, x.exposureEnd) <= 0;
  const missed = new Set(x.missedDoseDates.filter(inExposure));
  const counts = {
    missedDoseDays: missed.size,
    interruptions: x.changes.filter((c) => c.kind === 'interruption').length,
    reductions: x.changes.filter((c) => c.kind === 'reduction').length,
  };
  if (exposureDays === 0) flags.push({ kind: 'no-exposure' });

  let periods: ReturnType<typeof doseRegimen> | null = null;
  try {
    periods = doseRegimen(study, x.day1, x.changes);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const f = e.failure;
    flags.push({
      kind: 'regimen-refused',
      message: f.kind === 'invalid' ? f.issues.map((i) => i.rule).join(', ') : f.kind,
    });
  }
  const prescribedOn = (d: IsoDate) => (periods && inExposure(d) ? doseOn(periods, d) : 0);
  let prescribedMg: number | null = null;
  if (periods) {
    prescribedMg = 0;
    for (let i = 0; i < exposureDays; i++) prescribedMg += prescribedOn(addDays(x.day1, i));
  }

  const sorted = [...x.dispensings].sort(
    (a, b) => compareDates(a.dispensedDate, b.dispensedDate) || a.cycle - b.cycle,
  );
  let takenMg: number | null = 0;
  let estimatedMg = 0;
  for (const [i, d] of sorted.entries()) {
    if (d.returned) {
      const out = d.returned.tablets + d.returned.lost;
      if (out > d.tabletsDispensed) {
        flags.push({
          kind: 'returned-exceeds-dispensed',
          cycle: d.cycle,
          dispensed: d.tabletsDispensed,
          returnedAndLost: out,
        });
        takenMg = null;
      } else if (takenMg !== null) takenMg += (d.tabletsDispensed - out) * strength;
      continue;
    }
    flags.push({ kind: 'return-not-recorded', cycle: d.cycle });
    if (!periods) {
      takenMg = null; // nothing to estimate from
      continue;
    }
    const next = sorted[i + 1]?.dispensedDate ?? addDays(x.exposureEnd, 1);
    let mg = 0;
    for (let day = d.dispensedDate; compareDates(day, next) < 0; day = addDays(day, 1))
      if (!missed.has(day)) mg += prescribedOn(day);
    mg = Math.min(mg, d.tabletsDispensed * strength);
    estimatedMg += mg;
    if (takenMg !== null) takenMg += mg;
  }

  const of = (mg: number | null) => (mg === null || plannedMg === 0 ? null : mg / plannedMg);
  return {
    exposureDays,
    plannedMg,
    prescribedMg,
    takenMg,
    estimatedMg,
    relativeDoseIntensity: of(takenMg),
    prescribedIntensity: of(prescribedMg),
    ...counts,
    flags,
  };
}
