/**
 * What every subject-level SDTM mapping needs about a subject: USUBJID, the reference start
 * date for --DY (RFSTDTC = day 1 = enrolment, CLINICAL-RULES.md) and the exposure dates for
 * EPOCH, and the visit of a record (VISITNUM, VISIT) from the protocol's numbering.
 */
import type { StudyDefinition } from '../../../protocol/study-definition.schema.ts';
import type { ExportSubject, ExportVisit } from '../../export-subject.ts';
import type { Epoch } from '../epoch.ts';
import { epochOf } from '../epoch.ts';
import { usubjid } from '../identifiers.ts';
import { sdtmStudyDay } from '../study-day.ts';
import { unscheduledVisitNumber, visitLabel, visitNumber } from '../visit-number.ts';

export interface SubjectContext {
  studyId: string;
  usubjid: string;
  rfstdtc: string | null;
  dy(dtc: string | null): number | null;
  epoch(dtc: string | null): Epoch | null;
  visit(visitId: string | null): { VISITNUM: number | null; VISIT: string | null };
}

/**
 * Visits of one kind are numbered 1, 2, 3… in date order; a second visit of a kind that does not
 * repeat (e.g. two end-of-treatment visits) is unscheduled: previous number + 0.01.
 */
function numberVisits(
  visits: readonly ExportVisit[],
): Map<string, { VISITNUM: number; VISIT: string }> {
  const sorted = [...visits].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
  const perKind = new Map<string, number>();
  const out = new Map<string, { VISITNUM: number; VISIT: string }>();
  for (const v of sorted) {
    const n = (perKind.get(v.kind) ?? 0) + 1;
    perKind.set(v.kind, n);
    const sequence = v.kind === 'cycle-day-1' && v.cycle ? v.cycle : n;
    const planned = visitNumber(v.kind, Math.min(sequence, 99));
    const repeatsOnce = visitNumber(v.kind, 1) === visitNumber(v.kind, 2);
    out.set(
      v.id,
      repeatsOnce && n > 1
        ? {
            VISITNUM: unscheduledVisitNumber(planned, n - 1),
            VISIT: `UNSCHEDULED ${visitLabel(v.kind, 1)}`,
          }
        : { VISITNUM: planned, VISIT: visitLabel(v.kind, sequence) },
    );
  }
  return out;
}

export function subjectContext(study: StudyDefinition, s: ExportSubject): SubjectContext {
  const dates = { firstDose: s.firstDoseDate, lastDose: s.lastDoseDate };
  const visits = numberVisits(s.visits);
  return {
    studyId: study.id,
    usubjid: usubjid(study.id, s.subjectCode),
    rfstdtc: s.enrollmentDate,
    dy: (dtc) => sdtmStudyDay(s.enrollmentDate, dtc),
    epoch: (dtc) => epochOf(dtc, dates),
    visit: (id) => visits.get(id ?? '') ?? { VISITNUM: null, VISIT: null },
  };
}
