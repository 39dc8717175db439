/**
 * Data cuts: named, immutable snapshots of the study's clinical tables at a cut-off date, with
 * the audit-chain head they were taken at and a SHA-256 of the canonical snapshot document.
 * The database refuses UPDATE and DELETE (migration 0008), like the audit trail.
 */
export interface DataCutsTable {
  id: string;
  /** Unique, chosen by the statistician (e.g. `interim-stage-1`). */
  name: string;
  study_id: string;
  /** Clinical cut-off date (inclusive), YYYY-MM-DD. */
  cutoff_date: string;
  /** Server UTC instant the snapshot was taken. */
  created_at: string;
  created_by: string;
  created_by_name: string;
  /** Audit-chain head (seq, hash) the snapshot reflects: every event up to it, none after. */
  audit_seq: number;
  audit_hash: string;
  /** SHA-256 (hex) of `snapshot`, the canonical JSON document. */
  content_hash: string;
  /** Canonical JSON (sorted keys, rows sorted by id) of every clinical table. */
  snapshot: string;
}
