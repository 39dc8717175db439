/**
 * A subject's whole file as stored: the subject row and every record attached to it, loaded in
 * one query per table for one or many subjects (the list view derives every status without a
 * query per subject). Rows are returned with camelCase keys; booleans and JSON stay encoded
 * until the view decodes them.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema/database.ts';

type Camel<S extends string> = S extends `${infer H}_${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;
/** A row with camelCase keys. */
export type Decoded<R> = { [K in keyof R as Camel<K & string>]: R[K] };

export function camel<R extends object>(row: R): Decoded<R> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    out[k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())] = v;
  return out as Decoded<R>;
}

export const RECORD_TABLES = [
  'consents',
  'medical_history',
  'men1_manifestations',
  'prior_therapies',
  'men1_results',
  'eligibility_answers',
  'visits',
  'assessment_results',
  'tumour_assessments',
  'dispensations',
  'drug_returns',
  'dose_changes',
  'missed_doses',
  'treatment_ends',
  'dispositions',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export type SubjectRow = Decoded<Database['subjects']>;
export type RecordRow<T extends RecordTable> = Decoded<Database[T]>;

export type SubjectFile = { subject: SubjectRow } & { [T in RecordTable]: RecordRow<T>[] };

type Db = Kysely<Database> | Transaction<Database>;

/** Loads the files of `subjects` (already site-filtered by the caller), in their order. */
export async function loadSubjectFiles(db: Db, subjects: SubjectRow[]): Promise<SubjectFile[]> {
  const ids = subjects.map((s) => s.id);
  const files = new Map<string, SubjectFile>();
  for (const s of subjects) {
    const empty = Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as Omit<
      SubjectFile,
      'subject'
    >;
    files.set(s.id, { subject: s, ...empty });
  }
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const table of RECORD_TABLES) {
      const rows = await (db as Kysely<Database>)
        .selectFrom(table)
        .selectAll()
        .where('subject_id', 'in', chunk)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      for (const row of rows) {
        const f = files.get(row.subject_id);
        (f?.[table] as unknown[] | undefined)?.push(camel(row));
      }
    }
  }
  return subjects.map((s) => files.get(s.id) as SubjectFile);
}

/** The subject row if it exists at one of `sites` ('all': any site). */
export async function findSubject(
  db: Db,
  subjectId: string,
  sites: 'all' | string[],
): Promise<SubjectRow | undefined> {
  if (sites !== 'all' && sites.length === 0) return undefined;
  let q = (db as Kysely<Database>).selectFrom('subjects').selectAll().where('id', '=', subjectId);
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  const row = await q.executeTakeFirst();
  return row ? camel(row) : undefined;
}

export async function loadSubjectFile(db: Db, subject: SubjectRow): Promise<SubjectFile> {
  const [file] = await loadSubjectFiles(db, [subject]);
  return file as SubjectFile;
}
