/** Protocol versions: every amendment is a new row; none is overwritten. */
export interface ProtocolVersionsTable {
  study_id: string;
  version: string;
  /** The full validated study definition as canonical JSON. */
  definition: string;
  content_hash: string;
  created_at: string;
  created_by: string;
  reason: string | null;
  /** 1 for the version in force (at most one per study). */
  is_current: number;
}

export interface SitesTable {
  id: string;
  code: string;
  name: string;
  name_zh: string | null;
  timezone: string;
  is_central_biobank: number;
  created_at: string;
}
