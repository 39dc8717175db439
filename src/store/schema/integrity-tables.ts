/** Locks, e-signatures, SDV marks and data queries. */
export interface RecordLocksTable {
  id: string;
  scope: 'study' | 'subject' | 'form';
  subject_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  site_id: string | null;
  locked_at: string;
  locked_by: string;
  reason: string;
  unlocked_at: string | null;
  unlocked_by: string | null;
  unlock_reason: string | null;
}

export interface SignaturesTable {
  id: string;
  scope: 'casebook' | 'form';
  subject_id: string;
  entity_type: string | null;
  entity_id: string | null;
  site_id: string | null;
  signer_id: string;
  /** Printed name of the signer (21 CFR 11.50(a)(1)). */
  signer_name: string;
  /** Meaning of the signature (21 CFR 11.50(a)(3)), e.g. "I approve". */
  meaning: string;
  signed_at: string;
  /** The audit event that was the record's latest version when signed: binds the signature to it. */
  record_seq: number;
  record_hash: string;
  broken_at: string | null;
  broken_reason: string | null;
}

export interface SdvMarksTable {
  id: string;
  subject_id: string;
  site_id: string | null;
  entity_type: string;
  entity_id: string;
  field: string | null;
  verified_by: string;
  verified_at: string;
  reset_at: string | null;
  reset_reason: string | null;
}

export interface DataQueriesTable {
  id: string;
  site_id: string;
  subject_id: string | null;
  entity_type: string | null;
  entity_id: string | null;
  field: string | null;
  origin: 'manual' | 'edit-check';
  rule: string | null;
  text: string;
  /** JSON of the rule's values for an edit-check query (migration 0010); null otherwise. */
  params: string | null;
  status: 'open' | 'answered' | 'closed';
  raised_by: string;
  raised_at: string;
  updated_at: string;
}

export interface DataQueryMessagesTable {
  id: string;
  query_id: string;
  kind: 'raise' | 'answer' | 'close' | 'reopen';
  author_id: string;
  author_name: string;
  at: string;
  text: string;
}
