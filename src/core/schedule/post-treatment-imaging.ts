/**
 * Post-treatment imaging (registry text: "if the test is terminated before disease progression,
 * the subjects should be followed up every 6 weeks for imaging"): every 42 days after the last
 * evaluation, ± 7 days, until progression, new anticancer therapy, death, withdrawal or day 252.
 *
 * The series rolls: each imaging done re-anchors the next one 42 days later; a missed one does
 * not, the next is 42 days after its target. The first is counted from the last imaging done
 * before (a tumour evaluation, the end-of-treatment visit or screening — any visit kind whose
 * panels include this visit's), at the first multiple of 42 days that falls after the last dose,
 * so no "post-treatment" scan is planned while the subject was still on the drug. A subject who
 * stopped for progression gets none: the first one is shown as not applicable, with the reason.
 */
import type { StudyDefinition, VisitKind } from '../protocol/study-definition.schema.ts';
import { addDays, compareDates, daysBetween, type IsoDate } from '../shared/calendar-date.ts';
import type { PlannedVisit } from './planned-visit.ts';
import { type ScheduleContext, stopsFor } from './schedule-context.ts';
import type { DoneVisitRef } from './visit-matching.ts';
import { openToMatching, type VisitSlot, windowAround } from './visit-slot.ts';
import { type SlotEvidence, toPlannedVisit } from './visit-status.ts';

const KIND: VisitKind = 'post-treatment-imaging';

/** Visit kinds that include every panel of post-treatment imaging (so they image too). */
function imagingKinds(study: StudyDefinition): Set<VisitKind> {
  const need = study.visits.find((v) => v.kind === KIND)?.panels ?? [];
  return new Set(
    study.visits
      .filter((v) => v.kind !== KIND && need.every((p) => v.panels.includes(p)))
      .map((v) => v.kind),
  );
}

/**
 * @example postTreatmentImagingVisits(ctx, done, sd).visits[0]?.targetDate
 */
export function postTreatmentImagingVisits(
  ctx: ScheduleContext,
  done: DoneVisitRef[],
  studyDayOf: (d: IsoDate) => number,
): { visits: PlannedVisit[]; used: Set<number> } {
  const visits: PlannedVisit[] = [];
  const used = new Set<number>();
  const end = ctx.events.treatmentEnd;
  if (!end) return { visits, used };
  const { postTreatmentImagingIntervalDays: every, postTreatmentImagingWindowDays: w } = ctx.rules;
  const kinds = imagingKinds(ctx.study);
  const last = done
    .filter((d) => kinds.has(d.kind))
    .reduce<DoneVisitRef | undefined>(
      (a, d) => (!a || compareDates(d.date, a.date) >= 0 ? d : a),
      undefined,
    );
  let anchor: IsoDate = last?.date ?? ctx.day1;
  let anchorText = last
    ? `the last evaluation (${last.kind} on ${last.date})`
    : `day 1 (${ctx.day1}; no evaluation recorded)`;
  let steps = 1;
  while (compareDates(addDays(anchor, every * steps), end.lastDoseDate) <= 0) steps++;
  const stops = stopsFor(ctx, [
    'death',
    'consent-withdrawal',
    'lost-to-follow-up',
    'progression',
    'new-anticancer-therapy',
  ]);
  const own = done.filter((d) => d.kind === KIND).sort((a, b) => compareDates(a.date, b.date));
  for (let seq = 1; ; seq++) {
    const target = addDays(anchor, every * steps);
    if (compareDates(target, ctx.horizonDate) > 0) break;
    const slot: VisitSlot = {
      key: `${KIND}/${seq}`,
      kind: KIND,
      sequence: seq,
      cycle: null,
      targetDate: target,
      window: windowAround(ctx, target, w, w),
      reasons: [
        `imaging every ${every} days off treatment without progression: ${steps === 1 ? '' : `${steps} × `}${every} days after ${anchorText}, ± ${w} days (schedule.postTreatmentImagingIntervalDays)`,
      ],
      stops,
    };
    let evidence: SlotEvidence | undefined;
    const next = openToMatching(slot)
      ? own.find((d) => !used.has(d.index) && compareDates(d.date, anchor) > 0)
      : undefined;
    // A late scan still answers this visit while it is nearer to it than to the next one.
    if (
      next &&
      (compareDates(next.date, slot.window.latest) <= 0 ||
        daysBetween(target, next.date) * 2 < every)
    ) {
      used.add(next.index);
      evidence = { date: next.date, reason: `done on ${next.date}` };
    }
    const visit = toPlannedVisit(slot, evidence, ctx.asOf, studyDayOf);
    visits.push(visit);
    if (visit.status.kind === 'not-applicable') break;
    anchor = evidence?.date ?? target;
    anchorText = evidence
      ? `the previous imaging on ${evidence.date}`
      : `the previous imaging's target ${target} (not done)`;
    steps = 1;
  }
  return { visits, used };
}
