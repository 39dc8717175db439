import { describe, expect, it } from 'vitest';
import { fillTemplate, reasonFactory, reasonTexts } from './reason.ts';

const TEMPLATES = {
  'target-pr': 'sum {sum} mm ≤ 70 % of baseline {base} mm → PR (RECIST 1.1 §4.3.1)',
  'no-post-baseline': 'no post-baseline assessment → MISSING',
} as const;
const reason = reasonFactory(TEMPLATES);

describe('reasonFactory', () => {
  it('keeps code and parameters beside the English text', () => {
    expect(reason('target-pr', { sum: '23.1', base: 33 })).toEqual({
      code: 'target-pr',
      params: { sum: '23.1', base: 33 },
      text: 'sum 23.1 mm ≤ 70 % of baseline 33 mm → PR (RECIST 1.1 §4.3.1)',
    });
  });

  it('needs no parameters for a template without placeholders', () => {
    expect(reason('no-post-baseline')).toEqual({
      code: 'no-post-baseline',
      params: {},
      text: 'no post-baseline assessment → MISSING',
    });
  });

  it('rejects a missing or unknown parameter at compile time', () => {
    const typeChecksOnly = () => {
      // @ts-expect-error base is missing
      reason('target-pr', { sum: '1' });
      // @ts-expect-error no such code
      reason('target-cr');
    };
    expect(typeof typeChecksOnly).toBe('function');
    expect(reasonTexts([reason('no-post-baseline')])).toEqual([
      'no post-baseline assessment → MISSING',
    ]);
  });
});

describe('fillTemplate', () => {
  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('does not read inherited properties as values', () => {
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
  });
});
