/**
 * A response-evaluable subject's outcome for the interim (Simon) decision: `response` once the
 * confirmed BOR is CR or PR; `no-response` once it can no longer become one; else `pending`.
 *
 * It can no longer become one after progression, death or new anticancer therapy (the BOR data
 * are cut there), once follow-up passed the horizon, or when the record says evaluation is
 * complete. Without a data cut-off date the analysis is taken as final (database lock): every
 * non-responder counts as evaluated.
 */
import type { BestOverallResponse } from '../recist/best-overall-response.ts';
import type { IsoDate } from '../shared/calendar-date.ts';
import type { ResponseOutcome } from '../stats/simon-decision.ts';
import type { SubjectRecord } from './subject-record.schema.ts';
import { durationDays } from './time-to-event.ts';

/**
 * @example responseOutcome(subject, bor, null, 252) // 'no-response' (final analysis)
 */
export function responseOutcome(
  subject: SubjectRecord,
  bor: BestOverallResponse,
  dataCutoffDate: IsoDate | null,
  horizonDays: number,
): ResponseOutcome {
  if (bor.confirmed.response === 'CR' || bor.confirmed.response === 'PR') return 'response';
  const final =
    dataCutoffDate === null ||
    subject.responseEvaluationComplete === true ||
    bor.progressionDate !== null ||
    Boolean(subject.deathDate) ||
    Boolean(subject.newAnticancerTherapyDate) ||
    durationDays(subject.enrolmentDate, dataCutoffDate) > horizonDays;
  return final ? 'no-response' : 'pending';
}
