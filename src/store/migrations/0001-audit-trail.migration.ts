/**
 * The append-only audit trail (21 CFR 11.10(e)): events hash-chained, and the database itself
 * refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of the audit table.
 */
import { GENESIS_HASH } from '../audit/audit-hash.ts';
import type { UntypedDb, VersionedMigration } from './migration.ts';
import { refuseChanges } from './refuse-changes-triggers.ts';

export const auditTrailMigration: VersionedMigration = {
  name: '0001-audit-trail',
  async up(db: UntypedDb, dialect) {
    await db.schema
      .createTable('audit_events')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text')
      .addColumn('subject_id', 'text')
      .addColumn('changes', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_events_entity')
      .on('audit_events')
      .columns(['entity_type', 'entity_id'])
      .execute();
    await db.schema
      .createIndex('audit_events_subject')
      .on('audit_events')
      .column('subject_id')
      .execute();
    await db.schema
      .createIndex('audit_events_actor')
      .on('audit_events')
      .column('actor_id')
      .execute();
    await db.schema
      .createTable('audit_chain_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.insertInto('audit_chain_head').values({ id: 1, seq: 0, hash: GENESIS_HASH }).execute();

    await refuseChanges(db, dialect, 'audit_events', 'append-only', 'audit_events_append_only');
  },
};
