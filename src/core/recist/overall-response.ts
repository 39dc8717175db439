/**
 * Overall response at one assessment from its three parts (RECIST 1.1 §4.4.1):
 * Table 1 for subjects with target disease, Table 2 for non-target-only disease.
 *
 * | target | non-target            | new | overall |
 * |--------|-----------------------|-----|---------|
 * | CR     | CR (or none)          | no  | CR      |
 * | CR     | NON-CR/NON-PD or NE   | no  | PR      |
 * | PR     | not PD                | no  | PR      |
 * | SD     | not PD                | no  | SD      |
 * | NE     | not PD                | no  | NE      |
 * | PD     | any                   | any | PD      |
 * | any    | PD                    | any | PD      |
 * | any    | any                   | yes | PD      |
 *
 * Without targets: CR / NON-CR/NON-PD / NE follow the non-target response (Table 2).
 * An equivocal new lesion counts as "no" until confirmed.
 */
import type { Reason } from '../shared/reason.ts';
import { recistReason } from './recist-reason.ts';
import type {
  NewLesionResponse,
  NonTargetResponse,
  TargetResponse,
  TimepointResponse,
} from './response-codes.ts';

export interface OverallResult {
  response: TimepointResponse;
  reasons: Reason[];
}

/**
 * Combines target, non-target and new-lesion responses.
 *
 * @example combineOverallResponse({ target: 'CR', nonTarget: 'NON-CR/NON-PD', newLesion: 'NO' })
 * // → { response: 'PR', reasons: [{ code: 'recist.overall-t-nt-none', params: { target: 'CR', nonTarget: 'NON-CR/NON-PD', response: 'PR' },
//      text: 'target CR + non-target NON-CR/NON-PD + no new lesion → PR (RECIST 1.1 Table 1)' }] }
 */
export function combineOverallResponse(parts: {
  target: TargetResponse | null;
  nonTarget: NonTargetResponse | null;
  newLesion: NewLesionResponse;
}): OverallResult {
  const { target, nonTarget, newLesion } = parts;
  const result = (response: TimepointResponse): OverallResult => ({
    response,
    reasons: [overallReason(target, nonTarget, newLesion, response)],
  });
  if (target === 'PD' || nonTarget === 'PD' || newLesion === 'YES') return result('PD');
  if (target !== null) {
    switch (target) {
      case 'CR':
        return result(nonTarget === null || nonTarget === 'CR' ? 'CR' : 'PR');
      case 'PR':
      case 'SD':
      case 'NE':
        return result(target);
      default: {
        const never: never = target;
        return never;
      }
    }
  }
  if (nonTarget === null) return result('NE');
  return result(nonTarget);
}

/** The line naming the three parts and the table row they select (Table 1 with targets, else Table 2). */
function overallReason(
  target: TargetResponse | null,
  nonTarget: NonTargetResponse | null,
  newLesion: NewLesionResponse,
  response: TimepointResponse,
): Reason {
  const n = newLesion === 'YES' ? 'new' : newLesion === 'EQUIVOCAL' ? 'equivocal' : 'none';
  if (target !== null && nonTarget !== null)
    return recistReason(`recist.overall-t-nt-${n}`, { target, nonTarget, response });
  if (target !== null) return recistReason(`recist.overall-t-${n}`, { target, response });
  if (nonTarget !== null) return recistReason(`recist.overall-nt-${n}`, { nonTarget, response });
  return recistReason(`recist.overall-no-disease-${n}`, { response });
}
