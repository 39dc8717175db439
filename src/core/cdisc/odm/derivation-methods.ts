/**
 * define.xml 2.1 MethodDefs: how each derived variable is computed, citing the rule the mapping
 * follows (SDTMIG 3.4, ADaMIG 1.3, RECIST 1.1, CLINICAL-RULES.md) and the core function that
 * computes it, so a reviewer can trace every derived value. A derived variable without a method
 * is a gap `define-xml.test.ts` reports.
 */
import type { DatasetSpec, VariableSpec } from '../format/dataset-spec.ts';

export interface DerivationMethod {
  oid: string;
  name: string;
  type: 'Computation' | 'Imputation';
  description: string;
}

const method = (
  id: string,
  name: string,
  description: string,
  type: DerivationMethod['type'] = 'Computation',
): DerivationMethod => ({ oid: `MT.${id}`, name, type, description });

const STUDY_DAY = method(
  'STUDYDAY',
  'Study day',
  'Date minus RFSTDTC (day 1, the first dose) plus 1 when on or after day 1, date minus RFSTDTC when before: there is no day 0 (SDTMIG 3.4 §4.4.4; sdtm/study-day.ts).',
);
const SEQUENCE = method(
  'SEQ',
  'Sequence number',
  'Records of a subject numbered 1, 2, 3 … in date order within the domain (SDTMIG 3.4 §4.1.5; sdtm/sequence-numbers.ts).',
);
const EPOCH = method(
  'EPOCH',
  'Epoch of a date',
  'SCREENING before the first dose, TREATMENT from the first to the last dose, FOLLOW-UP after it (trial arms TA; SDTMIG 3.4 §4.1.3.1; sdtm/epoch.ts).',
);
const AGE = method(
  'AGE',
  'Age at informed consent',
  'Completed years between BRTHDTC and RFICDTC (subjects/age-in-years.ts).',
);
const ADY = method(
  'ADY',
  'Analysis relative day',
  'ADT minus TRTSDT plus 1 when on or after the first dose, ADT minus TRTSDT before it: no day 0 (ADaMIG 1.3 §3.3.3).',
);
const FLAG_Y = (id: string, name: string, rule: string) =>
  method(id, name, `Y when ${rule}; otherwise null (ADaMIG 1.3 §3.3.8).`);
const RECIST_RESPONSE = method(
  'ADRS.RESPONSE',
  'RECIST 1.1 response',
  'OVR: the time-point overall response from target, non-target and new lesions (RECIST 1.1 §4.4.1 Tables 1–2). BOR: best time-point response. CBOR: CR/PR confirmed by a CR/PR at least 28 days later (at most one NE and no SD between), the date of the first of the pair; SD counts only ≥ 42 days after enrolment (RECIST 1.1 §4.4.2; CLINICAL-RULES.md; core/recist best-overall-response.ts). RSP: Y when CBOR is CR or PR. AVAL orders the codes CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6, MISSING 7 (RSP: 1 = Y, 0 = N).',
);
const TTE_AVAL = method(
  'ADTTE.AVAL',
  'Time to event or censoring',
  'Days from STARTDT to ADT inclusive: ADT − STARTDT + 1; AVALM = AVAL / 30.4375 (CLINICAL-RULES.md, Time-to-event endpoints; core/endpoints analyseEndpoints).',
);
const TTE_EVENT = method(
  'ADTTE.EVENT',
  'Event or censoring',
  'PFS: event at radiological PD or death, whichever first; censored at the last adequate tumour assessment when there is no event, after new anticancer therapy, or after ≥ 2 missed assessments; day 1 without a baseline or post-baseline assessment. OS: event at death, else censored at the last date known alive. DoR: from the first confirmed CR/PR to PD or death. Events after the 252-day horizon are censored at day 252. CNSR 0 = event, 1 = censored; SRCREAS names the rule applied (CLINICAL-RULES.md; core/endpoints pfs-derivation.ts, os-derivation.ts, duration-of-response.ts).',
);
const LAB_BASELINE = method(
  'ADLB.BASE',
  'Laboratory baseline',
  'BASE: the last non-missing AVAL on or before day 1 for the parameter, flagged ABLFL = Y; CHG = AVAL − BASE (ADaMIG 1.3 §3.3.4).',
);
const LAB_GRADE = method(
  'ADLB.ATOXGR',
  'CTCAE v5.0 laboratory grade',
  'Grade from the CTCAE v5.0 criterion of the test: multiples of ULN, or of baseline when the baseline is abnormal; 0 within limits; missing for a test CTCAE does not grade (CLINICAL-RULES.md, Safety; core/safety gradeLabResult).',
);
const TUMOUR_SUMS = method(
  'ADTR.SUMS',
  'Sum of diameters and changes',
  'AVAL: sum of the longest diameters of target lesions (short axis for nodes) at an assessment; BASE at baseline (ABLFL = Y); CHG = AVAL − BASE; PCHG = CHG / BASE × 100; NADIR: smallest sum before the assessment, baseline included; PCHGNAD = (AVAL − NADIR) / NADIR × 100 (RECIST 1.1 §4.3.1; core/recist target-response).',
);

/** Per dataset and variable; `*` applies to every dataset of the standard. */
const METHODS: Readonly<Record<string, DerivationMethod>> = {
  'DM.AGE': AGE,
  'ADSL.TRTDURD': method(
    'ADSL.TRTDURD',
    'Treatment duration',
    'TRTEDT − TRTSDT + 1 days (ADaMIG 1.3 §3.2).',
  ),
  'ADSL.SAFFL': method(
    'ADSL.SAFFL',
    'Safety population',
    'Y when the subject took at least one dose of study drug, N otherwise (core/endpoints populationMembership).',
  ),
  'ADSL.EFFFL': method(
    'ADSL.EFFFL',
    'Response-evaluable population',
    'Y when the subject was treated with measurable disease at baseline, N otherwise (core/endpoints populationMembership).',
  ),
  'ADSL.BOR': RECIST_RESPONSE,
  'ADSL.BORDT': RECIST_RESPONSE,
  'ADSL.LSTALVDT': method(
    'ADSL.LSTALVDT',
    'Last date known alive',
    'The OS censoring date when the subject is alive, else the last date known alive from the disposition (CLINICAL-RULES.md, Time-to-event endpoints).',
  ),
  'ADSL.EOSSTT': method(
    'ADSL.EOSSTT',
    'End of study status',
    'DISCONTINUED when the subject died, was lost to follow-up or withdrew consent; COMPLETED with an end-of-study date; ONGOING otherwise (ADaMIG 1.3 §3.2; adam/adsl-dataset.ts).',
  ),
  'ADRS.AVALC': RECIST_RESPONSE,
  'ADRS.AVAL': RECIST_RESPONSE,
  'ADTTE.AVAL': TTE_AVAL,
  'ADTTE.AVALM': TTE_AVAL,
  'ADTTE.STARTDT': TTE_AVAL,
  'ADTTE.ADT': TTE_EVENT,
  'ADTTE.CNSR': TTE_EVENT,
  'ADTTE.SRCREAS': TTE_EVENT,
  'ADTTE.EVNTDESC': TTE_EVENT,
  'ADTTE.CNSDTDSC': TTE_EVENT,
  'ADTR.BASE': TUMOUR_SUMS,
  'ADTR.CHG': TUMOUR_SUMS,
  'ADTR.PCHG': TUMOUR_SUMS,
  'ADTR.NADIR': TUMOUR_SUMS,
  'ADTR.PCHGNAD': TUMOUR_SUMS,
  'ADTR.ABLFL': TUMOUR_SUMS,
  'ADAE.TRTEMFL': FLAG_Y(
    'ADAE.TRTEMFL',
    'Treatment-emergent',
    'the onset is on or after the first dose and no later than 28 days after the last dose (end-of-treatment window of the protocol)',
  ),
  'ADAE.ATOXGRN': method(
    'ADAE.ATOXGRN',
    'Toxicity grade (N)',
    'AETOXGR, the CTCAE grade recorded by the investigator, as a number.',
  ),
  'ADLB.BASE': LAB_BASELINE,
  'ADLB.CHG': LAB_BASELINE,
  'ADLB.ABLFL': LAB_BASELINE,
  'ADLB.ATOXGR': LAB_GRADE,
  'ADLB.ATOXGRN': LAB_GRADE,
};

/**
 * @example methodOf(adslSpec, trtdurd)?.oid // 'MT.ADSL.TRTDURD'
 */
export function methodOf(spec: DatasetSpec, v: VariableSpec): DerivationMethod | null {
  const own = METHODS[`${spec.name}.${v.name}`];
  if (own) return own;
  if (v.dataType === 'integer' && /^[A-Z]{2}(ST|EN)?DY$/.test(v.name) && spec.standard === 'sdtm')
    return STUDY_DAY;
  if (spec.standard === 'sdtm' && v.name === `${spec.name}SEQ`) return SEQUENCE;
  if (spec.standard === 'sdtm' && v.name === 'EPOCH' && spec.class !== 'TRIAL DESIGN') return EPOCH;
  if (spec.standard === 'adam' && /^A(ST|EN)?DY$/.test(v.name)) return ADY;
  return null;
}

/** Every method used by the specs, once each, in first-use order. */
export function methodsUsed(specs: readonly DatasetSpec[]): DerivationMethod[] {
  const out = new Map<string, DerivationMethod>();
  for (const s of specs)
    for (const v of s.variables) {
      const m = methodOf(s, v);
      if (m && !out.has(m.oid)) out.set(m.oid, m);
    }
  return [...out.values()];
}
