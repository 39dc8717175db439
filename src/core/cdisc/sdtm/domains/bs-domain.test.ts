import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../../../protocol/study-definition.ts';
import { daysBetween } from '../../../shared/calendar-date.ts';
import { prepareExportSubject } from '../../prepare-export-subject.ts';
import { syntheticSubject } from '../../testing/synthetic-subjects.ts';
import { beRows } from './be-domain.ts';
import { bsRows, bsTestOf } from './bs-domain.ts';

const study = defaultStudy();

describe('BS (Biospecimen Findings)', () => {
  const raw = syntheticSubject(3);
  const subject = prepareExportSubject(
    study,
    {
      ...raw,
      specimens: [
        ...raw.specimens,
        {
          label: 'BB-3-9',
          type: 'ffpe-block',
          collectedAt: '2026-01-02T01:00:00.000Z',
          visitId: null,
          quantity: '2',
          unit: 'block',
        },
        {
          label: 'BB-3-8',
          type: 'fresh-frozen-tissue',
          collectedAt: '2026-01-01T01:00:00.000Z',
          visitId: null,
          quantity: '12.50',
          unit: 'mg',
        },
      ],
    },
    null,
  )!;
  const rows = bsRows(study, subject);

  it('has one row per specimen collection, BSREFID = label, the same specimens as BE', () => {
    expect(rows).toHaveLength(subject.specimens.length);
    expect(rows.map((r) => r.BSREFID).sort()).toEqual(subject.specimens.map((s) => s.label).sort());
    expect(rows.map((r) => r.BSREFID).sort()).toEqual(
      beRows(study, subject)
        .map((r) => r.BEREFID)
        .sort(),
    );
  });

  it('reports the collected quantity exactly, the test following the unit', () => {
    const byRef = new Map(rows.map((r) => [r.BSREFID, r]));
    expect(byRef.get('BB-3-8')).toMatchObject({
      BSTESTCD: 'WEIGHT',
      BSORRES: '12.50',
      BSORRESU: 'mg',
      BSSTRESC: '12.50',
      BSSTRESN: 12.5,
      BSSPEC: 'FRESH-FROZEN-TISSUE',
    });
    expect(byRef.get('BB-3-9')).toMatchObject({
      BSTESTCD: 'SPCCNT',
      BSORRES: '2',
      BSSTRESN: 2,
      BSORRESU: 'block',
    });
    expect(byRef.get('BB-3-1')).toMatchObject({
      BSTESTCD: 'VOLUME',
      BSORRES: '10',
      BSORRESU: 'mL',
    });
    expect(bsTestOf('slide').BSTESTCD).toBe('SPCCNT');
  });

  it('numbers BSSEQ 1..n in collection order and counts BSDY with no day 0', () => {
    expect(rows.map((r) => r.BSSEQ)).toEqual(rows.map((_, i) => i + 1));
    const dtcs = rows.map((r) => String(r.BSDTC));
    expect([...dtcs].sort()).toEqual(dtcs);
    const day1 = subject.enrollmentDate!;
    for (const r of rows) {
      const d = daysBetween(day1, String(r.BSDTC).slice(0, 10));
      expect(r.BSDY).toBe(d >= 0 ? d + 1 : d);
    }
  });
});
