import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../protocol/study-definition.ts';
import {
  ACTIONS_TAKEN,
  AE_OUTCOMES,
  RELATEDNESS,
  SERIOUSNESS_CRITERIA,
} from '../../safety-records/adverse-event.schema.ts';
import { SUBJECT_DATASETS } from '../export-datasets.ts';
import type { DatasetRow, DatasetSpec } from '../format/dataset-spec.ts';
import { prepareExportSubject } from '../prepare-export-subject.ts';
import { trialDesignDatasets } from '../sdtm/design/trial-design-datasets.ts';
import { aeSpec } from '../sdtm/domains/ae-domain.ts';
import { dmSpec } from '../sdtm/domains/dm-domain.ts';
import { findingsSpec } from '../sdtm/domains/findings-domains.ts';
import { syntheticSubject } from '../testing/synthetic-subjects.ts';
import { cdiscUnit } from './cdisc-unit.ts';
import { checkCodedValues, createCodedValueChecker } from './coded-value-check.ts';
import { exportCoding } from './export-coding.ts';

const study = defaultStudy();
const coding = exportCoding(study);

/** A simulated study export: the trial design and 120 synthetic subjects, every dataset. */
function simulatedExport(n = 120) {
  const subjects = Array.from({ length: n }, (_, i) => {
    const raw = syntheticSubject(i + 1);
    // every AE outcome, action and causality the CRF offers occurs somewhere in the study
    raw.adverseEvents = raw.adverseEvents.map((a, j) => ({
      ...a,
      outcome: AE_OUTCOMES[(i + j) % AE_OUTCOMES.length]!,
      actionTaken: ACTIONS_TAKEN[(i + j) % ACTIONS_TAKEN.length]!,
      relatedness: RELATEDNESS[(i + j) % RELATEDNESS.length]!,
      // every third subject's AE is serious, each ICH E2A criterion in turn (AES* flags Y/N)
      ...(i % 3 === 0
        ? {
            serious: true,
            seriousCriteria: [SERIOUSNESS_CRITERIA[(i / 3) % SERIOUSNESS_CRITERIA.length]!],
          }
        : {}),
    }));
    // every 7th subject has an equivocal new lesion at the first follow-up scan (RECIST 1.1 §4.3.5)
    const scan = raw.tumourAssessments[1];
    if (i % 7 === 0 && scan)
      scan.lesions.push({ id: 'N1', kind: 'new', organ: 'bone', status: 'equivocal' });
    return prepareExportSubject(study, raw, null);
  }).filter((s) => s !== null);
  return [
    ...trialDesignDatasets(study),
    ...SUBJECT_DATASETS.map((d) => ({
      spec: d.spec,
      rows: subjects.flatMap((s) => d.rows(study, s, null)),
    })),
  ];
}

const allSpecs: DatasetSpec[] = [
  ...trialDesignDatasets(study).map((d) => d.spec),
  ...SUBJECT_DATASETS.map((d) => d.spec),
];

describe('coded values of the export conform to their codelists', () => {
  const exported = simulatedExport();

  it('every coded value of a simulated study export is a term of its codelist', () => {
    const issues = checkCodedValues(coding, exported);
    expect(issues.map((i) => i.message)).toEqual([]);
  });

  it('the check is not vacuous: the coded variables carry values, AEOUT all six outcomes', () => {
    const values = (ds: string, v: string) =>
      new Set(exported.find((d) => d.spec.name === ds)!.rows.map((r) => r[v]));
    expect(values('AE', 'AEOUT')).toEqual(
      new Set([
        'RECOVERED/RESOLVED',
        'RECOVERING/RESOLVING',
        'NOT RECOVERED/NOT RESOLVED',
        'RECOVERED/RESOLVED WITH SEQUELAE',
        'FATAL',
        'UNKNOWN',
      ]),
    );
    for (const flag of ['AESCONG', 'AESDISAB', 'AESDTH', 'AESHOSP', 'AESLIFE', 'AESMIE'])
      expect(values('AE', flag)).toEqual(new Set(['Y', 'N', null]));
    expect(values('VS', 'VSORRESU')).toEqual(new Set(['mmHg']));
    expect(values('RS', 'RSTESTCD').size).toBe(5);
    expect(values('RS', 'RSSTRESC')).toContain('EQUIVOCAL');
    let coded = 0;
    for (const d of exported)
      for (const v of d.spec.variables)
        if (coding.codingOf(d.spec, v) && d.rows.some((r) => r[v.name] !== null)) coded++;
    expect(coded).toBeGreaterThan(60);
  });

  it('a value outside the codelist is reported with the dataset, variable, codelist and count', () => {
    const row = exported.find((d) => d.spec.name === 'AE')!.rows[0]!;
    const bad: DatasetRow = { ...row, AEOUT: 'RECOVERED', AESER: 'Yes' };
    const issues = checkCodedValues(coding, [{ spec: aeSpec, rows: [bad, bad] }]);
    expect(issues).toEqual([
      expect.objectContaining({
        dataset: 'AE',
        variable: 'AESER',
        value: 'Yes',
        codelist: 'NY',
        rule: 'not-in-codelist',
        count: 2,
      }),
      expect.objectContaining({ variable: 'AEOUT', value: 'RECOVERED', codelist: 'OUT' }),
    ]);
    expect(issues[1]?.message).toBe('AE.AEOUT = "RECOVERED" is not a term of codelist OUT');
  });

  it('value-level codelists apply by test code, and a new test code without a definition is reported', () => {
    const rs = exported.find((d) => d.spec.name === 'RS')!;
    const row = rs.rows.find((r) => r.RSTESTCD === 'NTRGRESP')!;
    // PR is a target response, never a non-target one (RECIST 1.1 §4.3.3)
    const issues = checkCodedValues(coding, [
      { spec: rs.spec, rows: [{ ...row, RSORRES: 'PR', RSSTRESC: 'PR' }] },
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'RS.RSORRES (where RSTESTCD = "NTRGRESP") = "PR" is not a term of codelist RS.NTRGRESP',
      'RS.RSSTRESC (where RSTESTCD = "NTRGRESP") = "PR" is not a term of codelist RS.NTRGRESP',
    ]);
    const lb = findingsSpec('LB');
    const lbRow = exported.find((d) => d.spec.name === 'LB')!.rows[0]!;
    const checker = createCodedValueChecker(coding);
    checker.row(lb, { ...lbRow, LBTESTCD: 'K', LBORRES: '4.1', LBSTRESC: '4.1' });
    expect(checker.issues().map((i) => [i.variable, i.rule, i.value])).toEqual([
      ['LBTESTCD', 'not-in-codelist', 'K'],
      ['LBORRES', 'no-value-level', 'K'],
      ['LBSTRESC', 'no-value-level', 'K'],
    ]);
  });

  it('missing values are not coded values; a sponsor extension of an extensible list is accepted', () => {
    const dm = exported.find((d) => d.spec.name === 'DM')!.rows[0]!;
    expect(
      checkCodedValues(coding, [
        {
          spec: dmSpec,
          rows: [
            { ...dm, RACE: null, ETHNIC: '' },
            { ...dm, RACE: 'MULTIPLE' },
          ],
        },
      ]),
    ).toEqual([]);
    expect(coding.codelists.get('RACE')?.terms.find((t) => t.value === 'MULTIPLE')?.extended).toBe(
      true,
    );
  });
});

describe('the codelists themselves', () => {
  it('every codelist a variable names exists, and every value-level codelist too', () => {
    const missing: string[] = [];
    for (const spec of allSpecs)
      for (const v of spec.variables) {
        const c = coding.codingOf(spec, v);
        const names =
          c === null
            ? []
            : c.kind === 'codelist'
              ? [c.codelist]
              : c.levels.flatMap((l) => (l.codelist ? [l.codelist] : []));
        for (const n of names)
          if (!coding.codelists.has(n)) missing.push(`${spec.name}.${v.name}: ${n}`);
        if (c?.kind === 'value-list' && !spec.variables.some((x) => x.name === c.on))
          missing.push(`${spec.name}.${v.name}: depends on missing ${c.on}`);
      }
    expect(missing).toEqual([]);
  });

  it('no list repeats a value, and a list has decodes for all its terms or for none', () => {
    for (const cl of coding.codelists.values()) {
      const values = cl.terms.map((t) => t.value);
      expect(new Set(values).size, cl.name).toBe(values.length);
      expect(values.length, cl.name).toBeGreaterThan(0);
      const decoded = cl.terms.filter((t) => t.decode !== undefined).length;
      expect([0, cl.terms.length], cl.name).toContain(decoded);
      if (cl.dataType === 'integer') for (const v of values) expect(v, cl.name).toMatch(/^-?\d+$/);
    }
  });

  it('the panels capture UCUM units; each one maps to a CDISC UNIT term or to no unit', () => {
    const units = coding.codelists.get('UNIT')!.terms.map((t) => t.value);
    const captured = new Set(study.panels.flatMap((p) => p.items.flatMap((i) => i.unit ?? [])));
    expect(captured.size).toBeGreaterThan(10);
    for (const u of captured) {
      const mapped = cdiscUnit(u);
      if (mapped !== null) expect(units, `${u} → ${mapped}`).toContain(mapped);
    }
    expect(cdiscUnit('mm[Hg]')).toBe('mmHg');
    expect(cdiscUnit('[pH]')).toBeNull();
    expect(cdiscUnit('U/L')).toBe('U/L');
  });
});
