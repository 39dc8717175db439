/**
 * Concomitant medications and protocol deviations over HTTP on both databases: a prohibited
 * drug by generic, brand and Chinese name during treatment records a deviation and raises an
 * alert; a look-alike does not; an uncertain match or uncertain dates raise a query instead of a
 * guess; bad input names the field; other sites are invisible; a refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSubject, fixtureSubject } from '../../store/safety/testing/safety-fixtures.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';

describeEachDialect('concomitant medications and deviations API', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let dm: Client;
  let coordB: Client;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
    coordB = await t.user('coordb', [{ role: 'coordinator', site: 'b' }]);
  });
  afterAll(() => t.destroy());

  const enrolled = () => fixtureSubject(t.store, t.sites.a.id, '2026-01-05');
  const cmUrl = (s: FixtureSubject) => `/api/subjects/${s.id}/concomitant-medications`;
  const cm = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    dose: '100',
    doseUnit: 'mg',
    route: 'oral',
    indication: 'epilepsy',
    startDate: '2026-02-01',
    ...more,
  });
  async function signals(s: FixtureSubject) {
    const deviations = (await dm.get(`/api/subjects/${s.id}/deviations`)).json();
    const alerts = (await inv.get(`/api/safety/alerts?subjectId=${s.id}`)).json().alerts;
    const queries = (await dm.get(`/api/queries?subjectId=${s.id}`)).json();
    return { deviations, alerts, queries };
  }

  describe('prohibited during treatment: deviation and alert', () => {
    it.each([
      ['generic', 'Phenytoin sodium 100 mg', 'phenytoin', 'major'],
      ['brand', 'Rifadin', 'rifampicin', 'major'],
      ['Chinese', '甲氨蝶呤片', 'methotrexate', 'major'],
      ['brand (antitumour)', 'Afinitor', 'everolimus', 'critical'],
      ['TCM formula', '小柴胡汤', 'traditional Chinese medicine', 'major'],
    ])('%s name "%s"', async (_how, name, drug, severity) => {
      const s = await enrolled();
      const r = await coord.post(cmUrl(s), cm(name));
      expect(r.statusCode).toBe(201);
      const body = r.json();
      expect(body.medication.screening).toMatchObject({
        verdict: 'prohibited',
        overlap: 'overlaps',
      });
      expect(body.medication.screening.detail.drug).toBe(drug);
      expect(body.outcome.deviationId).toEqual(expect.any(String));
      expect(body.outcome.alertId).toEqual(expect.any(String));
      expect(body.outcome.queryId).toBeNull();
      const { deviations, alerts, queries } = await signals(s);
      expect(deviations).toEqual([
        expect.objectContaining({
          origin: 'automatic',
          category: 'prohibited-medication',
          severity,
          deviationDate: '2026-02-01',
          source: { type: 'concomitant-medication', id: body.medication.id },
          // stored coded (migration 0011), the same English as the description
          descriptionReason: expect.objectContaining({
            code: expect.stringMatching(/^medication\.deviation-/),
            params: expect.objectContaining({ name, drug }),
          }),
        }),
      ]);
      expect(deviations[0].descriptionReason.text).toBe(deviations[0].description);
      expect(alerts).toEqual([
        expect.objectContaining({
          kind: 'prohibited-medication',
          severity: 'critical',
          status: 'open',
          summary: expect.stringContaining(name),
        }),
      ]);
      expect(queries).toEqual([]);
    });
  });

  it.each([
    ['rifaximin', 'Rifaximin 550 mg'],
    ['methylprednisolone', 'Methylprednisolone'],
    ['phenylephrine', '去氧肾上腺素'],
  ])('a look-alike (%s) is allowed: no deviation, alert or query', async (_n, name) => {
    const s = await enrolled();
    const r = await coord.post(cmUrl(s), cm(name));
    expect(r.statusCode).toBe(201);
    expect(r.json().medication.screening.verdict).toBe('allowed');
    expect(r.json().outcome).toEqual({ deviationId: null, alertId: null, queryId: null });
    expect(await signals(s)).toEqual({ deviations: [], alerts: [], queries: [] });
  });

  it('an uncertain match (somatostatin analogue) asks the investigator with a query', async () => {
    const s = await enrolled();
    const r = (
      await coord.post(cmUrl(s), cm('Sandostatin LAR', { indication: 'diarrhoea' }))
    ).json();
    expect(r.medication.screening.verdict).toBe('review');
    const { deviations, alerts, queries } = await signals(s);
    expect(deviations).toEqual([]);
    expect(alerts).toEqual([]);
    expect(queries).toEqual([
      expect.objectContaining({
        origin: 'edit-check',
        rule: 'medication-review',
        status: 'open',
        entityType: 'concomitant-medication',
        entityId: r.medication.id,
        text: expect.stringMatching(/Investigator review/),
        // what the screen needs to say the query in the reader's language
        params: { name: 'Sandostatin LAR', drug: expect.stringMatching(/octreotide/i) },
      }),
    ]);
  });

  it('partial dates that may overlap ask for dates; before treatment nothing is raised', async () => {
    const s = await enrolled();
    const maybe = (
      await coord.post(cmUrl(s), cm('Dilantin', { startDate: '2025', stopDate: '2026-01' }))
    ).json();
    expect(maybe.medication.screening).toMatchObject({
      verdict: 'prohibited',
      overlap: 'possibly-overlaps',
    });
    const before = (
      await coord.post(cmUrl(s), cm('Dilantin', { startDate: '2025-01', stopDate: '2025-06-30' }))
    ).json();
    expect(before.medication.screening).toMatchObject({
      verdict: 'prohibited',
      overlap: 'no-overlap',
    });
    expect(before.outcome).toEqual({ deviationId: null, alertId: null, queryId: null });
    const { deviations, alerts, queries } = await signals(s);
    expect(deviations).toEqual([]);
    expect(alerts).toEqual([]);
    expect(queries.map((q: { rule: string }) => q.rule)).toEqual(['prohibited-medication-dates']);
  });

  it('before enrolment an ongoing prohibited drug raises a query, not a deviation', async () => {
    const s = await fixtureSubject(t.store, t.sites.a.id, null);
    const r = (await coord.post(cmUrl(s), cm('苯妥英钠', { startDate: '2025-10' }))).json();
    expect(r.medication.screening).toMatchObject({
      verdict: 'prohibited',
      overlap: 'not-on-treatment',
    });
    const { deviations, queries } = await signals(s);
    expect(deviations).toEqual([]);
    expect(queries.map((q: { rule: string }) => q.rule)).toEqual([
      'prohibited-medication-before-day1',
    ]);
  });

  it('an edit needs a reason and is screened again; a refused edit writes nothing', async () => {
    const s = await enrolled();
    const saved = (await coord.post(cmUrl(s), cm('Paracetamol', { indication: 'pain' }))).json();
    expect(saved.medication.screening.verdict).toBe('allowed');
    const url = `${cmUrl(s)}/${saved.medication.id}`;
    const noReason = await coord.patch(url, { name: 'Dilantin' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    expect(await signals(s)).toEqual({ deviations: [], alerts: [], queries: [] });
    const ok = await coord.patch(url, { name: 'Dilantin', reason: 'wrong drug transcribed' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().medication).toMatchObject({ name: 'Dilantin', indication: 'pain' });
    expect(ok.json().outcome.deviationId).toEqual(expect.any(String));
    // saving again does not duplicate the deviation or the alert
    const again = await coord.patch(url, { dose: '200', reason: 'dose corrected' });
    expect(again.json().outcome).toEqual({ deviationId: null, alertId: null, queryId: null });
    const { deviations, alerts } = await signals(s);
    expect(deviations).toHaveLength(1);
    expect(alerts).toHaveLength(1);
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const s = await enrolled();
    const r = await coord.post(cmUrl(s), {
      ...cm('Dilantin'),
      atcCode: 'N3AB02',
      startDate: '2026-13',
      indication: '',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.atcCode', 'body.startDate', 'body.indication']),
    );
    const order = await coord.post(
      cmUrl(s),
      cm('Dilantin', { startDate: '2026-02', stopDate: '2026-01-31' }),
    );
    expect(order.json().errors[0]).toMatchObject({ path: 'body.stopDate' });
    expect((await dm.get(cmUrl(s))).json()).toEqual([]);
    expect(await signals(s)).toEqual({ deviations: [], alerts: [], queries: [] });
  });

  it('an ATC class code flags a drug whose name is not in the dictionary', async () => {
    const s = await enrolled();
    const r = (await coord.post(cmUrl(s), cm('Study drug X', { atcCode: 'l01xx' }))).json();
    expect(r.medication.atcCode).toBe('L01XX');
    expect(r.medication.screening.verdict).toBe('prohibited');
  });

  it('manual deviations: recorded with category and severity, validated, site-scoped', async () => {
    const s = await enrolled();
    const url = `/api/subjects/${s.id}/deviations`;
    const ok = await inv.post(url, {
      category: 'visit-schedule',
      severity: 'minor',
      deviationDate: '2026-02-27',
      description: 'cycle 2 day 1 visit 4 days late',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ origin: 'manual', rule: null, source: null });
    const bad = await inv.post(url, {
      category: 'late',
      severity: 'huge',
      deviationDate: '2026-02-30',
      description: '',
    });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining([
        'body.category',
        'body.severity',
        'body.deviationDate',
        'body.description',
      ]),
    );
    const future = await inv.post(url, {
      category: 'visit-schedule',
      severity: 'minor',
      deviationDate: '2026-03-03',
      description: 'tomorrow at the site',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0]).toMatchObject({
      path: 'body.deviationDate',
      rule: 'not-in-future',
    });
    expect(
      (
        await coordB.post(url, {
          category: 'other',
          severity: 'minor',
          deviationDate: '2026-02-27',
          description: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await dm.post(url, {
          category: 'other',
          severity: 'minor',
          deviationDate: '2026-02-27',
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await dm.get(url)).json()).toHaveLength(1);
  });

  it('another site cannot record, see or edit medications', async () => {
    const s = await enrolled();
    const saved = (await coord.post(cmUrl(s), cm('Dilantin'))).json();
    expect((await coordB.post(cmUrl(s), cm('Dilantin'))).statusCode).toBe(404);
    expect((await coordB.get(cmUrl(s))).statusCode).toBe(404);
    expect(
      (await coordB.patch(`${cmUrl(s)}/${saved.medication.id}`, { dose: '1', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await dm.get(cmUrl(s))).json()).toHaveLength(1);
  });
});
