/**
 * Date-consistency rules for one subject (issue 5): impossible orders are refused (death before
 * enrolment, a visit before consent, a dose after the end of treatment, anything after death or
 * in the future…), doubtful ones raise a query (a lab before consent, progression with treatment
 * going on, new anticancer therapy during treatment…). Paths are relative to the input, e.g.
 * `events.visitsDone.3.date`, so the API can point at the field.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { RuleParams } from '../shared/domain-error.ts';
import type { DateIssue, DateIssueSeverity } from './date-issue.ts';
import type { SubjectEvents } from './subject-events.schema.ts';

export interface DateConsistencyInput {
  /** Today at the site (or the as-of date): nothing may be dated later. */
  asOf: IsoDate;
  birthDate?: IsoDate | undefined;
  enrollmentDate?: IsoDate | undefined;
  events: SubjectEvents;
}

interface Dated {
  path: string;
  what: string;
  date: IsoDate;
}

/** Every date of the input with its path and a name for messages. */
function allDates(input: DateConsistencyInput): Dated[] {
  const e = input.events;
  const out: Dated[] = [];
  const add = (path: string, what: string, date: IsoDate | undefined) => {
    if (date) out.push({ path, what, date });
  };
  add('enrollmentDate', 'enrolment', input.enrollmentDate);
  add('events.consentDate', 'consent', e.consentDate);
  add('events.screenFailure.date', 'screen failure', e.screenFailure?.date);
  e.doses.forEach((d, i) => add(`events.doses.${i}.date`, 'dose', d.date));
  add('events.treatmentEnd.lastDoseDate', 'last dose', e.treatmentEnd?.lastDoseDate);
  add('events.progressionDate', 'progression', e.progressionDate);
  add('events.deathDate', 'death', e.deathDate);
  add('events.consentWithdrawalDate', 'withdrawal of consent', e.consentWithdrawalDate);
  add('events.newAnticancerTherapyDate', 'new anticancer therapy', e.newAnticancerTherapyDate);
  e.visitsDone.forEach((v, i) => add(`events.visitsDone.${i}.date`, `${v.kind} visit`, v.date));
  e.altResults.forEach((r, i) => add(`events.altResults.${i}.date`, 'ALT result', r.date));
  return out;
}

/**
 * @example
 * checkDateConsistency({ asOf: '2025-06-01', enrollmentDate: '2025-03-03',
 *   events: { ...events, deathDate: '2025-03-01' } })
 * // [{ severity: 'refuse', path: 'events.deathDate', rule: 'death-before-enrolment', … }]
 */
export function checkDateConsistency(input: DateConsistencyInput): DateIssue[] {
  const issues: DateIssue[] = [];
  const e = input.events;
  const issue = (
    severity: DateIssueSeverity,
    path: string,
    rule: string,
    message: string,
    params?: RuleParams,
  ) => issues.push({ severity, path, rule, message, ...(params ? { params } : {}) });
  const dates = allDates(input);
  const of = (prefix: string) => dates.filter((d) => d.path.startsWith(prefix));
  /** Refuse (or query) each date under `prefix` that falls before `bound` (or after, if `after`). */
  const order = (
    severity: DateIssueSeverity,
    rule: string,
    items: Dated[],
    bound: IsoDate | undefined,
    boundWhat: string,
    after = false,
  ) => {
    if (!bound) return;
    for (const d of items) {
      const c = compareDates(d.date, bound);
      if (after ? c > 0 : c < 0)
        issue(
          severity,
          d.path,
          rule,
          `${d.what} on ${d.date} is ${after ? 'after' : 'before'} ${boundWhat} on ${bound}`,
          { date: d.date, bound },
        );
    }
  };

  for (const d of dates)
    if (compareDates(d.date, input.asOf) > 0)
      issue(
        'refuse',
        d.path,
        'date-in-future',
        `${d.what} on ${d.date} is after today (${input.asOf})`,
        { date: d.date, today: input.asOf },
      );
  order('refuse', 'date-before-birth', dates, input.birthDate, 'birth');

  // Consent comes first: "no study procedure is recorded before consent" (issue 5).
  const procedures = [...of('enrollmentDate'), ...of('events.visitsDone'), ...of('events.doses')];
  if (!e.consentDate)
    for (const d of procedures)
      issue(
        'refuse',
        d.path,
        'procedure-without-consent',
        `${d.what} on ${d.date} recorded without informed consent`,
      );
  order('refuse', 'procedure-before-consent', procedures, e.consentDate, 'consent');
  order('refuse', 'death-before-consent', of('events.deathDate'), e.consentDate, 'consent');
  order(
    'refuse',
    'withdrawal-before-consent',
    of('events.consentWithdrawalDate'),
    e.consentDate,
    'consent',
  );
  order('query', 'lab-before-consent', of('events.altResults'), e.consentDate, 'consent');

  // Enrolment is day 1 = first dose.
  const day1 = input.enrollmentDate;
  order('refuse', 'death-before-enrolment', of('events.deathDate'), day1, 'enrolment');
  order(
    'refuse',
    'dose-before-enrolment',
    of('events.doses'),
    day1,
    'enrolment (day 1 = first dose)',
  );
  order('refuse', 'treatment-end-before-enrolment', of('events.treatmentEnd'), day1, 'enrolment');
  order('refuse', 'progression-before-enrolment', of('events.progressionDate'), day1, 'enrolment');
  if (day1 && e.screenFailure)
    issue(
      'refuse',
      'events.screenFailure',
      'screen-failed-subject-enrolled',
      'a screen-failed subject cannot be enrolled',
    );

  // Nothing after the last dose is a dose; nothing after death happens.
  order(
    'refuse',
    'dose-after-end-of-treatment',
    of('events.doses'),
    e.treatmentEnd?.lastDoseDate,
    'the last dose (end of treatment)',
    true,
  );
  const afterDeath = dates.filter((d) => d.path !== 'events.deathDate');
  order('refuse', 'date-after-death', afterDeath, e.deathDate, 'death', true);
  // Withdrawal of consent stops data collection from that date (issue 5).
  const collected = [...of('events.visitsDone'), ...of('events.doses'), ...of('events.altResults')];
  order(
    'refuse',
    'data-after-withdrawal',
    collected,
    e.consentWithdrawalDate,
    'withdrawal of consent',
    true,
  );

  // Doubtful but possible: ask the site.
  const end = e.treatmentEnd;
  if (day1 && e.progressionDate && !end)
    issue(
      'query',
      'events.treatmentEnd',
      'progression-without-end-of-treatment',
      `progression on ${e.progressionDate} but no end of treatment: the protocol treats until progression`,
    );
  if (day1 && e.deathDate && !end)
    issue(
      'query',
      'events.treatmentEnd',
      'death-without-end-of-treatment',
      `death on ${e.deathDate} but no end of treatment recorded`,
    );
  if (end?.reason === 'death' && !e.deathDate)
    issue(
      'query',
      'events.deathDate',
      'treatment-ended-for-death-without-death-date',
      'treatment ended for death but no death date',
    );
  if (end?.reason === 'progression' && !e.progressionDate)
    issue(
      'query',
      'events.progressionDate',
      'treatment-ended-for-progression-without-date',
      'treatment ended for progression but no progression date',
    );
  const nt = e.newAnticancerTherapyDate;
  if (
    day1 &&
    nt &&
    compareDates(nt, day1) >= 0 &&
    (!end || compareDates(nt, end.lastDoseDate) <= 0)
  )
    issue(
      'query',
      'events.newAnticancerTherapyDate',
      'new-therapy-during-treatment',
      `new anticancer therapy on ${nt} while on study treatment (prohibited: other antitumour therapy)`,
    );
  e.visitsDone.forEach((v, i) => {
    if (v.kind === 'cycle-day-1' && end && compareDates(v.date, end.lastDoseDate) > 0)
      issue(
        'query',
        `events.visitsDone.${i}.date`,
        'cycle-visit-after-end-of-treatment',
        `cycle day 1 visit on ${v.date} after the last dose on ${end.lastDoseDate}`,
      );
  });
  return issues;
}
