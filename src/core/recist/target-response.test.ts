/**
 * Target response through the whole subject pipeline, at the exact RECIST 1.1 §4.3.1
 * thresholds (CLINICAL-RULES.md): PR at ≤ 70 % of baseline, PD at ≥ 120 % of nadir and ≥ +5 mm.
 */
import { describe, expect, it } from 'vitest';
import { reasonTexts } from '../shared/reason.ts';
import { evaluateSubject } from './evaluate-subject.ts';
import { m, nodeTarget, s, subject, target } from './test-subject-builder.ts';

function targets(...followUps: Array<Parameters<typeof subject>[1][number]>) {
  return evaluateSubject(subject([target('T1', 60), target('T2', 40)], followUps)).timepoints;
}

describe('target response thresholds (integer tenths)', () => {
  it('exactly −30 % is PR; −29.9 % is SD', () => {
    const [pr, sd] = targets([m('T1', 40), m('T2', 30)], [m('T1', 40), m('T2', 30.1)]);
    expect(pr).toMatchObject({ sumMm: 70, changeFromBaselinePct: -30, target: 'PR' });
    expect(sd).toMatchObject({ sumMm: 70.1, target: 'SD' });
  });

  it('33 → 23.1 mm is PR although the float ratio is not −0.30', () => {
    const [tp] = evaluateSubject(subject([target('T1', 33)], [[m('T1', 23.1)]])).timepoints;
    expect(tp).toMatchObject({ target: 'PR', changeFromBaselinePct: -30 });
    expect(reasonTexts(tp?.reasons ?? [])).toContain(
      'sum 23.1 mm ≤ 70 % of baseline 33.0 mm → PR (RECIST 1.1 §4.3.1)',
    );
  });

  it('nadir 41.5 → 49.8 mm is PD although the float ratio is not +0.20', () => {
    const [, pd] = evaluateSubject(
      subject([target('T1', 50)], [[m('T1', 41.5)], [m('T1', 49.8)]]),
    ).timepoints;
    expect(pd).toMatchObject({ nadirMm: 41.5, changeFromNadirPct: 20, target: 'PD' });
    expect(pd?.reasons[0]?.text).toBe(
      'sum 49.8 mm ≥ 120 % of nadir 41.5 mm and +8.3 mm ≥ 5 mm → PD (RECIST 1.1 §4.3.1)',
    );
  });

  it('+20 % needs +5 mm too: nadir 20 → 24 is SD, 20 → 25 is PD', () => {
    const base = [target('T1', 30)];
    const sd = evaluateSubject(subject(base, [[m('T1', 20)], [m('T1', 24)]])).timepoints[1];
    const pd = evaluateSubject(subject(base, [[m('T1', 20)], [m('T1', 25)]])).timepoints[1];
    expect(sd).toMatchObject({ changeFromNadirPct: 20, target: 'SD' });
    expect(pd).toMatchObject({ changeFromNadirPct: 25, target: 'PD' });
  });

  it('+5 mm needs +20 % too: nadir 40 → 47.9 is SD, → 48 is PD', () => {
    const base = [target('T1', 40)];
    expect(evaluateSubject(subject(base, [[m('T1', 47.9)]])).timepoints[0]?.target).toBe('SD');
    expect(evaluateSubject(subject(base, [[m('T1', 48)]])).timepoints[0]?.target).toBe('PD');
  });

  it('the nadir is the smallest earlier sum, baseline included, and PD beats PR', () => {
    const [a, b, c] = targets(
      [m('T1', 20), m('T2', 10)],
      [m('T1', 30), m('T2', 10)],
      [m('T1', 30), m('T2', 7)],
    );
    expect(a).toMatchObject({ sumMm: 30, nadirMm: 100, target: 'PR' });
    // 40 mm is still ≤ 70 % of baseline, but ≥ 120 % and +10 mm over the nadir of 30 mm.
    expect(b).toMatchObject({ sumMm: 40, nadirMm: 30, target: 'PD' });
    expect(c).toMatchObject({ nadirMm: 30 });
  });

  it('nodal CR with a non-zero sum: nodes < 10 mm are normal', () => {
    const r = evaluateSubject(
      subject(
        [nodeTarget('L1', 20), nodeTarget('L2', 16), target('T1', 15)],
        [
          [m('L1', 9.9), m('L2', 7), s('T1', 'absent')],
          [m('L1', 10), m('L2', 7), s('T1', 'absent')],
        ],
      ),
    );
    expect(r.timepoints[0]).toMatchObject({ sumMm: 16.9, target: 'CR', overall: 'CR' });
    // A node back at 10 mm is no longer CR; 17 mm is −66 % from baseline → PR, not PD (+0.1 mm).
    expect(r.timepoints[1]).toMatchObject({ sumMm: 17, target: 'PR' });
  });

  it('too small to measure counts 5 mm and is not CR', () => {
    const [tp] = targets([s('T1', 'too-small'), s('T2', 'absent')]);
    expect(tp).toMatchObject({ sumMm: 5, target: 'PR' });
    expect(reasonTexts(tp?.reasons ?? [])).toContain(
      'target T1 too small to measure → 5.0 mm (RECIST 1.1 §4.3.2)',
    );
  });

  it('a missing target makes NE, unless the measured subset already proves PD', () => {
    const [ne, pd] = targets([m('T1', 70)], [m('T1', 30)], [m('T1', 36)]);
    expect(ne).toMatchObject({ sumMm: null, target: 'NE', overall: 'NE' });
    // Third visit: nadir still the baseline 100 mm (the NE visit's partial sum never counts)…
    expect(pd).toMatchObject({ nadirMm: 100 });
    const partialPd = targets([m('T1', 20), m('T2', 10)], [m('T1', 36), s('T2', 'not-assessed')]);
    // …but here T1 alone is 36 mm ≥ 120 % of the 30 mm nadir and +6 mm: PD whatever T2 is.
    expect(partialPd[1]).toMatchObject({ sumMm: null, target: 'PD', overall: 'PD' });
    expect(partialPd[1]?.reasons.some((r) => r.text.includes('already proves PD'))).toBe(true);
  });

  it('split lesions add their pieces; merged lesions are measured once', () => {
    const [split, merged] = targets(
      [{ id: 'T1', fragmentsMm: [20, 15] }, m('T2', 40)],
      [m('T1', 52), { id: 'T2', mergedInto: 'T1' }],
    );
    expect(split).toMatchObject({ sumMm: 75, target: 'SD' });
    expect(merged).toMatchObject({ sumMm: 52, target: 'PR' });
  });

  it('reappearance after CR is PD even below +5 mm', () => {
    const r = evaluateSubject(
      subject([target('T1', 20)], [[s('T1', 'absent')], [m('T1', 3)]]),
    ).timepoints;
    expect(r[0]?.overall).toBe('CR');
    expect(r[1]).toMatchObject({ target: 'PD', overall: 'PD' });
    expect(r[1]?.reasons[0]?.text).toMatch(/reappeared after complete response → PD/);
  });

  it('a reappearing lesion after PR is added back to the sum (no automatic PD)', () => {
    const r = targets([s('T1', 'absent'), m('T2', 30)], [m('T1', 3), m('T2', 30)]);
    expect(r[1]).toMatchObject({ sumMm: 33, target: 'PR' });
  });

  it('continuingPartialResponse names the convention: strict SD by default, PR when set', () => {
    const followUps = [
      [m('T1', 40), m('T2', 30)],
      [m('T1', 45), m('T2', 30)],
    ];
    const strict = evaluateSubject(subject([target('T1', 60), target('T2', 40)], followUps));
    const faq = evaluateSubject(subject([target('T1', 60), target('T2', 40)], followUps), {
      continuingPartialResponse: true,
    });
    expect(strict.timepoints[1]?.target).toBe('SD');
    expect(reasonTexts(strict.timepoints[1]?.reasons ?? []).join()).toMatch(
      /continuingPartialResponse = false/,
    );
    expect(faq.timepoints[1]?.target).toBe('PR');
    expect(reasonTexts(faq.timepoints[1]?.reasons ?? []).join()).toMatch(
      /continuingPartialResponse = true/,
    );
    expect(faq.rules.continuingPartialResponse).toBe(true);
  });
});
