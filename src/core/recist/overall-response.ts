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
import type {
  NewLesionResponse,
  NonTargetResponse,
  TargetResponse,
  TimepointResponse,
} from './response-codes.ts';

export interface OverallResult {
  response: TimepointResponse;
  reasons: string[];
}

/**
 * Combines target, non-target and new-lesion responses.
 *
 * @example combineOverallResponse({ target: 'CR', nonTarget: 'NON-CR/NON-PD', newLesion: 'NO' })
 * // → { response: 'PR', reasons: ['target CR + non-target NON-CR/NON-PD + no new lesion → PR (RECIST 1.1 Table 1)'] }
 */
export function combineOverallResponse(parts: {
  target: TargetResponse | null;
  nonTarget: NonTargetResponse | null;
  newLesion: NewLesionResponse;
}): OverallResult {
  const { target, nonTarget, newLesion } = parts;
  const table = target === null ? 'Table 2' : 'Table 1';
  const shown = [
    target === null ? 'no target disease' : `target ${target}`,
    nonTarget === null ? 'no non-target disease' : `non-target ${nonTarget}`,
    newLesion === 'YES'
      ? 'new lesion'
      : newLesion === 'EQUIVOCAL'
        ? 'equivocal new lesion only'
        : 'no new lesion',
  ].join(' + ');
  const result = (response: TimepointResponse): OverallResult => ({
    response,
    reasons: [`${shown} → ${response} (RECIST 1.1 ${table})`],
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
