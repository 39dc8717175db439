/**
 * Alert reasons are stored structured (code, params, English) and read back so; a row written
 * before (plain English strings) reads as text-only reasons carrying that English — nothing
 * lost, no migration (details is JSON text). The audit keeps the English summary. Both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEXT_ONLY_CODE } from '../../core/shared/reason-from-stored.ts';
import { SYSTEM_ACTOR } from '../audit/audited-write.ts';
import { createSite } from '../sites/site-repository.ts';
import { createTestStore, describeEachDialect, type TestStore } from '../testing/test-stores.ts';
import { listAlerts } from './safety-alert-repository.ts';
import { sweepSafetyAlerts } from './safety-sweep.ts';
import {
  FIXTURE_BLOOD_COUNT,
  fixtureDispensing,
  fixtureLabVisit,
  fixtureLiverPanel,
  fixtureSubject,
} from './testing/safety-fixtures.ts';

describeEachDialect('stored alert reasons', (dialect) => {
  let store: TestStore;
  let siteId = '';
  beforeAll(async () => {
    store = await createTestStore(dialect, { now: () => '2026-02-03T02:00:00.000Z' });
    siteId = (
      await createSite(store, SYSTEM_ACTOR, {
        code: 'PUMCH',
        name: 'PUMCH',
        timezone: 'Asia/Shanghai',
      })
    ).id;
  });
  afterAll(() => store.destroy());

  it('a new alert keeps its summary and reasons as codes and parameters; the audit keeps English', async () => {
    const s = await fixtureSubject(store, siteId, '2026-01-05');
    await fixtureLabVisit(store, s, '2025-12-29', [
      ...fixtureLiverPanel('30'),
      ...FIXTURE_BLOOD_COUNT,
    ]);
    await fixtureDispensing(store, s, 1, '2026-01-05');
    // ALT exactly 3 × ULN (120 / 40): still the dose-reduction band (>2–3 × ULN)
    await fixtureLabVisit(store, s, '2026-02-02', [
      ...fixtureLiverPanel('120'),
      ...FIXTURE_BLOOD_COUNT,
    ]);
    await sweepSafetyAlerts(store);
    const [alert] = await listAlerts(store.db, 'all', { subjectId: s.id });
    expect(alert?.kind).toBe('alt-dose-reduction');
    expect(alert?.summaryReason).toMatchObject({
      code: 'safety.summary-alt-reduction',
      params: { times: '3', date: '2026-02-02' },
    });
    expect(alert?.summary).toBe(alert?.summaryReason.text);
    expect(alert?.ruleReason).toMatchObject({
      code: 'safety.rule-alt-reduction',
      text: alert?.rule,
    });
    const details = alert?.details as { reasons: Array<{ code: string; params: object }> };
    expect(details.reasons.map((r) => r.code)).toEqual(['safety.alt-reduction']);
    expect(details).not.toHaveProperty('summaryReason');
    const audited = await store.db
      .selectFrom('audit_events')
      .select('changes')
      .where('entity_id', '=', alert?.id ?? '')
      .where('action', '=', 'raise-alert')
      .executeTakeFirstOrThrow();
    const changes = JSON.parse(audited.changes) as Array<{ field: string; new: unknown }>;
    expect(changes.find((c) => c.field === 'summary')?.new).toBe(
      'ALT 3 × ULN on 2026-02-02: consider reducing leflunomide to 10 mg, test ALT weekly',
    );
  });

  it('a row stored with plain English reasons reads as text-only reasons with that English', async () => {
    const s = await fixtureSubject(store, siteId, '2026-01-05');
    await store.db
      .insertInto('safety_alerts')
      .values({
        id: 'old-alert-1',
        subject_id: s.id,
        site_id: siteId,
        created_at: '2026-01-20T00:00:00.000Z',
        kind: 'alt-interrupt-washout',
        severity: 'critical',
        alert_key: 'alt-interrupt:2026-01-20',
        rule: 'leflunomide protocol: ALT >3 × ULN',
        summary: 'ALT 3.5 × ULN on 2026-01-20: interrupt leflunomide and start wash-out',
        details: JSON.stringify({
          kind: 'alt-interrupt-washout',
          reasons: ['ALT 140 U/L on 2026-01-20 = 3.5 × ULN (40): >3 × ULN'],
        }),
        status: 'open',
        source_type: null,
        source_id: null,
        acknowledged_at: null,
        acknowledged_by: null,
        acknowledgement_note: null,
        resolved_at: null,
        resolution: null,
      })
      .execute();
    const [old] = await listAlerts(store.db, 'all', { subjectId: s.id });
    expect(old?.summaryReason).toEqual({
      code: TEXT_ONLY_CODE,
      params: {},
      text: 'ALT 3.5 × ULN on 2026-01-20: interrupt leflunomide and start wash-out',
    });
    expect(old?.ruleReason).toEqual({
      code: TEXT_ONLY_CODE,
      params: {},
      text: 'leflunomide protocol: ALT >3 × ULN',
    });
    expect((old?.details as { reasons: unknown[] } | undefined)?.reasons).toEqual([
      {
        code: TEXT_ONLY_CODE,
        params: {},
        text: 'ALT 140 U/L on 2026-01-20 = 3.5 × ULN (40): >3 × ULN',
      },
    ]);
  });
});
