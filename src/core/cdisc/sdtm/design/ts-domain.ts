/**
 * TS (Trial Summary, SDTMIG 3.4 §7.6.1) from the study definition: title, phase, type, design,
 * treatment, dose, planned size (Simon's n), age limit, endpoints and length. Coded values carry
 * their NCI Thesaurus code (TSVALCD) where the CDISC CT term is unambiguous; free text has none.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import { CDISC_CT } from '../../codelists/codelist.ts';
import type { DatasetRow, DatasetSpec } from '../../format/dataset-spec.ts';
import { char, int } from '../../format/variable-builders.ts';
import { domainVariable, STUDYID } from '../identifiers.ts';

export const tsSpec: DatasetSpec = {
  name: 'TS',
  label: 'Trial Summary',
  class: 'TRIAL DESIGN',
  structure: 'One record per trial summary parameter value',
  standard: 'sdtm',
  variables: [
    STUDYID,
    domainVariable,
    int('TSSEQ', 'Sequence Number', { keySequence: 3, mandatory: true }),
    char('TSPARMCD', 'Trial Summary Parameter Short Name', 8, { keySequence: 2, mandatory: true }),
    char('TSPARM', 'Trial Summary Parameter', 40, { mandatory: true }),
    char('TSVAL', 'Parameter Value', 200),
    char('TSVALNF', 'Parameter Null Flavor', 8),
    char('TSVALCD', 'Parameter Value Code', 20),
    char('TSVCDREF', 'Name of the Reference Terminology', 20),
    char('TSVCDVER', 'Version of the Reference Terminology', 20),
  ],
};

interface Parameter {
  code: string;
  name: string;
  value: string;
  /** NCI C-code of a CDISC CT value. */
  ct?: string;
}

const PHASE_CODES: Record<StudyDefinition['phase'], { value: string; ct: string }> = {
  I: { value: 'PHASE I TRIAL', ct: 'C15600' },
  II: { value: 'PHASE II TRIAL', ct: 'C15601' },
  III: { value: 'PHASE III TRIAL', ct: 'C15602' },
};

function parameters(study: StudyDefinition): Parameter[] {
  const t = study.treatment;
  const ageRule = study.eligibility.find((c) => c.rule.kind === 'min-age-years')?.rule;
  const primary = study.endpoints.filter((e) => e.role === 'primary');
  const secondary = study.endpoints.filter((e) => e.role === 'secondary');
  const phase = PHASE_CODES[study.phase];
  const list: Parameter[] = [
    { code: 'TITLE', name: 'Trial Title', value: study.title.en },
    { code: 'TPHASE', name: 'Trial Phase Classification', ...phase },
    { code: 'STYPE', name: 'Study Type', value: 'INTERVENTIONAL', ct: 'C98388' },
    { code: 'INTMODEL', name: 'Intervention Model', value: 'SINGLE GROUP', ct: 'C82639' },
    { code: 'TBLIND', name: 'Trial Blinding Schema', value: 'OPEN LABEL', ct: 'C49659' },
    { code: 'RANDOM', name: 'Trial is Randomized', value: 'N', ct: 'C49487' },
    { code: 'NARMS', name: 'Planned Number of Arms', value: '1' },
    { code: 'INDIC', name: 'Trial Disease/Condition Indication', value: study.condition.en },
    { code: 'TRT', name: 'Investigational Therapy or Treatment', value: 'LEFLUNOMIDE' },
    { code: 'DOSE', name: 'Dose per Administration', value: String(t.startingDoseMg) },
    { code: 'DOSU', name: 'Dose Units', value: 'mg', ct: 'C28253' },
    {
      code: 'DOSFRQ',
      name: 'Dosing Frequency',
      value: t.frequency,
      ...(t.frequency === 'QD' && { ct: 'C25473' }),
    },
    {
      code: 'ROUTE',
      name: 'Route of Administration',
      value: t.route.toUpperCase(),
      ...(t.route === 'oral' && { ct: 'C38288' }),
    },
    { code: 'PLANSUB', name: 'Planned Number of Subjects', value: String(study.phase2Design.n) },
    { code: 'LENGTH', name: 'Trial Length', value: `P${study.schedule.horizonDays}D` },
  ];
  if (ageRule?.kind === 'min-age-years')
    list.push({
      code: 'AGEMIN',
      name: 'Planned Minimum Age of Subjects',
      value: `P${ageRule.years}Y`,
    });
  for (const e of primary)
    list.push({ code: 'OUTMSPRI', name: 'Primary Outcome Measure', value: e.name.en });
  for (const e of secondary)
    list.push({ code: 'OUTMSSEC', name: 'Secondary Outcome Measure', value: e.name.en });
  return list;
}

/** @example tsRows(defaultStudy()).find((r) => r.TSPARMCD === 'PLANSUB')?.TSVAL // '29' */
export function tsRows(study: StudyDefinition): DatasetRow[] {
  const seqByCode = new Map<string, number>();
  return parameters(study).map((p) => {
    const seq = (seqByCode.get(p.code) ?? 0) + 1;
    seqByCode.set(p.code, seq);
    return {
      STUDYID: study.id,
      DOMAIN: 'TS',
      TSSEQ: seq,
      TSPARMCD: p.code,
      TSPARM: p.name,
      TSVAL: p.value.slice(0, 200),
      TSVALNF: null,
      TSVALCD: p.ct ?? null,
      // SDTMIG 3.4 TS: the reference terminology and its version (the package define.xml names)
      TSVCDREF: p.ct ? 'CDISC' : null,
      TSVCDVER: p.ct ? CDISC_CT.version : null,
    };
  });
}
