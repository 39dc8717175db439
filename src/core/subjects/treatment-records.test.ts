import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { DomainError } from '../shared/domain-error.ts';
import { checkDispositionDates } from './disposition-dates.ts';
import { doseOn, doseRegimen } from './dose-regimen.ts';
import { drugAccountability } from './drug-accountability.ts';
import { drugReturnIssues, futureDateIssues } from './record-date-rules.ts';

const study = defaultStudy();
const day1 = '2026-01-05';

function rules(fn: () => unknown): string[] {
  try {
    fn();
    return [];
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      return e.failure.issues.map((i) => `${i.path} ${i.rule}`);
    throw e;
  }
}

describe('dose regimen (20 → 10 mg, interruptions)', () => {
  it('starts at the starting dose and steps down on a reduction from its date', () => {
    const p = doseRegimen(study, day1, [{ kind: 'reduction', date: '2026-02-02', doseMg: 10 }]);
    expect(doseOn(p, '2026-02-01')).toBe(20);
    expect(doseOn(p, '2026-02-02')).toBe(10);
    expect(doseOn(p, '2026-01-04')).toBe(0);
  });
  it('gives 0 while interrupted and the resumed dose after', () => {
    const p = doseRegimen(study, day1, [
      { kind: 'interruption', date: '2026-01-20', doseMg: null },
      { kind: 'resumption', date: '2026-01-27', doseMg: 10 },
    ]);
    expect([
      doseOn(p, '2026-01-19'),
      doseOn(p, '2026-01-20'),
      doseOn(p, '2026-01-26'),
      doseOn(p, '2026-01-27'),
    ]).toEqual([20, 0, 0, 10]);
  });
  it('refuses impossible sequences, naming the change and the rule', () => {
    expect(
      rules(() =>
        doseRegimen(study, day1, [{ kind: 'reduction', date: '2026-02-02', doseMg: 20 }]),
      ),
    ).toEqual(['changes.0.doseMg reduction-to-lower-level']);
    expect(
      rules(() =>
        doseRegimen(study, day1, [{ kind: 'reduction', date: '2026-02-02', doseMg: 15 }]),
      ),
    ).toEqual(['changes.0.doseMg reduction-to-lower-level']);
    expect(
      rules(() =>
        doseRegimen(study, day1, [{ kind: 'resumption', date: '2026-02-02', doseMg: 20 }]),
      ),
    ).toEqual(['changes.0.kind resumption-without-interruption']);
    expect(
      rules(() =>
        doseRegimen(study, day1, [
          { kind: 'reduction', date: '2026-02-02', doseMg: 10 },
          { kind: 'interruption', date: '2026-02-10', doseMg: null },
          { kind: 'resumption', date: '2026-02-17', doseMg: 20 },
        ]),
      ),
    ).toEqual(['changes.2.doseMg resumption-dose-level']);
    expect(
      rules(() =>
        doseRegimen(study, day1, [{ kind: 'interruption', date: '2026-01-01', doseMg: null }]),
      ),
    ).toEqual(['changes.0.date dose-change-before-enrolment']);
  });
});

describe('drug accountability', () => {
  const disp = (returned: number | null, returnDate: string | null = '2026-02-02') => ({
    id: 'd1',
    cycle: 1,
    dispensedDate: day1,
    tabletsDispensed: 60,
    returnDate,
    tabletsReturned: returned,
  });
  it('expects 2 tablets a day at 20 mg with 10 mg tablets over the days to the return', () => {
    const p = doseRegimen(study, day1, []);
    const [a] = drugAccountability(study, p, [disp(6)], [], null);
    expect(a).toMatchObject({ tabletsTaken: 54, tabletsExpected: 56, compliancePct: 96.4 });
  });
  it('counts interruptions and reductions in the expected tablets, not missed doses', () => {
    const p = doseRegimen(study, day1, [
      { kind: 'interruption', date: '2026-01-19', doseMg: null },
      { kind: 'resumption', date: '2026-01-26', doseMg: 10 },
    ]);
    // 14 days × 2 + 7 × 0 + 7 days × 1 = 35
    const [a] = drugAccountability(study, p, [disp(25)], ['2026-01-10', '2026-02-02'], null);
    expect(a).toMatchObject({
      tabletsExpected: 35,
      tabletsTaken: 35,
      compliancePct: 100,
      missedDoseDays: 1,
    });
  });
  it('stops expecting after the last dose; unknown until the return', () => {
    const p = doseRegimen(study, day1, []);
    expect(drugAccountability(study, p, [disp(40)], [], '2026-01-14')[0]).toMatchObject({
      tabletsExpected: 20,
      compliancePct: 100,
    });
    expect(drugAccountability(study, p, [disp(null, null)], [], null)[0]?.compliancePct).toBeNull();
  });
});

describe('record date rules', () => {
  it('refuses dates after today (today itself is allowed)', () => {
    const f = (date: string) =>
      futureDateIssues('2026-03-02', [{ path: 'p', what: 'x', date }]).map((i) => i.rule);
    expect(f('2026-03-02')).toEqual([]);
    expect(f('2026-03-03')).toEqual(['date-in-future']);
  });
  it('refuses a return before its dispensing or of more tablets than dispensed', () => {
    const r = (returnDate: string, n: number) =>
      drugReturnIssues([
        { path: 'r', dispensedDate: day1, tabletsDispensed: 56, returnDate, tabletsReturned: n },
      ]).map((i) => i.rule);
    expect(r(day1, 56)).toEqual([]);
    expect(r('2026-01-04', 57)).toEqual([
      'return-before-dispensing',
      'returned-more-than-dispensed',
    ]);
  });
  it('checks disposition dates: alive after death refused, lost and died queried', () => {
    const i = checkDispositionDates({
      asOf: '2026-06-01',
      enrollmentDate: day1,
      deathDate: '2026-03-01',
      lastKnownAliveDate: '2026-03-02',
      lostToFollowUpDate: '2026-02-01',
    }).map((x) => `${x.severity} ${x.rule}`);
    expect(i).toEqual([
      'refuse alive-after-death',
      'query lost-to-follow-up-and-died',
      'query alive-after-lost-to-follow-up',
    ]);
    expect(
      checkDispositionDates({
        asOf: '2026-06-01',
        deathDate: '2026-03-01',
        lastKnownAliveDate: '2026-03-01',
      }),
    ).toEqual([]);
  });
});
