/**
 * The engine's reasons as codes and parameters (what a screen translates), at the RECIST 1.1
 * thresholds: every English line is its template filled with its parameters, and the
 * parameters are written as the English line writes them (one-decimal mm, joined ids, ISO dates).
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, type Reason } from '../shared/reason.ts';
import { deriveBestOverallResponse } from './best-overall-response.ts';
import { evaluateSubject } from './evaluate-subject.ts';
import { RECIST_REASON_TEMPLATES } from './recist-reason-templates.ts';
import { DEFAULT_RECIST_RULES } from './recist-rules.ts';
import { confirmResponse } from './response-confirmation.ts';
import { day, m, nonTarget, s, subject, target } from './test-subject-builder.ts';

const codeAndParams = (r: Reason | undefined) => (r ? { code: r.code, params: r.params } : null);

/** Each reason is one of the engine's codes, and its text is exactly that template filled. */
function expectWellMade(reasons: readonly Reason[]) {
  for (const r of reasons) {
    const template = (RECIST_REASON_TEMPLATES as Record<string, string>)[r.code];
    expect(template, r.code).toBeDefined();
    expect(r.text).toBe(fillTemplate(template as string, r.params));
  }
}

describe('RECIST reasons: codes and parameters', () => {
  it('exactly −30 % (33.0 → 23.1 mm) is recist.target-pr with one-decimal sums', () => {
    const r = evaluateSubject(subject([target('T1', 33)], [[m('T1', 23.1)]]));
    const tp = r.timepoints[0];
    expect(codeAndParams(tp?.reasons[0])).toEqual({
      code: 'recist.target-pr',
      params: { sum: '23.1', baseline: '33.0' },
    });
    expect(codeAndParams(tp?.reasons.at(-1))).toEqual({
      code: 'recist.overall-t-none',
      params: { target: 'PR', response: 'PR' },
    });
    expect(codeAndParams(r.baseline.reasons[0])).toEqual({
      code: 'recist.baseline-sum',
      params: { sum: '33.0', count: 1, targets: 'T1 33.0 mm' },
    });
    expectWellMade([...r.baseline.reasons, ...(tp?.reasons ?? [])]);
  });

  it('exactly +20 % and +5.0 mm over the nadir (25.0 → 30.0 mm) is recist.target-pd', () => {
    const tp = evaluateSubject(subject([target('T1', 25)], [[m('T1', 30)]])).timepoints[0];
    expect(tp?.target).toBe('PD');
    expect(codeAndParams(tp?.reasons[0])).toEqual({
      code: 'recist.target-pd',
      params: { sum: '30.0', nadir: '25.0', increase: '5.0' },
    });
    expect(tp?.reasons[0]?.text).toBe(
      'sum 30.0 mm ≥ 120 % of nadir 25.0 mm and +5.0 mm ≥ 5 mm → PD (RECIST 1.1 §4.3.1)',
    );
  });

  it('−29.9 % is recist.target-sd naming baseline and nadir', () => {
    const tp = evaluateSubject(subject([target('T1', 100)], [[m('T1', 70.1)]])).timepoints[0];
    expect(codeAndParams(tp?.reasons[0])).toEqual({
      code: 'recist.target-sd',
      params: { sum: '70.1', baseline: '100.0', nadir: '100.0' },
    });
  });

  it('missing targets, non-targets and new lesions list their ids joined', () => {
    const r = evaluateSubject(
      subject(
        [target('T1', 30), target('T2', 20), nonTarget('NT1'), nonTarget('NT2')],
        [
          [
            m('T1', 10),
            s('T2', 'not-assessed'),
            s('NT1', 'not-assessed'),
            s('NT2', 'not-assessed'),
            { id: 'N1', kind: 'new', status: 'equivocal' },
          ],
        ],
      ),
    );
    const reasons = r.timepoints[0]?.reasons ?? [];
    expect(reasons.map(codeAndParams)).toEqual([
      { code: 'recist.target-not-assessed', params: { id: 'T2' } },
      { code: 'recist.target-missing-ne', params: { ids: 'T2', sum: '10.0' } },
      { code: 'recist.non-target-ne', params: { ids: 'NT1, NT2' } },
      { code: 'recist.new-lesion-equivocal', params: { ids: 'N1' } },
      {
        code: 'recist.overall-t-nt-equivocal',
        params: { target: 'NE', nonTarget: 'NE', response: 'NE' },
      },
    ]);
    expectWellMade(reasons);
  });

  it('baseline problems carry their rule and a reason with the measured size', () => {
    const r = evaluateSubject(subject([target('T1', 8)], []));
    expect(r.baseline.problems.map((p) => [p.rule, codeAndParams(p.reason)])).toEqual([
      [
        'recist-target-measurable',
        {
          code: 'recist.target-not-measurable',
          params: { id: 'T1', diameter: '8.0', minimum: '10.0' },
        },
      ],
    ]);
    expectWellMade(r.baseline.problems.map((p) => p.reason));
  });
});

describe('RECIST reasons: confirmation (RECIST 1.1 §4.6) and best overall response', () => {
  const rules = DEFAULT_RECIST_RULES;

  it('a PR confirmed exactly confirmationDays later, with one NE between', () => {
    const c = confirmResponse(
      [
        { date: day(57), response: 'PR' },
        { date: day(71), response: 'NE' },
        { date: day(85), response: 'PR' },
      ],
      0,
      rules,
    );
    expect(c.kind).toBe('confirmed');
    expect(codeAndParams(c.reason)).toEqual({
      code: 'recist.confirmed',
      params: {
        response: 'PR',
        date: day(57),
        by: 'PR',
        byDate: day(85),
        days: 28,
        confirmationDays: 28,
        ne: 1,
      },
    });
    expect(c.reason.text).toBe(
      `PR on ${day(57)} confirmed by PR on ${day(85)} (28 days ≥ 28, 1 NE between) (RECIST 1.1 §4.6)`,
    );
  });

  it('one day short of confirmationDays: recist.pr-not-confirmed-no-cr-pr', () => {
    const c = confirmResponse(
      [
        { date: day(57), response: 'PR' },
        { date: day(84), response: 'PR' },
      ],
      0,
      rules,
    );
    expect(codeAndParams(c.reason)).toEqual({
      code: 'recist.pr-not-confirmed-no-cr-pr',
      params: { date: day(57), confirmationDays: 28 },
    });
  });

  it('two NE between: recist.not-confirmed-too-many-ne with the limit', () => {
    const c = confirmResponse(
      [
        { date: day(57), response: 'PR' },
        { date: day(64), response: 'NE' },
        { date: day(71), response: 'NE' },
        { date: day(85), response: 'PR' },
      ],
      0,
      rules,
    );
    expect(codeAndParams(c.reason)).toEqual({
      code: 'recist.not-confirmed-too-many-ne',
      params: { response: 'PR', date: day(57), ne: 2, maxNe: 1 },
    });
  });

  it('best overall response: rules, data after PD, unconfirmed and confirmed best', () => {
    const b = deriveBestOverallResponse({
      referenceDate: day(1),
      responses: [
        { date: day(57), response: 'SD' },
        { date: day(113), response: 'PD' },
        { date: day(169), response: 'PR' },
      ],
    });
    expect(b.reasons.map(codeAndParams)).toEqual([
      {
        code: 'recist.rules',
        params: { confirmationDays: 28, sdMinDays: 42, continuingPartialResponse: 'false' },
      },
      { code: 'recist.after-pd-not-used', params: { count: 1, date: day(113) } },
      {
        code: 'recist.unconfirmed-best',
        params: { response: 'SD', date: day(57), sdMinDays: 42, referenceDate: day(1) },
      },
      { code: 'recist.confirmed-best', params: { response: 'SD', date: day(57) } },
    ]);
    expectWellMade(b.reasons);
  });
});
