import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/calendar-date.ts';
import { schedule, statusOf, visit } from './schedule-test-helpers.ts';

// Cycle 3 day 1 of an enrolment on 2025-03-03: target 2025-04-28, window 04-25 … 05-01.
describe('status transitions as asOf moves', () => {
  const at = (asOf: string, visitsDone: Array<{ kind: 'cycle-day-1'; date: string }> = []) =>
    schedule('2025-03-03', asOf, { visitsDone });

  it('planned before the window, due while it is open (both ends), missed the day after', () => {
    expect(statusOf(at('2025-04-24'), 'cycle-day-1/3')).toBe('planned');
    expect(statusOf(at('2025-04-25'), 'cycle-day-1/3')).toBe('due');
    expect(statusOf(at('2025-05-01'), 'cycle-day-1/3')).toBe('due');
    expect(statusOf(at('2025-05-02'), 'cycle-day-1/3')).toBe('missed');
  });

  it('a visit dated after asOf does not count yet; on its day it is done', () => {
    const done = [{ kind: 'cycle-day-1' as const, date: '2025-04-30' }];
    expect(statusOf(at('2025-04-29', done), 'cycle-day-1/3')).toBe('due');
    expect(at('2025-04-29', done).reasons).toContain(
      'cycle-day-1 visit on 2025-04-30 is after as-of 2025-04-29: not used',
    );
    expect(visit(at('2025-04-30', done), 'cycle-day-1/3').status).toEqual({
      kind: 'done',
      date: '2025-04-30',
      daysFromTarget: 2,
    });
  });

  it('window edges: 3 days early is done, 4 days early is done out of window', () => {
    const early3 = at('2025-06-01', [{ kind: 'cycle-day-1', date: '2025-04-25' }]);
    expect(visit(early3, 'cycle-day-1/3').status).toMatchObject({
      kind: 'done',
      daysFromTarget: -3,
    });
    const late4 = at('2025-06-01', [{ kind: 'cycle-day-1', date: '2025-05-02' }]);
    expect(visit(late4, 'cycle-day-1/3').status).toEqual({
      kind: 'done-out-of-window',
      date: '2025-05-02',
      daysFromTarget: 4,
    });
    expect(visit(late4, 'cycle-day-1/3').reasons.at(-1)).toBe(
      'done on 2025-05-02, outside the window 2025-04-25 … 2025-05-01',
    );
  });

  it('an extra visit near a visit already done is unscheduled, not a second match', () => {
    const s = at('2025-05-15', [
      { kind: 'cycle-day-1', date: '2025-04-28' },
      { kind: 'cycle-day-1', date: '2025-05-10' },
    ]);
    expect(statusOf(s, 'cycle-day-1/3')).toBe('done');
    expect(statusOf(s, 'cycle-day-1/4')).toBe('planned');
    expect(s.unscheduled).toEqual([
      {
        kind: 'cycle-day-1',
        date: '2025-05-10',
        studyDay: 69,
        reasons: ['no planned cycle-day-1 visit accounts for this visit: unscheduled'],
      },
    ]);
  });

  it('liver monitoring is covered by the cycle visit; a tumour evaluation does not replace a cycle visit', () => {
    const s = schedule('2025-03-03', '2025-05-10', {
      visitsDone: [{ kind: 'tumour-evaluation', date: '2025-04-28' }],
    });
    expect(visit(s, 'liver-monitoring/3').status).toMatchObject({
      kind: 'done',
      date: '2025-04-28',
    });
    expect(visit(s, 'liver-monitoring/3').reasons.at(-1)).toContain(
      'covered by the tumour-evaluation visit on 2025-04-28',
    );
    expect(statusOf(s, 'cycle-day-1/3')).toBe('missed');
    expect(statusOf(s, 'tumour-evaluation/1')).toBe('done');
  });

  it('screening not recorded before day 1 is missed once day 1 has come', () => {
    expect(statusOf(schedule('2025-03-03', '2025-02-20'), 'screening/1')).toBe('due');
    expect(statusOf(schedule('2025-03-03', '2025-03-03'), 'screening/1')).toBe('missed');
    expect(statusOf(schedule('2025-03-03', '2025-02-01'), 'screening/1')).toBe('planned');
  });

  it('property: with nothing done, each visit goes planned → due → missed and never back', () => {
    const order = { planned: 0, due: 1, missed: 2 } as Record<string, number>;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.array(fc.integer({ min: -40, max: 300 }), { minLength: 2, maxLength: 6 }),
        (dayN, offsets) => {
          const day1 = addDays('1970-01-01', dayN);
          const sorted = [...offsets].sort((a, b) => a - b);
          const runs = sorted.map((o) => schedule(day1, addDays(day1, o)));
          const keys = runs[0]?.visits.map((v) => v.key) ?? [];
          for (const key of keys) {
            const seq = runs.map((r) => order[statusOf(r, key)] ?? -1);
            expect(seq.every((x) => x >= 0)).toBe(true);
            for (let i = 1; i < seq.length; i++)
              expect(seq[i]).toBeGreaterThanOrEqual(seq[i - 1] ?? 0);
          }
          for (const v of runs[0]?.visits ?? []) {
            expect(v.window.earliest <= v.targetDate && v.targetDate <= v.window.latest).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
