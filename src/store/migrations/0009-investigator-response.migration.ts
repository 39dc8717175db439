/**
 * The investigator's own overall response on a tumour assessment (RECIST 1.1 time-point code:
 * CR, PR, SD, NON-CR/NON-PD, PD, NE), kept beside the engine's so a disagreement is visible and
 * raised as a query (issues 8 and 9). Nullable: scans saved before it, and reads without one.
 */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const investigatorResponseMigration: VersionedMigration = {
  name: '0009-investigator-response',
  async up(db: UntypedDb) {
    await db.schema
      .alterTable('tumour_assessments')
      .addColumn('investigator_response', 'text')
      .execute();
  },
};
