import { afterEach, describe, expect, it } from 'vitest';
import { schedule } from './schedule-test-helpers.ts';

// The core never builds a Date: calendar dates are strings and the maths is in whole days, so
// the server's TZ cannot move a visit. Shown by recomputing under zones that straddle the date
// line and have half-hour offsets and DST, after checking that the TZ switch really takes effect.
const ZONES = [
  'UTC',
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC−11
  'America/St_Johns', // UTC−3:30, DST
  'Asia/Kathmandu', // UTC+5:45
  'Asia/Shanghai',
  'Australia/Lord_Howe', // half-hour DST
];

const scenarios = () => [
  schedule('2024-02-29', '2024-06-01', {
    visitsDone: [
      { kind: 'screening', date: '2024-02-10' },
      { kind: 'cycle-day-1', date: '2024-02-29' },
      { kind: 'cycle-day-1', date: '2024-03-31' },
    ],
    treatmentEnd: { lastDoseDate: '2024-04-20', reason: 'toxicity' },
    altResults: [{ date: '2024-03-28', value: 130, uln: 40 }],
  }),
  schedule('2024-01-31', '2024-10-31', { progressionDate: '2024-07-17' }),
  schedule('2025-03-09', '2025-11-02'), // US DST starts 2025-03-09, ends 2025-11-02
];

const original = process.env.TZ;
afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('time zones', () => {
  it('gives identical schedules with process.env.TZ set to each zone', () => {
    process.env.TZ = 'UTC';
    const reference = JSON.stringify(scenarios());
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(2024, 0, 31, 12).getTimezoneOffset());
      expect(JSON.stringify(scenarios()), zone).toBe(reference);
    }
    // The switch was real: local-time Date maths would have seen different offsets.
    expect(offsets.size).toBeGreaterThanOrEqual(5);
  });
});
