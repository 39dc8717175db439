/** Locks, e-signatures, source data verification marks and data queries (issue: trustworthy data capture). */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const dataIntegrityMigration: VersionedMigration = {
  name: '0004-data-integrity',
  async up(db: UntypedDb) {
    await db.schema
      .createTable('record_locks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('site_id', 'text')
      .addColumn('locked_at', 'text', (c) => c.notNull())
      .addColumn('locked_by', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('unlocked_at', 'text')
      .addColumn('unlocked_by', 'text')
      .addColumn('unlock_reason', 'text')
      .execute();
    await db.schema
      .createTable('signatures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('site_id', 'text')
      .addColumn('signer_id', 'text', (c) => c.notNull())
      .addColumn('signer_name', 'text', (c) => c.notNull())
      .addColumn('meaning', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .addColumn('record_seq', 'bigint', (c) => c.notNull())
      .addColumn('record_hash', 'text', (c) => c.notNull())
      .addColumn('broken_at', 'text')
      .addColumn('broken_reason', 'text')
      .execute();
    await db.schema
      .createIndex('signatures_subject')
      .on('signatures')
      .column('subject_id')
      .execute();
    await db.schema
      .createTable('sdv_marks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text')
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text')
      .addColumn('verified_by', 'text', (c) => c.notNull())
      .addColumn('verified_at', 'text', (c) => c.notNull())
      .addColumn('reset_at', 'text')
      .addColumn('reset_reason', 'text')
      .execute();
    await db.schema
      .createIndex('sdv_marks_entity')
      .on('sdv_marks')
      .columns(['entity_type', 'entity_id'])
      .execute();
    await db.schema
      .createTable('data_queries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('entity_type', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('field', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('rule', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('raised_by', 'text', (c) => c.notNull())
      .addColumn('raised_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('data_queries_site_status')
      .on('data_queries')
      .columns(['site_id', 'status'])
      .execute();
    await db.schema
      .createTable('data_query_messages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('query_id', 'text', (c) => c.notNull().references('data_queries.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
  },
};
