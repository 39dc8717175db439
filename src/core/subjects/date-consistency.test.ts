import { describe, expect, it } from 'vitest';
import { checkDateConsistency } from './date-consistency.ts';
import { refusalError } from './date-issue.ts';
import { type SubjectEventsInput, subjectEventsSchema } from './subject-events.schema.ts';

const good: SubjectEventsInput = {
  consentDate: '2025-02-10',
  doses: [{ date: '2025-03-03' }, { date: '2025-04-20' }],
  treatmentEnd: { lastDoseDate: '2025-04-20', reason: 'toxicity' },
  visitsDone: [
    { kind: 'screening', date: '2025-02-10' },
    { kind: 'cycle-day-1', date: '2025-03-03' },
  ],
  altResults: [{ date: '2025-02-12', value: 30, uln: 40 }],
};
const check = (patch: Partial<SubjectEventsInput>, extra: { birthDate?: string } = {}) =>
  checkDateConsistency({
    asOf: '2025-06-01',
    enrollmentDate: '2025-03-03',
    events: subjectEventsSchema.parse({ ...good, ...patch }),
    ...extra,
  }).map(({ severity, path, rule }) => [severity, path, rule]);

describe('date consistency', () => {
  it('a consistent subject has no issues', () => {
    expect(check({})).toEqual([]);
  });

  it('refuses death before enrolment (and everything after it)', () => {
    expect(check({ deathDate: '2025-03-02', treatmentEnd: undefined, doses: [] })).toEqual([
      ['refuse', 'events.deathDate', 'death-before-enrolment'],
      ['refuse', 'enrollmentDate', 'date-after-death'],
      ['refuse', 'events.visitsDone.1.date', 'date-after-death'],
      ['query', 'events.treatmentEnd', 'death-without-end-of-treatment'],
    ]);
  });

  it('refuses a visit before consent, and procedures without consent', () => {
    expect(check({ visitsDone: [{ kind: 'screening', date: '2025-02-09' }] })).toEqual([
      ['refuse', 'events.visitsDone.0.date', 'procedure-before-consent'],
    ]);
    // Same day as consent is fine (consent first, then screening).
    expect(check({ visitsDone: [{ kind: 'screening', date: '2025-02-10' }] })).toEqual([]);
    expect(check({ consentDate: undefined })).toContainEqual([
      'refuse',
      'enrollmentDate',
      'procedure-without-consent',
    ]);
  });

  it('refuses a dose after the end of treatment or before day 1', () => {
    expect(check({ doses: [{ date: '2025-04-21' }] })).toEqual([
      ['refuse', 'events.doses.0.date', 'dose-after-end-of-treatment'],
    ]);
    expect(check({ doses: [{ date: '2025-04-20' }, { date: '2025-03-02' }] })).toEqual([
      ['refuse', 'events.doses.1.date', 'dose-before-enrolment'],
    ]);
  });

  it('refuses dates in the future, before birth, and data after withdrawal of consent', () => {
    expect(check({ progressionDate: '2025-06-02' })).toContainEqual([
      'refuse',
      'events.progressionDate',
      'date-in-future',
    ]);
    expect(check({}, { birthDate: '2025-02-11' })).toContainEqual([
      'refuse',
      'events.consentDate',
      'date-before-birth',
    ]);
    expect(check({ consentWithdrawalDate: '2025-03-02' })).toEqual([
      ['refuse', 'events.visitsDone.1.date', 'data-after-withdrawal'],
      ['refuse', 'events.doses.0.date', 'data-after-withdrawal'],
      ['refuse', 'events.doses.1.date', 'data-after-withdrawal'],
    ]);
  });

  it('raises queries for doubtful but possible orders', () => {
    expect(check({ treatmentEnd: undefined, progressionDate: '2025-04-28' })).toEqual([
      ['query', 'events.treatmentEnd', 'progression-without-end-of-treatment'],
    ]);
    expect(check({ altResults: [{ date: '2025-02-01', value: 30, uln: 40 }] })).toEqual([
      ['query', 'events.altResults.0.date', 'lab-before-consent'],
    ]);
    expect(check({ newAnticancerTherapyDate: '2025-04-01' })).toEqual([
      ['query', 'events.newAnticancerTherapyDate', 'new-therapy-during-treatment'],
    ]);
    expect(check({ newAnticancerTherapyDate: '2025-04-21' })).toEqual([]);
    expect(
      check({
        visitsDone: [...(good.visitsDone ?? []), { kind: 'cycle-day-1', date: '2025-04-28' }],
      }),
    ).toEqual([['query', 'events.visitsDone.2.date', 'cycle-visit-after-end-of-treatment']]);
    expect(check({ treatmentEnd: { lastDoseDate: '2025-04-20', reason: 'death' } })).toEqual([
      ['query', 'events.deathDate', 'treatment-ended-for-death-without-death-date'],
    ]);
  });

  it('turns refusals (not queries) into one DomainError naming path and rule', () => {
    const issues = checkDateConsistency({
      asOf: '2025-06-01',
      enrollmentDate: '2025-03-03',
      events: subjectEventsSchema.parse({
        ...good,
        deathDate: '2025-03-01',
        newAnticancerTherapyDate: '2025-01-01',
      }),
    });
    const e = refusalError(issues);
    expect(e?.failure.kind).toBe('invalid');
    expect(e?.message).toContain(
      'events.deathDate: death on 2025-03-01 is before enrolment on 2025-03-03 [death-before-enrolment]',
    );
    expect(refusalError(issues.filter((i) => i.severity === 'query'))).toBeUndefined();
  });
});
