/**
 * The rules an adverse event must meet against the rest of the subject's file before it is
 * saved (issue 6: "Grade 5 requires a death record that agrees"; CTCAE v5.0):
 * - no date in the future at the site (onset, resolution) and no awareness after the server
 *   clock; resolution not before onset;
 * - the core's grade 5 / death consistency (`grade5DeathConsistency`) for this AE against the
 *   subject's death record: grade 5 with no death record is refused until a death is recorded.
 * Issues name the request field (`body.grade`), so the API answers 400 naming it.
 */
import { type DeathRecord, grade5DeathConsistency } from '../safety/grade5-death-consistency.ts';
import { parseInstant } from '../safety/sae-reporting-clock.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { ValidationIssue } from '../shared/domain-error.ts';
import type { AdverseEventInput } from './adverse-event.schema.ts';

export interface AdverseEventContext {
  /** Today at the subject's site. */
  today: IsoDate;
  /** Server UTC instant. */
  now: string;
  death: DeathRecord | null;
}

/**
 * @example adverseEventIssues({ ...ae, grade: 5 }, { today, now, death: null })
 *   // [{ path: 'body.grade', rule: 'grade5-requires-death-record', … }, …]
 */
export function adverseEventIssues(
  ae: AdverseEventInput,
  c: AdverseEventContext,
  prefix = 'body',
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (f: string) => `${prefix}.${f}`;
  if (compareDates(ae.onsetDate, c.today) > 0)
    issues.push({
      path: at('onsetDate'),
      rule: 'not-in-future',
      message: `onset ${ae.onsetDate} is after today at the site (${c.today})`,
    });
  if (ae.resolutionDate) {
    if (compareDates(ae.resolutionDate, ae.onsetDate) < 0)
      issues.push({
        path: at('resolutionDate'),
        rule: 'resolution-after-onset',
        message: `resolution ${ae.resolutionDate} is before onset ${ae.onsetDate}`,
      });
    if (compareDates(ae.resolutionDate, c.today) > 0)
      issues.push({
        path: at('resolutionDate'),
        rule: 'not-in-future',
        message: `resolution ${ae.resolutionDate} is after today at the site (${c.today})`,
      });
  }
  if (ae.awarenessAt && parseInstant(ae.awarenessAt) > parseInstant(c.now))
    issues.push({
      path: at('awarenessAt'),
      rule: 'not-in-future',
      message: `awareness ${ae.awarenessAt} is after the server clock (${c.now})`,
    });
  const death = grade5DeathConsistency(
    [
      {
        id: 'this',
        term: ae.term,
        grade: ae.grade as 1 | 2 | 3 | 4 | 5,
        onsetDate: ae.onsetDate,
        resolutionDate: ae.resolutionDate ?? null,
        outcome: ae.outcome,
        seriousCriteria: ae.seriousCriteria,
      },
    ],
    c.death,
  );
  for (const i of death) {
    const field = i.path.split('.').at(-1) ?? 'grade';
    const message =
      i.rule === 'grade5-requires-death-record'
        ? `${i.message}: record the death (date and cause) first, then the grade 5 AE`
        : i.message.replace('AE this ', 'this AE ');
    issues.push({ path: at(field), rule: i.rule, message });
  }
  return issues;
}
