/**
 * A kind of subject record that is added and edited the same way (consents, medical history,
 * MEN1 results, visits, dispensing…): a zod schema of its fields, the mapping to and from its
 * row, and its preconditions. `addRecord` inserts (audited) and `editRecord` merges a patch into
 * the saved record, re-validates the whole, and updates it with a reason for change; both go
 * through `subjectCommand`, so every date rule of the core runs over the subject's whole file.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DomainError } from '../../core/shared/domain-error.ts';
import { parseOrThrow } from '../../core/shared/zod-issues.ts';
import { type Actor, insertAudited, updateAudited } from '../audit/audited-write.ts';
import type { UntypedDb } from '../migrations/migration.ts';
import type { Store } from '../open-store.ts';
import { evaluateSafetyAfterLabs } from '../safety/safety-evaluation.ts';
import {
  type SubjectCommandContext,
  type SubjectScope,
  subjectCommand,
  type WriteOutcome,
} from './subject-command.ts';
import { camel, type RecordTable } from './subject-file.ts';

/** Records that change what the safety rules see (cycle starts, dose, end of treatment). */
const SAFETY_INPUTS = new Set<string>(['dispensations', 'dose_changes', 'treatment_ends']);

export interface RecordCollection<O = unknown> {
  /** URL segment and name in the API, e.g. `medical-history`. */
  segment: string;
  table: RecordTable;
  /** Audit entity type, e.g. `medical-history`. */
  entityType: string;
  schema: z.ZodType<O>;
  toRow(value: O): Record<string, unknown>;
  /** The saved row as input of `schema` (for merging a patch). */
  fromRow(row: Record<string, unknown>): Record<string, unknown>;
  /** Only after enrolment (treatment, disposition…), or only for some values (visits). */
  requiresEnrolment?: (value: O) => boolean;
  /** At most one per subject (end of treatment, disposition). */
  onePerSubject?: boolean;
  /** Further preconditions, inside the command, before the write. */
  check?(c: SubjectCommandContext, value: O, recordId: string | null): Promise<void> | void;
}

/** Declares a collection with its value type inferred from the schema. */
export function recordCollection<O>(c: RecordCollection<O>): RecordCollection {
  return c as unknown as RecordCollection;
}

/** A saved record in the shape of the API's input (`fromRow`), with its id. */
function view(spec: RecordCollection, row: Record<string, unknown>): Record<string, unknown> {
  const decoded = camel(row);
  return { id: decoded.id, ...spec.fromRow(decoded), createdAt: decoded.createdAt };
}

async function preconditions(
  spec: RecordCollection,
  c: SubjectCommandContext,
  value: unknown,
  recordId: string | null,
): Promise<void> {
  if (spec.requiresEnrolment?.(value) && !c.subject.enrollmentDate)
    throw new DomainError({
      kind: 'conflict',
      rule: 'requires-enrolment',
      message: `${spec.entityType} can only be recorded for an enrolled subject`,
    });
  await spec.check?.(c, value, recordId);
}

export async function addRecord(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  spec: RecordCollection,
  body: unknown,
): Promise<WriteOutcome<Record<string, unknown>>> {
  const value = parseOrThrow(spec.schema, body, 'body');
  return subjectCommand(store, actor, scope, async (c) => {
    if (spec.onePerSubject && c.file[spec.table].length > 0)
      throw new DomainError({
        kind: 'conflict',
        rule: `one-${spec.entityType}-per-subject`,
        message: `${spec.entityType} is already recorded for this subject; edit it with a reason`,
      });
    await preconditions(spec, c, value, null);
    const row = {
      id: randomUUID(),
      subject_id: c.subject.id,
      site_id: c.subject.siteId,
      created_at: c.ctx.now,
      ...spec.toRow(value),
    };
    await insertAudited(c.ctx, spec.table, row, { entityType: spec.entityType, ...c.ref });
    if (SAFETY_INPUTS.has(spec.table)) await evaluateSafetyAfterLabs(c.ctx, c.subject.id);
    return { result: view(spec, row), recordId: row.id };
  });
}

export async function editRecord(
  store: Store,
  actor: Actor,
  scope: SubjectScope,
  spec: RecordCollection,
  recordId: string,
  patch: Record<string, unknown>,
  reason: string | undefined,
): Promise<WriteOutcome<Record<string, unknown>>> {
  return subjectCommand(store, actor, scope, async (c) => {
    const db = c.ctx.trx as unknown as UntypedDb;
    const saved = (await db
      .selectFrom(spec.table)
      .selectAll()
      .where('id', '=', recordId)
      .where('subject_id', '=', c.subject.id)
      .executeTakeFirst()) as Record<string, unknown> | undefined;
    if (!saved) throw new DomainError({ kind: 'not-found', entity: spec.entityType, id: recordId });
    const merged = { ...spec.fromRow(camel(saved)), ...patch };
    const value = parseOrThrow(spec.schema, merged, 'body');
    await preconditions(spec, c, value, recordId);
    await updateAudited(c.ctx, spec.table, recordId, spec.toRow(value), {
      entityType: spec.entityType,
      ...c.ref,
      reason,
    });
    const row = (await db
      .selectFrom(spec.table)
      .selectAll()
      .where('id', '=', recordId)
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    if (SAFETY_INPUTS.has(spec.table)) await evaluateSafetyAfterLabs(c.ctx, c.subject.id);
    return { result: view(spec, row), recordId };
  });
}
