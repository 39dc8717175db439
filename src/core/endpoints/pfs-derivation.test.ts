import { describe, expect, it } from 'vitest';
import { derivePfs } from './pfs-derivation.ts';
import { day, testSubject } from './test-subject.ts';
import { DEFAULT_TIME_TO_EVENT_PARAMETERS as P } from './time-to-event-parameters.ts';

/** PFS with the first PD taken from the assessments, as the RECIST engine dates it. */
function pfs(overrides: Parameters<typeof testSubject>[0], params = P) {
  const s = testSubject(overrides);
  const pd = s.assessments.find((a) => a.response === 'PD')?.date ?? null;
  return derivePfs(s, pd, params);
}

describe('derivePfs: events', () => {
  it('progression: event at the PD scan, days counted from enrolment = day 1', () => {
    const r = pfs({
      assessments: [
        { date: day(57), response: 'SD' },
        { date: day(113), response: 'PD' },
      ],
    });
    expect(r).toMatchObject({ days: 113, event: true, reason: 'progression', date: day(113) });
    expect(r.months).toBeCloseTo(113 / 30.4375, 12);
  });

  it('death without progression: event at death', () => {
    const r = pfs({ assessments: [{ date: day(57), response: 'SD' }], deathDate: day(90) });
    expect(r).toMatchObject({ days: 90, event: true, reason: 'death' });
  });

  it('PD and death: whichever first', () => {
    const r = pfs({ assessments: [{ date: day(57), response: 'PD' }], deathDate: day(60) });
    expect(r).toMatchObject({ days: 57, reason: 'progression' });
  });
});

describe('derivePfs: every censoring rule with its reason code', () => {
  it('no-event: censored at the last adequate assessment (NE scans are not adequate)', () => {
    const r = pfs({
      assessments: [
        { date: day(57), response: 'SD' },
        { date: day(113), response: 'PR' },
        { date: day(169), response: 'NE' },
      ],
      lastKnownAliveDate: day(200),
    });
    expect(r).toMatchObject({ days: 113, event: false, reason: 'no-event', date: day(113) });
  });

  it('new-anticancer-therapy before PD: censored at the last adequate assessment on or before it', () => {
    const r = pfs({
      assessments: [
        { date: day(57), response: 'SD' },
        { date: day(113), response: 'SD' },
        { date: day(169), response: 'PD' },
      ],
      newAnticancerTherapyDate: day(140),
    });
    expect(r).toMatchObject({ days: 113, event: false, reason: 'new-anticancer-therapy' });
  });

  it('new therapy on the day of the PD scan: the scan counts (done before the first dose)', () => {
    const r = pfs({
      assessments: [{ date: day(57), response: 'PD' }],
      newAnticancerTherapyDate: day(57),
    });
    expect(r).toMatchObject({ days: 57, event: true, reason: 'progression' });
  });

  it('new therapy without any event, with scans after it: censored before the new therapy', () => {
    const r = pfs({
      assessments: [
        { date: day(57), response: 'SD' },
        { date: day(113), response: 'SD' },
      ],
      newAnticancerTherapyDate: day(100),
    });
    expect(r).toMatchObject({ days: 57, event: false, reason: 'new-anticancer-therapy' });
  });

  it('missed-assessments on treatment: gap 119 days (2 × 56 + 7) is an event, 120 is censored', () => {
    const at = (pdDay: number) =>
      pfs({
        assessments: [
          { date: day(57), response: 'SD' },
          { date: day(pdDay), response: 'PD' },
        ],
      });
    expect(at(57 + 119)).toMatchObject({ event: true, reason: 'progression', days: 176 });
    expect(at(57 + 120)).toMatchObject({ event: false, reason: 'missed-assessments', days: 57 });
  });

  it('missed-assessments after stopping treatment uses the 42-day interval: 91 days ok, 92 censored', () => {
    const at = (pdDay: number) =>
      pfs({
        treatmentEndDate: day(50),
        assessments: [
          { date: day(57), response: 'SD' },
          { date: day(pdDay), response: 'PD' },
        ],
      });
    expect(at(57 + 91)).toMatchObject({ event: true, reason: 'progression' });
    expect(at(57 + 92)).toMatchObject({ event: false, reason: 'missed-assessments', days: 57 });
  });

  it('death long after the last scan is censored at that scan (missed-assessments)', () => {
    const r = pfs({ assessments: [{ date: day(57), response: 'SD' }], deathDate: day(200) });
    expect(r).toMatchObject({ days: 57, event: false, reason: 'missed-assessments' });
  });

  it('death without any scan: an event within 119 days of enrolment, else censored at day 1', () => {
    expect(pfs({ deathDate: day(120) })).toMatchObject({ days: 120, event: true, reason: 'death' });
    expect(pfs({ deathDate: day(121) })).toMatchObject({
      days: 1,
      event: false,
      reason: 'missed-assessments',
    });
  });

  it('no-baseline-assessment: censored at day 1 (post-baseline scans cannot show progression)', () => {
    const r = pfs({
      baselineAssessmentDate: null,
      assessments: [{ date: day(57), response: 'PD' }],
    });
    expect(r).toMatchObject({
      days: 1,
      event: false,
      reason: 'no-baseline-assessment',
      date: day(1),
    });
  });

  it('no-post-baseline-assessment: censored at day 1; only NE scans count as none', () => {
    expect(pfs({})).toMatchObject({ days: 1, event: false, reason: 'no-post-baseline-assessment' });
    expect(pfs({ assessments: [{ date: day(57), response: 'NE' }] })).toMatchObject({
      days: 1,
      reason: 'no-post-baseline-assessment',
    });
  });

  it('after-horizon: PD on day 253 is censored at day 252; PD on day 252 is an event', () => {
    const at = (pdDay: number) =>
      pfs({
        assessments: [
          { date: day(169), response: 'SD' },
          { date: day(225), response: 'SD' },
          { date: day(pdDay), response: 'PD' },
        ],
      });
    expect(at(252)).toMatchObject({ days: 252, event: true, reason: 'progression' });
    const late = at(253);
    expect(late).toMatchObject({
      days: 252,
      event: false,
      reason: 'after-horizon',
      date: day(252),
    });
    expect(late.reasons.join(' ')).toMatch(/horizon/);
  });

  it('the horizon is a parameter', () => {
    const r = pfs(
      {
        assessments: [
          { date: day(57), response: 'SD' },
          { date: day(113), response: 'PD' },
        ],
      },
      { ...P, horizonDays: 100 },
    );
    expect(r).toMatchObject({ days: 100, event: false, reason: 'after-horizon' });
  });
});
