/**
 * Baseline checks of RECIST 1.1 §3–4.2: measurability, at most 5 targets and 2 per organ,
 * lymph nodes as one organ, baseline imaging within 28 days before treatment start.
 *
 * A violation is not a malformed input: the data say what the site did. So the engine scores
 * the lesions as recorded and reports each violation as a problem citing the rule, for the
 * radiology reviewer and the data manager to resolve (a query), never dropping it silently.
 */
import { daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import type { BaselineLesion, LesionCatalogue } from './lesion-catalogue.ts';
import { formatMm, type Tenths } from './tenths.ts';

export interface BaselineProblem {
  path: string;
  rule: string;
  message: string;
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

/** The organ for the per-organ limit: all lymph nodes together are one organ (RECIST 1.1 §4.2). */
export function organKey(l: Pick<BaselineLesion, 'organ' | 'nodal'>): string {
  return l.nodal ? 'lymph node' : l.organ.trim().toLowerCase();
}

/**
 * Lists what is wrong with a baseline, rule by rule.
 *
 * @example
 * validateBaseline({ enrollmentDate: '2026-03-01', baselineDate: '2026-01-15', catalogue })
 * // → [{ path: 'assessments.0.date', rule: 'recist-baseline-window', message: 'baseline 2026-01-15 is 45 days before …' }]
 */
export function validateBaseline(input: {
  enrollmentDate: IsoDate;
  baselineDate: IsoDate;
  catalogue: LesionCatalogue;
}): BaselineProblem[] {
  const { catalogue } = input;
  const problems: BaselineProblem[] = [];
  const before = daysBetween(input.baselineDate, input.enrollmentDate);
  if (before < 0 || before > BASELINE_WINDOW_DAYS)
    problems.push({
      path: 'assessments.0.date',
      rule: 'recist-baseline-window',
      message:
        before < 0
          ? `baseline ${input.baselineDate} is after treatment start ${input.enrollmentDate}`
          : `baseline ${input.baselineDate} is ${before} days before treatment start ${input.enrollmentDate}; at most ${BASELINE_WINDOW_DAYS} allowed (RECIST 1.1 §4.2)`,
    });
  if (catalogue.targets.length === 0 && catalogue.nonTargets.length === 0)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-no-disease',
      message: 'no lesion at baseline: response cannot be assessed (RECIST 1.1 §3)',
    });
  else if (catalogue.targets.length === 0)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-no-measurable-disease',
      message:
        'no target lesion: non-target-only disease, scored by RECIST 1.1 Table 2 (not evaluable for ORR when measurable disease is required)',
    });
  for (const l of catalogue.targets) problems.push(...targetMeasurability(l));
  for (const l of catalogue.nonTargets) {
    if (l.nodal && l.tenths !== null && l.tenths < PATHOLOGICAL_NODE)
      problems.push({
        path: l.path,
        rule: 'recist-node-normal',
        message: `node ${l.id} short axis ${formatMm(l.tenths)} < 10 mm is normal, not a lesion (RECIST 1.1 §3.1.1)`,
      });
  }
  if (catalogue.targets.length > MAX_TARGETS)
    problems.push({
      path: 'assessments.0.lesions',
      rule: 'recist-max-5-targets',
      message: `${catalogue.targets.length} targets (${catalogue.targets.map((t) => t.id).join(', ')}); at most ${MAX_TARGETS} (RECIST 1.1 §4.2)`,
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
        message:
          d < PATHOLOGICAL_NODE
            ? `target node ${l.id} short axis ${formatMm(d)} < 10 mm is normal, not a lesion (RECIST 1.1 §3.1.1)`
            : `target node ${l.id} short axis ${formatMm(d)} < 15 mm: pathological but not measurable, non-target only (RECIST 1.1 §3.1.1)`,
      },
    ];
  }
  const slice = l.sliceThicknessMm;
  const minimum: Tenths =
    slice !== null && slice > 5 ? Math.round(slice * 20) : MEASURABLE_NON_NODAL;
  if (d >= minimum) return [];
  return [
    {
      path: l.path,
      rule: 'recist-target-measurable',
      message: `target ${l.id} longest diameter ${formatMm(d)} < ${formatMm(minimum)}${slice !== null && slice > 5 ? ` (2 × slice ${slice} mm)` : ''}: not measurable (RECIST 1.1 §3.1.1)`,
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
      message: `${ls.length} targets in ${organ} (${ls.map((t) => t.id).join(', ')}); at most ${MAX_TARGETS_PER_ORGAN} per organ, all lymph nodes count as one organ (RECIST 1.1 §4.2)`,
    }));
}
