/**
 * The site a subject belongs to, read from the audit trail: the first event recorded for the
 * subject carries its site. This keeps the integrity controls independent of the subject tables
 * (and works for any record that names a subject).
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Database } from '../schema/database.ts';

export async function siteOfSubject(db: Kysely<Database>, subjectId: string): Promise<string> {
  const r = await db
    .selectFrom('audit_events')
    .select('site_id')
    .where('subject_id', '=', subjectId)
    .where('site_id', 'is not', null)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  if (!r?.site_id) throw new DomainError({ kind: 'not-found', entity: 'subject', id: subjectId });
  return r.site_id;
}
