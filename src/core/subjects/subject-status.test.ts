import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { type SubjectEventsInput, subjectEventsSchema } from './subject-events.schema.ts';
import { deriveSubjectStatus } from './subject-status.ts';

const study = defaultStudy();
const status = (asOf: string, events: SubjectEventsInput, enrollmentDate?: string) =>
  deriveSubjectStatus({ study, asOf, enrollmentDate, events: subjectEventsSchema.parse(events) });

describe('subject status, derived from events', () => {
  it('screening until enrolment; screen failure keeps its reason', () => {
    expect(status('2025-02-20', { consentDate: '2025-02-10' })).toMatchObject({
      kind: 'screening',
      consentDate: '2025-02-10',
    });
    expect(status('2025-02-20', {})).toMatchObject({
      kind: 'screening',
      consentDate: null,
      reasons: ['no consent recorded yet', 'not enrolled'],
    });
    expect(
      status('2025-02-20', {
        consentDate: '2025-02-10',
        screenFailure: { date: '2025-02-18', reason: 'ALT 2.5 × ULN' },
      }),
    ).toMatchObject({ kind: 'screen-failed', date: '2025-02-18', reason: 'ALT 2.5 × ULN' });
    // Enrolment planned for a later day: still screening today.
    expect(status('2025-03-02', {}, '2025-03-03').kind).toBe('screening');
  });

  it('moves screening → on-treatment → follow-up → completed as asOf moves', () => {
    const events = { treatmentEnd: { lastDoseDate: '2025-05-10', reason: 'toxicity' as const } };
    const at = (asOf: string) => status(asOf, events, '2025-03-03');
    expect(at('2025-03-02').kind).toBe('screening');
    expect(at('2025-03-03')).toMatchObject({ kind: 'on-treatment', cycle: 1, studyDay: 1 });
    expect(at('2025-03-31')).toMatchObject({ kind: 'on-treatment', cycle: 2, studyDay: 29 });
    expect(at('2025-03-30')).toMatchObject({ kind: 'on-treatment', cycle: 1, studyDay: 28 });
    expect(at('2025-05-10')).toMatchObject({
      kind: 'follow-up',
      lastDoseDate: '2025-05-10',
      treatmentEndReason: 'toxicity',
    });
    // Day 252 = 2025-11-09 is the horizon.
    expect(at('2025-11-08').kind).toBe('follow-up');
    expect(at('2025-11-09')).toMatchObject({ kind: 'completed', date: '2025-11-09' });
  });

  it('completes on the day the end-of-study visit is done', () => {
    expect(
      status(
        '2025-11-05',
        { visitsDone: [{ kind: 'end-of-study', date: '2025-11-04' }] },
        '2025-03-03',
      ),
    ).toMatchObject({ kind: 'completed', date: '2025-11-04' });
  });

  it('died and withdrawn are dated; the first end wins, death outranks withdrawal on one day', () => {
    expect(status('2025-06-01', { deathDate: '2025-05-01' }, '2025-03-03')).toMatchObject({
      kind: 'died',
      date: '2025-05-01',
    });
    expect(
      status(
        '2025-06-01',
        { consentWithdrawalDate: '2025-04-01', deathDate: '2025-05-01' },
        '2025-03-03',
      ),
    ).toMatchObject({ kind: 'withdrawn', date: '2025-04-01' });
    expect(
      status(
        '2025-06-01',
        { consentWithdrawalDate: '2025-05-01', deathDate: '2025-05-01' },
        '2025-03-03',
      ),
    ).toMatchObject({ kind: 'died' });
    // Death after completing day 252 does not change the disposition.
    expect(status('2026-01-01', { deathDate: '2025-12-01' }, '2025-03-03')).toMatchObject({
      kind: 'completed',
      date: '2025-11-09',
    });
    // A death dated after asOf is not known yet.
    expect(status('2025-04-30', { deathDate: '2025-05-01' }, '2025-03-03').kind).toBe(
      'on-treatment',
    );
  });
});
