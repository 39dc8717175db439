/**
 * One subject end to end: check the input, validate the baseline, score every assessment,
 * derive the best overall response and the waterfall value. This is what `oncotrial calc
 * recist`, the API and the statistics engine call.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import { type BaselineProblem, validateBaseline } from './baseline-validation.ts';
import {
  type BestOverallResponse,
  type DatedBor,
  deriveBestOverallResponse,
} from './best-overall-response.ts';
import { checkRecistInput } from './input-consistency.ts';
import type { LesionCatalogue } from './lesion-catalogue.ts';
import type { RecistSubjectInput } from './recist-input.schema.ts';
import { recistReason } from './recist-reason.ts';
import { type RecistRules, resolveRecistRules } from './recist-rules.ts';
import { formatMm, formatTenths, toMm } from './tenths.ts';
import { scoreTimepoints, type TimepointScore } from './timepoint-scoring.ts';
import { bestPercentChange } from './waterfall.ts';

export interface RecistSubjectResult {
  subjectId?: string;
  /** The parameters in force (protocol values, input overrides, defaults — in that order of precedence: input, argument, default). */
  rules: RecistRules;
  baseline: { date: IsoDate; sumMm: number | null; problems: BaselineProblem[]; reasons: Reason[] };
  timepoints: TimepointScore[];
  bestOverallResponse: { confirmed: DatedBor; unconfirmed: DatedBor; reasons: Reason[] };
  /** Best % change of the target sum from baseline (waterfall plot); null without a complete sum. */
  bestPctChange: number | null;
  progressionDate: IsoDate | null;
  flags: string[];
}

/**
 * Evaluates one subject. `rules` are the protocol's values; `input.rules` overrides them field
 * by field; missing fields take the defaults. Throws a DomainError (kind `invalid`) on
 * malformed input.
 *
 * @example
 * evaluateSubject({ enrollmentDate: '2026-01-10', assessments: [
 *   { date: '2026-01-05', lesions: [{ id: 'T1', kind: 'target', organ: 'liver', nodal: false, diameterMm: 33 }] },
 *   { date: '2026-03-06', lesions: [{ id: 'T1', diameterMm: 23.1 }] }] })
 * // → { timepoints: [{ sumMm: 23.1, changeFromBaselinePct: -30, target: 'PR', overall: 'PR', … }],
 * //     bestOverallResponse: { unconfirmed: { response: 'PR', date: '2026-03-06' }, confirmed: { response: 'SD', … } }, … }
 */
export function evaluateSubject(
  input: RecistSubjectInput,
  rules?: Partial<RecistRules>,
): RecistSubjectResult {
  return evaluateCheckedSubject(input, checkRecistInput(input), rules);
}

/**
 * {@link evaluateSubject} for an input already checked by `checkRecistInput` (batch callers
 * check every subject first, then evaluate one at a time).
 */
export function evaluateCheckedSubject(
  input: RecistSubjectInput,
  catalogue: LesionCatalogue,
  rules?: Partial<RecistRules>,
): RecistSubjectResult {
  const effective = resolveRecistRules({ ...rules, ...definedOnly(input.rules) });
  const [baseline, ...followUps] = input.assessments;
  if (!baseline) throw new Error('unreachable: the schema requires a baseline assessment');
  const problems = validateBaseline({
    enrollmentDate: input.enrollmentDate,
    baselineDate: baseline.date,
    catalogue,
  });
  const hasTargets = catalogue.targets.length > 0;
  const baselineTenths = catalogue.targets.reduce((s, t) => s + (t.tenths ?? 0), 0);
  const scored = scoreTimepoints({ followUps, catalogue, baselineTenths, rules: effective });
  const timepoints = scored.timepoints;
  const bor: BestOverallResponse = deriveBestOverallResponse({
    referenceDate: input.enrollmentDate,
    rules: effective,
    responses: timepoints.map((t) => ({ date: t.date, response: t.overall })),
    newTherapyDate: input.newTherapyDate ?? null,
    targetDisease: hasTargets,
  });
  const lastCounting = lastCountingDate(timepoints, input.newTherapyDate ?? null);
  for (const t of timepoints)
    if (lastCounting !== null && compareDates(t.date, lastCounting) > 0)
      t.reasons.push(recistReason('recist.not-used-for-bor'));
  const flags = [
    ...(problems.length > 0 ? ['baseline-problems'] : []),
    ...scored.flags,
    ...bor.flags,
  ];
  return {
    ...(input.subjectId === undefined ? {} : { subjectId: input.subjectId }),
    rules: effective,
    baseline: {
      date: baseline.date,
      sumMm: hasTargets ? toMm(baselineTenths) : null,
      problems,
      reasons: hasTargets
        ? [
            recistReason('recist.baseline-sum', {
              sum: formatTenths(baselineTenths),
              count: catalogue.targets.length,
              targets: catalogue.targets
                .map((t) => `${t.id} ${formatMm(t.tenths ?? 0)}`)
                .join(', '),
            }),
          ]
        : [recistReason('recist.baseline-non-target-only')],
    },
    timepoints,
    bestOverallResponse: {
      confirmed: bor.confirmed,
      unconfirmed: bor.unconfirmed,
      reasons: bor.reasons,
    },
    bestPctChange: hasTargets ? bestPercentChange(timepoints, lastCounting) : null,
    progressionDate: bor.progressionDate,
    flags,
  };
}

/** The last assessment date that counts for best response: first PD, or new therapy start. */
function lastCountingDate(
  timepoints: readonly TimepointScore[],
  newTherapy: IsoDate | null,
): IsoDate | null {
  const pd = timepoints.find(
    (t) => t.overall === 'PD' && (newTherapy === null || compareDates(t.date, newTherapy) <= 0),
  );
  return pd?.date ?? newTherapy;
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
