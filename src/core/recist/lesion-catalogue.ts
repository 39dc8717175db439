/**
 * The lesions chosen at baseline, looked up by id at every later assessment. Targets and
 * non-targets are fixed at baseline (RECIST 1.1 §4.2); anything that appears later is a new
 * lesion. Lists are sorted by id so that results never depend on the order lesions were typed in.
 */
import type { Tenths } from './tenths.ts';

export interface BaselineLesion {
  id: string;
  kind: 'target' | 'non-target';
  organ: string;
  nodal: boolean;
  /** Baseline diameter (targets always; non-targets when given). */
  tenths: Tenths | null;
  sliceThicknessMm: number | null;
  /** Where the lesion was given, for problems: `assessments.0.lesions.N`. */
  path: string;
}

export interface LesionCatalogue {
  targets: BaselineLesion[];
  nonTargets: BaselineLesion[];
  byId: Map<string, BaselineLesion>;
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the catalogue from baseline lesions already checked for completeness. */
export function buildCatalogue(lesions: BaselineLesion[]): LesionCatalogue {
  const sorted = [...lesions].sort(byId);
  return {
    targets: sorted.filter((l) => l.kind === 'target'),
    nonTargets: sorted.filter((l) => l.kind === 'non-target'),
    byId: new Map(sorted.map((l) => [l.id, l])),
  };
}
