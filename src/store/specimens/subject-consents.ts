/**
 * A subject's consents as the core's consent records (read from the subjects' `consents` table),
 * and the permissions they give on a day at the subject's site.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import {
  type ConsentRecord,
  type SpecimenPermissions,
  specimenPermissions,
} from '../../core/specimens/specimen-consent.ts';
import type { Database } from '../schema/database.ts';
import type { Db } from './specimen-scope.ts';

export async function consentsOf(
  db: Db,
  subjectIds: string[],
): Promise<Map<string, ConsentRecord[]>> {
  const out = new Map<string, ConsentRecord[]>();
  if (subjectIds.length === 0) return out;
  for (let i = 0; i < subjectIds.length; i += 500) {
    const rows = await (db as Kysely<Database>)
      .selectFrom('consents')
      .select(['subject_id', 'kind', 'signed_date', 'withdrawn_date'])
      .where('subject_id', 'in', subjectIds.slice(i, i + 500))
      .execute();
    for (const r of rows)
      out.set(r.subject_id, [
        ...(out.get(r.subject_id) ?? []),
        { kind: r.kind, signedDate: r.signed_date, withdrawnDate: r.withdrawn_date },
      ]);
  }
  return out;
}

export async function permissionsOf(
  db: Db,
  subjectId: string,
  on: IsoDate,
): Promise<SpecimenPermissions> {
  const c = await consentsOf(db, [subjectId]);
  return specimenPermissions(c.get(subjectId) ?? [], on);
}

/** Throws a conflict naming the consent when `p` does not allow the use. */
export function requirePermission(
  p: { allowed: boolean; reasons: string[] },
  rule: string,
  label: string,
): void {
  if (!p.allowed)
    throw new DomainError({ kind: 'conflict', rule, message: `${label}: ${p.reasons.join('; ')}` });
}
