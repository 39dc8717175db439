/**
 * The fixed codelists of the exports: CDISC Controlled Terminology subsets (the submission values
 * the SDTM/ADaM mappings can write) and the sponsor lists that do not depend on the study
 * definition. Study-specific lists (arm codes, test codes, choice answers) come from
 * `studyCodelists`. Values here are the mappings' outputs: a mapping that starts writing a value
 * not listed fails `coded-values.test.ts`.
 */
import { OS_REASONS } from '../../endpoints/os-derivation.ts';
import { PFS_REASONS } from '../../endpoints/pfs-derivation.ts';
import { LESION_STATUSES } from '../../recist/recist-input.schema.ts';
import { BOR_RESPONSES, TIMEPOINT_RESPONSES } from '../../recist/response-codes.ts';
import type { Codelist, CodelistTerm } from './codelist.ts';

const ct = (
  name: string,
  label: string,
  nciCode: string | null,
  extensible: boolean,
  terms: readonly (string | CodelistTerm)[],
): Codelist => ({
  name,
  label,
  dataType: 'text',
  source: { kind: 'cdisc-ct', nciCode, extensible },
  terms: terms.map((t) => (typeof t === 'string' ? { value: t } : t)),
});

const sponsor = (
  name: string,
  label: string,
  terms: readonly (string | CodelistTerm)[],
  dataType: 'text' | 'integer' = 'text',
): Codelist => ({
  name,
  label,
  dataType,
  source: { kind: 'sponsor' },
  terms: terms.map((t) => (typeof t === 'string' ? { value: t } : t)),
});

const decoded = (pairs: readonly [string, string][]): CodelistTerm[] =>
  pairs.map(([value, decode]) => ({ value, decode }));

const TIMEPOINT = TIMEPOINT_RESPONSES as readonly string[];

export const STANDARD_CODELISTS: readonly Codelist[] = [
  ct(
    'SEX',
    'Sex',
    'C66731',
    false,
    decoded([
      ['F', 'Female'],
      ['M', 'Male'],
      ['U', 'Unknown'],
    ]),
  ),
  ct(
    'NY',
    'No Yes Response',
    'C66742',
    false,
    decoded([
      ['N', 'No'],
      ['Y', 'Yes'],
    ]),
  ),
  ct('AGEU', 'Age Unit', 'C66781', false, ['YEARS']),
  // store/subjects/demographics.schema.ts RACE and ETHNICITY: the CRF offers these values.
  ct('RACE', 'Race', 'C74457', true, [
    'AMERICAN INDIAN OR ALASKA NATIVE',
    'ASIAN',
    'BLACK OR AFRICAN AMERICAN',
    'NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER',
    'WHITE',
    { value: 'MULTIPLE', extended: true },
    { value: 'OTHER', extended: true },
    'NOT REPORTED',
    'UNKNOWN',
  ]),
  ct('ETHNIC', 'Ethnic Group', 'C66790', false, [
    'HISPANIC OR LATINO',
    'NOT HISPANIC OR LATINO',
    'NOT REPORTED',
    'UNKNOWN',
  ]),
  ct('COUNTRY', 'Country (ISO 3166-1 alpha-3)', 'C66786', false, decoded([['CHN', 'China']])),
  ct('ARMNULRS', 'Arm Null Reason', null, true, [
    'SCREEN FAILURE',
    'NOT ASSIGNED',
    'ASSIGNED, NOT TREATED',
  ]),
  // sdtm/epoch.ts: the three epochs of a single-arm study (TA EPOCH).
  ct('EPOCH', 'Epoch', 'C99079', true, ['SCREENING', 'TREATMENT', 'FOLLOW-UP']),
  ct('DSCAT', 'Category for Disposition Event', 'C74558', false, [
    'DISPOSITION EVENT',
    'PROTOCOL MILESTONE',
  ]),
  ct('PROTMLST', 'Protocol Milestone', null, true, ['INFORMED CONSENT OBTAINED', 'ENROLLED']),
  // sdtm/domains/ds-domain.ts: the standardized reasons the DS mapping writes.
  ct('NCOMPLT', 'Completion/Reason for Non-Completion', 'C66727', true, [
    'COMPLETED',
    'SCREEN FAILURE',
    'ADVERSE EVENT',
    'DEATH',
    'PROGRESSIVE DISEASE',
    'WITHDRAWAL BY SUBJECT',
    'PHYSICIAN DECISION',
    'LOST TO FOLLOW-UP',
    'OTHER',
  ]),
  sponsor('DSSCAT', 'Subcategory for Disposition Event', [
    'STUDY TREATMENT',
    'STUDY PARTICIPATION',
  ]),
  // CDISC UNIT submission values; `cdiscUnit` maps the study's UCUM units onto them.
  ct('UNIT', 'Unit', 'C71620', true, [
    '%',
    '10^9/L',
    'beats/min',
    'C',
    'cm',
    'DAYS',
    'g',
    'g/L',
    'kg',
    'mg',
    'mg/day',
    'mIU/L',
    'mL',
    'mm',
    'mmHg',
    'mmol/L',
    'msec',
    'ng/mL',
    'pg/mL',
    'U/L',
    'umol/L',
  ]),
  ct('FRM', 'Pharmaceutical Dosage Form', 'C66726', true, ['TABLET']),
  ct('FREQ', 'Frequency', 'C71113', true, ['QD', 'BID', 'TID', 'QID', 'QOD', 'QW', 'PRN', 'ONCE']),
  ct('ROUTE', 'Route of Administration', 'C66729', true, [
    'ORAL',
    'INTRAVENOUS',
    'SUBCUTANEOUS',
    'INTRAMUSCULAR',
    'TOPICAL',
    'INHALATION',
    'RECTAL',
    'TRANSDERMAL',
    'SUBLINGUAL',
  ]),
  // safety-records/adverse-event.schema.ts ACTIONS_TAKEN, upper-cased.
  ct('ACN', 'Action Taken with Study Treatment', 'C66767', false, [
    'DOSE NOT CHANGED',
    'DOSE REDUCED',
    'DRUG INTERRUPTED',
    'DRUG WITHDRAWN',
    'NOT APPLICABLE',
    'UNKNOWN',
  ]),
  // AE_OUTCOMES mapped by `aeOutcome` in sdtm/domains/ae-domain.ts.
  ct('OUT', 'Outcome of Event', 'C66768', false, [
    'RECOVERED/RESOLVED',
    'RECOVERING/RESOLVING',
    'NOT RECOVERED/NOT RESOLVED',
    'RECOVERED/RESOLVED WITH SEQUELAE',
    'FATAL',
    'UNKNOWN',
  ]),
  // RELATEDNESS: the investigator's causality scale (SDTMIG leaves AEREL to the sponsor).
  sponsor('AEREL', 'Causality', ['RELATED', 'POSSIBLY RELATED', 'UNLIKELY RELATED', 'NOT RELATED']),
  // CTCAE grades 1–5 (AETOXGR); ADaM ATOXGR adds grade 0 for a lab value within limits.
  ct('TOXGR', 'Toxicity Grade', null, false, ['1', '2', '3', '4', '5']),
  sponsor('ATOXGR', 'Analysis Toxicity Grade', ['0', '1', '2', '3', '4', '5']),
  sponsor('ATOXGRN', 'Analysis Toxicity Grade (N)', ['0', '1', '2', '3', '4', '5'], 'integer'),
  ct('STENRF', 'Relation to Reference Period', 'C66728', false, ['ONGOING']),
  ct('NRIND', 'Reference Range Indicator', 'C78736', true, ['LOW', 'NORMAL', 'HIGH']),
  ct('IECAT', 'Category for Inclusion/Exclusion', 'C66797', false, ['INCLUSION', 'EXCLUSION']),
  // Evaluator of TU/TR/RS: the site investigator, or the independent central reader.
  ct('EVAL', 'Evaluator', 'C78735', true, ['INVESTIGATOR', 'INDEPENDENT ASSESSOR']),
  // Oncology (TU/TR/RS, RECIST 1.1).
  sponsor(
    'TUTESTCD',
    'Tumor Identification Test Code',
    decoded([['TUMIDENT', 'Tumor Identification']]),
  ),
  sponsor('TUSTRESC', 'Tumor Identification Result', ['TARGET', 'NON-TARGET', 'NEW']),
  sponsor(
    'TRTESTCD',
    'Tumor Results Test Code',
    decoded([
      ['LDIAM', 'Longest Diameter'],
      ['SAXIS', 'Short Axis'],
      ['TUMSTATE', 'Tumor State'],
      ['SUMDIAM', 'Sum of Diameter'],
    ]),
  ),
  // recist-input.schema.ts LESION_STATUSES as TR writes them (upper case).
  sponsor(
    'TUMSTATE',
    'Tumor State',
    LESION_STATUSES.map((s) => s.toUpperCase()),
  ),
  sponsor(
    'RSTESTCD',
    'Disease Response Test Code',
    decoded([
      ['TRGRESP', 'Target Response'],
      ['NTRGRESP', 'Non-target Response'],
      ['NEWLIND', 'New Lesion Indicator'],
      ['OVRLRESP', 'Overall Response'],
      ['BESTRSP', 'Best Overall Response'],
    ]),
  ),
  sponsor('RSCAT', 'Disease Response Category', ['RECIST 1.1']),
  // RECIST 1.1 §4.3.1 (target), §4.3.3 (non-target), §4.4.1 Tables 1–2 (overall).
  ct('RS.TRGRESP', 'Target Response (RECIST 1.1)', null, true, ['CR', 'PR', 'SD', 'PD', 'NE']),
  ct('RS.NTRGRESP', 'Non-target Response (RECIST 1.1)', null, true, [
    'CR',
    'NON-CR/NON-PD',
    'PD',
    'NE',
  ]),
  sponsor('RS.NEWLIND', 'New Lesion Indicator', ['Y', 'N', 'EQUIVOCAL']),
  ct('RS.OVRLRESP', 'Overall Response (RECIST 1.1)', null, true, TIMEPOINT),
  // Best overall response: MISSING when nothing was assessed after baseline (admiralonco).
  ct(
    'RS.BESTRSP',
    'Best Overall Response (RECIST 1.1)',
    null,
    true,
    BOR_RESPONSES.map((r) => (r === 'MISSING' ? { value: r, extended: true } : r)),
  ),
  sponsor(
    'GFTESTCD',
    'Genomic Findings Test Code',
    decoded([
      ['SNVCNAM', 'SNV c-dot Name'],
      ['SNVPNAM', 'SNV p-dot Name'],
      ['VARCLASS', 'Variant Classification'],
    ]),
  ),
  sponsor('GFINHERT', 'Inheritability', ['GERMLINE', 'SOMATIC']),
  // ADaM.
  sponsor('EOSSTT', 'End of Study Status', ['COMPLETED', 'DISCONTINUED', 'ONGOING']),
  sponsor(
    'PARAMCD.ADRS',
    'ADRS Parameter Code',
    decoded([
      ['OVR', 'Overall Response by Investigator (RECIST 1.1)'],
      ['BOR', 'Best Overall Response (unconfirmed)'],
      ['CBOR', 'Best Overall Response (confirmed)'],
      ['RSP', 'Confirmed Objective Response (CR or PR)'],
    ]),
  ),
  sponsor(
    'PARAMCD.ADTR',
    'ADTR Parameter Code',
    decoded([['SUMDIAM', 'Sum of Diameters of Target Lesions (mm)']]),
  ),
  sponsor(
    'PARAMCD.ADTTE',
    'ADTTE Parameter Code',
    decoded([
      ['PFS', 'Progression-Free Survival (days)'],
      ['OS', 'Overall Survival (days)'],
      ['DOR', 'Duration of Response (days)'],
    ]),
  ),
  sponsor(
    'CNSR',
    'Censor',
    decoded([
      ['0', 'Event'],
      ['1', 'Censored'],
    ]),
    'integer',
  ),
  // endpoints/pfs-derivation.ts PFS_REASONS and os-derivation.ts OS_REASONS (CLINICAL-RULES.md).
  sponsor('SRCREAS', 'Derivation Reason Code', [
    ...new Set<string>([...PFS_REASONS, ...OS_REASONS]),
  ]),
];
