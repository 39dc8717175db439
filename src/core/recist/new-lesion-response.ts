/**
 * New lesions at one assessment (RECIST 1.1 §4.3.5): an unequivocal new lesion is PD; an
 * equivocal one is not yet PD but is followed — if a later scan confirms it, PD is dated back
 * to the scan where it was first seen (see `timepoint-scoring.ts`). A lesion in a region not
 * scanned at baseline is new too: record it with kind "new".
 */
import type { Reason } from '../shared/reason.ts';
import type { LesionRecord } from './recist-input.schema.ts';
import { recistReason } from './recist-reason.ts';
import type { NewLesionResponse } from './response-codes.ts';

export interface NewLesionResult {
  response: NewLesionResponse;
  /** Ids seen equivocal at this assessment. */
  equivocal: string[];
  /** Ids seen unequivocal at this assessment. */
  unequivocal: string[];
  reasons: Reason[];
}

/**
 * Classifies the new lesions reported at one assessment. A new lesion without a status is
 * unequivocal (RECIST 1.1 §4.3.5: a new lesion means PD unless it is equivocal).
 *
 * @example
 * classifyNewLesions([{ id: 'N1', kind: 'new', status: 'equivocal' }])
 * // → { response: 'EQUIVOCAL', equivocal: ['N1'], unequivocal: [], reasons: [{ code: 'recist.new-lesion-equivocal', params: { ids: 'N1' }, text: 'new lesion N1 equivocal: not PD yet, followed (RECIST 1.1 §4.3.5)' }] }
 */
export function classifyNewLesions(newLesions: readonly LesionRecord[]): NewLesionResult {
  const equivocal: string[] = [];
  const unequivocal: string[] = [];
  for (const l of newLesions) (l.status === 'equivocal' ? equivocal : unequivocal).push(l.id);
  equivocal.sort();
  unequivocal.sort();
  if (unequivocal.length > 0)
    return {
      response: 'YES',
      equivocal,
      unequivocal,
      reasons: [recistReason('recist.new-lesion-pd', { ids: unequivocal.join(', ') })],
    };
  if (equivocal.length > 0)
    return {
      response: 'EQUIVOCAL',
      equivocal,
      unequivocal,
      reasons: [recistReason('recist.new-lesion-equivocal', { ids: equivocal.join(', ') })],
    };
  return { response: 'NO', equivocal, unequivocal, reasons: [] };
}
