/**
 * The phase II design's view of the study now: every enrolled subject (all sites, in enrolment
 * order — the first n1 are stage 1) with the interim outcome the core derives from the stored
 * records, and the Simon decision of the study's design (`core/stats/simon-decision.ts`).
 */

import type { Kysely, Transaction } from 'kysely';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { type SimonDecision, simonDecision } from '../../core/stats/simon-decision.ts';
import { interimOutcome } from '../../core/subjects/interim-outcome.ts';
import type { Database } from '../schema/database.ts';
import { recistOf } from './subject-events.ts';
import { camel, loadSubjectFiles } from './subject-file.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function designDecision(db: Db, study: StudyDefinition): Promise<SimonDecision> {
  const rows = await (db as Kysely<Database>)
    .selectFrom('subjects')
    .selectAll()
    .where('study_id', '=', study.id)
    .where('enrollment_date', 'is not', null)
    .orderBy('enrollment_date')
    .orderBy('enrolled_at')
    .orderBy('id')
    .execute();
  const files = await loadSubjectFiles(db, rows.map(camel));
  const outcomes = files.map((f) => {
    const recist = recistOf(f, study, 'site').result;
    return interimOutcome({
      treatmentEnded: f.treatment_ends.length > 0,
      postBaselineEvaluations: recist?.timepoints.length ?? 0,
      confirmedBor: recist?.bestOverallResponse.confirmed.response ?? null,
      unconfirmedBor: recist?.bestOverallResponse.unconfirmed.response ?? null,
    });
  });
  const d = study.phase2Design;
  return simonDecision({ r1: d.r1, n1: d.n1, r: d.r, n: d.n }, outcomes);
}
