/**
 * Biospecimens (issue 7; SDTM BE/BS for events and specimen findings, GF for MEN1 results): the
 * specimens with their chain of custody, processing steps and uses, storage boxes at the biobank,
 * shipments with their manifests and receipt reconciliation, and the details of a MEN1 genetic
 * result that the subjects' `men1_results` row does not carry (tested specimen, method,
 * transcript, zygosity). Quantities are decimal text; instants ISO text; JSON as text.
 */

export interface SpecimensTable {
  id: string;
  /** Barcode value, unique across the study. */
  label: string;
  subject_id: string;
  /** The collecting (enrolling) site: owner of the specimen's data. */
  site_id: string;
  visit_id: string | null;
  type: string;
  unit: string;
  parent_id: string | null;
  collected_at: string;
  initial_quantity: string;
  remaining_quantity: string;
  /** A custody state of `core/specimens/custody-transitions.ts`. */
  state: string;
  /** Where the specimen is (its destination while shipped). */
  custody_site_id: string;
  storage_box_id: string | null;
  storage_position: string | null;
  /** intact | damaged */
  integrity: string;
  notes: string | null;
  created_at: string;
}

export interface StorageBoxesTable {
  id: string;
  site_id: string;
  /** Printed on the box, unique at its site, e.g. `CAMS-F01-R02-B003`. */
  code: string;
  freezer: string;
  rack: string;
  rows: number;
  columns: number;
  created_at: string;
}

export interface SpecimenProcessingStepsTable {
  id: string;
  specimen_id: string;
  site_id: string;
  /** centrifugation | aliquoting | fixation | embedding | sectioning | freezing | other */
  step: string;
  started_at: string;
  ended_at: string;
  /** JSON object, e.g. {"g":2000,"minutes":10,"temperatureC":4}. */
  parameters: string;
  notes: string | null;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

export interface CustodyEventsTable {
  id: string;
  specimen_id: string;
  /** collect, or a custody action. */
  action: string;
  from_state: string | null;
  to_state: string;
  /** Where it happened. */
  site_id: string;
  /** When it happened (reported); `recorded_at` is the server's instant. */
  occurred_at: string;
  recorded_at: string;
  actor_id: string;
  actor_name: string;
  temperature_c: string | null;
  integrity: string | null;
  notes: string | null;
  shipment_id: string | null;
  storage_box_id: string | null;
  storage_position: string | null;
}

export interface SpecimenUsesTable {
  id: string;
  specimen_id: string;
  site_id: string;
  quantity: string;
  remaining_after: string;
  purpose: string;
  occurred_at: string;
  actor_id: string;
  actor_name: string;
  created_at: string;
}

export interface ShipmentsTable {
  id: string;
  from_site_id: string;
  to_site_id: string;
  /** in-transit | received | received-with-discrepancies */
  status: string;
  /** ambient | refrigerated | dry-ice | liquid-nitrogen */
  shipping_condition: string;
  courier: string | null;
  tracking_number: string | null;
  shipped_at: string;
  shipped_by: string;
  received_at: string | null;
  received_by: string | null;
  receipt_temperature_c: string | null;
  created_at: string;
}

export interface ShipmentItemsTable {
  id: string;
  shipment_id: string;
  /** Null for an unexpected label that is not a known specimen. */
  specimen_id: string | null;
  label: string;
  /** 1 when on the manifest; 0 for an unexpected item found at receipt. */
  on_manifest: number;
  /** received | damaged | missing | unexpected; null until receipt. */
  outcome: string | null;
  /** JSON array of strings. */
  reasons: string | null;
  query_id: string | null;
}

export interface Men1ResultDetailsTable {
  /** The `men1_results` row it details (same id). */
  id: string;
  specimen_id: string;
  subject_id: string;
  site_id: string;
  /** GFMETHOD, e.g. NGS panel, Sanger sequencing, MLPA. */
  method: string;
  /** GFGENREF, e.g. NM_130799.2. */
  transcript: string | null;
  /** heterozygous | homozygous | hemizygous | mosaic | not-applicable */
  zygosity: string;
  created_at: string;
}
