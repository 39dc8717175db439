/**
 * Baseline checks of RECIST 1.1 §3–4.2: measurability, at most 5 targets and 2 per organ,
 * lymph nodes as one organ, baseline imaging within 28 days before treatment start.
 *
 * A violation is not a malformed input: the data say what the site did. So the engine scores
 * the lesions as recorded and reports each violation as a problem citing the rule, for the
 * radiology reviewer and the data manager to resolve (a query), never dropping it silently.
 */
import { daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import type { BaselineLesion, LesionCatalogue } from './lesion-catalogue.ts';
import { recistReason } from './recist-reason.ts';
import { formatTenths, type Tenths } from './tenths.ts';

export interface BaselineProblem {
  path: string;
  rule: string;
  /** What is wrong, citing the rule (its English `text` is what reports print). */
  reason: Reason;
}

/** RECIST 1.1 §4.2: the baseline scan is at most 4 weeks before treatment start. */
export const BASELINE_WINDOW_DAYS = 28;
/** RECIST 1.1 §4.2: at most 5 target lesions in total, at most 2 per organ. */
export const MAX_TARGETS = 5;
export const MAX_TARGETS_PER_ORGAN = 2;
/** RECIST 1.1 §3.1.1: measurable non-nodal ≥ 10 mm; measurable node ≥ 15 mm; node < 10 mm is normal. */
export const MEASURABLE_NON_NODAL: Tenths = 100;
export const MEASURABLE_NODE: Tenths = 150;
export const PATHOLOGICAL_NODE: Tenths = 100;

const LYMPH_NODES = 'lymph node';

/** The organ for the per-organ limit: all lymph nodes together are one organ (RECIST 1.1 §4.2). */
export function organKey(l: Pick<BaselineLesion, 'organ' | 'nodal'>): string {
  return l.nodal ? LYMPH_NODES : l.organ.trim().toLowerCase();
}

/**
 * Lists what is wrong with a baseline, rule by rule.
 *
 * @example
 * validateBaseline({ enrollmentDate: '2026-03-01', baselineDate: '2026-01-15', catalogue })
 * // → [{ path: 'assessments.0.date', rule: 'recist-baseline-window',
// //    reason: { code: 'recist.baseline-too-early', text: 'baseline 2026-01-15 is 45 days before …', … } }]
 */
export function validateBaseline(input: {
  enrollmentDate: IsoDate;
  baselineDate: IsoDate;
  catalogue: LesionCatalogue;
}): BaselineProblem[] {
  const { catalogue } = input;
  const problems: BaselineProblem[] = [];
  const { baselineDate, enrollmentDate: startDate } = input;
  const before = daysBetween(baselineDate, startDate);
  if (before < 0 || before > BASELINE_WINDOW_DAYS)
    problems.push({
      path: 'assessments.0.date',
      rule: 'recist-baseline-window',
      reason:
        before < 0
          ? recistReason('recist.baseline-after-start', { baselineDate, startDate })
          : recistReason('recist.baseline-too-early', {
              baselineDate,
              days: before,
              startDate,
              maxDays: BASELINE_WINDOW_DAYS,
            }),
    });
  if (catalogue.targets.length === 0 && catalogue.nonTargets.length === 0)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-no-disease',
      reason: recistReason('recist.no-disease'),
    });
  else if (catalogue.targets.length === 0)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-no-measurable-disease',
      reason: recistReason('recist.no-measurable-disease'),
    });
  for (const l of catalogue.targets) problems.push(...targetMeasurability(l));
  for (const l of catalogue.nonTargets) {
    if (l.nodal && l.tenths !== null && l.tenths < PATHOLOGICAL_NODE)
      problems.push({
        path: l.path,
        rule: 'recist-node-normal',
        reason: recistReason('recist.node-normal', { id: l.id, diameter: formatTenths(l.tenths) }),
      });
  }
  if (catalogue.targets.length > MAX_TARGETS)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-max-5-targets',
      reason: recistReason('recist.too-many-targets', {
        count: catalogue.targets.length,
        ids: catalogue.targets.map((t) => t.id).join(', '),
        max: MAX_TARGETS,
      }),
    });
  problems.push(...perOrganLimit(catalogue.targets));
  return problems;
}

function targetMeasurability(l: BaselineLesion): BaselineProblem[] {
  const d = l.tenths ?? 0;
  if (l.nodal) {
    if (d >= MEASURABLE_NODE) return [];
    return [
      {
        path: l.path,
        rule: 'recist-target-node-measurable',
        reason: recistReason(
          d < PATHOLOGICAL_NODE ? 'recist.target-node-normal' : 'recist.target-node-not-measurable',
          { id: l.id, diameter: formatTenths(d) },
        ),
      },
    ];
  }
  const slice = l.sliceThicknessMm;
  const minimum: Tenths =
    slice !== null && slice > 5 ? Math.round(slice * 20) : MEASURABLE_NON_NODAL;
  if (d >= minimum) return [];
  const sizes = { id: l.id, diameter: formatTenths(d), minimum: formatTenths(minimum) };
  return [
    {
      path: l.path,
      rule: 'recist-target-measurable',
      reason:
        slice !== null && slice > 5
          ? recistReason('recist.target-not-measurable-slice', { ...sizes, slice })
          : recistReason('recist.target-not-measurable', sizes),
    },
  ];
}

function perOrganLimit(targets: BaselineLesion[]): BaselineProblem[] {
  const byOrgan = new Map<string, BaselineLesion[]>();
  for (const t of targets) {
    const key = organKey(t);
    byOrgan.set(key, [...(byOrgan.get(key) ?? []), t]);
  }
  return [...byOrgan.entries()]
    .filter(([, ls]) => ls.length > MAX_TARGETS_PER_ORGAN)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([organ, ls]) => ({
      path: 'assessments.0.lesions',
      rule: 'recist-max-2-per-organ',
      reason: perOrganReason(organ, {
        count: ls.length,
        ids: ls.map((t) => t.id).join(', '),
        max: MAX_TARGETS_PER_ORGAN,
      }),
    }));
}

/** The lymph-node "organ" has its own words, so a translation need not keep the English key. */
function perOrganReason(organ: string, p: { count: number; ids: string; max: number }): Reason {
  return organ === LYMPH_NODES
    ? recistReason('recist.too-many-in-lymph-nodes', p)
    : recistReason('recist.too-many-in-organ', { ...p, organ });
}
