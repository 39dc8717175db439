/**
 * CTCAE v5.0 grades of a subject's stored lab results and the worst grade per subject and per
 * cycle, computed on read (`subjectLabGrades`): grades are never stored, so a corrected value
 * or reference range is graded again at once and the version graded is the one in force.
 */
import type { Kysely } from 'kysely';
import {
  type SubjectLabGrades,
  subjectLabGrades,
} from '../../core/safety-records/subject-lab-grades.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { loadDispensings, loadSafetySubject, loadStoredLabs } from './safety-subject.ts';

export async function labGradesOfSubject(
  store: Store,
  scope: { subjectId: string; sites: 'all' | string[] },
): Promise<SubjectLabGrades & { subjectId: string; enrollmentDate: string | null }> {
  const db = store.db as Kysely<Database>;
  const subject = await loadSafetySubject(db, scope.subjectId, scope.sites);
  const grades = subjectLabGrades({
    enrollmentDate: subject.enrollmentDate,
    dispensings: await loadDispensings(db, subject.id),
    labs: await loadStoredLabs(db, subject.id),
  });
  return { subjectId: subject.id, enrollmentDate: subject.enrollmentDate, ...grades };
}
