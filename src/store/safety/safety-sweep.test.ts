/**
 * The scheduled sweep raises what time alone makes true (a weekly ALT that became overdue with
 * no data saved), on both engines, writes nothing when nothing changed, and leaves subjects
 * not enrolled or at end of study alone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../audit/audited-write.ts';
import { createSite } from '../sites/site-repository.ts';
import { createTestStore, describeEachDialect, type TestStore } from '../testing/test-stores.ts';
import { sweepSafetyAlerts } from './safety-sweep.ts';
import {
  FIXTURE_BLOOD_COUNT,
  fixtureDeath,
  fixtureDispensing,
  fixtureLabVisit,
  fixtureLiverPanel,
  fixtureSubject,
} from './testing/safety-fixtures.ts';

const liver = fixtureLiverPanel;
const FBC = FIXTURE_BLOOD_COUNT;

describeEachDialect('scheduled safety sweep', (dialect) => {
  let store: TestStore;
  let ms = Date.parse('2026-02-03T02:00:00.000Z');
  let siteId = '';
  beforeAll(async () => {
    store = await createTestStore(dialect, { now: () => new Date(ms).toISOString() });
    siteId = (
      await createSite(store, SYSTEM_ACTOR, {
        code: 'PUMCH',
        name: 'Peking Union Medical College Hospital',
        timezone: 'Asia/Shanghai',
      })
    ).id;
  });
  afterAll(() => store.destroy());

  const openAlerts = async (subjectId: string) =>
    (
      await store.db
        .selectFrom('safety_alerts')
        .select('kind')
        .where('subject_id', '=', subjectId)
        .where('status', '=', 'open')
        .execute()
    )
      .map((a) => a.kind)
      .sort();
  const auditCount = async () =>
    Number(
      (
        await store.db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('raises an overdue weekly ALT when the day passes, once, and skips subjects off study', async () => {
    const s = await fixtureSubject(store, siteId, '2026-01-05');
    await fixtureLabVisit(store, s, '2025-12-29', [...liver('30'), ...FBC]);
    await fixtureDispensing(store, s, 1, '2026-01-05');
    await fixtureDispensing(store, s, 2, '2026-02-02');
    // ALT 2.5 × ULN on cycle 2 day 1: weekly ALT from then on, next due 2026-02-09
    await fixtureLabVisit(store, s, '2026-02-02', [...liver('100'), ...FBC]);
    const screening = await fixtureSubject(store, siteId, null);
    const dead = await fixtureSubject(store, siteId, '2026-01-05');
    await fixtureLabVisit(store, dead, '2026-01-20', [...liver('300'), ...FBC]);
    await fixtureDeath(store, dead, '2026-01-25', 'progressive disease');

    const first = await sweepSafetyAlerts(store);
    expect(first.failed).toEqual([]);
    expect(first.evaluated).toBe(1);
    expect(await openAlerts(s.id)).toEqual(['alt-dose-reduction']);
    expect(await openAlerts(screening.id)).toEqual([]);
    expect(await openAlerts(dead.id)).toEqual([]);

    // two weeks later nothing was saved, but the weekly ALT is now overdue at the site
    ms = Date.parse('2026-02-16T02:00:00.000Z');
    const second = await sweepSafetyAlerts(store);
    expect(second).toMatchObject({ evaluated: 1, raised: 1, resolved: 0, failed: [] });
    expect(await openAlerts(s.id)).toEqual(['alt-dose-reduction', 'monitoring-overdue']);
    const raisedBy = await store.db
      .selectFrom('audit_events')
      .select(['actor_id', 'action'])
      .where('subject_id', '=', s.id)
      .where('action', '=', 'raise-alert')
      .execute();
    expect(raisedBy.every((a) => a.actor_id === SYSTEM_ACTOR.id)).toBe(true);

    // the same sweep again changes nothing and audits nothing
    const before = await auditCount();
    expect(await sweepSafetyAlerts(store)).toMatchObject({ evaluated: 1, raised: 0, resolved: 0 });
    expect(await auditCount()).toBe(before);

    // the test arrives: the next sweep resolves the overdue alert
    await fixtureLabVisit(store, s, '2026-02-16', [...liver('35')]);
    ms = Date.parse('2026-02-16T06:00:00.000Z');
    expect(await sweepSafetyAlerts(store)).toMatchObject({ raised: 0, resolved: 1 });
    expect(await openAlerts(s.id)).toEqual(['alt-dose-reduction']);
  });
});
