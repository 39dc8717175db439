import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochOf } from './epoch.ts';
import { createSequencer } from './sequence-numbers.ts';
import { sdtmStudyDay } from './study-day.ts';
import { unscheduledVisitNumber, visitLabel, visitNumber } from './visit-number.ts';

describe('--DY (SDTMIG 3.4 §4.4.4: no day 0)', () => {
  it('counts day 1 as the reference date and jumps from −1 to 1', () => {
    expect(sdtmStudyDay('2026-01-05', '2026-01-05')).toBe(1);
    expect(sdtmStudyDay('2026-01-05', '2026-01-06')).toBe(2);
    expect(sdtmStudyDay('2026-01-05', '2026-01-04')).toBe(-1);
    expect(sdtmStudyDay('2026-01-05', '2025-12-08')).toBe(-28);
    expect(sdtmStudyDay('2024-02-28', '2024-03-01')).toBe(3); // leap day counted
    expect(sdtmStudyDay('2026-01-05', '2026-01-06T10:30')).toBe(2); // date-time: its date
  });
  it('is null for partial or missing dates', () => {
    expect(sdtmStudyDay('2026-01-05', '2026-01')).toBeNull();
    expect(sdtmStudyDay('2026-01-05', null)).toBeNull();
    expect(sdtmStudyDay(null, '2026-01-05')).toBeNull();
    expect(sdtmStudyDay('2026-01-05', '2026-02-30')).toBeNull();
  });
  it('never gives 0, and consecutive dates differ by 1 except across the reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const day = (n: number) =>
          new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
        const dy = sdtmStudyDay('2026-01-05', day(offset));
        expect(dy).not.toBe(0);
        expect(dy).toBe(offset >= 0 ? offset + 1 : offset);
      }),
    );
  });
});

describe('--SEQ (SDTMIG 3.4 §4.1.5)', () => {
  it('numbers records 1, 2, 3… within each subject', () => {
    const seq = createSequencer('AE');
    expect(['S1', 'S1', 'S1', 'S2', 'S3', 'S3'].map((s) => seq.next(s))).toEqual([
      1, 2, 3, 1, 1, 2,
    ]);
  });
  it('refuses a subject coming back, which would repeat a number', () => {
    const seq = createSequencer('AE');
    seq.next('S1');
    seq.next('S2');
    expect(() => seq.next('S1')).toThrow(/AE\.USUBJID.*S1 appears again/);
  });
});

describe('EPOCH', () => {
  const dates = { firstDose: '2026-01-05', lastDose: '2026-04-30' };
  it('puts a date in screening, treatment or follow-up by the first and last dose', () => {
    expect(epochOf('2026-01-04', dates)).toBe('SCREENING');
    expect(epochOf('2026-01-05', dates)).toBe('TREATMENT');
    expect(epochOf('2026-04-30T23:00', dates)).toBe('TREATMENT');
    expect(epochOf('2026-05-01', dates)).toBe('FOLLOW-UP');
    expect(epochOf('2026-05-01', { firstDose: '2026-01-05', lastDose: null })).toBe('TREATMENT');
    expect(epochOf('2026-05-01', { firstDose: null, lastDose: null })).toBe('SCREENING');
    expect(epochOf('2026-05', dates)).toBeNull();
  });
});

describe('VISITNUM', () => {
  it('bands each series so numbers never collide, with unscheduled decimals', () => {
    expect(visitNumber('screening', 1)).toBe(1);
    expect(visitNumber('cycle-day-1', 1)).toBe(101);
    expect(visitNumber('cycle-day-1', 9)).toBe(109);
    expect(visitNumber('tumour-evaluation', 4)).toBe(204);
    expect(visitNumber('end-of-treatment', 1)).toBe(400);
    expect(visitNumber('end-of-study', 1)).toBe(900);
    expect(visitLabel('cycle-day-1', 3)).toBe('CYCLE 3 DAY 1');
    expect(unscheduledVisitNumber(103, 1)).toBe(103.01);
    expect(unscheduledVisitNumber(103, 2)).toBe(103.02);
    expect(() => visitNumber('cycle-day-1', 100)).toThrow(RangeError);
  });
});
