/**
 * Subjects and their screening records (SDTM DM, MH, DS consent, MEN1 genetic results, the
 * eligibility checklist answers). Every record carries `subject_id` and `site_id` so site
 * isolation is a WHERE clause. Dates are ISO text (partial dates where SDTM allows them);
 * booleans 0/1.
 */

/** Columns every subject record shares. */
export interface SubjectRecordColumns {
  id: string;
  subject_id: string;
  site_id: string;
  /** Server UTC instant of the command that created it (orders same-day records). */
  created_at: string;
}

export interface SubjectsTable {
  id: string;
  study_id: string;
  site_id: string;
  /** Unique per study; given at screening. */
  screening_number: string;
  /** Assigned at enrolment, e.g. `BJ01-001`; null before. */
  subject_code: string | null;
  /** SDTM SEX: M, F, U. */
  sex: string | null;
  /** SDTM BRTHDTC: YYYY, YYYY-MM or YYYY-MM-DD. */
  birth_date: string | null;
  /** SDTM ETHNIC. */
  ethnicity: string | null;
  /** SDTM RACE. */
  race: string | null;
  /** Day 1 = first dose = origin of PFS and OS. */
  enrollment_date: string | null;
  enrolled_at: string | null;
  screen_failure_date: string | null;
  screen_failure_reason: string | null;
  created_at: string;
}

export interface ConsentsTable extends SubjectRecordColumns {
  /** main | biobank-storage | genetic-testing */
  kind: string;
  version: string;
  signed_date: string;
  withdrawn_date: string | null;
  withdrawal_reason: string | null;
}

export interface MedicalHistoryTable extends SubjectRecordColumns {
  term: string;
  start_date: string | null;
  end_date: string | null;
  ongoing: number;
}

export interface Men1ManifestationsTable extends SubjectRecordColumns {
  /** parathyroid | pituitary | pancreatic-duodenal-net | adrenal | thymic-carcinoid | bronchial-carcinoid | other */
  manifestation: string;
  diagnosis_date: string | null;
  details: string | null;
}

export interface PriorTherapiesTable extends SubjectRecordColumns {
  /** surgery | radiotherapy | systemic | prrt | locoregional | other */
  category: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
  best_response: string | null;
}

export interface Men1ResultsTable extends SubjectRecordColumns {
  /** blood | tumour */
  sample: string;
  /** germline | somatic */
  origin: string;
  hgvs_c: string;
  hgvs_p: string | null;
  /** pathogenic | likely-pathogenic | VUS | likely-benign | benign */
  classification: string;
  lab: string | null;
  report_date: string | null;
}

export interface EligibilityAnswersTable extends SubjectRecordColumns {
  criterion_id: string;
  met: number;
  evidence: string;
}
