import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { screenedSubject, withdraw } from './specimen-test-fixtures.ts';

const AT = '2026-03-02T07:00:00Z';

describeEachDialect('specimens over HTTP', (dialect) => {
  let t: TestApp;
  let coordA: Client;
  let coordB: Client;
  let tech: Client;
  let monitor: Client;
  let subject: { id: string };
  let boxId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    coordA = await t.user('coord-a', [{ role: 'coordinator', site: 'a' }]);
    coordB = await t.user('coord-b', [{ role: 'coordinator', site: 'b' }]);
    tech = await t.user('tech', [{ role: 'biobank-technician', site: 'biobank' }]);
    monitor = await t.user('mon', [{ role: 'monitor', site: null }]);
    subject = await screenedSubject(t, 'a', 'SCR-001');
    const box = await tech.post('/api/storage/boxes', {
      siteId: t.sites.biobank.id,
      code: 'CAMS-F01-R01-B001',
      freezer: 'F01 (-80 °C)',
      rack: 'R01',
    });
    expect(box.statusCode).toBe(201);
    boxId = box.json().id;
  });
  afterAll(() => t.destroy());

  const collect = (c: Client, body: Record<string, unknown>) =>
    c.post('/api/specimens', {
      subjectId: subject.id,
      type: 'whole-blood-edta',
      quantity: '4',
      collectedAt: AT,
      ...body,
    });

  it('follows a blood sample from the arm to the biobank freezer, with the whole chain of custody', async () => {
    const blood = await collect(coordA, { temperatureC: '22' });
    expect(blood.statusCode).toBe(201);
    const b = blood.json();
    expect(b).toMatchObject({
      label: 'BJ01-S00001',
      state: 'collected',
      unit: 'mL',
      remainingQuantity: '4',
    });

    const spun = await coordA.post(`/api/specimens/${b.id}/processing`, {
      step: 'centrifugation',
      startedAt: '2026-03-02T07:20:00Z',
      endedAt: '2026-03-02T07:30:00Z',
      parameters: { g: 2000, minutes: 10, temperatureC: 4 },
    });
    expect(spun.statusCode).toBe(201);
    expect(spun.json().state).toBe('processed');

    const plasma = await coordA.post(`/api/specimens/${b.id}/aliquots`, {
      type: 'plasma',
      count: 3,
      quantityEach: '0.5',
      startedAt: '2026-03-02T07:31:00Z',
      endedAt: '2026-03-02T07:40:00Z',
      consumeParent: true,
    });
    expect(plasma.statusCode).toBe(201);
    const kids = plasma.json() as Array<{ id: string; label: string; state: string }>;
    expect(kids.map((k) => k.label)).toEqual([
      'BJ01-S00001-A01',
      'BJ01-S00001-A02',
      'BJ01-S00001-A03',
    ]);
    expect(kids.every((k) => k.state === 'processed')).toBe(true);
    const parent = (await coordA.get(`/api/specimens/${b.id}`)).json();
    expect(parent).toMatchObject({ state: 'consumed', remainingQuantity: '0' });
    expect(parent.aliquots).toHaveLength(3);

    // a use lowers the remaining quantity exactly
    const used = await coordA.post(`/api/specimens/${kids[2]!.id}/uses`, {
      quantity: '0.2',
      purpose: 'genetic-testing',
    });
    expect(used.json().remainingQuantity).toBe('0.3');
    expect(
      (
        await coordA.post(`/api/specimens/${kids[2]!.id}/uses`, {
          quantity: '0.4',
          purpose: 'protocol-test',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await coordA.post(`/api/specimens/${kids[2]!.id}/uses`, {
          quantity: '0.3',
          purpose: 'protocol-test',
        })
      ).json().state,
    ).toBe('consumed');

    const kept = await coordA.post(`/api/specimens/${kids[0]!.id}/custody`, {
      action: 'store-at-site',
      temperatureC: '-80',
    });
    expect(kept.json().state).toBe('stored-at-site');

    const ship = await coordA.post('/api/shipments', {
      toSiteId: t.sites.biobank.id,
      specimenIds: [kids[0]!.id, kids[1]!.id],
      shippingCondition: 'dry-ice',
      courier: 'World Courier',
      temperatureC: '-70',
    });
    expect(ship.statusCode).toBe(201);
    const shipment = ship.json();
    expect(shipment.items.map((i: { label: string }) => i.label)).toEqual([
      'BJ01-S00001-A01',
      'BJ01-S00001-A02',
    ]);

    // the site no longer holds them; the biobank sees them on their way
    expect(
      (
        await coordA.post(`/api/specimens/${kids[0]!.id}/custody`, {
          action: 'destroy',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await tech.get(`/api/specimens?state=shipped`)).json()).toHaveLength(2);
    // in transit: nothing but receipt
    const early = await tech.post(`/api/specimens/${kids[0]!.id}/custody`, {
      action: 'destroy',
      reason: 'x',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().rule).toBe('custody-impossible-transition');

    const receipt = await tech.post(`/api/shipments/${shipment.id}/receipt`, {
      temperatureC: '-65',
      items: [
        { label: 'bj01-s00001-a01', integrity: 'intact' },
        { label: 'BJ01-S00001-A02', integrity: 'intact' },
      ],
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.json()).toMatchObject({
      status: 'received',
      counts: { received: 2, damaged: 0, missing: 0, unexpected: 0 },
    });

    const stored = await tech.post(`/api/specimens/${kids[0]!.id}/storage`, {
      boxId,
      position: 'a1',
      temperatureC: '-80',
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({
      state: 'stored',
      location: {
        boxCode: 'CAMS-F01-R01-B001',
        position: 'A1',
        freezer: 'F01 (-80 °C)',
        rack: 'R01',
      },
    });

    // storage collision: A1 is taken — refused, naming the occupant; nothing written
    const clash = await tech.post(`/api/specimens/${kids[1]!.id}/storage`, {
      boxId,
      position: 'A1',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({
      rule: 'storage-position-occupied',
      detail: expect.stringContaining('BJ01-S00001-A01'),
    });
    expect((await tech.get(`/api/specimens/${kids[1]!.id}`)).json()).toMatchObject({
      state: 'received-at-biobank',
      location: null,
    });
    const outside = await tech.post(`/api/specimens/${kids[1]!.id}/storage`, {
      boxId,
      position: 'J1',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({
      path: 'body.position',
      rule: 'position-outside-box',
    });
    expect(
      (await tech.post(`/api/specimens/${kids[1]!.id}/storage`, { boxId, position: 'I9' }))
        .statusCode,
    ).toBe(200);
    // relocation frees the old position
    expect(
      (await tech.post(`/api/specimens/${kids[0]!.id}/storage`, { boxId, position: 'B2' })).json()
        .location.position,
    ).toBe('B2');
    const grid = (await tech.get(`/api/storage/boxes/${boxId}`)).json();
    expect(grid).toMatchObject({ rows: 9, columns: 9, occupied: 2, free: 79 });
    expect(
      grid.positions.find((p: { position: string }) => p.position === 'A1').specimen,
    ).toBeNull();

    const byLabel = (await monitor.get('/api/specimens/by-label/BJ01-S00001-A01')).json();
    expect(
      byLabel.custody.map((e: { action: string; where: string }) => `${e.action}@${e.where}`),
    ).toEqual([
      'aliquot@BJ01',
      'store-at-site@BJ01',
      'ship@BJ01',
      'receive@CAMS',
      'store@CAMS',
      'relocate@CAMS',
    ]);
    expect(byLabel.custody[2]).toMatchObject({
      by: 'Dr coord-a',
      temperatureC: '-70',
      shipmentId: shipment.id,
    });
    expect(byLabel.custody[3]).toMatchObject({
      by: 'Dr tech',
      integrity: 'intact',
      temperatureC: '-65',
    });
    const parentCustody = (await coordA.get(`/api/specimens/${b.id}`))
      .json()
      .custody.map((e: { action: string }) => e.action);
    expect(parentCustody).toEqual(['collect', 'process', 'consume']);

    // distribution for research under the biobank consent
    const out = await tech.post(`/api/specimens/${kids[1]!.id}/custody`, {
      action: 'distribute',
      recipient: 'MEN1 research lab',
      purpose: 'research',
    });
    expect(out.json()).toMatchObject({
      state: 'distributed',
      location: null,
      remainingQuantity: '0',
    });
    const again = await tech.post(`/api/specimens/${kids[1]!.id}/custody`, {
      action: 'destroy',
      reason: 'x',
    });
    expect(again.json().rule).toBe('custody-terminal-state');

    // every custody step is in the audit trail with who and where
    const audit = await t.store.db
      .selectFrom('audit_events')
      .select(['action', 'actor_name'])
      .where('entity_id', '=', kids[0]!.id)
      .where('action', 'like', 'custody-%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'custody-store-at-site',
      'custody-ship',
      'custody-receive',
      'custody-store',
      'custody-relocate',
    ]);
  });

  it('reconciles a shipment with missing, damaged and unexpected specimens and raises queries', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await collect(coordA, {
        type: 'serum',
        quantity: '1',
        label: `BJ01-SER-00${i + 1}`,
      });
      ids.push(r.json().id);
    }
    const stray = (
      await collect(coordA, { type: 'serum', quantity: '1', label: 'BJ01-SER-009' })
    ).json();
    const ship = (
      await coordA.post('/api/shipments', {
        toSiteId: t.sites.biobank.id,
        specimenIds: ids,
        shippingCondition: 'dry-ice',
      })
    ).json();
    const r = await tech.post(`/api/shipments/${ship.id}/receipt`, {
      items: [
        { label: 'BJ01-SER-001', integrity: 'intact' },
        { label: 'BJ01-SER-002', integrity: 'damaged', note: 'tube cracked, thawed' },
        { label: 'BJ01-SER-009', integrity: 'intact' },
        { label: 'XX99-UNKNOWN', integrity: 'intact' },
      ],
    });
    expect(r.statusCode).toBe(200);
    const rec = r.json();
    expect(rec.status).toBe('received-with-discrepancies');
    expect(rec.counts).toEqual({ received: 1, damaged: 1, missing: 1, unexpected: 2 });
    const outcome = Object.fromEntries(
      rec.items.map((i: { label: string; outcome: string }) => [i.label, i.outcome]),
    );
    expect(outcome).toEqual({
      'BJ01-SER-001': 'received',
      'BJ01-SER-002': 'damaged',
      'BJ01-SER-003': 'missing',
      'BJ01-SER-009': 'unexpected',
      'XX99-UNKNOWN': 'unexpected',
    });
    expect((await tech.get(`/api/specimens/${ids[1]}`)).json()).toMatchObject({
      state: 'received-at-biobank',
      integrity: 'damaged',
    });
    expect((await coordA.get(`/api/specimens/${ids[2]}`)).json().state).toBe('shipped');
    expect((await coordA.get(`/api/specimens/${stray.id}`)).json().state).toBe('collected');
    const queries = await t.store.db
      .selectFrom('data_queries')
      .select(['rule', 'site_id', 'entity_id', 'status'])
      .where('rule', 'like', 'specimen-%')
      .execute();
    expect(queries.map((q) => q.rule).sort()).toEqual([
      'specimen-damaged-at-receipt',
      'specimen-missing-at-receipt',
      'specimen-unexpected-at-receipt',
      'specimen-unexpected-at-receipt',
    ]);
    expect(queries.every((q) => q.site_id === t.sites.a.id && q.status === 'open')).toBe(true);
    // the site sees the discrepancy queries in its usual list
    const siteQueries = (await coordA.get('/api/queries')).json();
    expect(JSON.stringify(siteQueries)).toContain('did not arrive');
    // a receipt is recorded once
    expect((await tech.post(`/api/shipments/${ship.id}/receipt`, { items: [] })).json().rule).toBe(
      'shipment-already-received',
    );
    // only the destination biobank receives
    const ship2 = (
      await coordA.post('/api/shipments', {
        toSiteId: t.sites.biobank.id,
        specimenIds: [stray.id],
        shippingCondition: 'ambient',
      })
    ).json();
    expect(
      (await coordA.post(`/api/shipments/${ship2.id}/receipt`, { items: [] })).statusCode,
    ).toBe(403);
    const labels = await coordA.get(`/api/specimen-labels?shipmentId=${ship.id}`);
    expect(labels.headers['content-type']).toContain('text/html');
    expect(labels.body.match(/<svg /g)).toHaveLength(3);
    expect(labels.body).toContain('Code 128 barcode BJ01-SER-003');
    // collected 07:00 UTC at a site in Asia/Shanghai: the label shows the site's 15:00
    expect(labels.body).toContain('2026-03-02 15:00');
    expect(labels.body).not.toContain('2026-03-02 07:00');
  });

  it('keeps each site to its own specimens', async () => {
    const s = (await collect(coordA, { label: 'BJ01-ISO-001' })).json();
    expect((await coordB.get(`/api/specimens/${s.id}`)).statusCode).toBe(404);
    expect((await coordB.get('/api/specimens/by-label/BJ01-ISO-001')).statusCode).toBe(404);
    expect((await coordB.get('/api/specimens')).json()).toEqual([]);
    expect(
      (await coordB.post(`/api/specimens/${s.id}/custody`, { action: 'destroy', reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await coordB.post('/api/specimens', {
          subjectId: subject.id,
          type: 'serum',
          quantity: '1',
          collectedAt: AT,
        })
      ).statusCode,
    ).toBe(404);
    expect((await tech.get(`/api/specimens/${s.id}`)).statusCode).toBe(404);
    expect((await monitor.get(`/api/specimens/${s.id}`)).statusCode).toBe(200);
  });

  it('answers bad input with 400 naming each field, and writes nothing', async () => {
    const before = await t.store.db
      .selectFrom('specimens')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const r = await coordA.post('/api/specimens', {
      subjectId: subject.id,
      type: 'blood',
      quantity: '1',
      collectedAt: 'yesterday',
    });
    expect(r.statusCode).toBe(400);
    expect(
      r
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.collectedAt', 'body.type']);
    const slides = await collect(coordA, { type: 'unstained-slides', quantity: '2.5' });
    expect(slides.json().errors[0]).toMatchObject({ path: 'body.quantity', rule: 'whole-units' });
    const future = await collect(coordA, { collectedAt: '2026-03-03T07:00:00Z' });
    expect(future.json().errors[0]).toMatchObject({
      path: 'body.collectedAt',
      rule: 'not-in-future',
    });
    const label = await collect(coordA, { label: 'bad label' });
    expect(label.json().errors[0]).toMatchObject({ path: 'body.label', rule: 'label-format' });
    const dupLabel = await collect(coordA, { label: 'BJ01-S00001' });
    expect(dupLabel.json().rule).toBe('label-unique');
    const after = await t.store.db
      .selectFrom('specimens')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  describe('consent enforcement', () => {
    it('no collection without main consent; no shipping or storage without biobank consent', async () => {
      const none = await screenedSubject(t, 'a', 'SCR-NOC', []);
      const r = await coordA.post('/api/specimens', {
        subjectId: none.id,
        type: 'serum',
        quantity: '1',
        collectedAt: AT,
      });
      expect(r.statusCode).toBe(409);
      expect(r.json().rule).toBe('consent-collection');

      const mainOnly = await screenedSubject(t, 'a', 'SCR-MAIN', [{ kind: 'main' }]);
      const s = (
        await coordA.post('/api/specimens', {
          subjectId: mainOnly.id,
          type: 'ffpe-block',
          quantity: '1',
          collectedAt: AT,
        })
      ).json();
      const ship = await coordA.post('/api/shipments', {
        toSiteId: t.sites.biobank.id,
        specimenIds: [s.id],
        shippingCondition: 'ambient',
      });
      expect(ship.statusCode).toBe(409);
      expect(ship.json()).toMatchObject({
        rule: 'consent-storage',
        detail: expect.stringContaining('no biobank storage consent'),
      });
      expect((await coordA.get(`/api/specimens/${s.id}`)).json().state).toBe('collected');
      expect(
        (await coordA.get('/api/shipments'))
          .json()
          .some((x: { items: Array<{ specimenId: string }> }) =>
            x.items.some((i) => i.specimenId === s.id),
          ),
      ).toBe(false);
      // genetic testing needs its own consent
      const g = await coordA.post(`/api/specimens/${s.id}/uses`, {
        quantity: '1',
        purpose: 'genetic-testing',
      });
      expect(g.json().rule).toBe('consent-genetic-testing');
    });

    it('withdrawal of biobank consent: storage and research distribution refused, destruction-or-return tasks listed until done', async () => {
      const subj = await screenedSubject(t, 'a', 'SCR-WD');
      const mk = async (label: string) =>
        (
          await coordA.post('/api/specimens', {
            subjectId: subj.id,
            type: 'plasma',
            quantity: '1',
            collectedAt: AT,
            label,
          })
        ).json().id as string;
      const [x, y, z] = [await mk('BJ01-WD-001'), await mk('BJ01-WD-002'), await mk('BJ01-WD-003')];
      const ship = (
        await coordA.post('/api/shipments', {
          toSiteId: t.sites.biobank.id,
          specimenIds: [x, y],
          shippingCondition: 'dry-ice',
        })
      ).json();
      await tech.post(`/api/shipments/${ship.id}/receipt`, {
        items: [
          { label: 'BJ01-WD-001', integrity: 'intact' },
          { label: 'BJ01-WD-002', integrity: 'intact' },
        ],
      });
      expect(
        (await tech.post(`/api/specimens/${x}/storage`, { boxId, position: 'C3' })).statusCode,
      ).toBe(200);
      expect((await tech.get('/api/specimen-withdrawal-tasks')).json()).toEqual([]);

      await withdraw(t, subj.id, 'biobank-storage', '2026-03-02');
      const stored = await tech.post(`/api/specimens/${y}/storage`, { boxId, position: 'C4' });
      expect(stored.json()).toMatchObject({
        rule: 'consent-storage',
        detail: expect.stringContaining('withdrawn on 2026-03-02'),
      });
      const research = await tech.post(`/api/specimens/${x}/custody`, {
        action: 'distribute',
        recipient: 'lab',
        purpose: 'research',
      });
      expect(research.json().rule).toBe('consent-distribution');

      const tasks = (await monitor.get('/api/specimen-withdrawal-tasks')).json();
      expect(tasks.map((k: { label: string; action: string }) => `${k.label} ${k.action}`)).toEqual(
        [
          'BJ01-WD-001 destroy-or-return',
          'BJ01-WD-002 destroy-or-return',
          'BJ01-WD-003 destroy-or-return',
        ],
      );
      expect(tasks[0].reasons[0]).toContain('withdrawn on 2026-03-02');
      // each holder sees its own part of the list
      expect(
        (await tech.get('/api/specimen-withdrawal-tasks'))
          .json()
          .map((k: { label: string }) => k.label),
      ).toEqual(['BJ01-WD-001', 'BJ01-WD-002']);

      expect(
        (await tech.post(`/api/specimens/${x}/custody`, { action: 'destroy' })).json().errors[0]
          .path,
      ).toBe('body.reason');
      expect(
        (
          await tech.post(`/api/specimens/${x}/custody`, {
            action: 'destroy',
            reason: 'biobank consent withdrawn',
          })
        ).json().state,
      ).toBe('destroyed');
      expect(
        (
          await tech.post(`/api/specimens/${y}/custody`, {
            action: 'distribute',
            recipient: 'BJ01 site',
            purpose: 'return',
          })
        ).json().state,
      ).toBe('distributed');
      expect(
        (
          await coordA.post(`/api/specimens/${z}/custody`, {
            action: 'destroy',
            reason: 'biobank consent withdrawn',
          })
        ).statusCode,
      ).toBe(200);
      expect((await monitor.get('/api/specimen-withdrawal-tasks')).json()).toEqual([]);
      // the position of the destroyed specimen is free again
      const grid = (await tech.get(`/api/storage/boxes/${boxId}`)).json();
      expect(
        grid.positions.find((p: { position: string }) => p.position === 'C3').specimen,
      ).toBeNull();
    });
  });
});
