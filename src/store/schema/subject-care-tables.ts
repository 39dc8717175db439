/**
 * What happens to a subject on study: visits and their assessment panel results (LB, VS, EG,
 * PE…), tumour measurements (TU/TR, in the RECIST engine's lesion shape), drug dispensing and
 * return (DA), dose changes and missed doses (EC), end of treatment and the disposition (DS).
 * Lab values are decimal text with their unit and reference range.
 */
import type { SubjectRecordColumns } from './subject-tables.ts';

export interface VisitsTable extends SubjectRecordColumns {
  /** A visit kind of the protocol (screening, cycle-day-1, tumour-evaluation…). */
  kind: string;
  visit_date: string;
  cycle: number | null;
}

export interface AssessmentResultsTable extends SubjectRecordColumns {
  visit_id: string;
  panel_id: string;
  item_code: string;
  /** As written (decimal text for numbers); null = not done. */
  value: string | null;
  unit: string | null;
  reference_low: string | null;
  reference_high: string | null;
}

export interface TumourAssessmentsTable extends SubjectRecordColumns {
  visit_id: string;
  /** site | independent (the independent radiology reviewer's read). */
  reader: string;
  assessment_date: string;
  /** JSON array of RECIST lesion records (`core/recist/recist-input.schema.ts`). */
  lesions: string;
  tumour_markers_normal: number | null;
  /** The reader's own overall response (RECIST time-point code), beside the engine's. */
  investigator_response: string | null;
}

export interface DispensationsTable extends SubjectRecordColumns {
  cycle: number;
  dispensed_date: string;
  tablets_dispensed: number;
}

export interface DrugReturnsTable extends SubjectRecordColumns {
  dispensation_id: string;
  return_date: string;
  tablets_returned: number;
}

export interface DoseChangesTable extends SubjectRecordColumns {
  /** interruption | reduction | resumption */
  kind: string;
  change_date: string;
  /** Decimal text; null for an interruption. */
  dose_mg: string | null;
  reason: string;
}

export interface MissedDosesTable extends SubjectRecordColumns {
  missed_date: string;
  reason: string | null;
}

export interface TreatmentEndsTable extends SubjectRecordColumns {
  last_dose_date: string;
  reason: string;
  details: string | null;
}

export interface DispositionsTable extends SubjectRecordColumns {
  end_of_study_date: string | null;
  death_date: string | null;
  death_cause: string | null;
  lost_to_follow_up_date: string | null;
  last_known_alive_date: string | null;
  new_anticancer_therapy_date: string | null;
  new_anticancer_therapy: string | null;
}
