/** Subjects, screening records, visits and assessments, treatment records and disposition (issue 5). */
import type { CreateTableBuilder } from 'kysely';
import type { UntypedDb, VersionedMigration } from './migration.ts';

// biome-ignore lint/suspicious/noExplicitAny: migration builders are untyped (see migration.ts)
type Builder = CreateTableBuilder<any, any>;

/** id, subject, site and creation instant: the columns every subject record has. */
function recordTable(db: UntypedDb, name: string): Builder {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('created_at', 'text', (c) => c.notNull());
}

async function indexBySubject(db: UntypedDb, table: string): Promise<void> {
  await db.schema.createIndex(`${table}_subject`).on(table).column('subject_id').execute();
}

export const subjectsMigration: VersionedMigration = {
  name: '0005-subjects',
  async up(db: UntypedDb) {
    await db.schema
      .createTable('subjects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('study_id', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('screening_number', 'text', (c) => c.notNull())
      .addColumn('subject_code', 'text', (c) => c.unique())
      .addColumn('sex', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('ethnicity', 'text')
      .addColumn('race', 'text')
      .addColumn('enrollment_date', 'text')
      .addColumn('enrolled_at', 'text')
      .addColumn('screen_failure_date', 'text')
      .addColumn('screen_failure_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('subjects_screening_number_unique', ['study_id', 'screening_number'])
      .execute();
    await db.schema.createIndex('subjects_site').on('subjects').column('site_id').execute();

    const tables: Array<[string, (b: Builder) => Builder]> = [
      [
        'consents',
        (b) =>
          b
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('version', 'text', (c) => c.notNull())
            .addColumn('signed_date', 'text', (c) => c.notNull())
            .addColumn('withdrawn_date', 'text')
            .addColumn('withdrawal_reason', 'text'),
      ],
      [
        'medical_history',
        (b) =>
          b
            .addColumn('term', 'text', (c) => c.notNull())
            .addColumn('start_date', 'text')
            .addColumn('end_date', 'text')
            .addColumn('ongoing', 'integer', (c) => c.notNull()),
      ],
      [
        'men1_manifestations',
        (b) =>
          b
            .addColumn('manifestation', 'text', (c) => c.notNull())
            .addColumn('diagnosis_date', 'text')
            .addColumn('details', 'text'),
      ],
      [
        'prior_therapies',
        (b) =>
          b
            .addColumn('category', 'text', (c) => c.notNull())
            .addColumn('name', 'text', (c) => c.notNull())
            .addColumn('start_date', 'text')
            .addColumn('end_date', 'text')
            .addColumn('best_response', 'text'),
      ],
      [
        'men1_results',
        (b) =>
          b
            .addColumn('sample', 'text', (c) => c.notNull())
            .addColumn('origin', 'text', (c) => c.notNull())
            .addColumn('hgvs_c', 'text', (c) => c.notNull())
            .addColumn('hgvs_p', 'text')
            .addColumn('classification', 'text', (c) => c.notNull())
            .addColumn('lab', 'text')
            .addColumn('report_date', 'text'),
      ],
      [
        'eligibility_answers',
        (b) =>
          b
            .addColumn('criterion_id', 'text', (c) => c.notNull())
            .addColumn('met', 'integer', (c) => c.notNull())
            .addColumn('evidence', 'text', (c) => c.notNull())
            .addUniqueConstraint('eligibility_answers_unique', ['subject_id', 'criterion_id']),
      ],
      [
        'visits',
        (b) =>
          b
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('visit_date', 'text', (c) => c.notNull())
            .addColumn('cycle', 'integer'),
      ],
      [
        'assessment_results',
        (b) =>
          b
            .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
            .addColumn('panel_id', 'text', (c) => c.notNull())
            .addColumn('item_code', 'text', (c) => c.notNull())
            .addColumn('value', 'text')
            .addColumn('unit', 'text')
            .addColumn('reference_low', 'text')
            .addColumn('reference_high', 'text')
            .addUniqueConstraint('assessment_results_unique', [
              'visit_id',
              'panel_id',
              'item_code',
            ]),
      ],
      [
        'tumour_assessments',
        (b) =>
          b
            .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id'))
            .addColumn('reader', 'text', (c) => c.notNull())
            .addColumn('assessment_date', 'text', (c) => c.notNull())
            .addColumn('lesions', 'text', (c) => c.notNull())
            .addColumn('tumour_markers_normal', 'integer')
            .addUniqueConstraint('tumour_assessments_unique', ['visit_id', 'reader']),
      ],
      [
        'dispensations',
        (b) =>
          b
            .addColumn('cycle', 'integer', (c) => c.notNull())
            .addColumn('dispensed_date', 'text', (c) => c.notNull())
            .addColumn('tablets_dispensed', 'integer', (c) => c.notNull()),
      ],
      [
        'drug_returns',
        (b) =>
          b
            .addColumn('dispensation_id', 'text', (c) =>
              c.notNull().unique().references('dispensations.id'),
            )
            .addColumn('return_date', 'text', (c) => c.notNull())
            .addColumn('tablets_returned', 'integer', (c) => c.notNull()),
      ],
      [
        'dose_changes',
        (b) =>
          b
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('change_date', 'text', (c) => c.notNull())
            .addColumn('dose_mg', 'text')
            .addColumn('reason', 'text', (c) => c.notNull()),
      ],
      [
        'missed_doses',
        (b) => b.addColumn('missed_date', 'text', (c) => c.notNull()).addColumn('reason', 'text'),
      ],
      [
        'treatment_ends',
        (b) =>
          b
            .addColumn('last_dose_date', 'text', (c) => c.notNull())
            .addColumn('reason', 'text', (c) => c.notNull())
            .addColumn('details', 'text')
            .addUniqueConstraint('treatment_ends_subject_unique', ['subject_id']),
      ],
      [
        'dispositions',
        (b) =>
          b
            .addColumn('end_of_study_date', 'text')
            .addColumn('death_date', 'text')
            .addColumn('death_cause', 'text')
            .addColumn('lost_to_follow_up_date', 'text')
            .addColumn('last_known_alive_date', 'text')
            .addColumn('new_anticancer_therapy_date', 'text')
            .addColumn('new_anticancer_therapy', 'text')
            .addUniqueConstraint('dispositions_subject_unique', ['subject_id']),
      ],
    ];
    for (const [name, columns] of tables) {
      await columns(recordTable(db, name)).execute();
      await indexBySubject(db, name);
    }
  },
};
