/**
 * RECIST 1.1 response codes as the CDISC RS domain writes them (RSSTRESC), and the order in
 * which a best overall response prefers them.
 *
 * Time-point codes follow RECIST 1.1 §4.4.1 Tables 1 and 2: `NON-CR/NON-PD` only arises for
 * subjects whose disease is non-target only. `MISSING` is not a time-point response: it is the
 * best overall response of a subject with no post-baseline assessment (admiralonco `aval_resp`).
 */

/** Overall response at one assessment (RECIST 1.1 §4.4.1). */
export type TimepointResponse = 'CR' | 'PR' | 'SD' | 'NON-CR/NON-PD' | 'PD' | 'NE';

/** Best overall response: a time-point code, or `MISSING` when there was nothing to assess. */
export type BorResponse = TimepointResponse | 'MISSING';

/** Response of the target lesions (RECIST 1.1 §4.3.1). */
export type TargetResponse = 'CR' | 'PR' | 'SD' | 'PD' | 'NE';

/** Response of the non-target lesions (RECIST 1.1 §4.3.3). */
export type NonTargetResponse = 'CR' | 'NON-CR/NON-PD' | 'PD' | 'NE';

/** New-lesion finding at one assessment (CDISC NEWLIND-like: no, equivocal, yes). */
export type NewLesionResponse = 'NO' | 'EQUIVOCAL' | 'YES';

export const TIMEPOINT_RESPONSES = ['CR', 'PR', 'SD', 'NON-CR/NON-PD', 'PD', 'NE'] as const;
export const BOR_RESPONSES = [...TIMEPOINT_RESPONSES, 'MISSING'] as const;

/**
 * Preference order for a best response: lower is better. Same order as admiralonco's
 * `aval_resp` (CR 1 … MISSING 7).
 *
 * @example borRank('PR') < borRank('SD') // true
 */
export function borRank(code: BorResponse): number {
  switch (code) {
    case 'CR':
      return 1;
    case 'PR':
      return 2;
    case 'SD':
      return 3;
    case 'NON-CR/NON-PD':
      return 4;
    case 'PD':
      return 5;
    case 'NE':
      return 6;
    case 'MISSING':
      return 7;
    default: {
      const never: never = code;
      return never;
    }
  }
}
