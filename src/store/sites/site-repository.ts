/** Sites (hospitals) that enrol, and the central biobank. */
import { randomUUID } from 'node:crypto';
import { DomainError, invalid } from '../../core/shared/domain-error.ts';
import { type Actor, insertAudited, runCommand } from '../audit/audited-write.ts';
import type { Store } from '../open-store.ts';

export interface Site {
  id: string;
  code: string;
  name: string;
  nameZh: string | null;
  timezone: string;
  isCentralBiobank: boolean;
}

export interface NewSite {
  code: string;
  name: string;
  nameZh?: string | null;
  timezone: string;
  isCentralBiobank?: boolean;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export async function createSite(store: Store, actor: Actor, s: NewSite): Promise<Site> {
  if (!isTimeZone(s.timezone))
    throw invalid(
      'timezone',
      'iana-time-zone',
      `"${s.timezone}" is not an IANA time zone (e.g. Asia/Shanghai)`,
    );
  return runCommand(store, actor, async (ctx) => {
    const dup = await ctx.trx
      .selectFrom('sites')
      .select('id')
      .where('code', '=', s.code)
      .executeTakeFirst();
    if (dup)
      throw new DomainError({
        kind: 'conflict',
        rule: 'site-code-unique',
        message: `site code ${s.code} exists`,
      });
    const id = randomUUID();
    const row = {
      id,
      code: s.code,
      name: s.name,
      name_zh: s.nameZh ?? null,
      timezone: s.timezone,
      is_central_biobank: s.isCentralBiobank ? 1 : 0,
      created_at: ctx.now,
    };
    await insertAudited(ctx, 'sites', row, { entityType: 'site', siteId: id });
    return toSite(row);
  });
}

export async function listSites(store: Store, only: 'all' | string[] = 'all'): Promise<Site[]> {
  if (only !== 'all' && only.length === 0) return [];
  let q = store.db.selectFrom('sites').selectAll().orderBy('code');
  if (only !== 'all') q = q.where('id', 'in', only);
  return (await q.execute()).map(toSite);
}

function toSite(r: {
  id: string;
  code: string;
  name: string;
  name_zh: string | null;
  timezone: string;
  is_central_biobank: number;
}): Site {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameZh: r.name_zh,
    timezone: r.timezone,
    isCentralBiobank: Number(r.is_central_biobank) === 1,
  };
}
