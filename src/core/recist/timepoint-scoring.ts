/**
 * Scores every post-baseline assessment of a subject in date order: sum of diameters, nadir,
 * changes from baseline and nadir, target / non-target / new-lesion responses and the overall
 * response, each with its reasons.
 *
 * The nadir is the smallest complete sum before the assessment, baseline included (RECIST 1.1
 * §4.3.1); incomplete sums never lower it. An equivocal new lesion that a later scan confirms
 * makes PD at the scan where it was first seen (RECIST 1.1 §4.3.5), so that scan's overall
 * response is rewritten to PD after the pass.
 */
import type { IsoDate } from '../shared/calendar-date.ts';
import type { Reason } from '../shared/reason.ts';
import type { LesionCatalogue } from './lesion-catalogue.ts';
import { classifyNewLesions } from './new-lesion-response.ts';
import { classifyNonTargetResponse } from './non-target-response.ts';
import { combineOverallResponse } from './overall-response.ts';
import type { Assessment, LesionRecord } from './recist-input.schema.ts';
import { recistReason } from './recist-reason.ts';
import type { RecistRules } from './recist-rules.ts';
import type {
  NewLesionResponse,
  NonTargetResponse,
  TargetResponse,
  TimepointResponse,
} from './response-codes.ts';
import { measureTargets } from './sum-of-diameters.ts';
import { classifyTargetResponse } from './target-response.ts';
import { percentChange, type Tenths, toMm } from './tenths.ts';

export interface TimepointScore {
  date: IsoDate;
  /** Sum of target diameters; null when a target was not assessed or there are no targets. */
  sumMm: number | null;
  /** The nadir this assessment is compared with (smallest earlier complete sum, baseline included). */
  nadirMm: number | null;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  /** null: no target lesion at baseline. */
  target: TargetResponse | null;
  /** null: no non-target lesion at baseline. */
  nonTarget: NonTargetResponse | null;
  newLesion: NewLesionResponse;
  overall: TimepointResponse;
  reasons: Reason[];
}

/**
 * Scores the follow-up assessments (baseline excluded) of one checked subject.
 *
 * @example
 * scoreTimepoints({ followUps, catalogue, baselineTenths: 330, rules: DEFAULT_RECIST_RULES })
 * // → { timepoints: [{ date: '2026-03-05', sumMm: 23.1, nadirMm: 33, changeFromBaselinePct: -30, …, overall: 'PR', reasons: [...] }], flags: [] }
 */
export function scoreTimepoints(input: {
  followUps: readonly Assessment[];
  catalogue: LesionCatalogue;
  baselineTenths: Tenths;
  rules: RecistRules;
}): { timepoints: TimepointScore[]; flags: string[] } {
  const { catalogue, baselineTenths, rules } = input;
  const hasTargets = catalogue.targets.length > 0;
  let nadir = baselineTenths;
  let afterCompleteResponse = false;
  let afterPartialResponse = false;
  const firstEquivocal = new Map<string, number>();
  const confirmedEquivocal: Array<{ id: string; first: number; confirmed: number }> = [];
  const scores: TimepointScore[] = [];

  input.followUps.forEach((a, index) => {
    const observed = new Map<string, LesionRecord>();
    const newLesions: LesionRecord[] = [];
    for (const l of a.lesions) {
      observed.set(l.id, l);
      if (!catalogue.byId.has(l.id)) newLesions.push(l);
    }
    const m = measureTargets(catalogue.targets, observed);
    const target = hasTargets
      ? classifyTargetResponse({
          measurement: m,
          baselineTenths,
          nadirTenths: nadir,
          afterCompleteResponse,
          afterPartialResponse,
          rules,
        })
      : null;
    const nonTarget = classifyNonTargetResponse({
      nonTargets: catalogue.nonTargets,
      observed,
      tumorMarkersNormal: a.tumorMarkersNormal,
      afterCompleteResponse,
    });
    const fresh = classifyNewLesions(newLesions);
    for (const id of fresh.equivocal) if (!firstEquivocal.has(id)) firstEquivocal.set(id, index);
    for (const id of fresh.unequivocal) {
      const first = firstEquivocal.get(id);
      if (first !== undefined) {
        confirmedEquivocal.push({ id, first, confirmed: index });
        firstEquivocal.delete(id);
      }
    }
    const overall = combineOverallResponse({
      target: target?.response ?? null,
      nonTarget: nonTarget.response,
      newLesion: fresh.response,
    });
    const complete = hasTargets && m.missing.length === 0;
    scores.push({
      date: a.date,
      sumMm: complete ? toMm(m.sumTenths) : null,
      nadirMm: hasTargets ? toMm(nadir) : null,
      changeFromBaselinePct: complete ? percentChange(m.sumTenths, baselineTenths) : null,
      changeFromNadirPct: complete ? percentChange(m.sumTenths, nadir) : null,
      target: target?.response ?? null,
      nonTarget: nonTarget.response,
      newLesion: fresh.response,
      overall: overall.response,
      reasons: [
        ...(target?.reasons ?? []),
        ...nonTarget.reasons,
        ...fresh.reasons,
        ...overall.reasons,
      ],
    });
    if (complete && m.sumTenths < nadir) nadir = m.sumTenths;
    if (overall.response === 'CR') afterCompleteResponse = true;
    if (target?.response === 'PR' || target?.response === 'CR') afterPartialResponse = true;
  });

  for (const { id, first, confirmed } of confirmedEquivocal)
    backdateProgression(scores, id, first, confirmed);
  return {
    timepoints: scores,
    flags: confirmedEquivocal.length > 0 ? ['equivocal-new-lesion-confirmed'] : [],
  };
}

/** RECIST 1.1 §4.3.5: a confirmed equivocal new lesion dates PD back to its first sighting. */
function backdateProgression(
  scores: TimepointScore[],
  id: string,
  first: number,
  confirmed: number,
): void {
  const at = scores[first];
  const later = scores[confirmed];
  if (!at || !later) return;
  at.reasons.push(recistReason('recist.new-lesion-dated-back', { id, confirmedDate: later.date }));
  later.reasons.push(recistReason('recist.new-lesion-first-seen', { id, firstDate: at.date }));
  at.newLesion = 'YES';
  at.overall = 'PD';
}
