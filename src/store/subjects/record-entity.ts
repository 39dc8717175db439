/**
 * Which record of a subject's file an id names, as the audit trail and data queries name it
 * (`entityType` as the write path audits it: `disposition`, `visit`, …). The date rules point at
 * records by id only; a query raised from them must name the record's kind too.
 */
import type { RecordTable, SubjectFile } from './subject-file.ts';

/** The audit entity type of each record table (the collections' `entityType`). */
export const ENTITY_TYPE_OF_TABLE: Record<RecordTable, string> = {
  consents: 'consent',
  medical_history: 'medical-history',
  men1_manifestations: 'men1-manifestation',
  prior_therapies: 'prior-therapy',
  men1_results: 'men1-result',
  eligibility_answers: 'eligibility-answer',
  visits: 'visit',
  assessment_results: 'assessment-result',
  tumour_assessments: 'tumour-assessment',
  dispensations: 'dispensation',
  drug_returns: 'drug-return',
  dose_changes: 'dose-change',
  missed_doses: 'missed-dose',
  treatment_ends: 'treatment-end',
  dispositions: 'disposition',
};

/**
 * The entity type of record `recordId` in `file` (`subject` for the subject row), or null when
 * the id is not in the file.
 * @example recordEntityType(file, file.dispositions[0].id) // 'disposition'
 */
export function recordEntityType(file: SubjectFile, recordId: string): string | null {
  if (recordId === file.subject.id) return 'subject';
  for (const [table, entityType] of Object.entries(ENTITY_TYPE_OF_TABLE) as Array<
    [RecordTable, string]
  >)
    if ((file[table] as Array<{ id: string }>).some((r) => r.id === recordId)) return entityType;
  return null;
}
