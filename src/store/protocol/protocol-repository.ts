/**
 * Protocol versions in the database. A version is written once; an amendment is a new version
 * that becomes current. The bundled default study is installed when the database has none.
 */
import { createHash } from 'node:crypto';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import { defaultStudy, parseStudyDefinition } from '../../core/protocol/study-definition.ts';
import { DomainError } from '../../core/shared/domain-error.ts';
import { type Actor, runCommand, SYSTEM_ACTOR } from '../audit/audited-write.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { Store } from '../open-store.ts';

export interface ProtocolVersionRecord {
  studyId: string;
  version: string;
  contentHash: string;
  createdAt: string;
  createdBy: string;
  reason: string | null;
  isCurrent: boolean;
  definition: StudyDefinition;
}

/** Validates and saves a new protocol version and makes it current. Existing versions are never changed. */
export async function saveProtocolVersion(
  store: Store,
  actor: Actor,
  input: unknown,
  reason: string | null,
): Promise<ProtocolVersionRecord> {
  const definition = parseStudyDefinition(input);
  const json = canonicalJson(definition);
  const contentHash = createHash('sha256').update(json).digest('hex');
  return runCommand(store, actor, async (ctx) => {
    const existing = await ctx.trx
      .selectFrom('protocol_versions')
      .select('version')
      .where('study_id', '=', definition.id)
      .where('version', '=', definition.version)
      .executeTakeFirst();
    if (existing) {
      throw new DomainError({
        kind: 'conflict',
        rule: 'protocol-versions-immutable',
        message: `protocol ${definition.id} version ${definition.version} exists; an amendment needs a new version number`,
      });
    }
    const current = await ctx.trx
      .selectFrom('protocol_versions')
      .select('version')
      .where('study_id', '=', definition.id)
      .where('is_current', '=', 1)
      .executeTakeFirst();
    if (current && !reason?.trim()) {
      throw new DomainError({
        kind: 'invalid',
        issues: [
          { path: 'reason', rule: 'reason-for-change', message: 'an amendment needs a reason' },
        ],
      });
    }
    if (current) {
      await ctx.trx
        .updateTable('protocol_versions')
        .set({ is_current: 0 })
        .where('study_id', '=', definition.id)
        .where('version', '=', current.version)
        .execute();
    }
    const entityId = `${definition.id}@${definition.version}`;
    const row = {
      study_id: definition.id,
      version: definition.version,
      definition: json,
      content_hash: contentHash,
      created_at: ctx.now,
      created_by: actor.id,
      reason,
      is_current: 1,
    };
    await ctx.trx.insertInto('protocol_versions').values(row).execute();
    await ctx.audit({
      action: current ? 'amend-protocol' : 'install-protocol',
      entityType: 'protocol',
      entityId,
      changes: [
        { field: 'version', old: current?.version ?? null, new: definition.version },
        { field: 'content_hash', old: null, new: contentHash },
      ],
      reason,
    });
    return {
      studyId: definition.id,
      version: definition.version,
      contentHash,
      createdAt: ctx.now,
      createdBy: actor.id,
      reason,
      isCurrent: true,
      definition,
    };
  });
}

export async function currentProtocol(
  store: Store,
  studyId?: string,
): Promise<ProtocolVersionRecord | null> {
  let q = store.db.selectFrom('protocol_versions').selectAll().where('is_current', '=', 1);
  if (studyId) q = q.where('study_id', '=', studyId);
  const r = await q.orderBy('created_at').executeTakeFirst();
  return r ? toRecord(r) : null;
}

export async function listProtocolVersions(
  store: Store,
  studyId: string,
): Promise<Omit<ProtocolVersionRecord, 'definition'>[]> {
  const rows = await store.db
    .selectFrom('protocol_versions')
    .selectAll()
    .where('study_id', '=', studyId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => {
    const { definition: _d, ...rest } = toRecord(r);
    return rest;
  });
}

function toRecord(r: {
  study_id: string;
  version: string;
  definition: string;
  content_hash: string;
  created_at: string;
  created_by: string;
  reason: string | null;
  is_current: number;
}): ProtocolVersionRecord {
  return {
    studyId: r.study_id,
    version: r.version,
    contentHash: r.content_hash,
    createdAt: r.created_at,
    createdBy: r.created_by,
    reason: r.reason,
    isCurrent: Number(r.is_current) === 1,
    definition: parseStudyDefinition(JSON.parse(r.definition)),
  };
}

/** Installs the bundled default study when no protocol is in the database yet. */
export async function ensureDefaultProtocol(store: Store): Promise<ProtocolVersionRecord> {
  const current = await currentProtocol(store);
  if (current) return current;
  return saveProtocolVersion(store, SYSTEM_ACTOR, defaultStudy(), null);
}
