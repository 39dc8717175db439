import { describe, expect, it } from 'vitest';
import { analyseEndpoints } from '../endpoints/endpoints-analysis.ts';
import { defaultStudy } from '../protocol/study-definition.ts';
import { SUBJECT_DATASETS } from './export-datasets.ts';
import { createXptEncoder } from './format/xpt-encoder.ts';
import { prepareExportSubject } from './prepare-export-subject.ts';
import { encodeAll } from './testing/collect-bytes.ts';
import { syntheticSubject } from './testing/synthetic-subjects.ts';
import { readXpt } from './testing/xpt-test-reader.ts';

const study = defaultStudy();
const subjects = Array.from(
  { length: 40 },
  (_, i) => prepareExportSubject(study, syntheticSubject(i + 1), null)!,
);
const rowsOf = (name: string, s = subjects) => {
  const ds = SUBJECT_DATASETS.find((d) => d.spec.name === name)!;
  return s.flatMap((x) => ds.rows(study, x, null));
};

describe('SDTM and ADaM mappings from export records', () => {
  it('every row has exactly its spec variables and every dataset writes to XPT and reads back', () => {
    for (const ds of SUBJECT_DATASETS) {
      const names = ds.spec.variables.map((v) => v.name).sort();
      const rows = subjects.flatMap((s) => ds.rows(study, s, null));
      for (const r of rows) expect(Object.keys(r).sort(), ds.spec.name).toEqual(names);
      const file = readXpt(
        encodeAll(createXptEncoder(ds.spec, { created: '2026-11-25T00:00:00Z' }), rows),
      );
      expect(file.rows.length, ds.spec.name).toBe(rows.length);
    }
  });

  it('numbers --SEQ 1, 2, 3… within each subject, in date order, and never gives --DY 0', () => {
    for (const name of ['LB', 'VS', 'AE', 'DS', 'TR', 'RS', 'EX']) {
      const rows = rowsOf(name);
      const bySubject = new Map<string, number[]>();
      for (const r of rows)
        bySubject.set(r.USUBJID as string, [
          ...(bySubject.get(r.USUBJID as string) ?? []),
          r[`${name}SEQ`] as number,
        ]);
      for (const seqs of bySubject.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      for (const r of rows)
        for (const [k, v] of Object.entries(r)) if (/DY$/.test(k)) expect(v).not.toBe(0);
    }
    const lb = rowsOf('LB', [subjects[0]!]);
    const screening = lb.find((r) => r.VISIT === 'SCREENING')!;
    expect(screening.LBDY).toBe(-7);
    expect(screening.EPOCH).toBe('SCREENING');
    expect(lb.find((r) => r.VISITNUM === 101)?.LBDY).toBe(1);
  });

  it('DM: day 1, age at consent, the arm, one record per subject', () => {
    const dm = rowsOf('DM');
    expect(dm).toHaveLength(40);
    const s = subjects[0]!;
    expect(dm[0]).toMatchObject({
      USUBJID: `leflunomide-men1-phase2-${s.subjectCode}`,
      RFSTDTC: s.enrollmentDate,
      RFXSTDTC: s.firstDoseDate,
      ARMCD: 'LEF20',
      ACTARMCD: 'LEF20',
      COUNTRY: 'CHN',
    });
    const birth = s.birthDate!;
    const consent = s.consentDate!;
    const expectedAge =
      Number(consent.slice(0, 4)) -
      Number(birth.slice(0, 4)) -
      (consent.slice(5) < birth.slice(5) ? 1 : 0);
    expect(dm[0]?.AGE).toBe(expectedAge);
  });

  it('ADaM values equal the core endpoint derivation (PFS, OS, DoR, BOR, populations)', () => {
    const records = subjects.map((s) => ({
      id: `leflunomide-men1-phase2-${s.subjectCode}`,
      enrolmentDate: s.enrollmentDate!,
      treatmentStartDate: s.firstDoseDate,
      treatmentEndDate: s.lastDoseDate,
      measurableDiseaseAtBaseline: s.measurableDiseaseAtBaseline,
      baselineAssessmentDate: s.recist?.baseline.date ?? null,
      assessments: (s.recist?.timepoints ?? []).map((t) => ({ date: t.date, response: t.overall })),
      deathDate: s.disposition?.deathDate ?? null,
      lastKnownAliveDate: s.disposition?.lastKnownAliveDate ?? null,
      newAnticancerTherapyDate: null,
    }));
    const core = analyseEndpoints({
      subjects: records,
      parameters: study.timeToEvent,
      recistRules: study.recist,
    });
    const adtte = rowsOf('ADTTE');
    const adsl = rowsOf('ADSL');
    const adrs = rowsOf('ADRS');
    for (const c of core.subjects) {
      const pfs = adtte.find((r) => r.USUBJID === c.id && r.PARAMCD === 'PFS')!;
      expect([pfs.AVAL, pfs.CNSR, pfs.ADT, pfs.SRCREAS]).toEqual([
        c.pfs.days,
        c.pfs.event ? 0 : 1,
        c.pfs.date,
        c.pfs.reason,
      ]);
      const os = adtte.find((r) => r.USUBJID === c.id && r.PARAMCD === 'OS')!;
      expect([os.AVAL, os.CNSR, os.ADT]).toEqual([c.os.days, c.os.event ? 0 : 1, c.os.date]);
      const dor = adtte.find((r) => r.USUBJID === c.id && r.PARAMCD === 'DOR');
      expect(dor?.AVAL ?? null).toBe(c.dor?.days ?? null);
      const sl = adsl.find((r) => r.USUBJID === c.id)!;
      expect([sl.BOR, sl.SAFFL, sl.EFFFL]).toEqual([
        c.bor,
        c.populations.treated ? 'Y' : 'N',
        c.populations.responseEvaluable ? 'Y' : 'N',
      ]);
      expect(adrs.find((r) => r.USUBJID === c.id && r.PARAMCD === 'CBOR')?.AVALC).toBe(c.bor);
    }
    // the fixture has responders, progressions and deaths, so both CNSR values occur
    expect(new Set(adtte.filter((r) => r.PARAMCD === 'PFS').map((r) => r.CNSR))).toEqual(
      new Set([0, 1]),
    );
    expect(core.subjects.some((c) => c.bor === 'PR')).toBe(true);
  });

  it('a data cut drops later records and recomputes RECIST as of the cut', () => {
    const raw = syntheticSubject(7);
    const cut = raw.tumourAssessments[1]?.date ?? raw.enrollmentDate!;
    const s = prepareExportSubject(study, raw, cut)!;
    expect(s.visits.every((v) => v.date <= cut)).toBe(true);
    expect(s.recist?.timepoints.every((t) => t.date <= cut)).toBe(true);
    expect(prepareExportSubject(study, raw, '2025-01-01')).toBeNull();
  });
});
