import { describe, expect, it } from 'vitest';
import { type Row, rows, schedule, sortRows, statusOf, visit } from './schedule-test-helpers.ts';

// Expected dates computed independently (Python datetime, day 1 + n − 1) and written out here;
// the rule: CLINICAL-RULES.md "Default schedule of this protocol".
const FROM_2025_03_03: Row[] = [
  ['screening/1', '2025-03-02', -1, '2025-02-03', '2025-03-02'],
  ['cycle-day-1/1', '2025-03-03', 1, '2025-02-28', '2025-03-06'],
  ['cycle-day-1/2', '2025-03-31', 29, '2025-03-28', '2025-04-03'],
  ['cycle-day-1/3', '2025-04-28', 57, '2025-04-25', '2025-05-01'],
  ['cycle-day-1/4', '2025-05-26', 85, '2025-05-23', '2025-05-29'],
  ['cycle-day-1/5', '2025-06-23', 113, '2025-06-20', '2025-06-26'],
  ['cycle-day-1/6', '2025-07-21', 141, '2025-07-18', '2025-07-24'],
  ['cycle-day-1/7', '2025-08-18', 169, '2025-08-15', '2025-08-21'],
  ['cycle-day-1/8', '2025-09-15', 197, '2025-09-12', '2025-09-18'],
  ['cycle-day-1/9', '2025-10-13', 225, '2025-10-10', '2025-10-16'],
  ['liver-monitoring/1', '2025-03-03', 1, '2025-02-28', '2025-03-06'],
  ['liver-monitoring/2', '2025-03-31', 29, '2025-03-28', '2025-04-03'],
  ['liver-monitoring/3', '2025-04-28', 57, '2025-04-25', '2025-05-01'],
  ['liver-monitoring/4', '2025-05-26', 85, '2025-05-23', '2025-05-29'],
  ['liver-monitoring/5', '2025-06-23', 113, '2025-06-20', '2025-06-26'],
  ['liver-monitoring/6', '2025-07-21', 141, '2025-07-18', '2025-07-24'],
  ['liver-monitoring/7', '2025-09-15', 197, '2025-09-12', '2025-09-18'],
  ['tumour-evaluation/1', '2025-04-28', 57, '2025-04-21', '2025-05-05'],
  ['tumour-evaluation/2', '2025-06-23', 113, '2025-06-16', '2025-06-30'],
  ['tumour-evaluation/3', '2025-08-18', 169, '2025-08-11', '2025-08-25'],
  ['tumour-evaluation/4', '2025-10-13', 225, '2025-10-06', '2025-10-20'],
  ['end-of-study/1', '2025-11-09', 252, '2025-11-02', '2025-11-16'],
];

describe('default schedule from enrolment on 2025-03-03', () => {
  const s = schedule('2025-03-03', '2025-03-03', {
    consentDate: '2025-02-10',
    visitsDone: [{ kind: 'screening', date: '2025-02-12' }],
  });

  it('plans every visit on its day with its window', () => {
    expect(rows(s)).toEqual(sortRows(FROM_2025_03_03));
  });

  it('gives windows in study days, with no day 0', () => {
    expect(visit(s, 'cycle-day-1/1').window).toMatchObject({
      earliestStudyDay: -3,
      latestStudyDay: 4,
    });
    expect(visit(s, 'screening/1').window).toMatchObject({
      earliestStudyDay: -28,
      latestStudyDay: -1,
    });
    expect(visit(s, 'tumour-evaluation/1').window).toMatchObject({
      earliestStudyDay: 50,
      latestStudyDay: 64,
    });
  });

  it('numbers cycles and lists visits in date order', () => {
    expect(visit(s, 'tumour-evaluation/2').cycle).toBe(5);
    expect(visit(s, 'liver-monitoring/7').cycle).toBe(8);
    const dates = s.visits.map((v) => v.targetDate);
    expect(dates).toEqual([...dates].sort());
    expect(s.visits[0]?.key).toBe('screening/1');
    expect(s.visits.at(-1)?.key).toBe('end-of-study/1');
  });

  it('on day 1: screening done, cycle 1 due, the rest planned', () => {
    expect(visit(s, 'screening/1').status).toEqual({
      kind: 'done',
      date: '2025-02-12',
      daysFromTarget: -18,
    });
    expect(statusOf(s, 'cycle-day-1/1')).toBe('due');
    expect(statusOf(s, 'liver-monitoring/1')).toBe('due');
    const rest = s.visits.filter(
      (v) => !['screening/1', 'cycle-day-1/1', 'liver-monitoring/1'].includes(v.key),
    );
    expect(new Set(rest.map((v) => v.status.kind))).toEqual(new Set(['planned']));
    expect(s.studyDayAsOf).toBe(1);
  });

  it('cites the rule and the parameter in each visit', () => {
    expect(visit(s, 'cycle-day-1/3').reasons[0]).toBe(
      'cycle 3 day 1: day 1 + 28 × (3 − 1) = day 57, ± 3 days (schedule.cycleLengthDays, schedule.cycleVisitWindowDays)',
    );
    expect(visit(s, 'tumour-evaluation/4').reasons[0]).toContain('day 225, ± 7 days');
    expect(visit(s, 'liver-monitoring/7').reasons[0]).toContain('every 2 cycles after cycle 6');
  });
});

describe('month ends and leap days', () => {
  it('enrolment on 2024-01-31 (cycle 2 on 28 February of a leap year)', () => {
    expect(rows(schedule('2024-01-31', '2024-01-31'))).toEqual(
      sortRows([
        ['screening/1', '2024-01-30', -1, '2024-01-03', '2024-01-30'],
        ['cycle-day-1/1', '2024-01-31', 1, '2024-01-28', '2024-02-03'],
        ['cycle-day-1/2', '2024-02-28', 29, '2024-02-25', '2024-03-02'],
        ['cycle-day-1/3', '2024-03-27', 57, '2024-03-24', '2024-03-30'],
        ['cycle-day-1/4', '2024-04-24', 85, '2024-04-21', '2024-04-27'],
        ['cycle-day-1/5', '2024-05-22', 113, '2024-05-19', '2024-05-25'],
        ['cycle-day-1/6', '2024-06-19', 141, '2024-06-16', '2024-06-22'],
        ['cycle-day-1/7', '2024-07-17', 169, '2024-07-14', '2024-07-20'],
        ['cycle-day-1/8', '2024-08-14', 197, '2024-08-11', '2024-08-17'],
        ['cycle-day-1/9', '2024-09-11', 225, '2024-09-08', '2024-09-14'],
        ['liver-monitoring/1', '2024-01-31', 1, '2024-01-28', '2024-02-03'],
        ['liver-monitoring/2', '2024-02-28', 29, '2024-02-25', '2024-03-02'],
        ['liver-monitoring/3', '2024-03-27', 57, '2024-03-24', '2024-03-30'],
        ['liver-monitoring/4', '2024-04-24', 85, '2024-04-21', '2024-04-27'],
        ['liver-monitoring/5', '2024-05-22', 113, '2024-05-19', '2024-05-25'],
        ['liver-monitoring/6', '2024-06-19', 141, '2024-06-16', '2024-06-22'],
        ['liver-monitoring/7', '2024-08-14', 197, '2024-08-11', '2024-08-17'],
        ['tumour-evaluation/1', '2024-03-27', 57, '2024-03-20', '2024-04-03'],
        ['tumour-evaluation/2', '2024-05-22', 113, '2024-05-15', '2024-05-29'],
        ['tumour-evaluation/3', '2024-07-17', 169, '2024-07-10', '2024-07-24'],
        ['tumour-evaluation/4', '2024-09-11', 225, '2024-09-04', '2024-09-18'],
        ['end-of-study/1', '2024-10-08', 252, '2024-10-01', '2024-10-15'],
      ]),
    );
  });

  it('enrolment on 2024-02-29 (leap day)', () => {
    expect(rows(schedule('2024-02-29', '2024-02-29'))).toEqual(
      sortRows([
        ['screening/1', '2024-02-28', -1, '2024-02-01', '2024-02-28'],
        ['cycle-day-1/1', '2024-02-29', 1, '2024-02-26', '2024-03-03'],
        ['cycle-day-1/2', '2024-03-28', 29, '2024-03-25', '2024-03-31'],
        ['cycle-day-1/3', '2024-04-25', 57, '2024-04-22', '2024-04-28'],
        ['cycle-day-1/4', '2024-05-23', 85, '2024-05-20', '2024-05-26'],
        ['cycle-day-1/5', '2024-06-20', 113, '2024-06-17', '2024-06-23'],
        ['cycle-day-1/6', '2024-07-18', 141, '2024-07-15', '2024-07-21'],
        ['cycle-day-1/7', '2024-08-15', 169, '2024-08-12', '2024-08-18'],
        ['cycle-day-1/8', '2024-09-12', 197, '2024-09-09', '2024-09-15'],
        ['cycle-day-1/9', '2024-10-10', 225, '2024-10-07', '2024-10-13'],
        ['liver-monitoring/1', '2024-02-29', 1, '2024-02-26', '2024-03-03'],
        ['liver-monitoring/2', '2024-03-28', 29, '2024-03-25', '2024-03-31'],
        ['liver-monitoring/3', '2024-04-25', 57, '2024-04-22', '2024-04-28'],
        ['liver-monitoring/4', '2024-05-23', 85, '2024-05-20', '2024-05-26'],
        ['liver-monitoring/5', '2024-06-20', 113, '2024-06-17', '2024-06-23'],
        ['liver-monitoring/6', '2024-07-18', 141, '2024-07-15', '2024-07-21'],
        ['liver-monitoring/7', '2024-09-12', 197, '2024-09-09', '2024-09-15'],
        ['tumour-evaluation/1', '2024-04-25', 57, '2024-04-18', '2024-05-02'],
        ['tumour-evaluation/2', '2024-06-20', 113, '2024-06-13', '2024-06-27'],
        ['tumour-evaluation/3', '2024-08-15', 169, '2024-08-08', '2024-08-22'],
        ['tumour-evaluation/4', '2024-10-10', 225, '2024-10-03', '2024-10-17'],
        ['end-of-study/1', '2024-11-06', 252, '2024-10-30', '2024-11-13'],
      ]),
    );
  });

  it('a common year: enrolment on 2023-01-31 puts cycle 2 on 28 February, cycle 3 on 28 March', () => {
    const s = schedule('2023-01-31', '2023-01-31');
    expect(visit(s, 'cycle-day-1/2').targetDate).toBe('2023-02-28');
    expect(visit(s, 'cycle-day-1/2').window).toMatchObject({
      earliest: '2023-02-25',
      latest: '2023-03-03',
    });
    expect(visit(s, 'cycle-day-1/3').targetDate).toBe('2023-03-28');
    expect(visit(s, 'screening/1').window.earliest).toBe('2023-01-03');
  });

  it('across a year end: enrolment on 2025-12-31', () => {
    const s = schedule('2025-12-31', '2025-12-31');
    expect(visit(s, 'screening/1').window).toMatchObject({
      earliest: '2025-12-03',
      latest: '2025-12-30',
    });
    expect(visit(s, 'cycle-day-1/2').targetDate).toBe('2026-01-28');
    expect(visit(s, 'end-of-study/1').targetDate).toBe('2026-09-08');
  });
});
