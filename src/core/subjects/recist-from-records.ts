/**
 * Turns a subject's stored tumour assessments into the RECIST engine's input, and reads the
 * "measurable disease" eligibility evidence from the baseline scan.
 *
 * Baseline (RECIST 1.1 §4.2): the last assessment on or before day 1 (treatment start); earlier
 * pre-treatment scans are set aside and listed. Without a pre-treatment scan, the first one is
 * passed as the baseline and the engine reports it (`recist-baseline-window`).
 */
import { validateBaseline } from '../recist/baseline-validation.ts';
import { checkRecistInput } from '../recist/input-consistency.ts';
import type { Assessment, RecistSubjectInput } from '../recist/recist-input.schema.ts';
import { labelledReason, recistReason } from '../recist/recist-reason.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';

export interface RecistFromRecords {
  input: RecistSubjectInput;
  /** Pre-treatment scans not used as the baseline. */
  setAside: Reason[];
}

/**
 * @example recistInputFromRecords('2026-01-05', [screeningScan, week8Scan], null)?.input.assessments.length // 2
 */
export function recistInputFromRecords(
  enrollmentDate: IsoDate,
  assessments: readonly Assessment[],
  newTherapyDate: IsoDate | null,
  subjectId?: string,
): RecistFromRecords | null {
  const sorted = [...assessments].sort((a, b) => compareDates(a.date, b.date));
  if (sorted.length === 0) return null;
  const pre = sorted.filter((a) => compareDates(a.date, enrollmentDate) <= 0);
  const baseline = pre.at(-1) ?? sorted[0];
  if (!baseline) return null;
  const post = sorted.filter((a) => compareDates(a.date, baseline.date) > 0);
  return {
    input: {
      ...(subjectId === undefined ? {} : { subjectId }),
      enrollmentDate,
      newTherapyDate,
      assessments: [baseline, ...post],
    },
    setAside: pre
      .slice(0, -1)
      .map((a) =>
        recistReason('recist.scan-set-aside', { date: a.date, baselineDate: baseline.date }),
      ),
  };
}

export interface MeasurableDiseaseEvidence {
  measurable: boolean;
  /** The count of measurable targets, then each measurability problem (English line: `rule: text`). */
  reasons: Reason[];
  baselineDate: IsoDate;
}

const MEASURABILITY_RULES = new Set([
  'recist-target-measurable',
  'recist-target-node-measurable',
  'recist-no-measurable-disease',
  'recist-no-disease',
]);

/**
 * Whether the baseline scan (the last one on or before `plannedStart`) shows at least one
 * measurable target lesion (RECIST 1.1 §3.1.1), with the engine's reasons.
 * @example measurableDiseaseFromRecords('2026-01-05', [scanWithA20mmLiverTarget]) // { measurable: true, … }
 */
export function measurableDiseaseFromRecords(
  plannedStart: IsoDate,
  assessments: readonly Assessment[],
): MeasurableDiseaseEvidence | undefined {
  const pre = [...assessments]
    .filter((a) => compareDates(a.date, plannedStart) <= 0)
    .sort((a, b) => compareDates(a.date, b.date));
  const baseline = pre.at(-1);
  if (!baseline) return undefined;
  const input: RecistSubjectInput = { enrollmentDate: plannedStart, assessments: [baseline] };
  const catalogue = checkRecistInput(input);
  const problems = validateBaseline({
    enrollmentDate: plannedStart,
    baselineDate: baseline.date,
    catalogue,
  }).filter((p) => MEASURABILITY_RULES.has(p.rule));
  const measurableTargets = catalogue.targets.filter(
    (t) => !problems.some((p) => p.path === t.path),
  );
  const measurable = measurableTargets.length > 0;
  return {
    measurable,
    baselineDate: baseline.date,
    reasons: [
      measurable
        ? recistReason('recist.measurable-targets', {
            date: baseline.date,
            count: measurableTargets.length,
            ids: measurableTargets.map((t) => t.id).join(', '),
          })
        : recistReason('recist.measurable-targets-none', { date: baseline.date }),
      ...problems.map((p) => labelledReason(p.rule, p.reason)),
    ],
  };
}
