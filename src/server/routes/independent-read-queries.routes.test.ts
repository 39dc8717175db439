/**
 * The radiology reviewer sees and answers the queries raised on their independent reads, and
 * nothing else of the casebook's queries (issue 9; independent-read-queries.routes.ts): the
 * reviewer's PR against the engine's SD raises a recist-disagreement query on the independent
 * read; the site's own disagreement query on the site read stays hidden; the reviewer answers
 * (open → answered), may not answer twice nor answer the site's query; the data manager closes
 * as before. Both databases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

interface Q {
  id: string;
  entityId: string;
  rule: string;
  status: string;
  answeredBy: string;
  text: string;
  messages: Array<{ kind: string; author: string; text: string }>;
}

describeEachDialect('independent-read queries for the radiology reviewer', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let inv: Client;
  let dm: Client;
  let rr: Client;
  let base: string;
  let id: string;
  let independentRead: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    inv = await t.user('inv', [{ role: 'investigator', site: 'a' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
    rr = await t.user('rad', [{ role: 'radiology-reviewer', site: 'a' }]);
    const s = await screenSubject(coord, { siteId: t.sites.a.id, screeningNumber: 'IQ-001' });
    id = s.id;
    base = `/api/subjects/${id}`;
    await ok(coord.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    const evalVisit = (
      await ok(coord.post(`${base}/visits`, { kind: 'tumour-evaluation', date: '2025-10-27' }))
    ).id;
    // site read 25 → 17.5 mm (−30 %, engine PR), investigator SD: a site disagreement query
    await ok(
      inv.put(`${base}/visits/${evalVisit}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: 17.5 }],
        investigatorResponse: 'SD',
      }),
    );
    await ok(
      rr.put(`${base}/visits/${s.visitId}/tumour-assessment`, {
        reader: 'independent',
        lesions: [{ id: 'R1', kind: 'target', organ: 'pancreas', nodal: false, diameterMm: 30 }],
      }),
    );
    // independent read 30 → 24 mm (−20 %, engine SD), reviewer PR: a query on this read
    const saved = await ok(
      rr.put(`${base}/visits/${evalVisit}/tumour-assessment`, {
        reader: 'independent',
        lesions: [{ id: 'R1', diameterMm: 24 }],
        investigatorResponse: 'PR',
      }),
    );
    independentRead = saved.id;
  });
  afterAll(() => t.destroy());

  it("lists the queries on the reviewer's independent reads only", async () => {
    const all: Q[] = await ok(dm.get(`/api/queries?subjectId=${id}`));
    expect(all.map((q) => q.rule)).toEqual(['recist-disagreement', 'recist-disagreement']);
    const mine: Q[] = await ok(rr.get(`${base}/independent-read-queries`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ entityId: independentRead, status: 'open' });
    expect(mine[0]!.text).toMatch(/^independent reviewer's response PR on 2025-10-27/);
    // the rule's values are kept, so a screen can say the query in the reader's language
    expect(mine[0]).toMatchObject({
      rule: 'recist-disagreement',
      params: { date: '2025-10-27', investigator: 'PR', engine: 'SD' },
    });
    // blinded: nothing of the site's read or the investigator's response
    expect(JSON.stringify(mine)).not.toMatch(/investigator's response|17\.5/);
  });

  it('lets the reviewer answer an open query once; closing stays with the data manager', async () => {
    const [q] = (await ok(rr.get(`${base}/independent-read-queries`))) as Q[];
    const path = `/api/independent-read-queries/${q!.id}/answer`;
    const empty = await rr.post(path, { text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('body.text');
    const answered = await ok(rr.post(path, { text: 'Re-measured: the lesion is 24 mm; SD' }));
    expect(answered.status).toBe('answered');
    const again = await rr.post(path, { text: 'once more' });
    expect(again.statusCode).toBe(409);
    expect(again.json().rule).toBe('query-workflow');
    expect((await rr.post(`/api/queries/${q!.id}/close`, { text: 'x' })).statusCode).toBe(403);
    await ok(dm.post(`/api/queries/${q!.id}/close`, { text: 'Accepted' }));
    const [after] = (await ok(rr.get(`${base}/independent-read-queries`))) as Q[];
    expect(after!.status).toBe('closed');
    expect(after!.messages.map((m) => m.kind)).toEqual(['raise', 'answer', 'close']);
  });

  it('keeps the site team from answering a query on an independent read (blinding)', async () => {
    const all: Q[] = await ok(dm.get(`/api/queries?subjectId=${id}`));
    const onRead = all.find((q) => q.entityId === independentRead)!;
    const onSite = all.find((q) => q.entityId !== independentRead)!;
    // the list says who answers each, so the site's screens offer no answer form on the reader's
    expect(all.map((q) => [q.entityId === independentRead, q.answeredBy])).toEqual(
      expect.arrayContaining([
        [true, 'radiology-reviewer'],
        [false, 'site'],
      ]),
    );
    for (const c of [coord, inv]) {
      const res = await c.post(`/api/queries/${onRead.id}/answer`, { text: 'the site says PR' });
      expect(res.statusCode).toBe(403);
      expect(res.json().rule).toBe('independent-read-query-for-reviewer');
    }
    const [q] = (await ok(rr.get(`${base}/independent-read-queries`))) as Q[];
    expect(JSON.stringify(q)).not.toMatch(/the site says/);
    // the site's own query stays the site's to answer
    expect(
      (await ok(inv.post(`/api/queries/${onSite.id}/answer`, { text: 'SD kept' }))).status,
    ).toBe('answered');
  });

  it("refuses the site's query and other sites' reviewers (404)", async () => {
    const all: Q[] = await ok(dm.get(`/api/queries?subjectId=${id}`));
    const site = all.find((q) => q.entityId !== independentRead)!;
    const res = await rr.post(`/api/independent-read-queries/${site.id}/answer`, { text: 'x' });
    expect(res.statusCode).toBe(404);
    const other = await t.user('rad-b', [{ role: 'radiology-reviewer', site: 'b' }]);
    expect((await other.get(`${base}/independent-read-queries`)).statusCode).toBe(404);
    const [q] = (await ok(rr.get(`${base}/independent-read-queries`))) as Q[];
    const foreign = await other.post(`/api/independent-read-queries/${q!.id}/answer`, {
      text: 'x',
    });
    expect(foreign.statusCode).toBe(404);
  });
});
