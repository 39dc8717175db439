/**
 * The values of an edit-check query's rule (JSON, e.g. `{"date":"2026-03-01","investigator":"PR",
 * "engine":"SD"}` for a recist-disagreement), kept beside its English text so a screen can say
 * the query in the reader's language (issue 9: every string translated). Nullable: manual
 * queries are the author's own words, and queries raised before this column keep their text.
 */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const queryParamsMigration: VersionedMigration = {
  name: '0010-query-params',
  async up(db: UntypedDb) {
    await db.schema.alterTable('data_queries').addColumn('params', 'text').execute();
  },
};
