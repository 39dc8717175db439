import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { reportCatalogues } from './i18n/report-messages.ts';
import { exposureOf, exposureSection } from './report-sections.ts';
import type { CutSubject } from './snapshot-subjects.ts';

const study = defaultStudy();
const m = reportCatalogues.en;

/** A subject as the snapshot regroups it (camel-cased stored rows). */
function subject(code: string, over: Partial<Record<keyof CutSubject, unknown>>): CutSubject {
  const empty = {
    dispensations: [],
    drug_returns: [],
    dose_changes: [],
    missed_doses: [],
    treatment_ends: [],
  };
  return {
    subject: { id: code, subjectCode: code, enrollmentDate: '2026-01-05' },
    ...empty,
    ...over,
  } as unknown as CutSubject;
}

const a = subject('S-01', {
  dispensations: [
    { id: 'd1', cycle: 1, dispensedDate: '2026-01-05', tabletsDispensed: 60 },
    { id: 'd2', cycle: 2, dispensedDate: '2026-02-02', tabletsDispensed: 60 },
  ],
  // cycle 1 returned with 8 left (2 missed days); cycle 2 returned only after the cut-off
  drug_returns: [
    { dispensationId: 'd1', returnDate: '2026-02-02', tabletsReturned: 8 },
    { dispensationId: 'd2', returnDate: '2026-03-20', tabletsReturned: 0 },
  ],
  missed_doses: [{ missedDate: '2026-01-10' }, { missedDate: '2026-01-11' }],
});
const b = subject('S-02', {
  dispensations: [{ id: 'd3', cycle: 1, dispensedDate: '2026-01-05', tabletsDispensed: 60 }],
  drug_returns: [{ dispensationId: 'd3', returnDate: '2026-02-01', tabletsReturned: 70 }],
  treatment_ends: [{ lastDoseDate: '2026-01-31' }],
});

describe('report exposure from drug accountability at the cut-off', () => {
  it('counts returns known at the cut-off, estimates the rest, missed doses included', () => {
    const e = exposureOf(study, a, '2026-02-15');
    expect(e.cycles).toBe(2);
    // 42 days × 20 mg planned; cycle 1: 52 tablets = 520 mg; cycle 2 (return after the cut-off):
    // 14 days × 20 mg estimated
    expect(e.intensity).toMatchObject({ exposureDays: 42, plannedMg: 840, takenMg: 800 });
    expect(e.intensity.relativeDoseIntensity).toBeCloseTo(800 / 840, 12);
    expect(e.intensity.flags).toEqual([{ kind: 'return-not-recorded', cycle: 2 }]);
  });

  it('summary and listing: RDI, flags, refusal of returned > dispensed', () => {
    const s = exposureSection(m, study, [a, b], '2026-02-15', 'closed');
    const summary = s.tables[0]!;
    const row = (label: string) => summary.rows.find((r) => r[0] === label)?.[1];
    expect(row(m['row.returnRefused'])).toBe('1 (50 %)');
    expect(row(m['row.returnEstimated'])).toBe('1 (50 %)');
    expect(row(m['row.missedDoses'])).toBe('1 (50 %)');
    // only S-01 has an RDI (0.952): S-02's is withheld
    expect(row(m['col.intensity'])).toBe('0.95 (0.95–0.95)');
    const listing = s.tables[1]!;
    expect(listing.rows[1]).toEqual([
      'S-02',
      1,
      27,
      null,
      0,
      0,
      540,
      null,
      1,
      0,
      'cycle 1: returned + lost 70 > dispensed 60',
    ]);
    expect(exposureSection(m, study, [a, b], '2026-02-15', 'open').tables).toHaveLength(1);
  });
});
