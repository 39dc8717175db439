/** The plain records a simulated patient produces: what sites would enter, plus the simulated truth. */
import type { Assessment } from '../recist/recist-input.schema.ts';
import type { IsoDate } from '../shared/calendar-date.ts';

export interface SimulatedLab {
  date: IsoDate;
  /** CTCAE test code of the safety core (ALT, AST, ALP, BILI, CREAT, NEUT, PLAT, WBC, LYMPH, HGB). */
  test: string;
  value: number;
  unit: string;
  lln: number;
  uln: number;
}

export interface SimulatedAdverseEvent {
  term: string;
  grade: 1 | 2 | 3 | 4 | 5;
  onset: IsoDate;
  resolved: IsoDate | null;
  serious: boolean;
  relatedToDrug: boolean;
}

export interface SimulatedConMed {
  name: string;
  indication: string;
  start: IsoDate;
  stop: IsoDate | null;
}

export interface SimulatedDispensing {
  cycle: number;
  date: IsoDate;
  doseMg: number;
  tabletsDispensed: number;
  tabletsReturned: number | null;
}

export interface SimulatedSpecimen {
  type: 'whole-blood-edta' | 'plasma' | 'ffpe-block';
  collectedOn: IsoDate;
  purpose: 'men1-germline' | 'men1-somatic' | 'biomarker';
  shipped: boolean;
}

export type ScreenFailureReason =
  | 'no-pathogenic-men1-variant'
  | 'alt-above-2x-uln'
  | 'no-measurable-disease'
  | 'consent-withdrawn';

export interface SimulatedPatient {
  screeningNumber: string;
  siteCode: string;
  sex: 'F' | 'M';
  birthDate: IsoDate;
  consentDate: IsoDate;
  biobankConsent: boolean;
  geneticConsent: boolean;
  manifestations: string[];
  men1: {
    sample: 'blood' | 'tumour';
    origin: 'germline' | 'somatic';
    hgvsC: string;
    hgvsP: string;
    classification: 'pathogenic' | 'likely-pathogenic' | 'VUS';
  };
  screeningLabs: SimulatedLab[];
  screenFailure: ScreenFailureReason | null;
  enrolmentDate: IsoDate | null;
  /** RECIST input: baseline first, then every scan done up to the data cut. */
  tumourAssessments: Assessment[];
  labs: SimulatedLab[];
  adverseEvents: SimulatedAdverseEvent[];
  conMeds: SimulatedConMed[];
  dispensing: SimulatedDispensing[];
  endOfTreatment: {
    date: IsoDate;
    reason: 'progression' | 'toxicity' | 'withdrawal' | 'death';
  } | null;
  death: { date: IsoDate; cause: string } | null;
  lastKnownAlive: IsoDate;
  specimens: SimulatedSpecimen[];
  /** The simulated truth, for checking estimators; never shown as data. */
  truth: { responder: boolean; progressionDay: number; deathDay: number };
}
