/**
 * ODM 1.3.2 export of the clinical data with its audit trail and e-signatures. Two streaming
 * passes over the audit trail (keyset pages by subject and sequence): the first collects the
 * metadata (record kinds and their fields, users, signature meanings) that ODM puts before the
 * data; the second writes each subject's audited changes in order, with the signature on the
 * version it signed. Subjects of other studies and events without a subject are not exported.
 */
import type { Kysely } from 'kysely';
import {
  type OdmChange,
  type OdmItemGroupDef,
  type OdmSignature,
  odmClose,
  odmOpen,
  odmSubject,
} from '../../core/cdisc/odm/odm-writer.ts';
import { usubjid } from '../../core/cdisc/sdtm/identifiers.ts';
import type { StudyDefinition } from '../../core/protocol/study-definition.schema.ts';
import type { Store } from '../open-store.ts';
import type { Database } from '../schema/database.ts';
import type { ChunkSink } from './dataset-stream.ts';
import type { ExportScope } from './export-subject-reader.ts';

interface AuditRow {
  seq: number;
  occurred_at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  site_id: string | null;
  subject_id: string | null;
  changes: string;
  reason: string | null;
}

const PAGE = 2000;
const oidPart = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '_');
const groupOid = (entity: string) => `IG.${oidPart(entity)}`;
const itemOid = (entity: string, field: string) => `IT.${oidPart(entity)}.${oidPart(field)}`;
const userOid = (id: string) => `USR.${oidPart(id)}`;
const locationOid = (id: string | null) => (id ? `LOC.${oidPart(id)}` : 'LOC.CENTRAL');
const meaningOid = (meaning: string) => `SD.${oidPart(meaning).slice(0, 60)}`;

async function* auditPages(
  db: Kysely<Database>,
  scope: ExportScope,
  subjectIds: Set<string>,
): AsyncGenerator<AuditRow> {
  let after = { subject: '', seq: -1 };
  for (;;) {
    let q = db
      .selectFrom('audit_events')
      .select([
        'seq',
        'occurred_at',
        'actor_id',
        'actor_name',
        'action',
        'entity_type',
        'entity_id',
        'site_id',
        'subject_id',
        'changes',
        'reason',
      ])
      .where('subject_id', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('subject_id', '>', after.subject),
          eb.and([eb('subject_id', '=', after.subject), eb('seq', '>', after.seq)]),
        ]),
      )
      .orderBy('subject_id')
      .orderBy('seq')
      .limit(PAGE);
    if (scope.sites !== 'all')
      q = q.where('site_id', 'in', scope.sites.length ? scope.sites : ['\u0000']);
    if (scope.cut) q = q.where('occurred_at', '<=', `${scope.cut}T23:59:59.999Z`);
    const rows = (await q.execute()) as AuditRow[];
    for (const r of rows) if (subjectIds.has(r.subject_id as string)) yield r;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1] as AuditRow;
    after = { subject: last.subject_id as string, seq: Number(last.seq) };
  }
}

const parseChanges = (json: string): { field: string; new: unknown }[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as { field: string; new: unknown }[]) : [];
  } catch {
    return [];
  }
};

const valueText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

export async function writeOdmExport(
  store: Store,
  study: StudyDefinition,
  run: { created: string; scope: ExportScope; onSubject?: () => void },
  sink: ChunkSink,
): Promise<void> {
  const db = store.db;
  const enc = new TextEncoder();
  const subjects = await db
    .selectFrom('subjects')
    .select(['id', 'subject_code', 'screening_number', 'site_id'])
    .where('study_id', '=', study.id)
    .execute();
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  const ids = new Set(subjects.map((s) => s.id));

  // Pass 1: metadata.
  const groups = new Map<string, Set<string>>();
  const users = new Map<string, string>();
  for await (const r of auditPages(db, run.scope, ids)) {
    const fields = groups.get(r.entity_type) ?? new Set<string>();
    for (const c of parseChanges(r.changes)) fields.add(c.field);
    groups.set(r.entity_type, fields);
    users.set(r.actor_id, r.actor_name);
  }
  const signatures = await db
    .selectFrom('signatures')
    .selectAll()
    .where('broken_at', 'is', null)
    .execute();
  for (const s of signatures) users.set(s.signer_id, s.signer_name);
  const sites = await db.selectFrom('sites').selectAll().execute();
  const groupDefs: OdmItemGroupDef[] = [...groups.entries()].map(([entity, fields]) => ({
    oid: groupOid(entity),
    name: entity,
    items: [...fields].map((f) => ({
      oid: itemOid(entity, f),
      name: f,
      dataType: 'text' as const,
    })),
  }));
  await sink.write(
    enc.encode(
      odmOpen({
        fileOid: `${study.id}.odm.${run.created}`,
        created: run.created,
        studyOid: study.id,
        studyName: study.shortTitle.en,
        description: study.title.en,
        protocolName: study.id,
        metaDataVersionOid: `MDV.${study.version}`,
        metaDataVersionName: `${study.id} ${study.version}`,
        groups: groupDefs,
        users: [...users.entries()].map(([id, name]) => ({ oid: userOid(id), name })),
        locations: [
          { oid: 'LOC.CENTRAL', name: 'Central' },
          ...sites.map((s) => ({ oid: locationOid(s.id), name: s.name })),
        ],
        signatureDefs: [...new Set(signatures.map((s) => s.meaning))].map((m) => ({
          oid: meaningOid(m),
          meaning: m,
        })),
      }),
    ),
  );

  // Pass 2: each subject's changes in audit order.
  const sigBySeq = new Map<number, OdmSignature>();
  const casebook = new Map<string, OdmSignature>();
  for (const s of signatures) {
    const sig = {
      userOid: userOid(s.signer_id),
      locationOid: locationOid(s.site_id),
      signatureOid: meaningOid(s.meaning),
      at: s.signed_at,
    };
    if (s.scope === 'casebook') casebook.set(s.subject_id, sig);
    else sigBySeq.set(Number(s.record_seq), sig);
  }
  let current: string | null = null;
  let changes: OdmChange[] = [];
  const seenEntities = new Set<string>();
  const flush = async () => {
    if (current === null) return;
    const s = subjectById.get(current);
    if (s) {
      await sink.write(
        enc.encode(
          odmSubject({
            key: usubjid(study.id, s.subject_code ?? s.screening_number),
            locationOid: locationOid(s.site_id),
            signature: casebook.get(current) ?? null,
            changes,
          }),
        ),
      );
      run.onSubject?.();
    }
    changes = [];
    seenEntities.clear();
  };
  for await (const r of auditPages(db, run.scope, ids)) {
    if (r.subject_id !== current) {
      await flush();
      current = r.subject_id;
    }
    const entityKey = `${r.entity_type}|${r.entity_id}`;
    const transaction =
      r.action === 'delete' ? 'Remove' : seenEntities.has(entityKey) ? 'Update' : 'Insert';
    seenEntities.add(entityKey);
    changes.push({
      groupOid: groupOid(r.entity_type),
      repeatKey: r.entity_id,
      transaction,
      audit: {
        userOid: userOid(r.actor_id),
        locationOid: locationOid(r.site_id),
        at: r.occurred_at,
        reason: r.reason,
        sourceId: `audit-seq-${r.seq}`,
      },
      signature: sigBySeq.get(Number(r.seq)) ?? null,
      items: parseChanges(r.changes).map((c) => ({
        oid: itemOid(r.entity_type, c.field),
        value: valueText(c.new),
      })),
    });
  }
  await flush();
  await sink.write(enc.encode(odmClose()));
  await sink.close();
}
