/**
 * The protocol's analysis populations: enrolled (everyone, intention to treat); treated (at
 * least one dose); response-evaluable (measurable disease at baseline and treated) — the
 * denominator of the primary endpoint ORR.
 */
import type { SubjectRecord } from './subject-record.schema.ts';

export const ANALYSIS_POPULATIONS = ['enrolled', 'treated', 'response-evaluable'] as const;
export type AnalysisPopulation = (typeof ANALYSIS_POPULATIONS)[number];

export interface PopulationMembership {
  enrolled: true;
  treated: boolean;
  responseEvaluable: boolean;
  reasons: string[];
}

/**
 * @example populationMembership({ treatmentStartDate: '2026-01-01', measurableDiseaseAtBaseline: false, … })
 * // { enrolled: true, treated: true, responseEvaluable: false, reasons: ['no measurable disease at baseline: not response-evaluable'] }
 */
export function populationMembership(
  s: Pick<SubjectRecord, 'treatmentStartDate' | 'measurableDiseaseAtBaseline'>,
): PopulationMembership {
  const treated = Boolean(s.treatmentStartDate);
  const reasons: string[] = [];
  if (!treated) reasons.push('never treated: not in the treated or response-evaluable populations');
  if (!s.measurableDiseaseAtBaseline)
    reasons.push('no measurable disease at baseline: not response-evaluable');
  return {
    enrolled: true,
    treated,
    responseEvaluable: treated && s.measurableDiseaseAtBaseline,
    reasons,
  };
}

export function inPopulation(m: PopulationMembership, p: AnalysisPopulation): boolean {
  switch (p) {
    case 'enrolled':
      return true;
    case 'treated':
      return m.treated;
    case 'response-evaluable':
      return m.responseEvaluable;
    default: {
      const never: never = p;
      return never;
    }
  }
}
