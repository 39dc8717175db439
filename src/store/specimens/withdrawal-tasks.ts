/**
 * The destruction-or-return task list: when a subject withdraws the biobank storage consent,
 * every specimen of theirs that still exists (not distributed, consumed or destroyed) must be
 * destroyed or returned by the site that holds it (ISBER: honour withdrawal; document the
 * disposition). A specimen in transit is received first. A task disappears when its specimen is
 * destroyed or distributed with purpose "return".
 */
import { compareDates } from '../../core/shared/calendar-date.ts';
import { TERMINAL_STATES } from '../../core/specimens/custody-transitions.ts';
import { specimenPermissions } from '../../core/specimens/specimen-consent.ts';
import type { Store } from '../open-store.ts';
import { dateAt } from '../subjects/site-today.ts';
import { type Sites, visibleSpecimens } from './specimen-scope.ts';
import { consentsOf } from './subject-consents.ts';

export interface WithdrawalTask {
  specimenId: string;
  label: string;
  subjectId: string;
  state: string;
  custodySiteId: string;
  withdrawnOn: string;
  action: 'destroy-or-return' | 'receive-then-destroy-or-return';
  reasons: string[];
}

export async function withdrawalTasks(store: Store, sites: Sites): Promise<WithdrawalTask[]> {
  if (sites !== 'all' && sites.length === 0) return [];
  const withdrawn = await store.db
    .selectFrom('consents')
    .select('subject_id')
    .distinct()
    .where('kind', '=', 'biobank-storage')
    .where('withdrawn_date', 'is not', null)
    .execute();
  const subjectIds = withdrawn.map((w) => w.subject_id);
  if (subjectIds.length === 0) return [];
  const specimens = await visibleSpecimens(store.db, sites)
    .where('specimens.subject_id', 'in', subjectIds)
    .where('specimens.state', 'not in', [...TERMINAL_STATES])
    .orderBy('specimens.label')
    .execute();
  const consents = await consentsOf(store.db, subjectIds);
  const tz = new Map(
    (await store.db.selectFrom('sites').select(['id', 'timezone']).execute()).map((s) => [
      s.id,
      s.timezone,
    ]),
  );
  const tasks: WithdrawalTask[] = [];
  for (const s of specimens) {
    const today = dateAt(store.now(), tz.get(s.site_id) ?? 'UTC');
    const p = specimenPermissions(consents.get(s.subject_id) ?? [], today);
    if (!p.biobankWithdrawn.withdrawn || !p.biobankWithdrawn.date) continue;
    const inTransit = s.state === 'shipped';
    tasks.push({
      specimenId: s.id,
      label: s.label,
      subjectId: s.subject_id,
      state: s.state,
      custodySiteId: s.custody_site_id,
      withdrawnOn: p.biobankWithdrawn.date,
      action: inTransit ? 'receive-then-destroy-or-return' : 'destroy-or-return',
      reasons: [
        ...p.mayStore.reasons,
        inTransit
          ? 'in transit: receive it, then destroy or return it'
          : `${s.state}: destroy it or return it to the site`,
      ],
    });
  }
  return tasks.sort(
    (a, b) => compareDates(a.withdrawnOn, b.withdrawnOn) || a.label.localeCompare(b.label),
  );
}
