import { describe, expect, it } from 'vitest';
import { localiseSaeSummary } from './sae-summary.ts';

const labels: Record<string, string> = {
  'safetyScreen.serious.hospitalisation': '住院或住院时间延长',
  'safetyScreen.serious.life-threatening': '危及生命',
};
const words = {
  name: (key: string) => labels[key] ?? key,
  separator: '、',
  instant: (iso: string) => `«${iso.slice(0, 10)}»`,
};

describe('localiseSaeSummary', () => {
  it('says each stored criterion with its label and the awareness time in the reader’s format', () => {
    const summary = {
      code: 'safety.summary-sae',
      params: {
        term: 'Pneumonitis',
        grade: 3,
        criteria: 'hospitalisation, life-threatening',
        awareAt: '2026-11-24T18:05:00.000Z',
      },
      text: 'Serious adverse event "Pneumonitis" grade 3 (hospitalisation, life-threatening), aware …',
    };
    expect(localiseSaeSummary(summary, words).params).toEqual({
      term: 'Pneumonitis',
      grade: 3,
      criteria: '住院或住院时间延长、危及生命',
      awareAt: '«2026-11-24»',
    });
  });

  it('leaves other reasons, an unknown criterion and a missing awareness time as they are', () => {
    const other = { code: 'safety.summary-hys-law', params: { criteria: 'x' }, text: 't' };
    expect(localiseSaeSummary(other, words)).toBe(other);
    const odd = {
      code: 'safety.summary-sae',
      params: { criteria: 'made-up', awareAt: 'null' },
      text: 't',
    };
    expect(localiseSaeSummary(odd, words).params).toEqual({ criteria: 'made-up', awareAt: 'null' });
  });
});
