/** Adverse events, concomitant medications, protocol deviations and safety alerts (issue 6). */
import type { CreateTableBuilder } from 'kysely';
import type { UntypedDb, VersionedMigration } from './migration.ts';

// biome-ignore lint/suspicious/noExplicitAny: migration builders are untyped (see migration.ts)
type Builder = CreateTableBuilder<any, any>;

/** id, subject, site and creation instant, as every subject record has. */
function recordTable(db: UntypedDb, name: string): Builder {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('created_at', 'text', (c) => c.notNull());
}

export const safetyMigration: VersionedMigration = {
  name: '0006-safety',
  async up(db: UntypedDb) {
    await recordTable(db, 'adverse_events')
      .addColumn('term', 'text', (c) => c.notNull())
      .addColumn('ctcae_version', 'text', (c) => c.notNull())
      .addColumn('meddra_version', 'text')
      .addColumn('meddra_llt_code', 'text')
      .addColumn('meddra_pt_code', 'text')
      .addColumn('meddra_soc_code', 'text')
      .addColumn('onset_date', 'text', (c) => c.notNull())
      .addColumn('resolution_date', 'text')
      .addColumn('grade', 'integer', (c) => c.notNull())
      .addColumn('serious', 'integer', (c) => c.notNull())
      .addColumn('serious_criteria', 'text', (c) => c.notNull())
      .addColumn('relatedness', 'text', (c) => c.notNull())
      .addColumn('action_taken', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('awareness_at', 'text')
      .addColumn('sae_reported_at', 'text')
      .execute();
    await recordTable(db, 'concomitant_medications')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('atc_code', 'text')
      .addColumn('dose', 'text')
      .addColumn('dose_unit', 'text')
      .addColumn('route', 'text')
      .addColumn('frequency', 'text')
      .addColumn('indication', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text')
      .addColumn('stop_date', 'text')
      .addColumn('screening', 'text', (c) => c.notNull())
      .addColumn('overlap', 'text', (c) => c.notNull())
      .addColumn('screening_detail', 'text', (c) => c.notNull())
      .execute();
    await recordTable(db, 'protocol_deviations')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('deviation_date', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('rule', 'text')
      .addColumn('source_type', 'text')
      .addColumn('source_id', 'text')
      .execute();
    await recordTable(db, 'safety_alerts')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('severity', 'text', (c) => c.notNull())
      .addColumn('alert_key', 'text', (c) => c.notNull())
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('source_type', 'text')
      .addColumn('source_id', 'text')
      .addColumn('acknowledged_at', 'text')
      .addColumn('acknowledged_by', 'text')
      .addColumn('acknowledgement_note', 'text')
      .addColumn('resolved_at', 'text')
      .addColumn('resolution', 'text')
      .addUniqueConstraint('safety_alerts_subject_key', ['subject_id', 'alert_key'])
      .execute();
    for (const t of ['adverse_events', 'concomitant_medications', 'protocol_deviations']) {
      await db.schema.createIndex(`${t}_subject`).on(t).column('subject_id').execute();
    }
    await db.schema
      .createIndex('safety_alerts_site_status')
      .on('safety_alerts')
      .columns(['site_id', 'status'])
      .execute();
  },
};
