/**
 * Data cuts: a named, immutable snapshot of the study's clinical tables (core/reports
 * `SNAPSHOT_TABLES`) taken inside one audited command, so the rows and the audit-chain head
 * they are stamped with belong to the same instant. The snapshot is stored as canonical JSON
 * with its SHA-256; the table refuses UPDATE and DELETE (migration 0008), so a later data
 * edit never changes a cut.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  type CutSnapshot,
  SNAPSHOT_TABLES,
  type SnapshotRow,
  sortRows,
} from '../../core/reports/cut-snapshot.ts';
import { compareDates, type IsoDate } from '../../core/shared/calendar-date.ts';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { type Actor, runCommand } from '../audit/audited-write.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { UntypedDb } from '../migrations/migration.ts';
import type { Store } from '../open-store.ts';

export interface DataCutSummary {
  id: string;
  name: string;
  studyId: string;
  cutoffDate: IsoDate;
  createdAt: string;
  createdBy: string;
  createdByName: string;
  auditSeq: number;
  auditHash: string;
  contentHash: string;
  /** Rows per snapshot table. */
  rowCounts: Record<string, number>;
}

export interface DataCut extends DataCutSummary {
  snapshot: CutSnapshot;
  /** The stored canonical text (its SHA-256 is `contentHash`). */
  snapshotText: string;
}

/** Stored values as JSON scalars: integers stay numbers, 64-bit integers PostgreSQL returns as text become numbers. */
function plainRow(row: Record<string, unknown>): SnapshotRow {
  const out: SnapshotRow = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === null || v === undefined) out[k] = null;
    else if (typeof v === 'number' || typeof v === 'string') out[k] = v;
    else if (typeof v === 'bigint') out[k] = Number(v);
    else if (typeof v === 'boolean') out[k] = v ? 1 : 0;
    else out[k] = String(v);
  }
  return out;
}

export const sha256Hex = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/**
 * Takes the snapshot and stores it. Names are unique (409 on a repeat); the cut-off date may
 * not lie after today (the server's UTC date).
 * @example await createDataCut(store, actor, { name: 'interim-1', cutoffDate: '2026-11-01' })
 */
export async function createDataCut(
  store: Store,
  actor: Actor,
  input: { name: string; cutoffDate: IsoDate },
): Promise<DataCutSummary> {
  if (!NAME.test(input.name))
    throw invalid(
      'body.name',
      'data-cut-name',
      'a cut name is 1–80 letters, digits, dot, underscore or hyphen, starting with a letter or digit',
    );
  const today = store.now().slice(0, 10);
  if (compareDates(input.cutoffDate, today) > 0)
    throw invalid('body.cutoffDate', 'not-in-future', `cut-off date is after today (${today})`);
  return runCommand(store, actor, async (ctx) => {
    const db = ctx.trx as unknown as UntypedDb;
    const taken = await db
      .selectFrom('data_cuts')
      .select('id')
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken)
      throw new DomainError({
        kind: 'conflict',
        rule: 'data-cut-name-unique',
        message: `a data cut named ${input.name} exists already`,
      });
    const head = await ctx.trx
      .selectFrom('audit_chain_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    const protocol = await ctx.trx
      .selectFrom('protocol_versions')
      .select('study_id')
      .where('is_current', '=', 1)
      .orderBy('created_at')
      .executeTakeFirst();
    if (!protocol) throw new DomainError({ kind: 'not-found', entity: 'study', id: 'current' });
    const tables = {} as CutSnapshot['tables'];
    for (const table of SNAPSHOT_TABLES) {
      const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
      tables[table] = sortRows(table, rows.map(plainRow));
    }
    const snapshot: CutSnapshot = {
      format: 'oncotrial-data-cut/1',
      name: input.name,
      studyId: protocol.study_id,
      cutoffDate: input.cutoffDate,
      takenAt: ctx.now,
      auditSeq: Number(head.seq),
      auditHash: head.hash,
      tables,
    };
    const text = canonicalJson(snapshot);
    const row = {
      id: randomUUID(),
      name: input.name,
      study_id: protocol.study_id,
      cutoff_date: input.cutoffDate,
      created_at: ctx.now,
      created_by: ctx.actor.id,
      created_by_name: ctx.actor.name,
      audit_seq: snapshot.auditSeq,
      audit_hash: snapshot.auditHash,
      content_hash: sha256Hex(text),
      snapshot: text,
    };
    await ctx.trx.insertInto('data_cuts').values(row).execute();
    const rowCounts = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, tables[t].length]));
    await ctx.audit({
      action: 'create',
      entityType: 'data-cut',
      entityId: row.id,
      changes: [
        { field: 'name', old: null, new: row.name },
        { field: 'cutoffDate', old: null, new: row.cutoff_date },
        { field: 'auditSeq', old: null, new: row.audit_seq },
        { field: 'auditHash', old: null, new: row.audit_hash },
        { field: 'contentHash', old: null, new: row.content_hash },
        { field: 'rowCounts', old: null, new: canonicalJson(rowCounts) },
      ],
    });
    return summaryOf(row, rowCounts);
  });
}

type CutRow = {
  id: string;
  name: string;
  study_id: string;
  cutoff_date: string;
  created_at: string;
  created_by: string;
  created_by_name: string;
  audit_seq: number | string;
  audit_hash: string;
  content_hash: string;
};

function summaryOf(r: CutRow, rowCounts: Record<string, number>): DataCutSummary {
  return {
    id: r.id,
    name: r.name,
    studyId: r.study_id,
    cutoffDate: r.cutoff_date,
    createdAt: r.created_at,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
    auditSeq: Number(r.audit_seq),
    auditHash: r.audit_hash,
    contentHash: r.content_hash,
    rowCounts,
  };
}

const countsOf = (s: CutSnapshot) =>
  Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, s.tables[t]?.length ?? 0]));

/** Every cut, oldest first (without the snapshot text). */
export async function listDataCuts(store: Store): Promise<Omit<DataCutSummary, 'rowCounts'>[]> {
  const rows = await store.db
    .selectFrom('data_cuts')
    .select([
      'id',
      'name',
      'study_id',
      'cutoff_date',
      'created_at',
      'created_by',
      'created_by_name',
      'audit_seq',
      'audit_hash',
      'content_hash',
    ])
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  return rows.map((r) => {
    const { rowCounts: _, ...rest } = summaryOf(r, {});
    return rest;
  });
}

/**
 * One cut with its snapshot; the stored text is checked against its hash first (a cut whose
 * content no longer matches is refused as a conflict, never reported from).
 */
export async function getDataCut(store: Store, name: string): Promise<DataCut> {
  const r = await store.db
    .selectFrom('data_cuts')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  if (!r) throw new DomainError({ kind: 'not-found', entity: 'data-cut', id: name });
  if (sha256Hex(r.snapshot) !== r.content_hash)
    throw new DomainError({
      kind: 'conflict',
      rule: 'data-cut-integrity',
      message: `data cut ${name}: stored snapshot does not match its content hash`,
    });
  const snapshot = JSON.parse(r.snapshot) as CutSnapshot;
  return { ...summaryOf(r, countsOf(snapshot)), snapshot, snapshotText: r.snapshot };
}
