/**
 * Biospecimens, storage, shipments and MEN1 result details (issue 7). No two specimens in one box
 * position: a unique index on (box, position) — NULLs are distinct in SQLite and PostgreSQL, so
 * specimens not in a box do not collide. Labels are unique.
 */
import type { UntypedDb, VersionedMigration } from './migration.ts';

export const specimensMigration: VersionedMigration = {
  name: '0007-specimens',
  async up(db: UntypedDb) {
    await db.schema
      .createTable('storage_boxes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('freezer', 'text', (c) => c.notNull())
      .addColumn('rack', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addColumn('columns', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('storage_boxes_code_unique', ['site_id', 'code'])
      .execute();

    await db.schema
      .createTable('specimens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull().unique())
      .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('visit_id', 'text', (c) => c.references('visits.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('specimens.id'))
      .addColumn('collected_at', 'text', (c) => c.notNull())
      .addColumn('initial_quantity', 'text', (c) => c.notNull())
      .addColumn('remaining_quantity', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('custody_site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('storage_box_id', 'text', (c) => c.references('storage_boxes.id'))
      .addColumn('storage_position', 'text')
      .addColumn('integrity', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('specimens_storage_slot_unique')
      .unique()
      .on('specimens')
      .columns(['storage_box_id', 'storage_position'])
      .execute();
    for (const col of ['subject_id', 'site_id', 'custody_site_id', 'parent_id'])
      await db.schema.createIndex(`specimens_${col}`).on('specimens').column(col).execute();

    await db.schema
      .createTable('specimen_processing_steps')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('specimen_id', 'text', (c) => c.notNull().references('specimens.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text', (c) => c.notNull())
      .addColumn('parameters', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('shipments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('from_site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('to_site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('shipping_condition', 'text', (c) => c.notNull())
      .addColumn('courier', 'text')
      .addColumn('tracking_number', 'text')
      .addColumn('shipped_at', 'text', (c) => c.notNull())
      .addColumn('shipped_by', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text')
      .addColumn('received_by', 'text')
      .addColumn('receipt_temperature_c', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('shipment_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
      .addColumn('specimen_id', 'text', (c) => c.references('specimens.id'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('on_manifest', 'integer', (c) => c.notNull())
      .addColumn('outcome', 'text')
      .addColumn('reasons', 'text')
      .addColumn('query_id', 'text')
      .addUniqueConstraint('shipment_items_label_unique', ['shipment_id', 'label'])
      .execute();

    await db.schema
      .createTable('custody_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('specimen_id', 'text', (c) => c.notNull().references('specimens.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('from_state', 'text')
      .addColumn('to_state', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('temperature_c', 'text')
      .addColumn('integrity', 'text')
      .addColumn('notes', 'text')
      .addColumn('shipment_id', 'text', (c) => c.references('shipments.id'))
      .addColumn('storage_box_id', 'text', (c) => c.references('storage_boxes.id'))
      .addColumn('storage_position', 'text')
      .execute();
    await db.schema
      .createIndex('custody_events_specimen')
      .on('custody_events')
      .column('specimen_id')
      .execute();

    await db.schema
      .createTable('specimen_uses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('specimen_id', 'text', (c) => c.notNull().references('specimens.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('quantity', 'text', (c) => c.notNull())
      .addColumn('remaining_after', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('men1_result_details')
      .addColumn('id', 'text', (c) => c.primaryKey().references('men1_results.id'))
      .addColumn('specimen_id', 'text', (c) => c.notNull().references('specimens.id'))
      .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('transcript', 'text')
      .addColumn('zygosity', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('men1_result_details_specimen')
      .on('men1_result_details')
      .column('specimen_id')
      .execute();
  },
};
