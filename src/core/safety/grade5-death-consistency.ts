/**
 * Consistency of grade 5 adverse events with the death record (issue 6: "Grade 5 requires a
 * death record that agrees"; CTCAE v5.0: grade 5 = death related to the AE).
 *
 * Issues returned (path, rule, message), never thrown, so a data manager sees them all:
 * - grade 5 without a death record;
 * - grade 5 whose outcome is not fatal, or whose end date is not the date of death;
 * - grade 5 not marked serious with the "death" criterion;
 * - fatal outcome on an AE below grade 5;
 * - any AE starting after the date of death.
 * A death with no grade 5 AE is not an issue: death from disease progression is an efficacy
 * event, not an adverse event, in oncology trials.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { ValidationIssue } from '../shared/domain-error.ts';

export type AeOutcome =
  | 'recovered'
  | 'recovering'
  | 'not-recovered'
  | 'recovered-with-sequelae'
  | 'fatal'
  | 'unknown';

export type SeriousnessCriterion =
  | 'death'
  | 'life-threatening'
  | 'hospitalisation'
  | 'disability'
  | 'congenital-anomaly'
  | 'other-important';

export interface AeForDeathCheck {
  id: string;
  term: string;
  grade: 1 | 2 | 3 | 4 | 5;
  onsetDate: IsoDate;
  resolutionDate?: IsoDate | null;
  outcome?: AeOutcome | null;
  seriousCriteria?: readonly SeriousnessCriterion[];
}

export interface DeathRecord {
  date: IsoDate;
  cause?: string | null;
}

/**
 * @example grade5DeathConsistency([{ id: 'AE1', term: 'Hepatic failure', grade: 5, onsetDate: '2026-03-01' }], null)
 *   // [{ path: 'aes.0.grade', rule: 'grade5-requires-death-record', … }, …]
 */
export function grade5DeathConsistency(
  aes: readonly AeForDeathCheck[],
  death: DeathRecord | null,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  aes.forEach((ae, i) => {
    const at = `aes.${i}`;
    const name = `AE ${ae.id} "${ae.term}"`;
    if (death && compareDates(ae.onsetDate, death.date) > 0) {
      issues.push({
        path: `${at}.onsetDate`,
        rule: 'onset-after-death',
        message: `${name} starts ${ae.onsetDate}, after death on ${death.date}`,
      });
    }
    if (ae.grade !== 5) {
      if (ae.outcome === 'fatal') {
        issues.push({
          path: `${at}.grade`,
          rule: 'fatal-outcome-requires-grade5',
          message: `${name} has a fatal outcome but grade ${ae.grade}; a fatal AE is grade 5 (CTCAE v5.0)`,
        });
      }
      return;
    }
    if (!death) {
      issues.push({
        path: `${at}.grade`,
        rule: 'grade5-requires-death-record',
        message: `${name} is grade 5 (death) but the subject has no death record`,
      });
    } else if (ae.resolutionDate && ae.resolutionDate !== death.date) {
      issues.push({
        path: `${at}.resolutionDate`,
        rule: 'grade5-end-equals-death-date',
        message: `${name} is grade 5 and ends ${ae.resolutionDate}, but death is recorded on ${death.date}`,
      });
    }
    if (ae.outcome !== 'fatal') {
      issues.push({
        path: `${at}.outcome`,
        rule: 'grade5-outcome-fatal',
        message: `${name} is grade 5, so its outcome must be fatal (is ${ae.outcome ?? 'missing'})`,
      });
    }
    if (!ae.seriousCriteria?.includes('death')) {
      issues.push({
        path: `${at}.seriousCriteria`,
        rule: 'grade5-serious-death',
        message: `${name} is grade 5, so it is serious with the criterion "death"`,
      });
    }
  });
  return issues;
}
