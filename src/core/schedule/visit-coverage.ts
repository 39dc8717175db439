/**
 * When a visit of one kind also does the work of another. Liver and blood monitoring is, by the
 * protocol's own wording, done "every cycle day 1": the cycle visit takes the blood count and
 * liver tests. A survival contact is any contact with the subject. So for these two kinds a done
 * visit of another kind counts when the study definition lists, for that kind, every assessment
 * panel the monitoring visit needs. Screening never counts: it is before day 1. Every other kind
 * is matched only by a visit of its own kind (a tumour evaluation is not a dispensing visit).
 */
import type { StudyDefinition, VisitKind } from '../protocol/study-definition.schema.ts';

const COVERABLE: ReadonlySet<VisitKind> = new Set(['liver-monitoring', 'survival-contact']);

/**
 * @example coversVisit(defaultStudy(), 'cycle-day-1', 'liver-monitoring') // true
 * @example coversVisit(defaultStudy(), 'screening', 'liver-monitoring') // false
 */
export function coversVisit(
  study: StudyDefinition,
  doneKind: VisitKind,
  plannedKind: VisitKind,
): boolean {
  if (doneKind === plannedKind) return true;
  if (!COVERABLE.has(plannedKind) || doneKind === 'screening') return false;
  const need = study.visits.find((v) => v.kind === plannedKind)?.panels ?? [];
  const have = new Set(study.visits.find((v) => v.kind === doneKind)?.panels ?? []);
  return need.length > 0 && need.every((p) => have.has(p));
}
