import { describe, expect, it } from 'vitest';
import { keysOf, schedule, statusOf, visit } from './schedule-test-helpers.ts';

const onTime = [
  { kind: 'screening', date: '2025-02-12' },
  { kind: 'cycle-day-1', date: '2025-03-03' },
  { kind: 'cycle-day-1', date: '2025-04-01' },
] as const;

describe('early discontinuation (toxicity, last dose 2025-04-20, day 49)', () => {
  const events = {
    consentDate: '2025-02-10',
    visitsDone: [...onTime],
    treatmentEnd: { lastDoseDate: '2025-04-20', reason: 'toxicity' as const },
  };
  const s = schedule('2025-03-03', '2025-05-10', events);

  it('stops cycle visits, routine liver tests and evaluations after the last dose', () => {
    for (const key of [
      'cycle-day-1/3',
      'cycle-day-1/9',
      'liver-monitoring/3',
      'tumour-evaluation/1',
    ])
      expect(visit(s, key).status).toEqual({
        kind: 'not-applicable',
        cause: 'treatment-ended',
        since: '2025-04-20',
      });
    expect(visit(s, 'cycle-day-1/3').reasons.at(-1)).toBe(
      'not applicable: treatment ended (toxicity), last dose 2025-04-20',
    );
    expect(visit(s, 'cycle-day-1/2').status).toMatchObject({ kind: 'done', date: '2025-04-01' });
  });

  it('plans the end-of-treatment visit within 28 days of the last dose', () => {
    const eot = visit(s, 'end-of-treatment/1');
    expect([eot.targetDate, eot.window.earliest, eot.window.latest]).toEqual([
      '2025-04-20',
      '2025-04-20',
      '2025-05-18',
    ]);
    expect(eot.status.kind).toBe('due');
  });

  it('plans imaging every 42 days after the last evaluation, first after the last dose', () => {
    // Last imaging: screening on 2025-02-12; +42 = 03-26 is still on treatment, +84 = 05-07.
    expect(keysOf(s, 'post-treatment-imaging').map((k) => visit(s, k).targetDate)).toEqual([
      '2025-05-07',
      '2025-06-18',
      '2025-07-30',
      '2025-09-10',
      '2025-10-22',
    ]);
    const first = visit(s, 'post-treatment-imaging/1');
    expect(first.window).toMatchObject({ earliest: '2025-04-30', latest: '2025-05-14' });
    expect(first.status.kind).toBe('due');
    expect(first.reasons[0]).toContain(
      '2 × 42 days after the last evaluation (screening on 2025-02-12)',
    );
  });

  it('re-anchors imaging when the end-of-treatment visit (with CT) is done', () => {
    const s2 = schedule('2025-03-03', '2025-05-10', {
      ...events,
      visitsDone: [...onTime, { kind: 'end-of-treatment', date: '2025-04-25' }],
    });
    expect(statusOf(s2, 'end-of-treatment/1')).toBe('done');
    expect(keysOf(s2, 'post-treatment-imaging').map((k) => visit(s2, k).targetDate)).toEqual([
      '2025-06-06',
      '2025-07-18',
      '2025-08-29',
      '2025-10-10',
    ]);
  });

  it('rolls imaging from the date each one was done; a missed one does not move the next', () => {
    const s3 = schedule('2025-03-03', '2025-08-20', {
      ...events,
      visitsDone: [
        ...onTime,
        { kind: 'end-of-treatment', date: '2025-04-25' },
        { kind: 'post-treatment-imaging', date: '2025-06-10' },
      ],
    });
    const imaging = keysOf(s3, 'post-treatment-imaging').map((k) => visit(s3, k));
    expect(imaging.map((v) => [v.targetDate, v.status.kind])).toEqual([
      ['2025-06-06', 'done'],
      ['2025-07-22', 'missed'], // 2025-06-10 + 42
      ['2025-09-02', 'planned'], // its target + 42
      ['2025-10-14', 'planned'],
    ]);
  });

  it('plans survival contacts every 42 days after the end of treatment, none inside the end-of-study window', () => {
    expect(keysOf(s, 'survival-contact').map((k) => visit(s, k).targetDate)).toEqual([
      '2025-06-01',
      '2025-07-13',
      '2025-08-24',
      '2025-10-05',
    ]);
    // 2025-11-16 would fall after the end-of-study window opens (2025-11-02).
    expect(visit(s, 'survival-contact/1').window).toMatchObject({
      earliest: '2025-05-25',
      latest: '2025-06-08',
    });
    expect(statusOf(s, 'end-of-study/1')).toBe('planned');
  });
});

describe('after progression', () => {
  const s = schedule('2025-03-03', '2025-07-01', {
    consentDate: '2025-02-10',
    visitsDone: [
      ...onTime,
      { kind: 'cycle-day-1', date: '2025-04-28' },
      { kind: 'tumour-evaluation', date: '2025-04-28' },
      { kind: 'cycle-day-1', date: '2025-05-26' },
      { kind: 'cycle-day-1', date: '2025-06-23' },
      { kind: 'tumour-evaluation', date: '2025-06-23' },
    ],
    progressionDate: '2025-06-23',
    treatmentEnd: { lastDoseDate: '2025-06-24', reason: 'progression' },
  });

  it('keeps the evaluation that found progression and drops the later ones', () => {
    expect(visit(s, 'tumour-evaluation/2').status).toMatchObject({
      kind: 'done',
      date: '2025-06-23',
    });
    expect(visit(s, 'tumour-evaluation/3').status).toEqual({
      kind: 'not-applicable',
      cause: 'progression',
      since: '2025-06-23',
    });
    expect(visit(s, 'tumour-evaluation/4').status.kind).toBe('not-applicable');
  });

  it('plans no post-treatment imaging, and says why', () => {
    const imaging = keysOf(s, 'post-treatment-imaging');
    expect(imaging).toEqual(['post-treatment-imaging/1']);
    expect(visit(s, 'post-treatment-imaging/1').status).toEqual({
      kind: 'not-applicable',
      cause: 'progression',
      since: '2025-06-23',
    });
  });

  it('still follows survival to day 252', () => {
    expect(keysOf(s, 'survival-contact').map((k) => visit(s, k).targetDate)).toEqual([
      '2025-08-05',
      '2025-09-16',
      '2025-10-28',
    ]);
    expect(statusOf(s, 'end-of-treatment/1')).toBe('due');
    expect(statusOf(s, 'cycle-day-1/6')).toBe('not-applicable');
  });

  it('treats "ended for progression" without a dated PD as progression for imaging', () => {
    const s2 = schedule('2025-03-03', '2025-07-01', {
      treatmentEnd: { lastDoseDate: '2025-06-24', reason: 'progression' },
    });
    expect(visit(s2, 'post-treatment-imaging/1').status).toMatchObject({
      kind: 'not-applicable',
      cause: 'progression',
    });
  });

  it('stops imaging at progression found after stopping for toxicity', () => {
    const s3 = schedule('2025-03-03', '2025-09-01', {
      visitsDone: [...onTime, { kind: 'end-of-treatment', date: '2025-04-25' }],
      treatmentEnd: { lastDoseDate: '2025-04-20', reason: 'toxicity' },
      progressionDate: '2025-07-20',
    });
    const imaging = keysOf(s3, 'post-treatment-imaging').map((k) => visit(s3, k).status.kind);
    // 2025-06-06 missed; 2025-07-18 (window to 07-25) ends with PD on 07-20.
    expect(imaging).toEqual(['missed', 'not-applicable']);
  });
});

describe('death and withdrawal', () => {
  it('after death nothing is due, and the cause is death (or the end of treatment it caused)', () => {
    const s = schedule('2025-03-03', '2025-05-01', {
      visitsDone: [...onTime],
      treatmentEnd: { lastDoseDate: '2025-04-14', reason: 'death' },
      deathDate: '2025-04-15',
    });
    expect(visit(s, 'end-of-treatment/1').status).toEqual({
      kind: 'not-applicable',
      cause: 'death',
      since: '2025-04-15',
    });
    expect(visit(s, 'end-of-study/1').status).toMatchObject({
      kind: 'not-applicable',
      cause: 'death',
    });
    expect(visit(s, 'survival-contact/1').status).toMatchObject({ cause: 'death' });
    expect(visit(s, 'cycle-day-1/3').status).toMatchObject({ cause: 'treatment-ended' });
    expect(s.visits.filter((v) => ['due', 'planned', 'missed'].includes(v.status.kind))).toEqual(
      [],
    );
  });

  it('a visit done before death in a window that death closed stays done', () => {
    const s = schedule('2025-03-03', '2025-05-10', {
      visitsDone: [...onTime, { kind: 'cycle-day-1', date: '2025-04-26' }],
      deathDate: '2025-04-27',
    });
    expect(visit(s, 'cycle-day-1/3').status).toMatchObject({ kind: 'done', date: '2025-04-26' });
    expect(visit(s, 'tumour-evaluation/1').status).toMatchObject({
      kind: 'not-applicable',
      cause: 'death',
    });
  });

  it('withdrawal of consent ends every visit from that date', () => {
    const s = schedule('2025-03-03', '2025-06-01', {
      visitsDone: [...onTime],
      consentWithdrawalDate: '2025-04-10',
    });
    expect(visit(s, 'cycle-day-1/3').status).toEqual({
      kind: 'not-applicable',
      cause: 'consent-withdrawal',
      since: '2025-04-10',
    });
    expect(visit(s, 'end-of-study/1').status).toMatchObject({ cause: 'consent-withdrawal' });
  });

  it('lost to follow-up ends every visit from that date; visits before it keep their status', () => {
    const s = schedule('2025-03-03', '2025-06-01', {
      visitsDone: [...onTime],
      lostToFollowUpDate: '2025-04-10',
    });
    expect(visit(s, 'cycle-day-1/2').status).toMatchObject({ kind: 'done' });
    expect(visit(s, 'cycle-day-1/3').status).toEqual({
      kind: 'not-applicable',
      cause: 'lost-to-follow-up',
      since: '2025-04-10',
    });
    expect(visit(s, 'tumour-evaluation/1').status).toMatchObject({ cause: 'lost-to-follow-up' });
    expect(visit(s, 'end-of-study/1').status).toMatchObject({ cause: 'lost-to-follow-up' });
  });

  it('a lost-to-follow-up date after the as-of date does not stop anything yet', () => {
    const s = schedule('2025-03-03', '2025-04-01', {
      visitsDone: [...onTime],
      lostToFollowUpDate: '2025-04-10',
    });
    expect(visit(s, 'end-of-study/1').status.kind).toBe('planned');
  });
});
