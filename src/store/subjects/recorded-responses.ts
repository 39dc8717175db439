/**
 * The overall responses the readers recorded on their tumour assessments (the investigator's
 * own response for site reads, the reviewer's for independent reads), by scan date, in the
 * shape the core compares with the RECIST engine.
 */
import type { TimepointResponse } from '../../core/recist/response-codes.ts';
import type { ReaderResponse } from '../../core/subjects/recist-agreement.ts';
import type { SubjectFile } from './subject-file.ts';

/** @example recordedResponses(file, 'site') // [{ date: '2025-10-27', response: 'PR' }] */
export function recordedResponses(
  file: SubjectFile,
  reader: 'site' | 'independent',
): ReaderResponse[] {
  return file.tumour_assessments
    .filter((t) => t.reader === reader && t.investigatorResponse !== null)
    .map((t) => ({
      date: t.assessmentDate,
      response: t.investigatorResponse as TimepointResponse,
    }));
}
