/**
 * Data cuts (issue 12): immutable snapshots. Like the audit trail, the database itself refuses
 * UPDATE and DELETE (and on PostgreSQL TRUNCATE) of `data_cuts`, so a report regenerated from a
 * cut years later reads exactly the rows it was first produced from.
 */
import type { UntypedDb, VersionedMigration } from './migration.ts';
import { refuseChanges } from './refuse-changes-triggers.ts';

export const dataCutsMigration: VersionedMigration = {
  name: '0008-data-cuts',
  async up(db: UntypedDb, dialect) {
    await db.schema
      .createTable('data_cuts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('study_id', 'text', (c) => c.notNull())
      .addColumn('cutoff_date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_by_name', 'text', (c) => c.notNull())
      .addColumn('audit_seq', 'bigint', (c) => c.notNull())
      .addColumn('audit_hash', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .execute();
    await refuseChanges(db, dialect, 'data_cuts', 'immutable', 'data_cuts_immutable');
  },
};
