/**
 * Safety records (issue 6): adverse events, concomitant medications, protocol deviations and
 * materialised safety alerts. Every row carries `subject_id` and `site_id` so site isolation is a
 * WHERE clause. Dates are ISO text (partial `YYYY`/`YYYY-MM` where a medication history allows),
 * instants ISO UTC text, booleans 0/1, lists and derived details JSON text decoded at the
 * repository edge.
 */
import type { SubjectRecordColumns } from './subject-tables.ts';

export interface AdverseEventsTable extends SubjectRecordColumns {
  /** CTCAE v5.0 term as reported. */
  term: string;
  ctcae_version: string;
  /** MedDRA coding, for sites that hold a licence; all optional. */
  meddra_version: string | null;
  meddra_llt_code: string | null;
  meddra_pt_code: string | null;
  meddra_soc_code: string | null;
  onset_date: string;
  resolution_date: string | null;
  grade: number;
  /** 1 when any seriousness criterion is met. */
  serious: number;
  /** JSON array of seriousness criteria (core `SeriousnessCriterion`). */
  serious_criteria: string;
  /** related | possibly-related | unlikely-related | not-related */
  relatedness: string;
  /** CDISC AEACN-like: dose-not-changed | dose-reduced | drug-interrupted | drug-withdrawn | not-applicable | unknown */
  action_taken: string;
  /** core `AeOutcome` */
  outcome: string;
  /** When the site became aware (UTC instant); starts the SAE 24 h clock. */
  awareness_at: string | null;
  /** When the SAE was reported to the sponsor (UTC instant). */
  sae_reported_at: string | null;
}

export interface ConcomitantMedicationsTable extends SubjectRecordColumns {
  name: string;
  atc_code: string | null;
  dose: string | null;
  dose_unit: string | null;
  route: string | null;
  frequency: string | null;
  indication: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null = unknown. */
  start_date: string | null;
  /** Partial date as above; null = ongoing. */
  stop_date: string | null;
  /** prohibited | review | allowed: the core matcher's verdict at the last save. */
  screening: string;
  /** overlaps | possibly-overlaps | no-overlap | not-on-treatment */
  overlap: string;
  /** JSON: the matcher's and the overlap's rule, category and reasons. */
  screening_detail: string;
}

export interface ProtocolDeviationsTable extends SubjectRecordColumns {
  /** manual | automatic */
  origin: string;
  category: string;
  /** minor | major | critical */
  severity: string;
  deviation_date: string;
  description: string;
  /** JSON of the coded description (core `Reason`) of an automatic deviation (migration 0011). */
  description_reason: string | null;
  /** Rule of an automatic deviation; null for a manual one. */
  rule: string | null;
  /** The record that caused an automatic deviation (e.g. concomitant-medication + id). */
  source_type: string | null;
  source_id: string | null;
}

export interface SafetyAlertsTable extends SubjectRecordColumns {
  /** liver rule kinds (core `LiverAlertKind`), prohibited-medication, serious-adverse-event */
  kind: string;
  /** info | warning | critical */
  severity: string;
  /** Deterministic key: one alert per subject and key. */
  alert_key: string;
  rule: string;
  summary: string;
  /** JSON: the core alert value with its reasons. */
  details: string;
  /** open | acknowledged | resolved */
  status: string;
  source_type: string | null;
  source_id: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
  resolved_at: string | null;
  resolution: string | null;
}
