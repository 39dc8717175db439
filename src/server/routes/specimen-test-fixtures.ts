/**
 * Test fixtures for the specimen API suites: a screened subject at a site with the consents a
 * test needs, written through the subjects' store functions and the audited write path.
 */
import { randomUUID } from 'node:crypto';
import { insertAudited, runCommand, SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import { createSubject } from '../../store/subjects/subject-repository.ts';
import type { TestApp } from '../testing/test-app.ts';

export type ConsentSpec = {
  kind: 'main' | 'biobank-storage' | 'genetic-testing';
  signed?: string;
  withdrawn?: string;
};

export const ALL_CONSENTS: ConsentSpec[] = [
  { kind: 'main' },
  { kind: 'biobank-storage' },
  { kind: 'genetic-testing' },
];

export async function screenedSubject(
  t: TestApp,
  site: 'a' | 'b',
  screeningNumber: string,
  consents: ConsentSpec[] = ALL_CONSENTS,
): Promise<{ id: string; siteId: string }> {
  const s = await createSubject(t.store, SYSTEM_ACTOR, {
    siteId: t.sites[site].id,
    screeningNumber,
    sex: 'F',
    birthDate: '1970-05-01',
  });
  await runCommand(t.store, SYSTEM_ACTOR, async (ctx) => {
    for (const c of consents)
      await insertAudited(
        ctx,
        'consents',
        {
          id: randomUUID(),
          subject_id: s.id,
          site_id: s.siteId,
          created_at: ctx.now,
          kind: c.kind,
          version: '1.0',
          signed_date: c.signed ?? '2026-02-20',
          withdrawn_date: c.withdrawn ?? null,
          withdrawal_reason: c.withdrawn ? 'subject asked' : null,
        },
        { entityType: 'consent', siteId: s.siteId, subjectId: s.id },
      );
  });
  return { id: s.id, siteId: s.siteId };
}

/** Withdraws the subject's consent of `kind` on `date` (as the subjects' withdrawal does). */
export async function withdraw(
  t: TestApp,
  subjectId: string,
  kind: ConsentSpec['kind'],
  date: string,
): Promise<void> {
  await runCommand(t.store, SYSTEM_ACTOR, async (ctx) => {
    await ctx.trx
      .updateTable('consents')
      .set({ withdrawn_date: date, withdrawal_reason: 'subject asked' })
      .where('subject_id', '=', subjectId)
      .where('kind', '=', kind)
      .execute();
    await ctx.audit({
      action: 'withdraw-consent',
      entityType: 'consent',
      entityId: subjectId,
      subjectId,
      changes: [{ field: 'withdrawn_date', old: null, new: date }],
    });
  });
}
