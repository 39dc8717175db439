/**
 * The phase III outlook of a report: the protocol's assumptions (`study.phase3Outlook`) applied
 * to what this phase II observed by the cut-off — the median PFS (Kaplan–Meier, from the core's
 * endpoints) and the ORR. A target that shows no benefit over the control (observed median PFS
 * not longer than the control median, observed ORR not above the control ORR) gives no size,
 * with the reason, rather than a meaningless number.
 */
import type { StudyOverview } from '../analysis/study-overview.ts';
import type { StudyDefinition } from '../protocol/study-definition.schema.ts';
import { type ResponseSampleSize, responseSampleSize } from './phase3-response-size.ts';
import { type SurvivalSampleSize, survivalSampleSize } from './phase3-sample-size.ts';

export type HazardRatioSource = 'fixed' | 'observed-median' | 'median-not-reached';

export type SurvivalOutlook =
  | {
      kind: 'sized';
      source: HazardRatioSource;
      observedMedianMonths: number | null;
      size: SurvivalSampleSize;
    }
  | { kind: 'no-benefit'; observedMedianMonths: number; controlMedianMonths: number };

export type ResponseOutlook =
  | { kind: 'sized'; source: 'fixed' | 'observed'; size: ResponseSampleSize }
  | { kind: 'no-benefit'; targetOrr: number; controlOrr: number }
  | { kind: 'no-data' };

export interface Phase3OutlookResult {
  observedOrr: { x: number; n: number; estimate: number } | null;
  survival: SurvivalOutlook;
  response: ResponseOutlook;
}

/** Annual drop-out share → exponential hazard per month: −ln(1 − p) / 12. */
export const monthlyDropoutHazard = (perYear: number): number => Math.log(1 / (1 - perYear)) / 12;

/** What the phase II observed by the cut-off, as the outlook reads it. */
export interface Phase2Observed {
  /** Kaplan–Meier median PFS in days; null when not reached (or nobody analysed). */
  pfsMedianDays: number | null;
  orr: { x: number; n: number; estimate: number } | null;
}

/** @example observedForPhase3(studyOverview(study, subjects, cutoff)) */
export function observedForPhase3(ov: StudyOverview): Phase2Observed {
  const orr = ov.endpoints?.orr;
  return {
    pfsMedianDays: ov.endpoints?.pfs.median.estimate ?? null,
    orr:
      orr && orr.n > 0 && orr.estimate !== null
        ? { x: orr.x, n: orr.n, estimate: orr.estimate }
        : null,
  };
}

/** @example phase3Outlook(study, { pfsMedianDays: 400, orr: { x: 5, n: 29, estimate: 5 / 29 } }) */
export function phase3Outlook(study: StudyDefinition, seen: Phase2Observed): Phase3OutlookResult {
  const o = study.phase3Outlook;
  const s = o.survival;
  const medianDays = seen.pfsMedianDays;
  const observedMedianMonths =
    medianDays === null ? null : medianDays / study.timeToEvent.daysPerMonth;
  const common = {
    alpha: o.alpha,
    sides: o.sides,
    power: o.power,
    allocationRatio: o.allocationRatio,
  };

  let survival: SurvivalOutlook;
  const sized = (hazardRatio: number, source: HazardRatioSource): SurvivalOutlook => ({
    kind: 'sized',
    source,
    observedMedianMonths,
    size: survivalSampleSize({
      ...common,
      hazardRatio,
      controlMedian: s.controlMedianMonths,
      accrual: s.accrualMonths,
      followUp: s.followUpMonths,
      dropoutHazard: monthlyDropoutHazard(s.dropoutPerYear),
    }),
  });
  const hr = s.hazardRatio;
  switch (hr.kind) {
    case 'fixed':
      survival = sized(hr.value, 'fixed');
      break;
    case 'from-observed-median':
      if (observedMedianMonths === null)
        survival = sized(hr.whenMedianNotReached, 'median-not-reached');
      else if (observedMedianMonths <= s.controlMedianMonths)
        survival = {
          kind: 'no-benefit',
          observedMedianMonths,
          controlMedianMonths: s.controlMedianMonths,
        };
      else survival = sized(s.controlMedianMonths / observedMedianMonths, 'observed-median');
      break;
    default: {
      const never: never = hr;
      throw new Error(`unknown hazard ratio kind ${JSON.stringify(never)}`);
    }
  }

  const observedOrr = seen.orr;
  const t = o.response.targetOrr;
  const target = t.kind === 'fixed' ? t.value : (observedOrr?.estimate ?? null);
  let response: ResponseOutlook;
  if (target === null) response = { kind: 'no-data' };
  else if (target <= o.response.controlOrr || target >= 1)
    response = { kind: 'no-benefit', targetOrr: target, controlOrr: o.response.controlOrr };
  else
    response = {
      kind: 'sized',
      source: t.kind,
      size: responseSampleSize({
        ...common,
        controlRate: o.response.controlOrr,
        experimentalRate: target,
        continuityCorrection: o.response.continuityCorrection,
      }),
    };
  return { observedOrr, survival, response };
}
