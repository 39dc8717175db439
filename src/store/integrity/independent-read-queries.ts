/**
 * The data queries the blinded independent radiology reviewer may see and answer (issue 9): only
 * those raised on the independent reads (`tumour_assessments.reader = 'independent'`), i.e. the
 * recist-disagreement edit check between the reviewer's own response and the RECIST 1.1 engine
 * scored over the independent reads (visit-assessments.ts). Nothing else of the casebook's
 * queries, which may carry the site's reads or clinical data (FDA Clinical Trial Imaging
 * Endpoint Process Standards, 2018: BICR readers blinded to the site's assessments). A query on
 * an independent read exists only once the reviewer has saved that read.
 */
import type { Kysely } from 'kysely';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Actor } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { actOnQuery, listQueries, type QueryStatus } from './query-repository.ts';

type Sites = 'all' | string[];

/** The independent reads of a subject at these sites (ids), oldest scan first. */
async function independentReadIds(db: Kysely<Database>, sites: Sites, subjectId: string) {
  if (sites !== 'all' && sites.length === 0) return [];
  let q = db
    .selectFrom('tumour_assessments')
    .select('id')
    .where('subject_id', '=', subjectId)
    .where('reader', '=', 'independent');
  if (sites !== 'all') q = q.where('site_id', 'in', sites);
  return (await q.orderBy('assessment_date').execute()).map((r) => r.id);
}

/**
 * The queries on a subject's independent reads, with their messages, at the caller's sites.
 * @example await listIndependentReadQueries(store.db, ['site-a'], subjectId)
 * // [{ id, entityId: <independent read id>, rule: 'recist-disagreement', status: 'open', … }]
 */
export async function listIndependentReadQueries(
  db: Kysely<Database>,
  sites: Sites,
  subjectId: string,
) {
  const entityIds = await independentReadIds(db, sites, subjectId);
  const queries = await listQueries(db, sites, { subjectId, entityIds });
  return queries.filter((q) => q.entityType === 'tumour-assessment');
}

/**
 * Whether a query was raised on an independent read. Such a query is the reviewer's to answer:
 * an answer from the site team would show the reviewer the site's view of the scan in the thread
 * and unblind the read (FDA Clinical Trial Imaging Endpoint Process Standards, 2018).
 */
export async function isIndependentReadQuery(
  db: Kysely<Database>,
  queryId: string,
  sites: Sites,
): Promise<boolean> {
  // at the caller's sites only, so another site's query stays "not found" (actOnQuery)
  if (sites !== 'all' && sites.length === 0) return false;
  let q = db
    .selectFrom('data_queries')
    .innerJoin('tumour_assessments', 'tumour_assessments.id', 'data_queries.entity_id')
    .select('data_queries.id')
    .where('data_queries.id', '=', queryId)
    .where('data_queries.entity_type', '=', 'tumour-assessment')
    .where('tumour_assessments.reader', '=', 'independent');
  if (sites !== 'all') q = q.where('data_queries.site_id', 'in', sites);
  return (await q.executeTakeFirst()) !== undefined;
}

/**
 * Answers a query on an independent read, as the reviewer whose read it is (the query workflow's
 * "answer" step, open → answered; closing and re-opening stay with the data manager and
 * monitor). A query on anything else — or at another site — is not found, so its existence
 * tells the reviewer nothing.
 */
export async function answerIndependentReadQuery(
  store: Store,
  actor: Actor,
  queryId: string,
  text: string,
  sites: Sites,
): Promise<QueryStatus> {
  if (!(await isIndependentReadQuery(store.db, queryId, sites)))
    throw new DomainError({ kind: 'not-found', entity: 'query', id: queryId });
  return actOnQuery(store, actor, queryId, 'answer', text, sites);
}
