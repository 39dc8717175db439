import { describe, expect, it } from 'vitest';
import { type AeForDeathCheck, grade5DeathConsistency } from './grade5-death-consistency.ts';

const fatal: AeForDeathCheck = {
  id: 'AE1',
  term: 'Hepatic failure',
  grade: 5,
  onsetDate: '2026-04-01',
  resolutionDate: '2026-04-10',
  outcome: 'fatal',
  seriousCriteria: ['death', 'hospitalisation'],
};
const rules = (aes: AeForDeathCheck[], death: { date: string } | null) =>
  grade5DeathConsistency(aes, death).map((i) => `${i.path}:${i.rule}`);

describe('grade 5 AE and the death record', () => {
  it('a consistent grade 5 AE gives no issue', () => {
    expect(rules([fatal], { date: '2026-04-10' })).toEqual([]);
  });
  it('grade 5 needs a death record', () => {
    expect(rules([fatal], null)).toEqual(['aes.0.grade:grade5-requires-death-record']);
  });
  it('its end date is the date of death', () => {
    expect(rules([fatal], { date: '2026-04-11' })).toEqual([
      'aes.0.resolutionDate:grade5-end-equals-death-date',
    ]);
    expect(rules([{ ...fatal, resolutionDate: null }], { date: '2026-04-11' })).toEqual([]);
  });
  it('outcome fatal and seriousness "death" are required; all issues are listed', () => {
    expect(
      rules([{ ...fatal, outcome: 'not-recovered', seriousCriteria: [] }], { date: '2026-04-10' }),
    ).toEqual(['aes.0.outcome:grade5-outcome-fatal', 'aes.0.seriousCriteria:grade5-serious-death']);
  });
  it('a fatal outcome below grade 5, and AEs starting after death, are flagged', () => {
    const ae: AeForDeathCheck = {
      id: 'AE2',
      term: 'Sepsis',
      grade: 4,
      onsetDate: '2026-04-12',
      outcome: 'fatal',
    };
    expect(rules([fatal, ae], { date: '2026-04-10' })).toEqual([
      'aes.1.onsetDate:onset-after-death',
      'aes.1.grade:fatal-outcome-requires-grade5',
    ]);
  });
  it('a death without a grade 5 AE (e.g. disease progression) is not an issue', () => {
    expect(
      rules([{ ...fatal, grade: 3, outcome: 'recovered', seriousCriteria: [] }], {
        date: '2026-05-01',
      }),
    ).toEqual([]);
  });
});
