/**
 * Data queries (discrepancy management): raised by a data manager or monitor, or automatically by
 * an edit check; answered by the site; closed or re-opened. Each step is a message on the query
 * and an audit event. An automatic query is raised once per rule and record while open.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DomainError, type RuleParams } from '../../core/shared/domain-error.ts';
import { isReasonParams } from '../../core/shared/reason-from-stored.ts';
import { type Actor, runCommand, type WriteContext } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';

export type QueryStatus = 'open' | 'answered' | 'closed';
export type QueryAction = 'answer' | 'close' | 'reopen';

export interface QueryTarget {
  siteId: string;
  subjectId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  field?: string | null;
}

/** Which status an action moves a query to, or why it may not. */
const TRANSITIONS: Record<QueryAction, { from: QueryStatus[]; to: QueryStatus }> = {
  answer: { from: ['open'], to: 'answered' },
  close: { from: ['open', 'answered'], to: 'closed' },
  reopen: { from: ['answered', 'closed'], to: 'open' },
};

/** A query's stored rule values; anything but a flat JSON object of strings and numbers is none. */
export function storedParams(json: string | null): RuleParams | null {
  if (json === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  return isReasonParams(v) ? v : null;
}

async function insertQuery(
  ctx: WriteContext,
  t: QueryTarget,
  text: string,
  origin: 'manual' | 'edit-check',
  rule: string | null,
  params?: RuleParams,
): Promise<string> {
  const id = randomUUID();
  await ctx.trx
    .insertInto('data_queries')
    .values({
      id,
      site_id: t.siteId,
      subject_id: t.subjectId ?? null,
      entity_type: t.entityType ?? null,
      entity_id: t.entityId ?? null,
      field: t.field ?? null,
      origin,
      rule,
      text,
      params: params && Object.keys(params).length > 0 ? JSON.stringify(params) : null,
      status: 'open',
      raised_by: ctx.actor.id,
      raised_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  await ctx.trx
    .insertInto('data_query_messages')
    .values({
      id: randomUUID(),
      query_id: id,
      kind: 'raise',
      author_id: ctx.actor.id,
      author_name: ctx.actor.name,
      at: ctx.now,
      text,
    })
    .execute();
  await ctx.audit({
    action: 'raise-query',
    entityType: 'query',
    entityId: id,
    siteId: t.siteId,
    subjectId: t.subjectId ?? null,
    changes: [
      { field: 'text', old: null, new: text },
      { field: 'origin', old: null, new: origin },
      ...(rule ? [{ field: 'rule', old: null, new: rule }] : []),
      ...(t.entityType
        ? [
            {
              field: 'record',
              old: null,
              new: `${t.entityType} ${t.entityId ?? ''}${t.field ? ` ${t.field}` : ''}`,
            },
          ]
        : []),
    ],
  });
  return id;
}

export async function raiseQuery(
  store: Store,
  actor: Actor,
  t: QueryTarget,
  text: string,
): Promise<string> {
  return runCommand(store, actor, (ctx) => insertQuery(ctx, t, text, 'manual', null));
}

/**
 * For edit checks inside another command (RECIST disagreement, safety rules, date rules): raises
 * the query unless one is already open for the same rule and record.
 */
export async function raiseAutoQuery(
  ctx: WriteContext,
  t: QueryTarget,
  rule: string,
  text: string,
  /** The rule's values, so a screen can say the query in the reader's language. */
  params?: RuleParams,
): Promise<string | null> {
  let q = ctx.trx
    .selectFrom('data_queries')
    .select('id')
    .where('rule', '=', rule)
    .where('status', '<>', 'closed')
    .where('site_id', '=', t.siteId);
  q = t.subjectId ? q.where('subject_id', '=', t.subjectId) : q.where('subject_id', 'is', null);
  q = t.entityId ? q.where('entity_id', '=', t.entityId) : q.where('entity_id', 'is', null);
  q = t.field ? q.where('field', '=', t.field) : q.where('field', 'is', null);
  if (await q.executeTakeFirst()) return null;
  return insertQuery(ctx, t, text, 'edit-check', rule, params);
}

export async function actOnQuery(
  store: Store,
  actor: Actor,
  queryId: string,
  action: QueryAction,
  text: string,
  sites: 'all' | string[],
): Promise<QueryStatus> {
  return runCommand(store, actor, async (ctx) => {
    let q = ctx.trx.selectFrom('data_queries').selectAll().where('id', '=', queryId);
    if (sites !== 'all')
      q = sites.length ? q.where('site_id', 'in', sites) : q.where('site_id', '=', '\u0000');
    const query = await q.executeTakeFirst();
    if (!query) throw new DomainError({ kind: 'not-found', entity: 'query', id: queryId });
    const t = TRANSITIONS[action];
    if (!t.from.includes(query.status))
      throw new DomainError({
        kind: 'conflict',
        rule: 'query-workflow',
        message: `a query that is ${query.status} cannot be ${action === 'reopen' ? 're-opened' : `${action}ed`} (allowed from: ${t.from.join(', ')})`,
      });
    await ctx.trx
      .updateTable('data_queries')
      .set({ status: t.to, updated_at: ctx.now })
      .where('id', '=', queryId)
      .execute();
    await ctx.trx
      .insertInto('data_query_messages')
      .values({
        id: randomUUID(),
        query_id: queryId,
        kind: action,
        author_id: actor.id,
        author_name: actor.name,
        at: ctx.now,
        text,
      })
      .execute();
    await ctx.audit({
      action: `${action}-query`,
      entityType: 'query',
      entityId: queryId,
      siteId: query.site_id,
      subjectId: query.subject_id,
      changes: [{ field: 'status', old: query.status, new: t.to }],
      reason: text,
    });
    return t.to;
  });
}

export interface QueryFilter {
  status?: QueryStatus;
  subjectId?: string;
  /** Only queries on these records (e.g. one reader's tumour reads); empty means none. */
  entityIds?: readonly string[];
}

export async function listQueries(
  db: Kysely<Database>,
  sites: 'all' | string[],
  f: QueryFilter = {},
) {
  if (sites !== 'all' && sites.length === 0) return [];
  if (f.entityIds?.length === 0) return [];
  // the read a query is on, if any: a query on an independent read is the blinded reviewer's to
  // answer, not the site's (integrity.routes.ts)
  let q = db
    .selectFrom('data_queries')
    .leftJoin('tumour_assessments', (j) =>
      j
        .onRef('tumour_assessments.id', '=', 'data_queries.entity_id')
        .on('data_queries.entity_type', '=', 'tumour-assessment'),
    )
    .selectAll('data_queries')
    .select('tumour_assessments.reader as read_by');
  if (f.entityIds) q = q.where('data_queries.entity_id', 'in', [...f.entityIds]);
  if (sites !== 'all') q = q.where('data_queries.site_id', 'in', sites);
  if (f.status) q = q.where('data_queries.status', '=', f.status);
  if (f.subjectId) q = q.where('data_queries.subject_id', '=', f.subjectId);
  const rows = await q.orderBy('data_queries.raised_at').execute();
  const ids = rows.map((r) => r.id);
  const msgs = ids.length
    ? await db
        .selectFrom('data_query_messages')
        .selectAll()
        .where('query_id', 'in', ids)
        .orderBy('at')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    subjectId: r.subject_id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    field: r.field,
    origin: r.origin,
    rule: r.rule,
    text: r.text,
    params: storedParams(r.params),
    status: r.status,
    /** Who answers it: the radiology reviewer for a query on an independent read, else the site. */
    answeredBy: r.read_by === 'independent' ? ('radiology-reviewer' as const) : ('site' as const),
    raisedBy: r.raised_by,
    raisedAt: r.raised_at,
    messages: msgs
      .filter((m) => m.query_id === r.id)
      .map((m) => ({ kind: m.kind, author: m.author_name, at: m.at, text: m.text })),
  }));
}

/** Open (not closed) query counts per site and per subject, for dashboards. */
export async function openQueryCounts(db: Kysely<Database>, sites: 'all' | string[]) {
  if (sites !== 'all' && sites.length === 0) return { bySite: [], bySubject: [] };
  let base = db.selectFrom('data_queries').where('status', '<>', 'closed');
  if (sites !== 'all') base = base.where('site_id', 'in', sites);
  const bySite = await base
    .select(['site_id', db.fn.countAll<number>().as('open')])
    .groupBy('site_id')
    .execute();
  const bySubject = await base
    .select(['subject_id', 'site_id', db.fn.countAll<number>().as('open')])
    .where('subject_id', 'is not', null)
    .groupBy(['subject_id', 'site_id'])
    .execute();
  return {
    bySite: bySite.map((r) => ({ siteId: r.site_id, open: Number(r.open) })),
    bySubject: bySubject.map((r) => ({
      subjectId: r.subject_id,
      siteId: r.site_id,
      open: Number(r.open),
    })),
  };
}
