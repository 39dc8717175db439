import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../store/audit/audited-write.ts';
import {
  fixtureDispensing,
  fixtureLabVisit,
  fixtureSubject,
} from '../../store/safety/testing/safety-fixtures.ts';
import { createSite } from '../../store/sites/site-repository.ts';
import {
  createTestStore,
  describeEachDialect,
  type TestStore,
} from '../../store/testing/test-stores.ts';
import { startSafetySweepJob } from './safety-sweep-job.ts';

describeEachDialect('safety sweep job', (dialect) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(dialect, { now: () => '2026-03-20T02:00:00.000Z' });
  });
  afterAll(() => store.destroy());

  it('sweeps on demand without overlapping, logs the result, and stops', async () => {
    const site = await createSite(store, SYSTEM_ACTOR, {
      code: 'RJH',
      name: 'Ruijin Hospital',
      timezone: 'Asia/Shanghai',
    });
    const s = await fixtureSubject(store, site.id, '2026-01-05');
    await fixtureLabVisit(store, s, '2025-12-29', [
      { code: 'ALT', value: '30', unit: 'U/L', low: '7', high: '40' },
    ]);
    await fixtureDispensing(store, s, 1, '2026-01-05');
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => lines.push(l) });
    const job = startSafetySweepJob(store, log, 60);
    const [a, b] = [job.runNow(), job.runNow()];
    expect(a).toBe(b); // the second call joins the running sweep
    const result = await a;
    // no ALT since baseline: the monthly ALT due on cycle 2 day 1 (2026-02-02) is overdue
    const keys = (await store.db.selectFrom('safety_alerts').select('alert_key').execute()).map(
      (a) => a.alert_key,
    );
    expect(keys).toContain('monitoring-overdue:ALT:2026-02-02');
    expect(result).toMatchObject({ evaluated: 1, raised: keys.length, failed: [] });
    expect(lines.some((l) => l.includes('"msg":"safety sweep"'))).toBe(true);
    expect((await job.runNow())?.raised).toBe(0);
    await job.stop();
    expect(await job.runNow()).toBeNull();
  });
});
