import { describe, expect, it } from 'vitest';
import { defaultStudy } from '../protocol/study-definition.ts';
import { reasonTexts } from '../shared/reason.ts';
import { evaluateEligibility } from './eligibility-evaluation.ts';
import { eligibilityEvidenceSchema } from './eligibility-evidence.schema.ts';

const study = defaultStudy();
/** The age criterion alone (the default protocol: age ≥ 18 on the check date). */
const age = (birthDate: string | undefined, checkDate: string) => {
  const r = evaluateEligibility(
    study,
    eligibilityEvidenceSchema.parse({ checkDate, ...(birthDate ? { birthDate } : {}) }),
  );
  const c = r.criteria.find((x) => x.id === 'inc-age');
  if (!c) throw new Error('the default protocol has an age criterion');
  return { ...c, reasons: reasonTexts(c.reasons), codes: c.reasons.map((r) => r.code) };
};

describe('age ≥ 18 from a partial birth date (SDTM BRTHDTC YYYY or YYYY-MM)', () => {
  it('a year of birth that proves adulthood whatever the day is met (born 1970)', () => {
    const c = age('1970', '2026-11-25');
    expect(c.result).toBe('met');
    expect(c.reasons[0]).toBe(
      'born 1970 (between 1970-01-01 and 1970-12-31): age at least 55 on 2026-11-25 ≥ 18 whatever the day',
    );
  });

  it('born in the year that makes 18 ambiguous: missing evidence, naming both ages', () => {
    const c = age('2008', '2026-11-25');
    expect(c.result).toBe('missing-evidence');
    expect(c.verdict).toBe('unknown');
    expect(c.reasons[0]).toContain('age 17 or 18 on 2026-11-25');
    expect(c.reasons[0]).toContain('the full birth date decides');
    expect(c.codes).toEqual(['eligibility.age-partial-undecided']);
  });

  it('year boundaries: 31 Dec of the year 18 years back is the latest birthday that is met', () => {
    // born in 2007: the youngest possible (2007-12-31) is 18 on 2025-12-31, 17 the day before
    expect(age('2007', '2025-12-31').result).toBe('met');
    expect(age('2007', '2025-12-30').result).toBe('missing-evidence');
    // born in 2008: the oldest possible (2008-01-01) turns 18 on 2026-01-01
    expect(age('2008', '2025-12-31').result).toBe('not-met');
    expect(age('2008', '2026-01-01').result).toBe('missing-evidence');
    expect(age('2008', '2026-12-31').result).toBe('met');
  });

  it('year-month: decided unless the check falls in the birth month 18 years on', () => {
    expect(age('2008-10', '2026-11-25').result).toBe('met');
    expect(age('2008-11', '2026-11-25').result).toBe('missing-evidence');
    expect(age('2008-11', '2026-11-30').result).toBe('met');
    expect(age('2008-11', '2026-10-31').result).toBe('not-met');
    expect(age('2008-12', '2026-11-25')).toMatchObject({
      result: 'not-met',
      reasons: [
        'born 2008-12 (between 2008-12-01 and 2008-12-31): age at most 17 on 2026-11-25 < 18 whatever the day',
      ],
    });
  });

  it('February of a leap year: the 29th is the latest birthday (turns 18 on 1 March)', () => {
    expect(age('2008-02', '2026-02-28').result).toBe('missing-evidence');
    expect(age('2008-02', '2026-03-01').result).toBe('met');
  });

  it('complete dates keep the exact rule; no birth date is missing evidence', () => {
    expect(age('2008-11-25', '2026-11-25')).toMatchObject({
      result: 'met',
      reasons: ['age 18 on 2026-11-25 (born 2008-11-25) ≥ 18'],
    });
    expect(age('2008-11-26', '2026-11-25').result).toBe('not-met');
    expect(age(undefined, '2026-11-25').result).toBe('missing-evidence');
  });

  it('a malformed partial birth date is refused by the evidence schema', () => {
    expect(() =>
      eligibilityEvidenceSchema.parse({ checkDate: '2026-11-25', birthDate: '2008-13' }),
    ).toThrow();
  });
});
