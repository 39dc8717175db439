import { describe, expect, it } from 'vitest';
import { type AdverseEventInput, adverseEventSchema } from './adverse-event.schema.ts';
import { adverseEventIssues } from './adverse-event-checks.ts';

const base: AdverseEventInput = adverseEventSchema.parse({
  term: 'Hepatic failure',
  onsetDate: '2026-02-10',
  grade: 3,
  relatedness: 'related',
  actionTaken: 'drug-withdrawn',
  outcome: 'recovering',
});
const ctx = { today: '2026-03-02', now: '2026-03-02T08:00:00.000Z', death: null };

describe('adverseEventSchema', () => {
  it('defaults to not serious and requires awareness for a serious AE', () => {
    expect(base.seriousCriteria).toEqual([]);
    const r = adverseEventSchema.safeParse({ ...base, seriousCriteria: ['hospitalisation'] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['awarenessAt']);
  });

  it('refuses grade 0 and 6, duplicate criteria and an instant without offset', () => {
    for (const grade of [0, 6, 2.5])
      expect(adverseEventSchema.safeParse({ ...base, grade }).success).toBe(false);
    const dup = adverseEventSchema.safeParse({
      ...base,
      seriousCriteria: ['death', 'death'],
      awarenessAt: '2026-03-01T08:00:00Z',
    });
    expect(dup.error?.issues[0]?.path).toEqual(['seriousCriteria']);
    expect(
      adverseEventSchema.safeParse({ ...base, awarenessAt: '2026-03-01T08:00:00' }).success,
    ).toBe(false);
  });
});

describe('adverseEventIssues', () => {
  it('a valid AE has no issue; today is allowed, tomorrow is not', () => {
    expect(adverseEventIssues(base, ctx)).toEqual([]);
    expect(adverseEventIssues({ ...base, onsetDate: '2026-03-02' }, ctx)).toEqual([]);
    expect(adverseEventIssues({ ...base, onsetDate: '2026-03-03' }, ctx)[0]).toMatchObject({
      path: 'body.onsetDate',
      rule: 'not-in-future',
    });
  });

  it('awareness at the server instant is allowed, 1 ms later is not', () => {
    expect(adverseEventIssues({ ...base, awarenessAt: '2026-03-02T16:00:00+08:00' }, ctx)).toEqual(
      [],
    );
    expect(
      adverseEventIssues({ ...base, awarenessAt: '2026-03-02T08:00:00.001Z' }, ctx)[0]?.rule,
    ).toBe('not-in-future');
  });

  it('grade 5 needs a death record that agrees', () => {
    const g5 = {
      ...base,
      grade: 5,
      outcome: 'fatal' as const,
      resolutionDate: '2026-02-20',
      seriousCriteria: ['death' as const],
      awarenessAt: '2026-02-20T10:00:00Z',
    };
    expect(adverseEventIssues(g5, ctx).map((i) => [i.path, i.rule])).toEqual([
      ['body.grade', 'grade5-requires-death-record'],
    ]);
    const withDeath = { ...ctx, death: { date: '2026-02-20' } };
    expect(adverseEventIssues(g5, withDeath)).toEqual([]);
    expect(adverseEventIssues({ ...g5, resolutionDate: null }, withDeath)).toEqual([]);
    expect(
      adverseEventIssues({ ...g5, resolutionDate: '2026-02-21' }, withDeath).map((i) => i.rule),
    ).toEqual(['grade5-end-equals-death-date']);
  });
});
