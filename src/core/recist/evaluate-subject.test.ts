/**
 * One subject end to end: new lesions, non-target disease, data cuts, the waterfall value and
 * the refusal of malformed input (path + rule).
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.ts';
import { reasonTexts } from '../shared/reason.ts';
import { evaluateSubject } from './evaluate-subject.ts';
import type { RecistSubjectInput } from './recist-input.schema.ts';
import { day, m, nonTarget, s, subject, target } from './test-subject-builder.ts';

const base = [target('T1', 30), target('T2', 20), nonTarget('NT1')];

function issuesOf(input: RecistSubjectInput) {
  try {
    evaluateSubject(input);
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      return e.failure.issues.map((i) => `${i.path} [${i.rule}]`);
    throw e;
  }
  throw new Error('expected the input to be refused');
}

describe('new lesions', () => {
  it('an unequivocal new lesion is PD whatever the targets do', () => {
    const r = evaluateSubject(
      subject(base, [[m('T1', 10), m('T2', 5), s('NT1', 'present'), { id: 'N1', kind: 'new' }]]),
    );
    expect(r.timepoints[0]).toMatchObject({ target: 'PR', newLesion: 'YES', overall: 'PD' });
  });

  it('an equivocal new lesion confirmed later dates PD back to its first sighting', () => {
    const r = evaluateSubject(
      subject(base, [
        [m('T1', 20), m('T2', 10), s('NT1', 'present')],
        [
          m('T1', 20),
          m('T2', 10),
          s('NT1', 'present'),
          { id: 'N1', kind: 'new', status: 'equivocal' },
        ],
        [m('T1', 20), m('T2', 10), s('NT1', 'present'), { id: 'N1', status: 'unequivocal' }],
      ]),
    );
    const [first, equivocal, confirmed] = r.timepoints;
    expect(first?.overall).toBe('PR');
    expect(equivocal).toMatchObject({ newLesion: 'YES', overall: 'PD' });
    expect(confirmed?.overall).toBe('PD');
    expect(r.progressionDate).toBe(day(113));
    expect(r.flags).toContain('equivocal-new-lesion-confirmed');
    expect(r.bestOverallResponse.unconfirmed).toEqual({ response: 'PR', date: day(57) });
    expect(reasonTexts(equivocal?.reasons ?? []).join('\n')).toMatch(/PD dated back to this scan/);
  });

  it('an equivocal new lesion never confirmed is not PD', () => {
    const r = evaluateSubject(
      subject(base, [
        [
          m('T1', 20),
          m('T2', 10),
          s('NT1', 'present'),
          { id: 'N1', kind: 'new', status: 'equivocal' },
        ],
        [m('T1', 20), m('T2', 10), s('NT1', 'present')],
      ]),
    );
    expect(r.timepoints.map((t) => t.overall)).toEqual(['PR', 'PR']);
    expect(r.progressionDate).toBeNull();
  });
});

describe('non-target disease', () => {
  it('target CR with non-target present is PR (Table 1); unequivocal progression is PD', () => {
    const r = evaluateSubject(
      subject(base, [
        [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'present')],
        [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'unequivocal-progression')],
      ]),
    );
    expect(r.timepoints.map((t) => [t.target, t.nonTarget, t.overall])).toEqual([
      ['CR', 'NON-CR/NON-PD', 'PR'],
      ['CR', 'PD', 'PD'],
    ]);
  });

  it('target CR with non-target not assessed is PR; all gone is CR', () => {
    const r = evaluateSubject(
      subject(base, [
        [s('T1', 'absent'), s('T2', 'absent')],
        [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'absent')],
      ]),
    );
    expect(r.timepoints.map((t) => [t.nonTarget, t.overall])).toEqual([
      ['NE', 'PR'],
      ['CR', 'CR'],
    ]);
  });

  it('CR needs tumour markers normal', () => {
    const allGone = [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'absent')];
    const input = subject(base, [allGone]);
    expect(evaluateSubject(input).timepoints[0]?.overall).toBe('CR');
    const [baseline, followUp] = input.assessments;
    if (!baseline || !followUp) throw new Error('fixture');
    const raised = {
      ...input,
      assessments: [baseline, { ...followUp, tumorMarkersNormal: false }],
    };
    expect(evaluateSubject(raised).timepoints[0]).toMatchObject({
      nonTarget: 'NON-CR/NON-PD',
      overall: 'PR',
    });
  });

  it('a non-target lesion reappearing after CR is PD', () => {
    const r = evaluateSubject(
      subject(base, [
        [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'absent')],
        [s('T1', 'absent'), s('T2', 'absent'), s('NT1', 'present')],
      ]),
    );
    expect(r.timepoints.map((t) => t.overall)).toEqual(['CR', 'PD']);
  });

  it('non-target-only disease follows Table 2 and gives NON-CR/NON-PD', () => {
    const r = evaluateSubject(subject([nonTarget('NT1')], [[s('NT1', 'present')]]));
    expect(r.timepoints[0]).toMatchObject({ target: null, sumMm: null, overall: 'NON-CR/NON-PD' });
    expect(r.bestOverallResponse.confirmed).toEqual({ response: 'NON-CR/NON-PD', date: day(57) });
    expect(r.baseline.problems.map((p) => p.rule)).toEqual(['recist-no-measurable-disease']);
    expect(r.bestPctChange).toBeNull();
  });
});

describe('best overall response and waterfall', () => {
  it('data after the first PD are ignored for BOR and the waterfall', () => {
    const r = evaluateSubject(
      subject(base, [
        [m('T1', 30), m('T2', 18), s('NT1', 'present')],
        [m('T1', 40), m('T2', 20), s('NT1', 'present')],
        [m('T1', 10), m('T2', 5), s('NT1', 'present')],
        [m('T1', 10), m('T2', 5), s('NT1', 'present')],
      ]),
    );
    expect(r.timepoints.map((t) => t.overall)).toEqual(['SD', 'PD', 'PR', 'PR']);
    expect(r.bestOverallResponse.confirmed).toEqual({ response: 'SD', date: day(57) });
    expect(r.bestPctChange).toBe(-4);
    expect(r.flags).toContain('data-after-progression-ignored');
    expect(r.timepoints[2]?.reasons.at(-1)?.text).toMatch(/not used for best overall response/);
  });

  it('waterfall: best % change among complete assessments only', () => {
    const r = evaluateSubject(
      subject(base, [
        [m('T1', 20), m('T2', 10), s('NT1', 'present')],
        [m('T1', 5), s('NT1', 'present')],
      ]),
    );
    expect(r.timepoints[1]?.target).toBe('NE');
    expect(r.bestPctChange).toBe(-40);
  });

  it('rules from the argument, overridden field by field by the input', () => {
    const input = { ...subject(base, []), rules: { sdMinDays: 30 } };
    expect(evaluateSubject(input, { confirmationDays: 35, sdMinDays: 56 }).rules).toEqual({
      confirmationDays: 35,
      sdMinDays: 30,
      continuingPartialResponse: false,
    });
    expect(evaluateSubject(input).bestOverallResponse.confirmed.response).toBe('MISSING');
  });
});

describe('malformed input is refused with path and rule', () => {
  it('unknown lesion id', () => {
    expect(issuesOf(subject(base, [[m('T1', 20), m('X9', 5)]]))).toEqual([
      'assessments.1.lesions.1.id [recist-unknown-lesion]',
    ]);
  });

  it('target added after baseline', () => {
    expect(issuesOf(subject(base, [[target('T3', 12)]]))).toEqual([
      'assessments.1.lesions.0.kind [recist-no-new-targets]',
    ]);
  });

  it('dates out of order', () => {
    const input = subject(base, [
      { day: 113, lesions: [] },
      { day: 57, lesions: [] },
    ]);
    expect(issuesOf(input)).toEqual(['assessments.2.date [recist-dates-ascending]']);
  });

  it('status that does not fit the kind, and two measurements of one target', () => {
    expect(
      issuesOf(
        subject(base, [
          [s('T1', 'unequivocal-progression'), { id: 'T2', diameterMm: 3, status: 'absent' }],
        ]),
      ),
    ).toEqual([
      'assessments.1.lesions.0.status [recist-status-for-kind]',
      'assessments.1.lesions.1 [recist-target-one-measurement]',
    ]);
  });

  it('more than one decimal, a new lesion at baseline, an unmeasured baseline target', () => {
    expect(
      issuesOf(
        subject(
          [
            { ...target('T1', 30.25) },
            { id: 'N1', kind: 'new', organ: 'liver', nodal: false },
            { id: 'T2', kind: 'target', organ: 'lung', nodal: false },
          ],
          [],
        ),
      ),
    ).toEqual([
      'assessments.0.lesions.0.diameterMm [recist-precision-0.1mm]',
      'assessments.0.lesions.1.kind [recist-baseline-kind]',
      'assessments.0.lesions.2.diameterMm [recist-baseline-target-measured]',
    ]);
  });
});
