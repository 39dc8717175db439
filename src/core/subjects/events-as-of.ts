/**
 * A subject's events as they stood on an "as of" date: anything dated later is set aside, so
 * a schedule or a status computed for a past date shows what was known then, and moving `asOf`
 * forward replays the subject's history. What was set aside is listed, so nothing vanishes
 * silently.
 */
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import type { SubjectEvents } from './subject-events.schema.ts';

export interface EventsAsOf {
  events: SubjectEvents;
  /** One line per event dated after `asOf`, which was not used. */
  setAside: string[];
}

/**
 * @example eventsAsOf({ ...events, deathDate: '2025-03-01' }, '2025-02-01').events.deathDate // undefined
 */
export function eventsAsOf(events: SubjectEvents, asOf: IsoDate): EventsAsOf {
  const setAside: string[] = [];
  const after = (d: IsoDate | undefined, what: string): boolean => {
    if (d === undefined || compareDates(d, asOf) <= 0) return false;
    setAside.push(`${what} on ${d} is after as-of ${asOf}: not used`);
    return true;
  };
  const keepDate = (d: IsoDate | undefined, what: string) => (after(d, what) ? undefined : d);
  const out: SubjectEvents = {
    consentDate: keepDate(events.consentDate, 'consent'),
    screenFailure: after(events.screenFailure?.date, 'screen failure')
      ? undefined
      : events.screenFailure,
    doses: events.doses.filter((d) => !after(d.date, 'dose')),
    treatmentEnd: after(events.treatmentEnd?.lastDoseDate, 'end of treatment (last dose)')
      ? undefined
      : events.treatmentEnd,
    progressionDate: keepDate(events.progressionDate, 'progression'),
    deathDate: keepDate(events.deathDate, 'death'),
    consentWithdrawalDate: keepDate(events.consentWithdrawalDate, 'withdrawal of consent'),
    lostToFollowUpDate: keepDate(events.lostToFollowUpDate, 'lost to follow-up'),
    newAnticancerTherapyDate: keepDate(events.newAnticancerTherapyDate, 'new anticancer therapy'),
    visitsDone: events.visitsDone.filter((v) => !after(v.date, `${v.kind} visit`)),
    altResults: events.altResults.filter((r) => !after(r.date, 'ALT result')),
  };
  return { events: out, setAside };
}
