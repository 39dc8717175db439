/**
 * A subject's visit schedule, recomputed from the protocol and the subject's events: every
 * planned visit with its target date, window, study day, cycle and status as of a date, each with
 * the reasons that placed it and set its status. A pure function of its inputs: no clock (the
 * as-of date is passed in), no `Date` (calendar dates are strings, maths in whole days), so the
 * same events give the same schedule in every time zone.
 */
import {
  type StudyDefinition,
  type VisitKind,
  visitKindSchema,
} from '../protocol/study-definition.schema.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { eventsAsOf } from '../subjects/events-as-of.ts';
import type { SubjectEvents } from '../subjects/subject-events.schema.ts';
import { altWeeklyChecks } from './alt-weekly-checks.ts';
import {
  endOfStudySlot,
  endOfTreatmentSlot,
  survivalContactSlots,
} from './follow-up-visit-slots.ts';
import type { PlannedVisit, UnscheduledVisit, VisitSchedule } from './planned-visit.ts';
import { postTreatmentImagingVisits } from './post-treatment-imaging.ts';
import { buildContext, studyDayOf } from './schedule-context.ts';
import {
  cycleDay1Slots,
  liverMonitoringSlots,
  screeningSlot,
  tumourEvaluationSlots,
} from './treatment-visit-slots.ts';
import { coversVisit } from './visit-coverage.ts';
import { type DoneVisitRef, matchSeries } from './visit-matching.ts';
import type { VisitSlot } from './visit-slot.ts';
import { toPlannedVisit } from './visit-status.ts';

const KIND_ORDER: readonly VisitKind[] = visitKindSchema.options;

/**
 * @example
 * const s = planVisitSchedule(defaultStudy(), '2025-03-03', '2025-04-01', events);
 * s.visits.find((v) => v.key === 'cycle-day-1/2') // target 2025-03-31, window 03-28 … 04-03, due
 */
export function planVisitSchedule(
  study: StudyDefinition,
  enrollmentDate: IsoDate,
  asOf: IsoDate,
  subjectEvents: SubjectEvents,
): VisitSchedule {
  const { events, setAside } = eventsAsOf(subjectEvents, asOf);
  const ctx = buildContext(study, enrollmentDate, asOf, events);
  const sd = (d: IsoDate) => studyDayOf(ctx, d);
  const done: DoneVisitRef[] = events.visitsDone.map((v, index) => ({ index, ...v }));
  const used = new Set<number>();
  const visits: PlannedVisit[] = [];

  const eot = endOfTreatmentSlot(ctx);
  const series: VisitSlot[][] = [
    [screeningSlot(ctx)],
    cycleDay1Slots(ctx),
    liverMonitoringSlots(ctx),
    tumourEvaluationSlots(ctx),
    eot ? [eot] : [],
    survivalContactSlots(ctx),
    [endOfStudySlot(ctx)],
  ];
  for (const slots of series) {
    const kind = slots[0]?.kind;
    if (!kind) continue;
    const match = matchSeries(slots, done, (k) => coversVisit(study, k, kind));
    for (const i of match.used) used.add(i);
    slots.forEach((s, i) => visits.push(toPlannedVisit(s, match.evidence[i], asOf, sd)));
  }
  const imaging = postTreatmentImagingVisits(ctx, done, sd);
  for (const i of imaging.used) used.add(i);
  visits.push(...imaging.visits, ...altWeeklyChecks(ctx, sd));

  const unscheduled: UnscheduledVisit[] = done
    .filter((d) => !used.has(d.index))
    .map((d) => ({
      kind: d.kind,
      date: d.date,
      studyDay: sd(d.date),
      reasons: [`no planned ${d.kind} visit accounts for this visit: unscheduled`],
    }));
  const r = study.schedule;
  return {
    enrollmentDate,
    asOf,
    studyDayAsOf: sd(asOf),
    visits: visits.sort(byDateThenKind),
    unscheduled,
    reasons: [
      `protocol ${study.id} v${study.version}: day 1 = enrolment = first dose (${enrollmentDate}); ${r.cycleLengthDays}-day cycles; horizon day ${r.horizonDays} (${ctx.horizonDate}); calendar dates only, no time zone`,
      ...setAside,
    ],
  };
}

function byDateThenKind(a: PlannedVisit, b: PlannedVisit): number {
  return (
    compareDates(a.targetDate, b.targetDate) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
