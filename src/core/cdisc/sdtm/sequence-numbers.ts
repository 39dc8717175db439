/**
 * SDTM `--SEQ` (SDTMIG 3.4 §4.1.5): a number unique for each record within a subject in a
 * domain, here 1, 2, 3… in the order the rows are written. Rows stream grouped by subject; a
 * subject that comes back after another has started would break uniqueness, so it is refused.
 */
import { invalid } from '../../shared/domain-error.ts';

export interface Sequencer {
  /** The next --SEQ for this subject. */
  next(usubjid: string): number;
}

/**
 * @example
 * const seq = createSequencer('AE');
 * seq.next('S1') // 1; seq.next('S1') // 2; seq.next('S2') // 1; seq.next('S1') // throws
 */
export function createSequencer(domain: string): Sequencer {
  const finished = new Set<string>();
  let current: string | null = null;
  let n = 0;
  return {
    next(usubjid) {
      if (usubjid !== current) {
        if (finished.has(usubjid)) {
          throw invalid(
            `${domain}.USUBJID`,
            'rows-grouped-by-subject',
            `${usubjid} appears again after other subjects: --SEQ would repeat`,
          );
        }
        if (current !== null) finished.add(current);
        current = usubjid;
        n = 0;
      }
      n += 1;
      return n;
    },
  };
}
