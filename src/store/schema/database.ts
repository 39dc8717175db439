/**
 * The whole schema as one Kysely type. Each capability declares its tables in its own
 * `schema/*-tables.ts` file and adds them here.
 */
import type {
  PasswordTokensTable,
  RoleGrantsTable,
  SessionsTable,
  UsersTable,
} from './account-tables.ts';
import type { AuditChainHeadTable, AuditEventsTable } from './audit-tables.ts';
import type { DataCutsTable } from './data-cut-tables.ts';
import type {
  DataQueriesTable,
  DataQueryMessagesTable,
  RecordLocksTable,
  SdvMarksTable,
  SignaturesTable,
} from './integrity-tables.ts';
import type { ProtocolVersionsTable, SitesTable } from './protocol-tables.ts';
import type {
  AdverseEventsTable,
  ConcomitantMedicationsTable,
  ProtocolDeviationsTable,
  SafetyAlertsTable,
} from './safety-tables.ts';
import type {
  CustodyEventsTable,
  Men1ResultDetailsTable,
  ShipmentItemsTable,
  ShipmentsTable,
  SpecimenProcessingStepsTable,
  SpecimensTable,
  SpecimenUsesTable,
  StorageBoxesTable,
} from './specimen-tables.ts';
import type {
  AssessmentResultsTable,
  DispensationsTable,
  DispositionsTable,
  DoseChangesTable,
  DrugReturnsTable,
  MissedDosesTable,
  TreatmentEndsTable,
  TumourAssessmentsTable,
  VisitsTable,
} from './subject-care-tables.ts';
import type {
  ConsentsTable,
  EligibilityAnswersTable,
  MedicalHistoryTable,
  Men1ManifestationsTable,
  Men1ResultsTable,
  PriorTherapiesTable,
  SubjectsTable,
} from './subject-tables.ts';

export interface Database {
  audit_events: AuditEventsTable;
  audit_chain_head: AuditChainHeadTable;
  protocol_versions: ProtocolVersionsTable;
  sites: SitesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  password_tokens: PasswordTokensTable;
  record_locks: RecordLocksTable;
  signatures: SignaturesTable;
  sdv_marks: SdvMarksTable;
  data_queries: DataQueriesTable;
  data_query_messages: DataQueryMessagesTable;
  subjects: SubjectsTable;
  consents: ConsentsTable;
  medical_history: MedicalHistoryTable;
  men1_manifestations: Men1ManifestationsTable;
  prior_therapies: PriorTherapiesTable;
  men1_results: Men1ResultsTable;
  eligibility_answers: EligibilityAnswersTable;
  visits: VisitsTable;
  assessment_results: AssessmentResultsTable;
  tumour_assessments: TumourAssessmentsTable;
  dispensations: DispensationsTable;
  drug_returns: DrugReturnsTable;
  dose_changes: DoseChangesTable;
  missed_doses: MissedDosesTable;
  treatment_ends: TreatmentEndsTable;
  dispositions: DispositionsTable;
  adverse_events: AdverseEventsTable;
  concomitant_medications: ConcomitantMedicationsTable;
  protocol_deviations: ProtocolDeviationsTable;
  safety_alerts: SafetyAlertsTable;
  specimens: SpecimensTable;
  storage_boxes: StorageBoxesTable;
  specimen_processing_steps: SpecimenProcessingStepsTable;
  custody_events: CustodyEventsTable;
  specimen_uses: SpecimenUsesTable;
  shipments: ShipmentsTable;
  shipment_items: ShipmentItemsTable;
  men1_result_details: Men1ResultDetailsTable;
  data_cuts: DataCutsTable;
}
