/**
 * Objective response rate (confirmed CR + PR) and disease-control rate (CR + PR + SD, SD
 * counting only once it lasted `sdMinDays` — which the confirmed BOR already enforces — and
 * NON-CR/NON-PD as the SD of non-target-only disease), each with the exact Clopper–Pearson
 * interval, on every analysis population; the primary figure on the response-evaluable one.
 */
import type { BorResponse } from '../recist/response-codes.ts';
import { type BinomialCi, binomialCi } from '../stats/binomial-ci.ts';
import {
  ANALYSIS_POPULATIONS,
  type AnalysisPopulation,
  inPopulation,
  type PopulationMembership,
} from './analysis-populations.ts';

export interface RateInPopulation extends BinomialCi {
  population: AnalysisPopulation;
  /** Subjects counted (numerator). */
  x: number;
  /** Subjects in the population (denominator). */
  n: number;
}

export interface ResponseRate extends RateInPopulation {
  definition: string;
  method: 'clopper-pearson';
  confLevel: number;
  byPopulation: RateInPopulation[];
}

export const isObjectiveResponse = (bor: BorResponse): boolean => bor === 'CR' || bor === 'PR';
export const isDiseaseControl = (bor: BorResponse): boolean =>
  bor === 'CR' || bor === 'PR' || bor === 'SD' || bor === 'NON-CR/NON-PD';

/**
 * @example responseRate(subjects, isObjectiveResponse, 'confirmed CR + PR', 0.95)
 * // { population: 'response-evaluable', x: 2, n: 10, estimate: 0.2, lower: 0.0252, upper: 0.5561, … }
 */
export function responseRate(
  subjects: ReadonlyArray<{ membership: PopulationMembership; bor: BorResponse }>,
  counts: (bor: BorResponse) => boolean,
  definition: string,
  confLevel: number,
  primary: AnalysisPopulation = 'response-evaluable',
): ResponseRate {
  const byPopulation = ANALYSIS_POPULATIONS.map((population) => {
    const members = subjects.filter((s) => inPopulation(s.membership, population));
    const x = members.filter((s) => counts(s.bor)).length;
    return { population, x, n: members.length, ...binomialCi(x, members.length, confLevel) };
  });
  const main = byPopulation.find((r) => r.population === primary) as RateInPopulation;
  return { ...main, definition, method: 'clopper-pearson', confLevel, byPopulation };
}
