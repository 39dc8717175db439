import { describe, expect, it } from 'vitest';
import { medicationOverlap, partialDateBounds } from './medication-period-overlap.ts';

const trt = { treatmentStart: '2026-03-01', treatmentEnd: '2026-08-31' };

describe('medication period overlap with treatment', () => {
  it('inclusive at both ends', () => {
    expect(
      medicationOverlap({ ...trt, medStart: '2026-01-01', medStop: '2026-03-01' }),
    ).toMatchObject({
      kind: 'overlaps',
      from: '2026-03-01',
      to: '2026-03-01',
    });
    expect(medicationOverlap({ ...trt, medStart: '2026-01-01', medStop: '2026-02-28' }).kind).toBe(
      'no-overlap',
    );
    expect(medicationOverlap({ ...trt, medStart: '2026-08-31' }).kind).toBe('overlaps');
    expect(medicationOverlap({ ...trt, medStart: '2026-09-01' }).kind).toBe('no-overlap');
  });
  it('open stop date = ongoing; open treatment end = ongoing', () => {
    expect(
      medicationOverlap({ treatmentStart: '2026-03-01', medStart: '2020-05-01' }),
    ).toMatchObject({
      kind: 'overlaps',
      from: '2026-03-01',
      to: null,
    });
  });
  it('partial stop date: ongoing until the last day it can mean', () => {
    // stopped "2026-03": maybe on 03-01 (overlap) or 03-31 → certain overlap starting 03-01
    expect(medicationOverlap({ ...trt, medStart: '2025-06-10', medStop: '2026-03' })).toMatchObject(
      {
        kind: 'overlaps',
        to: '2026-03-31',
      },
    );
    // stopped "2026-02": no day of February is on treatment
    expect(medicationOverlap({ ...trt, medStart: '2025-06-10', medStop: '2026-02' }).kind).toBe(
      'no-overlap',
    );
    // stopped "2026": could be January (no) or December (yes) → possibly
    expect(medicationOverlap({ ...trt, medStart: '2025-06-10', medStop: '2026' }).kind).toBe(
      'possibly-overlaps',
    );
  });
  it('partial or missing start', () => {
    expect(medicationOverlap({ ...trt, medStart: '2026-08' }).kind).toBe('overlaps');
    expect(medicationOverlap({ ...trt, medStart: '2026' }).kind).toBe('possibly-overlaps');
    expect(medicationOverlap({ ...trt }).kind).toBe('possibly-overlaps');
    expect(medicationOverlap({ ...trt, medStop: '2025-12-31' }).kind).toBe('no-overlap');
  });
  it('partial date bounds, leap years included', () => {
    expect(partialDateBounds('2024-02')).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(partialDateBounds('2025-02')).toEqual({ earliest: '2025-02-01', latest: '2025-02-28' });
    expect(() => partialDateBounds('2025-13')).toThrow(/month/);
    expect(() => partialDateBounds('2025-02-30')).toThrow(/calendar/);
    expect(() => medicationOverlap({ ...trt, medStart: '2026-05-01', medStop: '2026-04' })).toThrow(
      /before start/,
    );
  });
});
