/**
 * Data cuts (issue 12): immutable snapshots. Like the audit trail, the database itself refuses
 * UPDATE and DELETE (and on PostgreSQL TRUNCATE) of `data_cuts`, so a report regenerated from a
 * cut years later reads exactly the rows it was first produced from.
 */
import { sql } from 'kysely';
import type { UntypedDb, VersionedMigration } from './migration.ts';

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
    if (dialect === 'sqlite') {
      for (const op of ['UPDATE', 'DELETE']) {
        await sql
          .raw(
            `CREATE TRIGGER data_cuts_no_${op.toLowerCase()} BEFORE ${op} ON data_cuts
             BEGIN SELECT RAISE(ABORT, 'data_cuts is immutable: ${op} refused'); END`,
          )
          .execute(db);
      }
    } else {
      await sql
        .raw(
          `CREATE FUNCTION data_cuts_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'data_cuts is immutable: % refused', TG_OP; END $$`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER data_cuts_no_change BEFORE UPDATE OR DELETE ON data_cuts
           FOR EACH ROW EXECUTE FUNCTION data_cuts_immutable()`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER data_cuts_no_truncate BEFORE TRUNCATE ON data_cuts
           FOR EACH STATEMENT EXECUTE FUNCTION data_cuts_immutable()`,
        )
        .execute(db);
    }
  },
};
