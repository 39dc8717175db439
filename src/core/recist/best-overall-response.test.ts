/**
 * Best overall response sequences named in issue 3 and CLINICAL-RULES.md (RECIST 1.1 §4.4.3,
 * §4.6): confirmation window, NE and SD between, SD minimum duration, data cuts.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/calendar-date.ts';
import { reasonTexts } from '../shared/reason.ts';
import { deriveBestOverallResponse } from './best-overall-response.ts';
import type { TimepointResponse } from './response-codes.ts';

const REF = '2026-01-01';
/** Responses on the given days after enrolment (day offsets, not study days). */
function bor(seq: Array<[number, TimepointResponse]>, extra: { newTherapyDate?: string } = {}) {
  return deriveBestOverallResponse({
    referenceDate: REF,
    responses: seq.map(([d, response]) => ({ date: addDays(REF, d), response })),
    ...extra,
  });
}
const on = (d: number) => addDays(REF, d);

describe('confirmed best overall response', () => {
  it('PR-NE-PR: one NE between is allowed → confirmed PR dated at the first PR', () => {
    const r = bor([
      [56, 'PR'],
      [84, 'NE'],
      [112, 'PR'],
    ]);
    expect(r.confirmed).toEqual({ response: 'PR', date: on(56) });
    expect(reasonTexts(r.reasons)).toContain(
      `PR on ${on(56)} confirmed by PR on ${on(112)} (56 days ≥ 28, 1 NE between) (RECIST 1.1 §4.6)`,
    );
  });

  it('PR-NE-NE-PR: two NEs between → not confirmed, SD', () => {
    const r = bor([
      [56, 'PR'],
      [84, 'NE'],
      [112, 'NE'],
      [140, 'PR'],
    ]);
    expect(r.confirmed).toEqual({ response: 'SD', date: on(56) });
    expect(r.unconfirmed).toEqual({ response: 'PR', date: on(56) });
    expect(r.flags).toContain('unconfirmed-response');
  });

  it('PR-SD-PR: an SD between → not confirmed, SD', () => {
    const r = bor([
      [56, 'PR'],
      [84, 'SD'],
      [112, 'PR'],
    ]);
    expect(r.confirmed).toEqual({ response: 'SD', date: on(56) });
    expect(reasonTexts(r.reasons).join('\n')).toMatch(/SD on 2026-03-26 before the confirmation/);
  });

  it('CR-CR less than 28 days apart is not confirmed; exactly 28 days is', () => {
    expect(
      bor([
        [56, 'CR'],
        [83, 'CR'],
      ]).confirmed,
    ).toEqual({ response: 'SD', date: on(56) });
    expect(
      bor([
        [56, 'CR'],
        [84, 'CR'],
      ]).confirmed,
    ).toEqual({ response: 'CR', date: on(56) });
  });

  it('CR then PR inside the window: not a confirmed CR; flagged for review', () => {
    const r = bor([
      [56, 'PR'],
      [70, 'CR'],
      [112, 'PR'],
    ]);
    expect(r.confirmed).toEqual({ response: 'SD', date: on(56) });
    expect(r.flags).toContain('cr-followed-by-pr');
  });

  it('PR confirmed by a later CR stays PR unless the CR is confirmed itself', () => {
    const r = bor([
      [56, 'PR'],
      [112, 'CR'],
    ]);
    expect(r.confirmed).toEqual({ response: 'PR', date: on(56) });
    expect(r.unconfirmed).toEqual({ response: 'CR', date: on(112) });
  });
});

describe('SD minimum duration (sdMinDays 42 from enrolment)', () => {
  it('SD before the minimum, then PD → PD', () => {
    const r = bor([
      [30, 'SD'],
      [60, 'PD'],
    ]);
    expect(r.unconfirmed).toEqual({ response: 'PD', date: on(60) });
    expect(r.confirmed).toEqual({ response: 'PD', date: on(60) });
    expect(r.flags).toContain('sd-before-minimum-duration');
  });

  it('SD before the minimum, then nothing → NE', () => {
    const r = bor([[30, 'SD']]);
    expect(r.unconfirmed).toEqual({ response: 'NE', date: on(30) });
    expect(r.confirmed).toEqual({ response: 'NE', date: on(30) });
  });

  it('SD exactly at day 42 after enrolment counts; day 41 does not', () => {
    expect(bor([[42, 'SD']]).confirmed.response).toBe('SD');
    expect(bor([[41, 'SD']]).confirmed.response).toBe('NE');
    expect(
      deriveBestOverallResponse({
        referenceDate: REF,
        rules: { sdMinDays: 28 },
        responses: [{ date: on(30), response: 'SD' }],
      }).confirmed.response,
    ).toBe('SD');
  });
});

describe('data cuts', () => {
  it('data after the first PD are ignored', () => {
    const r = bor([
      [56, 'SD'],
      [112, 'PD'],
      [168, 'PR'],
      [224, 'PR'],
    ]);
    expect(r.unconfirmed).toEqual({ response: 'SD', date: on(56) });
    expect(r.confirmed).toEqual({ response: 'SD', date: on(56) });
    expect(r.progressionDate).toBe(on(112));
    expect(r.flags).toEqual(
      expect.arrayContaining(['data-after-progression-ignored', 'response-after-progression']),
    );
  });

  it('data after new anticancer therapy are ignored; the PD after it is still reported', () => {
    const r = bor(
      [
        [56, 'PR'],
        [112, 'PR'],
        [168, 'PD'],
      ],
      { newTherapyDate: on(100) },
    );
    expect(r.confirmed).toEqual({ response: 'SD', date: on(56) });
    expect(r.progressionDate).toBe(on(168));
    expect(r.flags).toEqual(
      expect.arrayContaining(['data-after-new-therapy-ignored', 'progression-after-new-therapy']),
    );
  });

  it('no post-baseline assessment → MISSING with no date', () => {
    const r = bor([]);
    expect(r.confirmed).toEqual({ response: 'MISSING', date: null });
    expect(r.unconfirmed).toEqual({ response: 'MISSING', date: null });
  });

  it('non-target-only disease: an unconfirmed CR falls back to NON-CR/NON-PD', () => {
    const r = bor([
      [56, 'NON-CR/NON-PD'],
      [112, 'CR'],
    ]);
    expect(r.unconfirmed).toEqual({ response: 'CR', date: on(112) });
    expect(r.confirmed).toEqual({ response: 'NON-CR/NON-PD', date: on(56) });
  });

  it('refuses dates out of order, naming the path and rule', () => {
    expect(() =>
      bor([
        [56, 'SD'],
        [56, 'PD'],
      ]),
    ).toThrow(/responses\.1\.date: .* \[recist-dates-ascending\]/);
  });
});
