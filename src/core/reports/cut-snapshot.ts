/**
 * The data-cut snapshot document: every clinical table's rows as stored (snake_case columns,
 * booleans 0/1, JSON as text, decimals as text), rows sorted by id, plus what identifies the
 * cut. The snapshot is the database as it stood when the cut was taken (the audit-chain head
 * names that instant); the cut-off date is applied by the derivations (study overview `asOf`,
 * listings filtered on their clinical dates), the way an analysis data set is cut.
 */

/** Tables frozen in a cut: the clinical data, the sites and the protocol versions in force. */
export const SNAPSHOT_TABLES = [
  'protocol_versions',
  'sites',
  'subjects',
  'consents',
  'medical_history',
  'men1_manifestations',
  'prior_therapies',
  'men1_results',
  'eligibility_answers',
  'visits',
  'assessment_results',
  'tumour_assessments',
  'dispensations',
  'drug_returns',
  'dose_changes',
  'missed_doses',
  'treatment_ends',
  'dispositions',
  'adverse_events',
  'concomitant_medications',
  'protocol_deviations',
  'safety_alerts',
  'specimens',
  'specimen_processing_steps',
  'custody_events',
  'specimen_uses',
  'shipments',
  'shipment_items',
  'men1_result_details',
] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** A stored row: column → text, integer or null. */
export type SnapshotRow = Record<string, string | number | null>;

export interface CutSnapshot {
  format: 'oncotrial-data-cut/1';
  name: string;
  studyId: string;
  /** Clinical cut-off date (inclusive). */
  cutoffDate: string;
  /** Server UTC instant the snapshot was taken — the only timestamp a report prints. */
  takenAt: string;
  /** Audit-chain head the snapshot reflects. */
  auditSeq: number;
  auditHash: string;
  tables: Record<SnapshotTable, SnapshotRow[]>;
}

/** Row order inside a table: by `id` (protocol versions by version), so the document is canonical. */
export function rowKey(table: SnapshotTable, row: SnapshotRow): string {
  return table === 'protocol_versions' ? `${row.study_id}|${row.version}` : String(row.id ?? '');
}

/** @example sortRows('sites', rows)[0].id */
export function sortRows(table: SnapshotTable, rows: SnapshotRow[]): SnapshotRow[] {
  return [...rows].sort((a, b) => {
    const x = rowKey(table, a);
    const y = rowKey(table, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
