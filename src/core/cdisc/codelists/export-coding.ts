/**
 * Which codelist codes which exported variable, for one study: the fixed lists
 * (`standard-codelists.ts`), the study's own lists (arm and element codes, test codes and their
 * answer choices from the assessment panels), and the rules assigning them — by variable name
 * (SEX, EPOCH, --TESTCD, --ORRESU …, as SDTMIG/ADaMIG assign CT by variable), by dataset
 * (PARAMCD per ADaM dataset), or value-level (RSSTRESC by RSTESTCD, DSDECOD by DSCAT, LBORRES
 * by LBTESTCD, ADRS AVALC by PARAMCD). define.xml and `checkCodedValues` read the same coding.
 */
import type { AssessmentItem, StudyDefinition } from '../../protocol/study-definition.schema.ts';
import type { DatasetSpec, VariableSpec } from '../format/dataset-spec.ts';
import { armOf } from '../sdtm/design/ta-domain.ts';
import { teRows } from '../sdtm/design/te-domain.ts';
import { FINDINGS_DOMAINS, type FindingsDomain } from '../sdtm/domains/findings-domains.ts';
import { cdiscUnit } from './cdisc-unit.ts';
import type { Codelist, CodelistTerm, ValueLevel, VariableCoding } from './codelist.ts';
import { STANDARD_CODELISTS } from './standard-codelists.ts';

export interface ExportCoding {
  codelists: ReadonlyMap<string, Codelist>;
  /** The coding of a variable, or null when it is free text, a date, a number or an identifier. */
  codingOf(spec: DatasetSpec, variable: VariableSpec): VariableCoding | null;
}

const list = (name: string): VariableCoding => ({ kind: 'codelist', codelist: name });

/** Variables coded the same way in every dataset that has them. */
const BY_NAME: Readonly<Record<string, string>> = {
  SEX: 'SEX',
  RACE: 'RACE',
  ETHNIC: 'ETHNIC',
  AGEU: 'AGEU',
  COUNTRY: 'COUNTRY',
  EPOCH: 'EPOCH',
  ARMCD: 'ARMCD',
  ACTARMCD: 'ACTARMCD',
  ARMNRS: 'ARMNULRS',
  ETCD: 'ETCD',
  IECAT: 'IECAT',
  DSCAT: 'DSCAT',
  DSSCAT: 'DSSCAT',
  EXDOSU: 'UNIT',
  CMDOSU: 'UNIT',
  EXDOSFRM: 'FRM',
  EXDOSFRQ: 'FREQ',
  CMDOSFRQ: 'FREQ',
  EXROUTE: 'ROUTE',
  CMROUTE: 'ROUTE',
  AESER: 'NY',
  AESCONG: 'NY',
  AESDISAB: 'NY',
  AESDTH: 'NY',
  AESHOSP: 'NY',
  AESLIFE: 'NY',
  AESMIE: 'NY',
  AEACN: 'ACN',
  AEOUT: 'OUT',
  AEREL: 'AEREL',
  AETOXGR: 'TOXGR',
  MHENRTPT: 'STENRF',
  LBNRIND: 'NRIND',
  TUTESTCD: 'TUTESTCD',
  TUORRES: 'TUSTRESC',
  TUSTRESC: 'TUSTRESC',
  TUEVAL: 'EVAL',
  TREVAL: 'EVAL',
  RSEVAL: 'EVAL',
  TRTESTCD: 'TRTESTCD',
  TRORRESU: 'UNIT',
  TRSTRESU: 'UNIT',
  RSTESTCD: 'RSTESTCD',
  RSCAT: 'RSCAT',
  RSDRVFL: 'NY',
  GFTESTCD: 'GFTESTCD',
  GFINHERT: 'GFINHERT',
  // ADaM (ADaMIG 1.3 §3: flags are Y/N or Y/null; populations, baseline, analysis flags)
  DTHFL: 'NY',
  ENRLFL: 'NY',
  SAFFL: 'NY',
  EFFFL: 'NY',
  ANL01FL: 'NY',
  ABLFL: 'NY',
  TRTEMFL: 'NY',
  BOR: 'RS.BESTRSP',
  EOSSTT: 'EOSSTT',
  AVALU: 'UNIT',
  CNSR: 'CNSR',
  SRCREAS: 'SRCREAS',
  ATOXGR: 'ATOXGR',
  ATOXGRN: 'ATOXGRN',
};

const RS_RESULT_LEVELS: readonly ValueLevel[] = [
  'TRGRESP',
  'NTRGRESP',
  'NEWLIND',
  'OVRLRESP',
  'BESTRSP',
].map((code) => ({ when: [code], key: code, dataType: 'text', codelist: `RS.${code}` }));

const TR_RESULT_LEVELS: readonly ValueLevel[] = [
  { when: ['TUMSTATE'], key: 'TUMSTATE', dataType: 'text', codelist: 'TUMSTATE' },
  ...['LDIAM', 'SAXIS', 'SUMDIAM'].map(
    (code): ValueLevel => ({
      when: [code],
      key: code,
      dataType: 'float',
      codelist: null,
      unit: 'mm',
    }),
  ),
];

const DSDECOD_LEVELS: readonly ValueLevel[] = [
  { when: ['PROTOCOL MILESTONE'], key: 'MILESTONE', dataType: 'text', codelist: 'PROTMLST' },
  { when: ['DISPOSITION EVENT'], key: 'DISPOSITION', dataType: 'text', codelist: 'NCOMPLT' },
];

const ADRS_AVALC_LEVELS: readonly ValueLevel[] = [
  { when: ['OVR'], key: 'OVR', dataType: 'text', codelist: 'RS.OVRLRESP' },
  { when: ['BOR', 'CBOR'], key: 'BOR', dataType: 'text', codelist: 'RS.BESTRSP' },
  { when: ['RSP'], key: 'RSP', dataType: 'text', codelist: 'NY' },
];

const ADTTE_AVAL_LEVELS: readonly ValueLevel[] = ['PFS', 'OS', 'DOR'].map((code) => ({
  when: [code],
  key: code,
  dataType: 'float',
  codelist: null,
  unit: 'DAYS',
}));

const choiceListName = (domain: string, code: string) => `${domain}.${code}`;

function itemLevel(domain: string, item: AssessmentItem): ValueLevel {
  const base = { when: [item.code], key: item.code };
  switch (item.type) {
    case 'number':
      return { ...base, dataType: 'float', codelist: null, unit: cdiscUnit(item.unit ?? null) };
    case 'integer':
      return { ...base, dataType: 'integer', codelist: null, unit: cdiscUnit(item.unit ?? null) };
    case 'choice':
      return {
        ...base,
        dataType: 'text',
        codelist: item.choices ? choiceListName(domain, item.code) : null,
      };
    case 'text':
    case 'boolean':
    case 'date':
      return { ...base, dataType: 'text', codelist: null };
    default: {
      const never: never = item.type;
      return never;
    }
  }
}

const panelItems = (study: StudyDefinition, domain: string) =>
  study.panels.filter((p) => p.domain === domain).flatMap((p) => p.items);

const sponsorList = (
  name: string,
  label: string,
  terms: readonly CodelistTerm[],
  dataType: 'text' | 'integer' = 'text',
): Codelist => ({ name, label, dataType, source: { kind: 'sponsor' }, terms });

const unique = (terms: readonly CodelistTerm[]) => [
  ...new Map(terms.map((t) => [t.value, t])).values(),
];

/** The lists that come from the study definition. */
function studyCodelists(study: StudyDefinition): Codelist[] {
  const { armcd, arm } = armOf(study);
  const out: Codelist[] = [
    sponsorList('ARMCD', 'Planned Arm Code', [
      { value: armcd, decode: arm },
      { value: 'SCRNFAIL', decode: 'Screen Failure' },
      { value: 'NOTASSGN', decode: 'Not Assigned' },
    ]),
    sponsorList('ACTARMCD', 'Actual Arm Code', [
      { value: armcd, decode: arm },
      { value: 'SCRNFAIL', decode: 'Screen Failure' },
      { value: 'NOTASSGN', decode: 'Not Assigned' },
      { value: 'NOTTRT', decode: 'Not Treated' },
    ]),
    sponsorList(
      'ETCD',
      'Element Code',
      unique(teRows(study).map((r) => ({ value: String(r.ETCD), decode: String(r.ELEMENT) }))),
    ),
  ];
  for (const domain of Object.keys(FINDINGS_DOMAINS) as FindingsDomain[]) {
    const items = panelItems(study, domain);
    out.push(
      sponsorList(
        `${domain}TESTCD`,
        `${FINDINGS_DOMAINS[domain]} Test Code`,
        unique(items.map((i) => ({ value: i.code, decode: i.label.en.slice(0, 40) }))),
      ),
      sponsorList(
        `${domain}CAT`,
        `${FINDINGS_DOMAINS[domain]} Category`,
        unique(
          study.panels
            .filter((p) => p.domain === domain)
            .map((p) => ({ value: p.category ?? p.name.en.toUpperCase().slice(0, 40) })),
        ),
      ),
    );
    for (const i of items)
      if (i.type === 'choice' && i.choices)
        out.push(
          sponsorList(
            choiceListName(domain, i.code),
            `${i.label.en} (${domain}ORRES)`.slice(0, 80),
            i.choices.map((value) => ({ value })),
          ),
        );
  }
  // ADLB: one parameter per numeric laboratory test (adam/adlb-dataset.ts, PARAMCD = LBTESTCD).
  out.push(
    sponsorList(
      'PARAMCD.ADLB',
      'ADLB Parameter Code',
      unique(
        panelItems(study, 'LB')
          .filter((i) => i.type === 'number' || i.type === 'integer')
          .map((i) => ({ value: i.code, decode: i.label.en })),
      ),
    ),
  );
  return out;
}

function findingsResultLevels(study: StudyDefinition, domain: string): ValueLevel[] {
  const levels = new Map<string, ValueLevel>();
  for (const i of panelItems(study, domain)) levels.set(i.code, itemLevel(domain, i));
  return [...levels.values()];
}

/**
 * @example exportCoding(defaultStudy()).codingOf(dmSpec, sexVariable) // { kind: 'codelist', codelist: 'SEX' }
 */
export function exportCoding(study: StudyDefinition): ExportCoding {
  const codelists = new Map<string, Codelist>();
  for (const c of [...STANDARD_CODELISTS, ...studyCodelists(study)]) codelists.set(c.name, c);
  const findings = new Map(
    (Object.keys(FINDINGS_DOMAINS) as FindingsDomain[]).map((d) => [
      d,
      findingsResultLevels(study, d),
    ]),
  );
  const adlbLevels: ValueLevel[] = panelItems(study, 'LB')
    .filter((i) => i.type === 'number' || i.type === 'integer')
    .map((i) => ({
      when: [i.code],
      key: i.code,
      dataType: 'float',
      codelist: null,
      unit: cdiscUnit(i.unit ?? null),
    }));

  function codingOf(spec: DatasetSpec, v: VariableSpec): VariableCoding | null {
    const ds = spec.name;
    const n = v.name;
    if (spec.standard === 'sdtm' && ds in FINDINGS_DOMAINS) {
      const d = ds as FindingsDomain;
      if (n === `${d}TESTCD`) return list(`${d}TESTCD`);
      if (n === `${d}CAT`) return list(`${d}CAT`);
      if (n === `${d}ORRESU` || n === `${d}STRESU`) return list('UNIT');
      if (n === `${d}ORRES` || n === `${d}STRESC`)
        return { kind: 'value-list', on: `${d}TESTCD`, levels: findings.get(d) ?? [] };
    }
    if (ds === 'DS' && n === 'DSDECOD')
      return { kind: 'value-list', on: 'DSCAT', levels: DSDECOD_LEVELS };
    if (ds === 'RS' && (n === 'RSORRES' || n === 'RSSTRESC'))
      return { kind: 'value-list', on: 'RSTESTCD', levels: RS_RESULT_LEVELS };
    if (ds === 'TR' && (n === 'TRORRES' || n === 'TRSTRESC'))
      return { kind: 'value-list', on: 'TRTESTCD', levels: TR_RESULT_LEVELS };
    if (spec.standard === 'adam') {
      if (n === 'PARAMCD') return list(`PARAMCD.${ds}`);
      if (ds === 'ADRS' && n === 'AVALC')
        return { kind: 'value-list', on: 'PARAMCD', levels: ADRS_AVALC_LEVELS };
      if (ds === 'ADTTE' && n === 'AVAL')
        return { kind: 'value-list', on: 'PARAMCD', levels: ADTTE_AVAL_LEVELS };
      if (ds === 'ADLB' && n === 'AVAL')
        return { kind: 'value-list', on: 'PARAMCD', levels: adlbLevels };
    }
    const byName = BY_NAME[n];
    if (byName) return list(byName);
    return v.codelist ? list(v.codelist) : null;
  }

  return { codelists, codingOf };
}
