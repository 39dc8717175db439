import { describe, expect, it } from 'vitest';
import type { TimepointResponse } from '../recist/response-codes.ts';
import { addDays } from '../shared/calendar-date.ts';
import binomReference from '../stats/fixtures/binom-r-reference.json' with { type: 'json' };
import { kaplanMeier } from '../stats/kaplan-meier.ts';
import { analyseEndpoints } from './endpoints-analysis.ts';
import type { SubjectRecord } from './subject-record.schema.ts';
import { day, testSubject } from './test-subject.ts';

const scans = (...xs: Array<[number, TimepointResponse]>) =>
  xs.map(([d, response]) => ({ date: day(d), response }));

/** Eleven subjects, each a distinct path through BOR, PFS and the populations. */
function cohort(): SubjectRecord[] {
  const s = (id: string, enrolOffset: number, o: Partial<SubjectRecord>): SubjectRecord => {
    const base = testSubject({ id, ...o });
    // shift every date by the enrolment offset so that enrolment order is A, B, C, …
    const shift = (d: string | null | undefined) => (d ? addDays(d, enrolOffset) : d);
    return {
      ...base,
      enrolmentDate: shift(base.enrolmentDate) as string,
      treatmentStartDate: shift(base.treatmentStartDate),
      treatmentEndDate: shift(base.treatmentEndDate),
      baselineAssessmentDate: shift(base.baselineAssessmentDate),
      deathDate: shift(base.deathDate),
      lastKnownAliveDate: shift(base.lastKnownAliveDate),
      newAnticancerTherapyDate: shift(base.newAnticancerTherapyDate),
      assessments: base.assessments.map((a) => ({ ...a, date: shift(a.date) as string })),
    };
  };
  return [
    s('A', 0, { assessments: scans([57, 'PR'], [113, 'PR'], [169, 'PR'], [225, 'PD']) }),
    s('B', 1, { assessments: scans([57, 'CR'], [113, 'CR'], [169, 'CR'], [225, 'CR']) }),
    s('C', 2, { assessments: scans([57, 'SD'], [113, 'SD'], [169, 'PD']) }),
    s('D', 3, { assessments: scans([57, 'PD']), deathDate: day(150) }),
    s('E', 4, { assessments: scans([30, 'SD']), lastKnownAliveDate: day(40) }),
    s('F', 5, { assessments: scans([57, 'PR'], [113, 'PD']) }),
    s('G', 6, {
      measurableDiseaseAtBaseline: false,
      assessments: scans([57, 'NON-CR/NON-PD'], [113, 'NON-CR/NON-PD']),
    }),
    s('H', 7, { treatmentStartDate: null, assessments: [] }),
    s('I', 8, { deathDate: day(80) }),
    s('J', 9, {
      assessments: scans([57, 'SD'], [113, 'SD'], [169, 'SD'], [225, 'SD']),
      lastKnownAliveDate: day(260),
    }),
    s('K', 10, { assessments: scans([57, 'SD'], [113, 'PD']), newAnticancerTherapyDate: day(100) }),
  ];
}

describe('analyseEndpoints on an eleven-subject cohort', () => {
  const r = analyseEndpoints({ subjects: cohort() });
  const by = (id: string) => r.subjects.find((s) => s.id === id)!;

  it('derives the confirmed BOR per subject through the RECIST engine', () => {
    expect(r.subjects.map((s) => [s.id, s.bor])).toEqual([
      ['A', 'PR'],
      ['B', 'CR'],
      ['C', 'SD'],
      ['D', 'PD'],
      ['E', 'NE'], // SD on day 30 is before sdMinDays 42
      ['F', 'SD'], // unconfirmed PR falls back to SD
      ['G', 'NON-CR/NON-PD'],
      ['H', 'MISSING'],
      ['I', 'MISSING'],
      ['J', 'SD'],
      ['K', 'SD'], // PD after new therapy is cut
    ]);
    expect(by('F').unconfirmedBor).toBe('PR');
  });

  it('gives every subject PFS and OS with a reason code', () => {
    expect(by('A').pfs).toMatchObject({ days: 225, event: true, reason: 'progression' });
    expect(by('B').pfs).toMatchObject({ days: 225, event: false, reason: 'no-event' });
    expect(by('D').pfs).toMatchObject({ days: 57, event: true, reason: 'progression' });
    expect(by('D').os).toMatchObject({ days: 150, event: true, reason: 'death' });
    expect(by('H').pfs).toMatchObject({
      days: 1,
      event: false,
      reason: 'no-post-baseline-assessment',
    });
    expect(by('I').pfs).toMatchObject({ days: 80, event: true, reason: 'death' });
    expect(by('J').os).toMatchObject({ days: 252, event: false, reason: 'after-horizon' });
    expect(by('K').pfs).toMatchObject({ days: 57, event: false, reason: 'new-anticancer-therapy' });
  });

  it('duration of response for confirmed responders only, from the first date of the pair', () => {
    expect(by('A').dor).toMatchObject({ days: 225 - 57 + 1, event: true, reason: 'progression' });
    expect(by('B').dor).toMatchObject({ days: 225 - 57 + 1, event: false });
    expect(by('F').dor).toBeNull();
    expect(r.dor?.n).toBe(2);
  });

  it('ORR on the response-evaluable population (treated with measurable disease), exact CI', () => {
    expect(r.orr).toMatchObject({
      population: 'response-evaluable',
      x: 2,
      n: 9,
      method: 'clopper-pearson',
    });
    const treated = r.orr.byPopulation.find((p) => p.population === 'treated')!;
    expect(treated).toMatchObject({ x: 2, n: 10 });
    const ref = binomReference.binom.find((b) => b.x === 2 && b.n === 10)!;
    expect(treated.lower).toBeCloseTo(ref.clopperPearson.lower, 12);
    expect(treated.upper).toBeCloseTo(ref.clopperPearson.upper, 12);
    expect(r.orr.byPopulation.find((p) => p.population === 'enrolled')).toMatchObject({
      x: 2,
      n: 11,
    });
  });

  it('DCR counts CR, PR and SD (after sdMinDays) — 6 of 9 evaluable', () => {
    expect(r.dcr).toMatchObject({ x: 6, n: 9 });
    // G (non-target only, NON-CR/NON-PD) counts among the treated
    expect(r.dcr.byPopulation.find((p) => p.population === 'treated')).toMatchObject({
      x: 7,
      n: 10,
    });
  });

  it('PFS and OS are Kaplan–Meier summaries of the subjects’ days, with the day-252 landmark', () => {
    const direct = kaplanMeier({
      time: r.subjects.map((s) => s.pfs.days),
      status: r.subjects.map((s) => (s.pfs.event ? 1 : 0)),
      landmarks: [252],
      riskTimes: [0, 56, 112, 168, 224, 252],
    });
    expect(r.pfs).toEqual(direct);
    expect(r.pfs.landmarks[0]?.time).toBe(252);
    expect(r.os.n).toBe(11);
  });

  it('applies the Simon decision to response-evaluable subjects in enrolment order', () => {
    expect(r.design).toMatchObject({
      r1: 0,
      n1: 10,
      r: 3,
      n: 29,
      population: 'response-evaluable',
    });
    expect(r.design.decision.kind).toBe('stage-2-enrolling');
    expect(r.design.decision.stage1).toMatchObject({ enrolled: 9, responses: 2 });
  });

  it('at an interim cut-off, subjects still in follow-up are pending', () => {
    const interim = analyseEndpoints({
      subjects: cohort(),
      design: { r1: 2, n1: 9, r: 5, n: 20 },
      dataCutoffDate: day(240),
    });
    // J is still followed without response at day 240: pending → stage 1 cannot be decided
    expect(interim.design.decision.kind).toBe('stage-1-hold');
  });
});

describe('analyseEndpoints input checks', () => {
  it('names the subject and field of an impossible date', () => {
    expect(() =>
      analyseEndpoints({ subjects: [testSubject({ deathDate: '2025-12-01' })] }),
    ).toThrow(/subjects\.0\.deathDate.*not-before-enrolment/);
    expect(() => analyseEndpoints({ subjects: [testSubject(), testSubject()] })).toThrow(
      /subjects\.1\.id.*unique-id/,
    );
    expect(() =>
      analyseEndpoints({
        subjects: [testSubject({ assessments: scans([57, 'SD'], [57, 'PD']) })],
      }),
    ).toThrow(/subjects\.0\.assessments\.1\.date.*one-assessment-per-date/);
  });
});
