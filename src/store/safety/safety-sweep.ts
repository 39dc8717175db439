/**
 * The scheduled safety sweep: re-evaluates the leflunomide liver rules of every subject on
 * study, so that a signal that appears by time passing alone — a monitoring test that became
 * overdue today, with no data saved — is raised without anybody touching the subject
 * (CLINICAL-RULES.md, leflunomide liver monitoring: ALT monthly for the first 6 months).
 *
 * One command per subject, by the system actor: a subject whose evaluation fails is reported and
 * the others still run. Nothing is written (and nothing audited) for a subject whose alerts did
 * not change, so an hourly sweep does not grow the audit trail.
 */
import { runCommand, SYSTEM_ACTOR } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import { evaluateSafetyAfterLabs } from './safety-evaluation.ts';

export interface SafetySweepResult {
  evaluated: number;
  raised: number;
  resolved: number;
  failed: { subjectId: string; error: string }[];
}

/** Enrolled subjects not yet at end of study (a death or end-of-study date ends the watch). */
async function subjectsOnStudy(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('subjects')
    .leftJoin('dispositions', 'dispositions.subject_id', 'subjects.id')
    .select('subjects.id')
    .where('subjects.enrollment_date', 'is not', null)
    .where('dispositions.end_of_study_date', 'is', null)
    .where('dispositions.death_date', 'is', null)
    .orderBy('subjects.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function sweepSafetyAlerts(store: Store): Promise<SafetySweepResult> {
  const result: SafetySweepResult = { evaluated: 0, raised: 0, resolved: 0, failed: [] };
  for (const subjectId of await subjectsOnStudy(store)) {
    try {
      const e = await runCommand(store, SYSTEM_ACTOR, (ctx) =>
        evaluateSafetyAfterLabs(ctx, subjectId),
      );
      result.evaluated += 1;
      result.raised += e.raised.length;
      result.resolved += e.resolved.length;
    } catch (error) {
      result.failed.push({ subjectId, error: (error as Error).message });
    }
  }
  return result;
}
