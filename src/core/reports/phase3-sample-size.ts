/**
 * Phase III outlook: the size of a randomised trial comparing PFS by the log-rank test.
 * Events: Schoenfeld (1983, Biometrics 39:499) d = (z₁₋α/₂ + z₁₋β)² / (p(1−p)(ln HR)²), and
 * Freedman (1982, Stat Med 1:121) d = (z₁₋α/₂ + z₁₋β)²(1 + HR)² / (1 − HR)² (1:1 allocation).
 * Subjects: N = d / P(event), with exponential PFS in each arm, uniform accrual over A and
 * further follow-up F, P(event) by Schoenfeld's Simpson rule 1 − [S(F) + 4S(F + A/2) + S(F + A)]/6
 * (Schoenfeld 1983, eq. 3), averaged over the arms by allocation. Every assumption is returned
 * with the result so the report prints it beside the numbers.
 */
import { normalQuantile } from '../stats/normal-quantile.ts';

export interface Phase3Assumptions {
  /** Two-sided type I error. */
  alpha: number;
  power: number;
  /** Hazard ratio experimental / control (< 1 favours the experimental arm). */
  hazardRatio: number;
  /** Median PFS of the experimental arm, days. */
  medianExperimentalDays: number;
  /** Accrual period and additional follow-up, days. */
  accrualDays: number;
  followUpDays: number;
  /** Share randomised to the experimental arm (0.5 = 1:1). */
  allocation: number;
}

export interface Phase3SampleSize {
  assumptions: Phase3Assumptions;
  medianControlDays: number;
  eventsSchoenfeld: number;
  eventsFreedman: number;
  /** Unrounded Schoenfeld events (for checking against the formula). */
  eventsSchoenfeldExact: number;
  probabilityOfEvent: number;
  subjects: number;
  reasons: string[];
}

/** @example schoenfeldEvents(0.05, 0.9, 0.5) // 87.49… (88 events) */
export function schoenfeldEvents(alpha: number, power: number, hr: number, p = 0.5): number {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return (z * z) / (p * (1 - p) * Math.log(hr) ** 2);
}

/** @example freedmanEvents(0.05, 0.8, 0.5) // 70.6… (71 events) */
export function freedmanEvents(alpha: number, power: number, hr: number): number {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return (z * z * (1 + hr) ** 2) / (1 - hr) ** 2;
}

/** P(event) for exponential survival with median `m`, uniform accrual A, follow-up F (Simpson). */
export function probabilityOfEventSimpson(
  medianDays: number,
  accrual: number,
  followUp: number,
): number {
  const rate = Math.LN2 / medianDays;
  const s = (t: number) => Math.exp(-rate * t);
  return 1 - (s(followUp) + 4 * s(followUp + accrual / 2) + s(followUp + accrual)) / 6;
}

/**
 * @example phase3SampleSize({ alpha: 0.05, power: 0.8, hazardRatio: 0.6,
 *   medianExperimentalDays: 365, accrualDays: 730, followUpDays: 365, allocation: 0.5 }).subjects
 */
export function phase3SampleSize(a: Phase3Assumptions): Phase3SampleSize {
  if (!(a.hazardRatio > 0 && a.hazardRatio !== 1))
    throw new RangeError('hazard ratio must be > 0 and ≠ 1');
  if (!(a.allocation > 0 && a.allocation < 1)) throw new RangeError('allocation must be in (0, 1)');
  const exact = schoenfeldEvents(a.alpha, a.power, a.hazardRatio, a.allocation);
  const medianControl = a.medianExperimentalDays * a.hazardRatio;
  const pExp = probabilityOfEventSimpson(a.medianExperimentalDays, a.accrualDays, a.followUpDays);
  const pCtl = probabilityOfEventSimpson(medianControl, a.accrualDays, a.followUpDays);
  const pEvent = a.allocation * pExp + (1 - a.allocation) * pCtl;
  const events = Math.ceil(exact - 1e-9);
  return {
    assumptions: a,
    medianControlDays: medianControl,
    eventsSchoenfeld: events,
    eventsFreedman: Math.ceil(freedmanEvents(a.alpha, a.power, a.hazardRatio) - 1e-9),
    eventsSchoenfeldExact: exact,
    probabilityOfEvent: pEvent,
    subjects: Math.ceil(events / pEvent - 1e-9),
    reasons: [
      'Schoenfeld 1983: events from the log-rank test under proportional hazards',
      'Freedman 1982: events for 1:1 allocation, shown for comparison',
      'exponential PFS: control median = experimental median × HR (HR = λE / λC)',
      'uniform accrual, P(event) by Simpson’s rule (Schoenfeld 1983), no drop-out assumed',
    ],
  };
}
