import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { addDays } from '../shared/calendar-date.ts';
import { type DoseIntensityInput, doseIntensity, flagText } from './dose-intensity.ts';

// Leflunomide: 20 mg/day planned (2 × 10 mg tablets), reduction level 10 mg.
const study = defaultStudy();
const day1 = '2026-01-05';
const day = (n: number) => addDays(day1, n - 1); // study day n
const base = (over: Partial<DoseIntensityInput>): DoseIntensityInput => ({
  day1,
  exposureEnd: day(28),
  dispensings: [],
  changes: [],
  missedDoseDates: [],
  ...over,
});
const cycle1 = (tablets: number | null, lost = 0) => ({
  cycle: 1,
  dispensedDate: day1,
  tabletsDispensed: 60,
  returned: tablets === null ? null : { date: day(29), tablets, lost },
});

describe('dose intensity from drug accountability', () => {
  it('full compliance: 56 of 60 tablets taken over 28 days = 560 mg of 560 planned → RDI 1', () => {
    const r = doseIntensity(study, base({ dispensings: [cycle1(4)] }));
    expect(r).toMatchObject({
      exposureDays: 28,
      plannedMg: 560,
      prescribedMg: 560,
      takenMg: 560,
      estimatedMg: 0,
      relativeDoseIntensity: 1,
      prescribedIntensity: 1,
      flags: [],
    });
  });

  it('missed doses show in the returned tablets: 2 days missed → 52 taken, RDI 520/560', () => {
    const r = doseIntensity(
      study,
      base({ dispensings: [cycle1(8)], missedDoseDates: [day(3), day(4)] }),
    );
    expect(r.takenMg).toBe(520);
    expect(r.relativeDoseIntensity).toBeCloseTo(520 / 560, 12);
    expect(r.prescribedIntensity).toBe(1); // the prescription did not change
    expect(r.missedDoseDays).toBe(2);
  });

  it('lost tablets count as not taken: dispensed − returned − lost', () => {
    expect(doseIntensity(study, base({ dispensings: [cycle1(2, 2)] })).takenMg).toBe(560);
    expect(doseIntensity(study, base({ dispensings: [cycle1(2, 6)] })).takenMg).toBe(520);
  });

  it('a reduction to 10 mg from day 15 and an interruption lower the prescribed intensity', () => {
    const reduced = doseIntensity(
      study,
      base({
        dispensings: [cycle1(18)],
        changes: [{ kind: 'reduction', date: day(15), doseMg: 10 }],
      }),
    );
    expect(reduced.prescribedMg).toBe(14 * 20 + 14 * 10); // 420
    expect(reduced.prescribedIntensity).toBeCloseTo(0.75, 12);
    expect(reduced.takenMg).toBe(420);
    expect(reduced.reductions).toBe(1);
    const paused = doseIntensity(
      study,
      base({
        dispensings: [cycle1(18)],
        changes: [
          { kind: 'interruption', date: day(10), doseMg: null },
          { kind: 'resumption', date: day(17), doseMg: 20 },
        ],
      }),
    );
    expect(paused.prescribedMg).toBe(21 * 20); // days 10–16 at 0
    expect(paused.interruptions).toBe(1);
    expect(paused.relativeDoseIntensity).toBeCloseTo(420 / 560, 12);
  });

  it('no return recorded yet: taken estimated from the regimen less missed days, flagged', () => {
    const r = doseIntensity(
      study,
      base({ exposureEnd: day(20), dispensings: [cycle1(null)], missedDoseDates: [day(5)] }),
    );
    expect(r.plannedMg).toBe(400);
    expect(r.takenMg).toBe(19 * 20);
    expect(r.estimatedMg).toBe(380);
    expect(r.relativeDoseIntensity).toBeCloseTo(0.95, 12);
    expect(r.flags).toEqual([{ kind: 'return-not-recorded', cycle: 1 }]);
    expect(flagText(r.flags[0]!)).toBe('cycle 1: return not recorded, taken estimated');
  });

  it('the estimate never exceeds what was dispensed, and stops at the next dispensing', () => {
    const small = { cycle: 1, dispensedDate: day1, tabletsDispensed: 20, returned: null };
    expect(doseIntensity(study, base({ dispensings: [small] })).takenMg).toBe(200);
    const two = doseIntensity(
      study,
      base({
        exposureEnd: day(40),
        dispensings: [
          { cycle: 2, dispensedDate: day(29), tabletsDispensed: 60, returned: null },
          cycle1(null),
        ],
      }),
    );
    // cycle 1 covers days 1–28 (560 mg), cycle 2 days 29–40 (240 mg)
    expect(two.estimatedMg).toBe(800);
    expect(two.flags.map((f) => f.kind)).toEqual(['return-not-recorded', 'return-not-recorded']);
  });

  it('returned + lost > dispensed is refused: RDI null, the cycle named', () => {
    const r = doseIntensity(study, base({ dispensings: [cycle1(61)] }));
    expect(r.takenMg).toBeNull();
    expect(r.relativeDoseIntensity).toBeNull();
    expect(r.prescribedIntensity).toBe(1);
    expect(r.flags).toEqual([
      { kind: 'returned-exceeds-dispensed', cycle: 1, dispensed: 60, returnedAndLost: 61 },
    ]);
    expect(flagText(r.flags[0]!)).toBe('cycle 1: returned + lost 61 > dispensed 60');
  });

  it('zero exposure days: intensities null, no division by zero', () => {
    const r = doseIntensity(study, base({ exposureEnd: addDays(day1, -1) }));
    expect(r).toMatchObject({
      exposureDays: 0,
      plannedMg: 0,
      prescribedMg: 0,
      takenMg: 0,
      relativeDoseIntensity: null,
      prescribedIntensity: null,
      flags: [{ kind: 'no-exposure' }],
    });
  });

  it('dose changes the regimen refuses: prescribed null, flagged with the rule', () => {
    const r = doseIntensity(
      study,
      base({
        dispensings: [cycle1(4)],
        changes: [{ kind: 'resumption', date: day(5), doseMg: 20 }],
      }),
    );
    expect(r.prescribedMg).toBeNull();
    expect(r.takenMg).toBe(560); // the tablet count still stands
    expect(r.flags).toEqual([
      { kind: 'regimen-refused', message: 'resumption-without-interruption' },
    ]);
  });
});
