/**
 * Electronic signatures (21 CFR 11.50, 11.70, 11.200): the signer re-enters their password at
 * signing; the signature records the printed name, the UTC time and the meaning, and is bound to
 * the record version it signs — the latest audit event of the casebook or form. Any later edit of
 * that record breaks it (see record-guards.ts).
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../core/shared/domain-error.ts';
import { verifyPasswordOf } from '../accounts/session-repository.ts';
import { type Actor, runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';

export const SIGNATURE_MEANINGS = [
  'I approve',
  'I have reviewed',
  'I am the author',
  'I verify',
] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

export type SignTarget =
  | { scope: 'casebook'; subjectId: string; siteId: string }
  | { scope: 'form'; subjectId: string; siteId: string; entityType: string; entityId: string };

export interface SignatureView {
  id: string;
  scope: 'casebook' | 'form';
  subjectId: string;
  entityType: string | null;
  entityId: string | null;
  signerName: string;
  meaning: string;
  signedAt: string;
  recordSeq: number;
  status: 'valid' | 'broken';
  brokenAt: string | null;
  brokenReason: string | null;
}

export async function sign(
  store: Store,
  actor: Actor,
  target: SignTarget,
  meaning: SignatureMeaning,
  password: string,
): Promise<SignatureView> {
  if (!(await verifyPasswordOf(store, actor.id, password))) {
    await runCommand(store, actor, (ctx) =>
      ctx.audit({
        action: 'signature-refused',
        entityType: 'signature',
        entityId: `${target.scope}:${target.subjectId}`,
        subjectId: target.subjectId,
        siteId: target.siteId,
        changes: [],
        reason: 'wrong password at signing',
      }),
    );
    throw new DomainError({
      kind: 'invalid',
      issues: [
        {
          path: 'password',
          rule: 'signature-reauthentication',
          message: 'the password is not correct: signing needs your password (21 CFR 11.200)',
        },
      ],
    });
  }
  return runCommand(store, actor, async (ctx) => {
    let q = ctx.trx
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .where('subject_id', '=', target.subjectId);
    if (target.scope === 'form')
      q = q.where('entity_type', '=', target.entityType).where('entity_id', '=', target.entityId);
    const version = await q
      .where('action', 'not in', ['signature-broken', 'sign', 'sdv', 'sdv-reset', 'lock', 'unlock'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!version)
      throw new DomainError({
        kind: 'not-found',
        entity: target.scope === 'form' ? target.entityType : 'casebook',
        id: target.scope === 'form' ? target.entityId : target.subjectId,
      });
    const id = randomUUID();
    const row = {
      id,
      scope: target.scope,
      subject_id: target.subjectId,
      entity_type: target.scope === 'form' ? target.entityType : null,
      entity_id: target.scope === 'form' ? target.entityId : null,
      site_id: target.siteId,
      signer_id: actor.id,
      signer_name: actor.name,
      meaning,
      signed_at: ctx.now,
      record_seq: Number(version.seq),
      record_hash: version.hash,
      broken_at: null,
      broken_reason: null,
    };
    await ctx.trx.insertInto('signatures').values(row).execute();
    await ctx.audit({
      action: 'sign',
      entityType: 'signature',
      entityId: id,
      siteId: target.siteId,
      subjectId: target.subjectId,
      changes: [
        { field: 'meaning', old: null, new: meaning },
        { field: 'signer_name', old: null, new: actor.name },
        { field: 'record_seq', old: null, new: row.record_seq },
      ],
    });
    return toView(row);
  });
}

export async function listSignatures(store: Store, subjectId: string): Promise<SignatureView[]> {
  const rows = await store.db
    .selectFrom('signatures')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .orderBy('signed_at')
    .execute();
  return rows.map(toView);
}

function toView(r: {
  id: string;
  scope: 'casebook' | 'form';
  subject_id: string;
  entity_type: string | null;
  entity_id: string | null;
  signer_name: string;
  meaning: string;
  signed_at: string;
  record_seq: number;
  broken_at: string | null;
  broken_reason: string | null;
}): SignatureView {
  return {
    id: r.id,
    scope: r.scope,
    subjectId: r.subject_id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    signerName: r.signer_name,
    meaning: r.meaning,
    signedAt: r.signed_at,
    recordSeq: Number(r.record_seq),
    status: r.broken_at ? 'broken' : 'valid',
    brokenAt: r.broken_at,
    brokenReason: r.broken_reason,
  };
}
