import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { screenedSubject } from './specimen-test-fixtures.ts';

const HEADER =
  'label,subject,source_site,type,quantity,collected_at,integrity,temperature_c,box,position,notes';

describeEachDialect('CSV import of specimens received at the biobank', (dialect) => {
  let t: TestApp;
  let tech: Client;
  let coord: Client;
  let boxId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    tech = await t.user('tech', [{ role: 'biobank-technician', site: 'biobank' }]);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    await screenedSubject(t, 'a', 'SCR-I01');
    await screenedSubject(t, 'a', 'SCR-I02', [{ kind: 'main' }]);
    await screenedSubject(t, 'b', 'SCR-I03');
    boxId = (
      await tech.post('/api/storage/boxes', {
        siteId: t.sites.biobank.id,
        code: 'B-IMP',
        freezer: 'F02',
        rack: 'R1',
      })
    ).json().id;
  });
  afterAll(() => t.destroy());

  const count = async () =>
    Number(
      (
        await t.store.db
          .selectFrom('specimens')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const importCsv = (csv: string) =>
    tech.post('/api/specimen-imports', { siteId: t.sites.biobank.id, csv });

  it('a file with one bad row imports nothing and lists every row error against the database', async () => {
    const r = await importCsv(
      `${HEADER}\n` +
        'BJ01-IMP-001,SCR-I01,BJ01,ffpe-block,1,2026-02-25T09:00:00+08:00,intact,,B-IMP,A1,archival block\n' +
        'BJ01-IMP-002,SCR-I02,BJ01,plasma,1.0,2026-02-25T09:00:00+08:00,intact,-80,B-IMP,A2,\n' +
        'BJ01-IMP-003,SCR-I03,BJ01,plasma,1.0,2026-02-25T09:00:00+08:00,intact,-80,,,\n' +
        'BJ01-IMP-004,SCR-NONE,BJ01,plasma,1.0,2026-02-25T09:00:00+08:00,intact,-80,NO-BOX,A1,\n',
    );
    expect(r.statusCode).toBe(400);
    expect(
      r.json().errors.map((e: { path: string; rule: string }) => `${e.path} ${e.rule}`),
    ).toEqual([
      'csv.line3.box consent-storage',
      'csv.line4.subject subject-of-site',
      'csv.line5.subject subject-not-found',
      'csv.line5.box box-not-found',
    ]);
    expect(await count()).toBe(0);
  });

  it('a form error anywhere also imports nothing', async () => {
    const r = await importCsv(
      `${HEADER}\nBJ01-IMP-001,SCR-I01,BJ01,ffpe-block,1,2026-02-25T09:00:00+08:00,intact,,B-IMP,A1,\nBJ01-IMP-001,SCR-I01,BJ01,ffpe-block,1.5,2026-02-25,intact,,,,\n`,
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'csv.line3.label',
      'csv.line3.quantity',
      'csv.line3.collected_at',
    ]);
    expect(await count()).toBe(0);
  });

  it('a good file imports every row: received, and stored where a position is given', async () => {
    const r = await importCsv(
      `${HEADER}\n` +
        'BJ01-IMP-001,SCR-I01,BJ01,ffpe-block,1,2026-02-25T09:00:00+08:00,intact,,B-IMP,A1,archival block\n' +
        'BJ01-IMP-002,SCR-I01,BJ01,unstained-slides,10,2026-02-25T09:00:00+08:00,damaged,,,,"two slides chipped, usable"\n',
    );
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ imported: 2, labels: ['BJ01-IMP-001', 'BJ01-IMP-002'] });
    const block = (await tech.get('/api/specimens/by-label/BJ01-IMP-001')).json();
    expect(block).toMatchObject({ state: 'stored', location: { position: 'A1', boxId } });
    expect(block.custody.map((e: { action: string }) => e.action)).toEqual([
      'collect',
      'receive',
      'store',
    ]);
    const slides = (await coord.get('/api/specimens/by-label/BJ01-IMP-002')).json();
    expect(slides).toMatchObject({
      state: 'received-at-biobank',
      integrity: 'damaged',
      notes: 'two slides chipped, usable',
    });
  });

  it('importing again collides with labels and positions already taken', async () => {
    const r = await importCsv(
      `${HEADER}\nBJ01-IMP-001,SCR-I01,BJ01,ffpe-block,1,2026-02-25T09:00:00+08:00,intact,,,,\nBJ01-IMP-009,SCR-I01,BJ01,ffpe-block,1,2026-02-25T09:00:00+08:00,intact,,B-IMP,a1,\n`,
    );
    expect(
      r.json().errors.map((e: { path: string; rule: string }) => `${e.path} ${e.rule}`),
    ).toEqual(['csv.line2.label label-unique', 'csv.line3.position storage-position-occupied']);
    expect(await count()).toBe(2);
  });

  it('only a biobank technician of that biobank imports', async () => {
    expect(
      (await coord.post('/api/specimen-imports', { siteId: t.sites.biobank.id, csv: HEADER }))
        .statusCode,
    ).toBe(403);
    const elsewhere = await tech.post('/api/specimen-imports', {
      siteId: t.sites.a.id,
      csv: HEADER,
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});
