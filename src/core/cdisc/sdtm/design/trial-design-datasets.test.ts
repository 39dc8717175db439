import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { createXptEncoder } from '../../format/xpt-encoder.ts';
import { encodeAll } from '../../testing/collect-bytes.ts';
import { readXpt } from '../../testing/xpt-test-reader.ts';
import { trialDesignDatasets } from './trial-design-datasets.ts';

const study = defaultStudy();
const datasets = trialDesignDatasets(study);
const rowsOf = (name: string) => datasets.find((d) => d.spec.name === name)?.rows ?? [];

describe('trial design domains from the default study', () => {
  it('gives TA, TE, TV, TI, TS with exactly the spec variables in every row', () => {
    expect(datasets.map((d) => d.spec.name)).toEqual(['TA', 'TE', 'TV', 'TI', 'TS']);
    for (const d of datasets) {
      const names = d.spec.variables.map((v) => v.name).sort();
      for (const r of d.rows) expect(Object.keys(r).sort()).toEqual(names);
      expect(
        d.rows.every((r) => r.STUDYID === 'leflunomide-men1-phase2' && r.DOMAIN === d.spec.name),
      ).toBe(true);
    }
  });

  it('TA/TE: one arm, three elements in epoch order', () => {
    expect(rowsOf('TA').map((r) => [r.ARMCD, r.TAETORD, r.ETCD, r.EPOCH])).toEqual([
      ['LEF20', 1, 'SCRN', 'SCREENING'],
      ['LEF20', 2, 'LEF', 'TREATMENT'],
      ['LEF20', 3, 'FU', 'FOLLOW-UP'],
    ]);
    expect(rowsOf('TE').map((r) => r.ELEMENT)).toEqual([
      'Screening',
      'Leflunomide tablets 20 mg QD',
      'Follow-up',
    ]);
    expect(rowsOf('TE')[0]?.TEDUR).toBe('P28D');
  });

  it('TV: 28-day cycles to day 225, evaluations on days 57, 113, 169, 225, end of study day 252', () => {
    const tv = rowsOf('TV');
    const cycles = tv.filter((r) => String(r.VISIT).startsWith('CYCLE'));
    expect(cycles.map((r) => r.VISITDY)).toEqual([1, 29, 57, 85, 113, 141, 169, 197, 225]);
    expect(cycles.map((r) => r.VISITNUM)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109]);
    const evaluations = tv.filter((r) => String(r.VISIT).startsWith('TUMOUR'));
    expect(evaluations.map((r) => [r.VISITNUM, r.VISITDY])).toEqual([
      [201, 57],
      [202, 113],
      [203, 169],
      [204, 225],
    ]);
    expect(tv[0]).toMatchObject({ VISITNUM: 1, VISIT: 'SCREENING', VISITDY: -28 });
    expect(tv.at(-1)).toMatchObject({ VISITNUM: 900, VISITDY: 252 });
    expect(tv.find((r) => r.VISITNUM === 400)?.VISITDY).toBeNull();
    // no planned visit on day 0 (SDTMIG: no day 0)
    expect(tv.some((r) => r.VISITDY === 0)).toBe(false);
  });

  it('TI: criteria in protocol order with 8-character codes', () => {
    expect(rowsOf('TI').map((r) => [r.IETESTCD, r.IECAT])).toEqual([
      ['INCL01', 'INCLUSION'],
      ['INCL02', 'INCLUSION'],
      ['INCL03', 'INCLUSION'],
      ['INCL04', 'INCLUSION'],
      ['INCL05', 'INCLUSION'],
      ['INCL06', 'INCLUSION'],
      ['INCL07', 'INCLUSION'],
      ['EXCL01', 'EXCLUSION'],
      ['EXCL02', 'EXCLUSION'],
    ]);
  });

  it('TS: phase, design, dose, planned size from Simon n, age, endpoints', () => {
    const ts = new Map<string, unknown[]>();
    for (const r of rowsOf('TS'))
      ts.set(String(r.TSPARMCD), [...(ts.get(String(r.TSPARMCD)) ?? []), r.TSVAL]);
    expect(ts.get('TPHASE')).toEqual(['PHASE II TRIAL']);
    expect(ts.get('PLANSUB')).toEqual(['29']);
    expect(ts.get('DOSE')).toEqual(['20']);
    expect(ts.get('AGEMIN')).toEqual(['P18Y']);
    expect(ts.get('LENGTH')).toEqual(['P252D']);
    expect(ts.get('OUTMSPRI')).toEqual([
      'Objective response rate (ORR)',
      'Progression-free survival (PFS)',
    ]);
    const outmspri = rowsOf('TS').filter((r) => r.TSPARMCD === 'OUTMSPRI');
    expect(outmspri.map((r) => r.TSSEQ)).toEqual([1, 2]);
    expect(rowsOf('TS').find((r) => r.TSPARMCD === 'TPHASE')?.TSVALCD).toBe('C15601');
  });

  it('writes every trial design dataset to XPT and reads it back', () => {
    for (const d of datasets) {
      const file = readXpt(
        encodeAll(createXptEncoder(d.spec, { created: '2026-11-25T00:00:00Z' }), d.rows),
      );
      expect(file.rows).toHaveLength(d.rows.length);
    }
  });
});
