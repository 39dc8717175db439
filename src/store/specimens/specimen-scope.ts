/**
 * Site isolation for specimens, in the query: a specimen is visible at its collecting site and at
 * the site that holds it (or, while shipped, the site it is travelling to). Only the holding site
 * may act on it; a specimen another site holds is answered 403 if the caller can see it, 404 if
 * not (its existence is not disclosed).
 */
import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Database } from '../schema/database.ts';

export type Db = Kysely<Database> | Transaction<Database>;
export type Sites = 'all' | string[];
export type SpecimenRow = Database['specimens'];

/** Sites filter for a query on `specimens` (aliased or not). */
export function visibleSpecimens(db: Db, sites: Sites) {
  let q = (db as Kysely<Database>).selectFrom('specimens').selectAll('specimens');
  if (sites !== 'all')
    q = q.where((eb) =>
      eb.or([eb('specimens.site_id', 'in', sites), eb('specimens.custody_site_id', 'in', sites)]),
    );
  return q;
}

export async function visibleSpecimen(db: Db, id: string, sites: Sites): Promise<SpecimenRow> {
  if (sites !== 'all' && sites.length === 0)
    throw new DomainError({ kind: 'not-found', entity: 'specimen', id });
  const row = await visibleSpecimens(db, sites).where('specimens.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError({ kind: 'not-found', entity: 'specimen', id });
  return row;
}

export const covers = (sites: Sites, siteId: string) => sites === 'all' || sites.includes(siteId);

/** The specimen, which the caller's site must hold to act on it. */
export async function heldSpecimen(db: Db, id: string, sites: Sites): Promise<SpecimenRow> {
  const s = await visibleSpecimen(db, id, sites);
  if (!covers(sites, s.custody_site_id))
    throw new DomainError({
      kind: 'forbidden',
      rule: 'specimen-held-elsewhere',
      message: `specimen ${s.label} is ${s.state === 'shipped' ? 'on its way to' : 'held at'} another site; only that site can act on it`,
    });
  return s;
}

export interface SitePlace {
  id: string;
  code: string;
  timezone: string;
  place: 'site' | 'biobank';
}

export async function sitePlace(db: Db, siteId: string): Promise<SitePlace> {
  const s = await (db as Kysely<Database>)
    .selectFrom('sites')
    .select(['id', 'code', 'timezone', 'is_central_biobank'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  if (!s) throw new DomainError({ kind: 'not-found', entity: 'site', id: siteId });
  return {
    id: s.id,
    code: s.code,
    timezone: s.timezone,
    place: Number(s.is_central_biobank) === 1 ? 'biobank' : 'site',
  };
}
