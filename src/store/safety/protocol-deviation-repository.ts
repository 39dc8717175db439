/**
 * Protocol deviations: recorded by hand (coordinator/investigator) or automatically by a rule
 * inside another command (a prohibited medication during treatment), with category, severity,
 * date and description. An automatic deviation is recorded once per rule and source record.
 */

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type ProtocolDeviationInput,
  protocolDeviationSchema,
} from '../../core/safety-records/protocol-deviation.schema.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import type { Reason } from '../../core/shared/reason.ts';
import { readReason } from '../../core/shared/reason-from-stored.ts';
import { parseOrThrow } from '../../core/shared/zod-issues.ts';
import {
  type Actor,
  insertAudited,
  runCommand,
  type WriteContext,
} from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import { loadSafetySubject, siteToday } from './safety-subject.ts';

type DeviationRow = Database['protocol_deviations'];

export interface DeviationView {
  id: string;
  subjectId: string;
  siteId: string;
  origin: 'manual' | 'automatic';
  category: string;
  severity: string;
  deviationDate: string;
  description: string;
  /** An automatic deviation's description, coded, to say in the reader's language. */
  descriptionReason: Reason | null;
  rule: string | null;
  source: { type: string; id: string } | null;
  createdAt: string;
}

function storedReason(json: string | null): Reason | null {
  if (json === null) return null;
  try {
    return readReason(JSON.parse(json));
  } catch {
    return null;
  }
}

function view(r: DeviationRow): DeviationView {
  return {
    id: r.id,
    subjectId: r.subject_id,
    siteId: r.site_id,
    origin: r.origin as DeviationView['origin'],
    category: r.category,
    severity: r.severity,
    deviationDate: r.deviation_date,
    description: r.description,
    descriptionReason: storedReason(r.description_reason),
    rule: r.rule,
    source: r.source_type && r.source_id ? { type: r.source_type, id: r.source_id } : null,
    createdAt: r.created_at,
  };
}

async function insertDeviation(
  ctx: WriteContext,
  subject: { id: string; siteId: string },
  d: ProtocolDeviationInput,
  origin: 'manual' | 'automatic',
  rule: string | null,
  source: { type: string; id: string } | null,
  descriptionReason: Reason | null = null,
): Promise<DeviationView> {
  const row: DeviationRow = {
    id: randomUUID(),
    subject_id: subject.id,
    site_id: subject.siteId,
    created_at: ctx.now,
    origin,
    category: d.category,
    severity: d.severity,
    deviation_date: d.deviationDate,
    description: d.description,
    description_reason: descriptionReason ? JSON.stringify(descriptionReason) : null,
    rule,
    source_type: source?.type ?? null,
    source_id: source?.id ?? null,
  };
  await insertAudited(
    ctx,
    'protocol_deviations',
    { ...row },
    {
      entityType: 'protocol-deviation',
      siteId: subject.siteId,
      subjectId: subject.id,
    },
  );
  return view(row);
}

/**
 * Records an automatic deviation inside a command unless one exists for the same rule and
 * source record. Returns it when new.
 */
export async function recordAutomaticDeviation(
  ctx: WriteContext,
  subject: { id: string; siteId: string },
  d: ProtocolDeviationInput,
  rule: string,
  source: { type: string; id: string },
  descriptionReason: Reason | null = null,
): Promise<DeviationView | null> {
  const existing = await ctx.trx
    .selectFrom('protocol_deviations')
    .select('id')
    .where('subject_id', '=', subject.id)
    .where('rule', '=', rule)
    .where('source_type', '=', source.type)
    .where('source_id', '=', source.id)
    .executeTakeFirst();
  if (existing) return null;
  return insertDeviation(ctx, subject, d, 'automatic', rule, source, descriptionReason);
}

export async function recordDeviation(
  store: Store,
  actor: Actor,
  scope: { subjectId: string; sites: 'all' | string[] },
  body: unknown,
): Promise<DeviationView> {
  const d = parseOrThrow(protocolDeviationSchema, body, 'body');
  return runCommand(store, actor, async (ctx) => {
    const subject = await loadSafetySubject(ctx.trx, scope.subjectId, scope.sites);
    const today = siteToday(subject, ctx.now);
    if (d.deviationDate > today)
      throw new DomainError({
        kind: 'invalid',
        issues: [
          {
            path: 'body.deviationDate',
            rule: 'not-in-future',
            message: `deviation date ${d.deviationDate} is after today at the site (${today})`,
          },
        ],
      });
    return insertDeviation(ctx, subject, d, 'manual', null, null);
  });
}

export async function listDeviations(
  store: Store,
  scope: { subjectId: string; sites: 'all' | string[] },
): Promise<DeviationView[]> {
  const db = store.db as Kysely<Database>;
  const subject = await loadSafetySubject(db, scope.subjectId, scope.sites);
  const rows = await db
    .selectFrom('protocol_deviations')
    .selectAll()
    .where('subject_id', '=', subject.id)
    .orderBy('deviation_date')
    .orderBy('created_at')
    .execute();
  return rows.map(view);
}
