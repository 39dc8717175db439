/**
 * Phase III outlook, PFS: the size of a randomised trial comparing PFS by the log-rank test,
 * exponential PFS in each arm, uniform accrual over A, at least F of further follow-up and
 * exponential drop-out η in both arms.
 *
 * - Lachin & Foulkes (1986, Biometrics 42:507), as gsDesign::nSurv computes it:
 *   N = [z_α·√(1/(Q_C·P₀) + 1/(Q_E·P₀)) + z_β·√(1/(Q_C·P_C) + 1/(Q_E·P_E))]² / (ln HR)²,
 *   P(λ) = λ/(λ+η)·[1 − (e^{−(λ+η)F} − e^{−(λ+η)(F+A)}) / ((λ+η)A)] the chance that a subject
 *   has an event, P₀ = P(λ₀) with the null hazard λ₀ = (Q_C + Q_E·HR)·λ_C; events = N·(Q_C·P_C +
 *   Q_E·P_E).
 * - Schoenfeld (1983, Biometrics 39:499): d = (z_α + z_β)² / (Q_C·Q_E·(ln HR)²) events, and
 *   N = d / (Q_C·P_C + Q_E·P_E) subjects with the same P.
 * - Freedman (1982, Stat Med 1:121): d = (z_α + z_β)²·(1 + HR)² / (1 − HR)² (1:1), for comparison.
 * z_α = Φ⁻¹(1 − α/sides), z_β = Φ⁻¹(power). Q_E = r/(1+r) for allocation r experimental : control.
 */
import { normalQuantile } from '../stats/normal-quantile.ts';

export interface SurvivalDesign {
  alpha: number;
  sides: 1 | 2;
  power: number;
  /** Experimental / control (< 1 favours the experimental arm). */
  hazardRatio: number;
  /** Control-arm median PFS; every time below is in the same unit (months in the report). */
  controlMedian: number;
  accrual: number;
  followUp: number;
  /** Drop-out hazard per time unit, both arms (0 = none). */
  dropoutHazard: number;
  /** Experimental : control randomisation ratio (1 = 1:1). */
  allocationRatio: number;
}

export interface SurvivalSampleSize {
  design: SurvivalDesign;
  experimentalMedian: number;
  /** Lachin–Foulkes: unrounded subjects and events, then rounded up. */
  lachinFoulkesSubjectsExact: number;
  lachinFoulkesEventsExact: number;
  lachinFoulkesSubjects: number;
  lachinFoulkesEvents: number;
  schoenfeldEventsExact: number;
  schoenfeldEvents: number;
  /** ceil(Schoenfeld events / P(event)). */
  schoenfeldSubjects: number;
  freedmanEvents: number;
  probabilityOfEvent: number;
}

const zAlpha = (alpha: number, sides: 1 | 2) => normalQuantile(1 - alpha / sides);
/** Rounds up, forgiving floating-point noise just above an integer. */
export const ceilCount = (x: number): number => Math.ceil(x - 1e-9);

/** @example schoenfeldEvents(0.05, 0.9, 0.5) // 87.49… (88 events); two-sided unless `sides` = 1 */
export function schoenfeldEvents(
  alpha: number,
  power: number,
  hr: number,
  pExperimental = 0.5,
  sides: 1 | 2 = 2,
): number {
  const z = zAlpha(alpha, sides) + normalQuantile(power);
  return (z * z) / (pExperimental * (1 - pExperimental) * Math.log(hr) ** 2);
}

/** @example freedmanEvents(0.05, 0.8, 0.5) // 70.6… (71 events) */
export function freedmanEvents(alpha: number, power: number, hr: number, sides: 1 | 2 = 2): number {
  const z = zAlpha(alpha, sides) + normalQuantile(power);
  return (z * z * (1 + hr) ** 2) / (1 - hr) ** 2;
}

/**
 * P(event) for a subject with exponential hazard `rate`, drop-out hazard `dropout`, entering
 * uniformly over `accrual` and followed until `accrual + followUp` (closed form of gsDesign's
 * eEvents for one period).
 * @example probabilityOfEvent(Math.LN2 / 12, 0, 24, 12) // 0.6875…
 */
export function probabilityOfEvent(
  rate: number,
  dropout: number,
  accrual: number,
  followUp: number,
): number {
  const h = rate + dropout;
  const tail = (Math.exp(-h * followUp) - Math.exp(-h * (followUp + accrual))) / (h * accrual);
  return (rate / h) * (1 - tail);
}

/**
 * @example survivalSampleSize({ alpha: 0.025, sides: 1, power: 0.9, hazardRatio: 0.7,
 *   controlMedian: 8, accrual: 12, followUp: 16, dropoutHazard: 0.001, allocationRatio: 1 })
 * // lachinFoulkesSubjects 422, lachinFoulkesEvents 330, schoenfeldEvents 331 (gsDesign vignette)
 */
export function survivalSampleSize(d: SurvivalDesign): SurvivalSampleSize {
  if (!(d.hazardRatio > 0 && d.hazardRatio !== 1))
    throw new RangeError('hazard ratio must be > 0 and ≠ 1');
  if (!(d.allocationRatio > 0)) throw new RangeError('allocation ratio must be > 0');
  if (!(d.controlMedian > 0 && d.accrual > 0 && d.followUp >= 0 && d.dropoutHazard >= 0))
    throw new RangeError('medians and accrual must be > 0, follow-up and drop-out ≥ 0');
  const qe = d.allocationRatio / (1 + d.allocationRatio);
  const qc = 1 - qe;
  const lambdaC = Math.LN2 / d.controlMedian;
  const lambdaE = lambdaC * d.hazardRatio;
  const lambda0 = (qc + qe * d.hazardRatio) * lambdaC;
  const p = (rate: number) => probabilityOfEvent(rate, d.dropoutHazard, d.accrual, d.followUp);
  const pC = p(lambdaC);
  const pE = p(lambdaE);
  const p0 = p(lambda0);
  const za = zAlpha(d.alpha, d.sides);
  const zb = normalQuantile(d.power);
  const lfN =
    (za * Math.sqrt(1 / (qc * p0) + 1 / (qe * p0)) +
      zb * Math.sqrt(1 / (qc * pC) + 1 / (qe * pE))) **
      2 /
    Math.log(d.hazardRatio) ** 2;
  const pEvent = qc * pC + qe * pE;
  const sch = schoenfeldEvents(d.alpha, d.power, d.hazardRatio, qe, d.sides);
  const schEvents = ceilCount(sch);
  return {
    design: d,
    experimentalMedian: d.controlMedian / d.hazardRatio,
    lachinFoulkesSubjectsExact: lfN,
    lachinFoulkesEventsExact: lfN * pEvent,
    lachinFoulkesSubjects: ceilCount(lfN),
    lachinFoulkesEvents: ceilCount(lfN * pEvent),
    schoenfeldEventsExact: sch,
    schoenfeldEvents: schEvents,
    schoenfeldSubjects: ceilCount(schEvents / pEvent),
    freedmanEvents: ceilCount(freedmanEvents(d.alpha, d.power, d.hazardRatio, d.sides)),
    probabilityOfEvent: pEvent,
  };
}
