/**
 * The independent radiology reviewer's least privilege (issue 9; src/server/routes/
 * subject-access.ts): the imaging view of a subject (codes, day 1, imaging visits with the
 * reads the caller may see — no demographics, labs or AEs), blinded to the site's reads and the
 * site's RECIST evaluation, and no casebook-wide integrity records (queries, signatures, SDV,
 * locks). Investigators see both readers. Both databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

describeEachDialect('radiology reviewer: imaging view and blinded reads', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let rr: Client;
  let id: string;
  let base: string;
  let screeningVisit: string;
  let evalVisit: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    rr = await t.user('rad', [{ role: 'radiology-reviewer', site: 'a' }]);
    const s = await screenSubject(coord, { siteId: t.sites.a.id, screeningNumber: 'RR-001' });
    id = s.id;
    base = `/api/subjects/${id}`;
    screeningVisit = s.visitId;
    await ok(coord.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    evalVisit = (
      await ok(coord.post(`${base}/visits`, { kind: 'tumour-evaluation', date: '2025-10-27' }))
    ).id;
    await ok(coord.post(`${base}/visits`, { kind: 'cycle-day-1', date: '2025-09-01', cycle: 1 }));
    // site read: 25 → 17.5 mm (−30 %), investigator PR
    await ok(
      inv.put(`${base}/visits/${evalVisit}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: 17.5 }],
        investigatorResponse: 'PR',
      }),
    );
    // independent read of the same scans: its own target, 30 → 24 mm (−20 %), reviewer SD
    await ok(
      rr.put(`${base}/visits/${screeningVisit}/tumour-assessment`, {
        reader: 'independent',
        lesions: [{ id: 'R1', kind: 'target', organ: 'pancreas', nodal: false, diameterMm: 30 }],
      }),
    );
    await ok(
      rr.put(`${base}/visits/${evalVisit}/tumour-assessment`, {
        reader: 'independent',
        lesions: [{ id: 'R1', diameterMm: 24 }],
        investigatorResponse: 'SD',
      }),
    );
  });
  afterAll(() => t.destroy());

  it('gives the reviewer the imaging view: imaging visits and own reads, nothing clinical', async () => {
    const v = await ok(rr.get(`${base}/imaging`));
    expect(Object.keys(v).sort()).toEqual([
      'enrollmentDate',
      'id',
      'readers',
      'screeningNumber',
      'siteId',
      'subjectCode',
      'visits',
    ]);
    expect(v.enrollmentDate).toBe('2025-09-01');
    expect(v.readers).toEqual(['independent']);
    // screening and tumour evaluation carry CT imaging; the cycle-day-1 visit does not
    expect(v.visits.map((x: { kind: string; visitDate: string }) => [x.kind, x.visitDate])).toEqual(
      [
        ['screening', '2025-08-15'],
        ['tumour-evaluation', '2025-10-27'],
      ],
    );
    expect(v.visits[1].reads).toEqual([
      expect.objectContaining({ reader: 'independent', investigatorResponse: 'SD' }),
    ]);
    expect(JSON.stringify(v)).not.toMatch(/birthDate|sex|ALT|timeline|demographics/);
  });

  it("blinds the reviewer to the site's reads and the site's RECIST evaluation", async () => {
    const ta = await ok(rr.get(`${base}/tumour-assessments`));
    expect(ta.assessments.map((a: { reader: string }) => a.reader)).toEqual([
      'independent',
      'independent',
    ]);
    const site = await rr.get(`${base}/recist?reader=site`);
    expect(site.statusCode).toBe(403);
    expect(site.json().rule).toBe('blinded-reader');
    expect((await rr.get(`${base}/recist`)).statusCode).toBe(403);
    // the reviewer's own evaluation: −20 % is SD by RECIST 1.1 (PR needs ≤ −30 %)
    const own = await ok(rr.get(`${base}/recist?reader=independent`));
    expect(own.timepoints).toEqual([
      expect.objectContaining({ date: '2025-10-27', overall: 'SD', investigatorResponse: 'SD' }),
    ]);
    expect((await rr.get(base)).statusCode).toBe(403);
  });

  it('refuses the reviewer the casebook-wide integrity records (queries, signatures, SDV, locks)', async () => {
    for (const path of [
      '/api/queries',
      '/api/queries/counts',
      `/api/queries?subjectId=${id}`,
      `${base}/signatures`,
      `${base}/sdv`,
      '/api/locks',
    ])
      expect((await rr.get(path)).statusCode, path).toBe(403);
  });

  it('shows the investigator both reads and both evaluations side by side', async () => {
    const v = await ok(inv.get(`${base}/imaging`));
    expect(v.readers).toEqual(['site', 'independent']);
    expect(
      v.visits[1].reads.map((r: { reader: string; investigatorResponse: string }) => [
        r.reader,
        r.investigatorResponse,
      ]),
    ).toEqual([
      ['site', 'PR'],
      ['independent', 'SD'],
    ]);
    const site = await ok(inv.get(`${base}/recist?reader=site`));
    const independent = await ok(inv.get(`${base}/recist?reader=independent`));
    expect(site.timepoints[0]).toMatchObject({ overall: 'PR', changeFromBaselinePct: -30 });
    expect(independent.timepoints[0]).toMatchObject({ overall: 'SD', changeFromBaselinePct: -20 });
  });

  it("hides another site's subject from a reviewer there (404)", async () => {
    const other = await t.user('rad-b', [{ role: 'radiology-reviewer', site: 'b' }]);
    expect((await other.get(`${base}/imaging`)).statusCode).toBe(404);
    expect(await ok(other.get('/api/subjects'))).toEqual([]);
  });
});
