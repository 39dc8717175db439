/** Protocol versions (amendments kept, never overwritten) and sites. */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const protocolAndSitesMigration: VersionedMigration = {
  name: '0002-protocol-and-sites',
  async up(db: UntypedDb) {
    await db.schema
      .createTable('protocol_versions')
      .addColumn('study_id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('is_current', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('protocol_versions_pk', ['study_id', 'version'])
      .execute();
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_zh', 'text')
      .addColumn('timezone', 'text', (c) => c.notNull())
      .addColumn('is_central_biobank', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
