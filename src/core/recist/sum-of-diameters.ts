/**
 * Sum of diameters (SOD) of the target lesions at one assessment (RECIST 1.1 §4.3.1–4.3.2):
 * longest diameter of non-nodal targets plus short axis of nodal targets; "too small to
 * measure" counts 5 mm; a disappeared target counts 0 mm (a node keeps its short axis, so a
 * CR sum can be above 0); a split lesion adds its pieces; a lesion merged into another counts
 * 0 mm because the merged lesion is measured once, on the other.
 */

import type { Reason } from '../shared/reason.ts';
import type { BaselineLesion } from './lesion-catalogue.ts';
import type { LesionRecord } from './recist-input.schema.ts';
import { recistReason } from './recist-reason.ts';
import { formatMm, formatTenths, type Tenths, toTenths } from './tenths.ts';

/** RECIST 1.1 §4.3.2: a target too small to measure is recorded as 5 mm. */
export const TOO_SMALL: Tenths = 50;
/** RECIST 1.1 §4.3.1: a node under 10 mm short axis is normal. */
export const NORMAL_NODE_BELOW: Tenths = 100;

export interface TargetMeasurement {
  /** Sum of the targets that were evaluated (all of them when `missing` is empty). */
  sumTenths: Tenths;
  /** Targets not assessed or not reported at this assessment, by id. */
  missing: string[];
  /** Non-nodal targets still visible (diameter > 0), by id. */
  nonNodalPresent: string[];
  /** Target nodes with short axis ≥ 10 mm, by id. */
  abnormalNodes: string[];
  /** Why a lesion counts what it counts, when it is not a plain measurement. */
  notes: Reason[];
}

/**
 * Measures the baseline targets at one assessment.
 *
 * @example
 * measureTargets(targets, new Map([['T1', { id: 'T1', status: 'too-small' }], ['T2', { id: 'T2', diameterMm: 12 }]]))
 * // → { sumTenths: 170, missing: [], nonNodalPresent: ['T1', 'T2'], abnormalNodes: [], notes: [{ code: 'recist.target-too-small', params: { id: 'T1' }, text: 'target T1 too small to measure → 5.0 mm (RECIST 1.1 §4.3.2)' }] }
 */
export function measureTargets(
  targets: readonly BaselineLesion[],
  observed: ReadonlyMap<string, LesionRecord>,
): TargetMeasurement {
  const m: TargetMeasurement = {
    sumTenths: 0,
    missing: [],
    nonNodalPresent: [],
    abnormalNodes: [],
    notes: [],
  };
  for (const t of targets) {
    const value = targetValue(t, observed.get(t.id), m.notes);
    if (value === null) {
      m.missing.push(t.id);
      continue;
    }
    m.sumTenths += value;
    if (t.nodal) {
      if (value >= NORMAL_NODE_BELOW) m.abnormalNodes.push(t.id);
    } else if (value > 0) m.nonNodalPresent.push(t.id);
  }
  return m;
}

/** The tenths one target contributes, or null when it was not evaluated. */
function targetValue(
  t: BaselineLesion,
  o: LesionRecord | undefined,
  notes: Reason[],
): Tenths | null {
  if (o === undefined) {
    notes.push(recistReason('recist.target-not-reported', { id: t.id }));
    return null;
  }
  if (o.diameterMm !== undefined) return toTenths(o.diameterMm);
  if (o.fragmentsMm !== undefined) {
    const pieces = o.fragmentsMm.map(toTenths);
    const total = pieces.reduce((a, b) => a + b, 0);
    notes.push(
      recistReason('recist.target-split', {
        id: t.id,
        pieces: pieces.map(formatMm).join(' + '),
        total: formatTenths(total),
      }),
    );
    return total;
  }
  if (o.mergedInto !== undefined) {
    notes.push(recistReason('recist.target-merged', { id: t.id, into: o.mergedInto }));
    return 0;
  }
  switch (o.status) {
    case 'too-small':
      notes.push(recistReason('recist.target-too-small', { id: t.id }));
      return TOO_SMALL;
    case 'absent':
      notes.push(recistReason('recist.target-disappeared', { id: t.id }));
      return 0;
    default:
      notes.push(recistReason('recist.target-not-assessed', { id: t.id }));
      return null;
  }
}
