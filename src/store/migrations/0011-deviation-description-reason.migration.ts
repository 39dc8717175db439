/**
 * An automatic protocol deviation's description as a coded reason (JSON of core `Reason`: code,
 * params, English text) beside the English `description`, so a screen can say it in the
 * reader's language (issue 9). Nullable: manual deviations are the author's own words, and
 * deviations recorded before this column keep their English description.
 */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const deviationDescriptionReasonMigration: VersionedMigration = {
  name: '0011-deviation-description-reason',
  async up(db: UntypedDb) {
    await db.schema
      .alterTable('protocol_deviations')
      .addColumn('description_reason', 'text')
      .execute();
  },
};
