/**
 * One subject as the CDISC mappings read it: plain values from the stored records (dates as
 * ISO text, decimals as text, booleans as booleans) and the RECIST engine's result over the
 * site reader's scans. The store builds it (store/exports); every SDTM and ADaM mapping is a
 * pure function of the study definition and this record.
 */
import type { VisitKind } from '../protocol/study-definition.schema.ts';
import type { RecistSubjectResult } from '../recist/evaluate-subject.ts';
import type { LesionRecord } from '../recist/recist-input.schema.ts';

export interface ExportVisit {
  id: string;
  kind: VisitKind;
  date: string;
  cycle: number | null;
}

export interface ExportResult {
  visitId: string;
  panelId: string;
  itemCode: string;
  value: string | null;
  unit: string | null;
  referenceLow: string | null;
  referenceHigh: string | null;
}

export interface ExportAdverseEvent {
  term: string;
  ctcaeVersion: string;
  meddraPtCode: string | null;
  meddraSocCode: string | null;
  onsetDate: string;
  resolutionDate: string | null;
  grade: number;
  serious: boolean;
  /**
   * The ICH E2A criteria as stored (`death`, `life-threatening`, `hospitalisation`, `disability`,
   * `congenital-anomaly`, `other-important`); non-empty exactly when `serious`. AE maps them to
   * the AES* flags and refuses a criterion it does not know.
   */
  seriousCriteria: readonly string[];
  relatedness: string;
  actionTaken: string;
  outcome: string;
  /** When the site became aware (UTC instant); starts the SAE 24-hour clock. */
  awarenessAt: string | null;
  /** When a serious event was reported to the sponsor (UTC instant). */
  saeReportedAt: string | null;
}

export interface ExportMedication {
  name: string;
  atcCode: string | null;
  dose: string | null;
  doseUnit: string | null;
  route: string | null;
  frequency: string | null;
  indication: string;
  startDate: string | null;
  stopDate: string | null;
}

export interface ExportSubject {
  id: string;
  /** SITEID: the site's code as the study knows it (e.g. PUMCH). */
  siteId: string;
  /** SUBJID: the subject code once enrolled, else the screening number. */
  subjectCode: string;
  /** Given at screening; SUPPDM SCRNNUM. */
  screeningNumber: string;
  sex: string | null;
  birthDate: string | null;
  ethnicity: string | null;
  race: string | null;
  consentDate: string | null;
  consentWithdrawnDate: string | null;
  enrollmentDate: string | null;
  screenFailureDate: string | null;
  screenFailureReason: string | null;
  /** First dispensation (first dose) and last dose (end of treatment). */
  firstDoseDate: string | null;
  lastDoseDate: string | null;
  treatmentEndReason: string | null;
  dispensations: { cycle: number; date: string; tablets: number }[];
  doseChanges: { kind: string; date: string; doseMg: string | null; reason: string }[];
  disposition: {
    endOfStudyDate: string | null;
    deathDate: string | null;
    deathCause: string | null;
    lostToFollowUpDate: string | null;
    lastKnownAliveDate: string | null;
    newAnticancerTherapyDate: string | null;
  } | null;
  medicalHistory: {
    term: string;
    startDate: string | null;
    endDate: string | null;
    ongoing: boolean;
  }[];
  men1Results: {
    sample: string;
    origin: string;
    hgvsC: string;
    hgvsP: string | null;
    classification: string;
    lab: string | null;
    reportDate: string | null;
  }[];
  visits: ExportVisit[];
  results: ExportResult[];
  tumourAssessments: { visitId: string; reader: string; date: string; lesions: LesionRecord[] }[];
  adverseEvents: ExportAdverseEvent[];
  medications: ExportMedication[];
  /** Primary specimens (collections, not aliquots); quantity is exact decimal text in `unit`. */
  specimens: {
    label: string;
    type: string;
    collectedAt: string;
    visitId: string | null;
    quantity: string;
    unit: string;
  }[];
  /**
   * The eligibility checklist at the decision (the enrolment date, else the screen failure date):
   * the criteria that failed (inclusion not met, exclusion applies), in protocol order. Null
   * while no decision was made.
   */
  eligibilityNotMet: { date: string; criterionIds: string[] } | null;
  /** Baseline imaging showed measurable disease (core `measurableDiseaseFromRecords`). */
  measurableDiseaseAtBaseline: boolean;
  /** The RECIST engine over the site reader's scans; null without scans or day 1. */
  recist: RecistSubjectResult | null;
  /**
   * The same engine over the independent radiology reviewer's scans (TU/TR/RS with
   * EVAL = INDEPENDENT ASSESSOR); null without independent reads. ADaM keeps the investigator's.
   */
  recistIndependent: RecistSubjectResult | null;
}
