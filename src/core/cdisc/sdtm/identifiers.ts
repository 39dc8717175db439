/**
 * SDTM identifier variables shared by every domain (SDTMIG 3.4 §4.1.2) and the identifiers of a
 * subject: STUDYID is the study definition's id, USUBJID is STUDYID + subject code, unique
 * across the submission.
 */
import { char } from '../format/variable-builders.ts';

export const STUDYID = char('STUDYID', 'Study Identifier', 40, { keySequence: 1, mandatory: true });
export const domainVariable = char('DOMAIN', 'Domain Abbreviation', 2, { mandatory: true });
export const USUBJID = char('USUBJID', 'Unique Subject Identifier', 64, {
  keySequence: 2,
  mandatory: true,
});

/** @example usubjid('leflunomide-men1-phase2', '01-003') // 'leflunomide-men1-phase2-01-003' */
export function usubjid(studyId: string, subjectCode: string): string {
  return `${studyId}-${subjectCode}`;
}
