/**
 * Edit checks on subject writes, through the API on both databases: query-level date findings
 * become open edit-check data queries (once per rule and record), the investigator's own RECIST
 * response beside the engine's (disagreement raised as a query, visible per time point), the
 * genetic-testing consent for a MEN1 result entered on the subject, and the age rule from a
 * partial birth date at enrolment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

interface Query {
  id: string;
  rule: string | null;
  origin: string;
  status: string;
  entityType: string | null;
  entityId: string | null;
  field: string | null;
  text: string;
}

describeEachDialect('subject edit checks through the API', (dialect) => {
  let t: TestApp;
  let c: Client;
  let dm: Client;
  const queries = async (subjectId: string, rule?: string): Promise<Query[]> =>
    ((await ok(dm.get(`/api/queries?subjectId=${subjectId}`))) as Query[]).filter(
      (q) => !rule || q.rule === rule,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    dm = await t.user('dm', [{ role: 'data-manager', site: 'a' }]);
  });
  afterAll(() => t.destroy());

  describe('query-level date findings become data queries', () => {
    let id: string;
    let base: string;
    beforeAll(async () => {
      id = (await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'EC-001' })).id;
      base = `/api/subjects/${id}`;
      await ok(c.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    });

    it('a new anticancer therapy during treatment is accepted with a warning and an open edit-check query on the disposition field', async () => {
      expect(await queries(id)).toEqual([]);
      const d = await ok(
        c.post(`${base}/disposition`, {
          newAnticancerTherapyDate: '2025-12-01',
          newAnticancerTherapy: 'everolimus',
        }),
      );
      expect(d.warnings).toEqual([
        expect.objectContaining({
          rule: 'new-therapy-during-treatment',
          path: 'body.newAnticancerTherapyDate',
        }),
      ]);
      const q = await queries(id);
      expect(q).toHaveLength(1);
      expect(q[0]).toMatchObject({
        rule: 'new-therapy-during-treatment',
        origin: 'edit-check',
        status: 'open',
        entityType: 'disposition',
        entityId: d.id,
        field: 'newAnticancerTherapyDate',
      });
      expect(q[0]?.text).toContain('new anticancer therapy on 2025-12-01 while on study treatment');
      const counts = await ok(dm.get('/api/queries/counts'));
      expect(counts.bySubject).toContainEqual({ subjectId: id, siteId: t.sites.a.id, open: 1 });
    });

    it('saving the finding again (a new date, same rule and record) does not raise a duplicate', async () => {
      const dispId = (await ok(c.get(base))).disposition.id;
      const again = await ok(
        c.patch(`${base}/disposition/${dispId}`, {
          newAnticancerTherapyDate: '2025-12-02',
          reason: 'date corrected from the oncology letter',
        }),
      );
      expect(again.warnings.map((w: { rule: string }) => w.rule)).toEqual([
        'new-therapy-during-treatment',
      ]);
      expect(await queries(id, 'new-therapy-during-treatment')).toHaveLength(1);
    });

    it('a finding about something missing is raised on the subject; a refused write raises nothing', async () => {
      const before = (await queries(id)).length;
      // treatment ended for progression, but no scan shows progression: no progression date
      const end = await ok(
        c.post(`${base}/treatment-end`, { lastDoseDate: '2025-12-05', endReason: 'progression' }),
      );
      expect(end.warnings.map((w: { rule: string }) => w.rule)).toContain(
        'treatment-ended-for-progression-without-date',
      );
      const q = await queries(id, 'treatment-ended-for-progression-without-date');
      expect(q).toEqual([
        expect.objectContaining({ entityType: 'subject', entityId: id, field: 'progressionDate' }),
      ]);
      const refused = await c.post(`${base}/dispensations`, {
        cycle: 4,
        dispensedDate: '2025-12-10',
        tabletsDispensed: 56,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].rule).toBe('dose-after-end-of-treatment');
      expect((await queries(id)).length).toBe(before + 1);
    });
  });

  describe("the investigator's own RECIST response", () => {
    let id: string;
    let base: string;
    const visit = async (date: string) =>
      (await ok(c.post(`${base}/visits`, { kind: 'tumour-evaluation', date }))).id as string;
    beforeAll(async () => {
      id = (await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'EC-002' })).id;
      base = `/api/subjects/${id}`;
      await ok(c.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
    });

    it('agrees: PR at −32 % (25 → 17 mm) recorded as PR raises nothing', async () => {
      const v = await visit('2025-10-27');
      const r = await ok(
        c.put(`${base}/visits/${v}/tumour-assessment`, {
          lesions: [{ id: 'T1', diameterMm: 17 }],
          investigatorResponse: 'PR',
        }),
      );
      expect(r).toMatchObject({ investigatorResponse: 'PR', warnings: [] });
      expect(await queries(id, 'recist-disagreement')).toEqual([]);
    });

    it('disagrees: SD by the engine at −28 % (25 → 18 mm) recorded as PR raises a recist-disagreement query naming both', async () => {
      const v = await visit('2025-12-22');
      const r = await ok(
        c.put(`${base}/visits/${v}/tumour-assessment`, {
          lesions: [{ id: 'T1', diameterMm: 18 }],
          investigatorResponse: 'PR',
        }),
      );
      expect(r.warnings).toEqual([
        expect.objectContaining({ path: 'body.investigatorResponse', rule: 'recist-disagreement' }),
      ]);
      const q = await queries(id, 'recist-disagreement');
      expect(q).toHaveLength(1);
      expect(q[0]).toMatchObject({
        origin: 'edit-check',
        status: 'open',
        entityType: 'tumour-assessment',
        entityId: r.id,
        field: 'investigatorResponse',
      });
      expect(q[0]?.text).toMatch(
        /^investigator's response PR on 2025-12-22 differs from the RECIST 1\.1 engine's SD \(.+\)/,
      );

      const recist = await ok(c.get(`${base}/recist`));
      expect(
        recist.timepoints.map((x: { date: string; overall: string }) => [
          x.date,
          x.overall,
          (x as unknown as { investigatorResponse: string }).investigatorResponse,
          (x as unknown as { agrees: boolean }).agrees,
        ]),
      ).toEqual([
        ['2025-10-27', 'PR', 'PR', true],
        ['2025-12-22', 'SD', 'PR', false],
      ]);
      expect(recist.disagreements).toBe(1);
      const stored = await ok(c.get(`${base}/tumour-assessments`));
      expect(
        stored.assessments
          .map((a: { date: string; investigatorResponse: string | null }) => [
            a.date,
            a.investigatorResponse,
          ])
          .sort(),
      ).toEqual([
        ['2025-08-15', null],
        ['2025-10-27', 'PR'],
        ['2025-12-22', 'PR'],
      ]);
    });

    it('re-saving the same disagreement (with a reason) does not raise a duplicate; re-measuring keeps the response', async () => {
      const v = (await ok(c.get(`${base}/tumour-assessments`))).assessments.find(
        (a: { date: string }) => a.date === '2025-12-22',
      ).visitId;
      const r = await ok(
        c.put(`${base}/visits/${v}/tumour-assessment`, {
          lesions: [{ id: 'T1', diameterMm: 18.5 }],
          reason: 'remeasured on the PACS',
        }),
      );
      expect(r.investigatorResponse).toBe('PR');
      expect(r.warnings.map((w: { rule: string }) => w.rule)).toEqual(['recist-disagreement']);
      expect(await queries(id, 'recist-disagreement')).toHaveLength(1);
    });

    it("the independent reviewer's response is compared with the engine over the independent reads", async () => {
      const rr = await t.user('rad', [{ role: 'radiology-reviewer', site: 'a' }]);
      const reads = (await ok(c.get(`${base}/tumour-assessments`))).assessments as Array<{
        date: string;
        visitId: string;
      }>;
      const at = (date: string) => reads.find((a) => a.date === date)?.visitId;
      await ok(
        rr.put(`${base}/visits/${at('2025-08-15')}/tumour-assessment`, {
          reader: 'independent',
          lesions: [{ id: 'R1', kind: 'target', organ: 'pancreas', nodal: false, diameterMm: 30 }],
        }),
      );
      // 30 → 21 mm is −30 %: PR by the engine; the reviewer wrote SD
      const r = await ok(
        rr.put(`${base}/visits/${at('2025-10-27')}/tumour-assessment`, {
          reader: 'independent',
          lesions: [{ id: 'R1', diameterMm: 21 }],
          investigatorResponse: 'SD',
        }),
      );
      expect(r.warnings[0].message).toMatch(
        /^independent reviewer's response SD on 2025-10-27 differs from the RECIST 1\.1 engine's PR/,
      );
      const q = (await queries(id, 'recist-disagreement')).filter((x) => x.entityId === r.id);
      expect(q).toHaveLength(1);
      const ind = await ok(c.get(`${base}/recist?reader=independent`));
      expect(ind.timepoints).toEqual([
        expect.objectContaining({
          date: '2025-10-27',
          overall: 'PR',
          investigatorResponse: 'SD',
          agrees: false,
        }),
      ]);
      // the site's evaluation is unchanged by the independent read
      expect((await ok(c.get(`${base}/recist`))).disagreements).toBe(1);
    });

    it('refuses an unknown response code naming the field, and writes nothing', async () => {
      const v = await visit('2026-02-16');
      const bad = await c.put(`${base}/visits/${v}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: 18 }],
        investigatorResponse: 'MR',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
        'body.investigatorResponse',
      ]);
      const site = (await ok(c.get(`${base}/tumour-assessments`))).assessments.filter(
        (a: { reader: string }) => a.reader === 'site',
      );
      expect(site).toHaveLength(3);
    });

    it("another site's coordinator cannot record a response (404)", async () => {
      const b = await t.user('coord-b', [{ role: 'coordinator', site: 'b' }]);
      const v = (await ok(c.get(`${base}/tumour-assessments`))).assessments.find(
        (a: { date: string }) => a.date === '2025-10-27',
      ).visitId;
      const r = await b.put(`${base}/visits/${v}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: 17 }],
        investigatorResponse: 'CR',
        reason: 'x',
      });
      expect(r.statusCode).toBe(404);
      expect((await b.get(`${base}/recist`)).statusCode).toBe(404);
    });
  });

  describe('genetic-testing consent for a MEN1 result entered on the subject', () => {
    const result = {
      sample: 'blood',
      origin: 'germline',
      hgvsC: 'NM_130799.2:c.1546dupC',
      classification: 'pathogenic',
      reportDate: '2025-08-12',
    };
    const count = async (subjectId: string) =>
      (
        await t.store.db
          .selectFrom('men1_results')
          .select('id')
          .where('subject_id', '=', subjectId)
          .execute()
      ).length;

    it('refuses without a genetic-testing consent, naming the consent rule; nothing written', async () => {
      const s = await ok(
        c.post('/api/subjects', { siteId: t.sites.a.id, screeningNumber: 'EC-003' }),
      );
      const base = `/api/subjects/${s.id}`;
      await ok(
        c.post(`${base}/consents`, { kind: 'main', version: '1.0', signedDate: '2025-08-01' }),
      );
      const r = await c.post(`${base}/men1-results`, result);
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ rule: 'consent-genetic-testing' });
      expect(r.json().detail).toContain('no genetic testing consent signed by 2025-08-12');
      expect(await count(s.id)).toBe(0);

      // signed after the report date: still refused; signed on the report date: accepted
      await ok(
        c.post(`${base}/consents`, {
          kind: 'genetic-testing',
          version: '1.0',
          signedDate: '2025-08-13',
        }),
      );
      expect((await c.post(`${base}/men1-results`, result)).statusCode).toBe(409);
      expect(await count(s.id)).toBe(0);
      await ok(c.post(`${base}/men1-results`, { ...result, reportDate: '2025-08-13' }));
      expect(await count(s.id)).toBe(1);
    });

    it('an edit moving the report date before the consent is refused too', async () => {
      const s = await ok(
        c.post('/api/subjects', { siteId: t.sites.a.id, screeningNumber: 'EC-004' }),
      );
      const base = `/api/subjects/${s.id}`;
      await ok(
        c.post(`${base}/consents`, { kind: 'main', version: '1.0', signedDate: '2025-08-01' }),
      );
      await ok(
        c.post(`${base}/consents`, {
          kind: 'genetic-testing',
          version: '1.0',
          signedDate: '2025-08-10',
        }),
      );
      const saved = await ok(c.post(`${base}/men1-results`, result));
      const edit = await c.patch(`${base}/men1-results/${saved.id}`, {
        reportDate: '2025-08-09',
        reason: 'report date misread',
      });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().rule).toBe('consent-genetic-testing');
      expect((await ok(c.get(base))).men1Results[0].reportDate).toBe('2025-08-12');
    });
  });

  describe('age from a partial birth date at eligibility', () => {
    /** A fully documented screening whose birth date is then corrected to a partial one. */
    const screenBorn = async (birthDate: string, screeningNumber: string) => {
      const { id } = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber });
      await ok(
        c.patch(`/api/subjects/${id}`, { birthDate, reason: 'only the year is on the source' }),
      );
      return id;
    };
    const ageToday = async (id: string) =>
      (await ok(c.get(`/api/subjects/${id}`))).eligibility.evaluation.criteria.find(
        (x: { id: string }) => x.id === 'inc-age',
      );

    it('born 1970: the age criterion is met and the subject is enrolled', async () => {
      const id = await screenBorn('1970', 'EC-005');
      expect(await ageToday(id)).toMatchObject({ result: 'met', verdict: 'passes' });
      const e = await ok(c.post(`/api/subjects/${id}/enrolment`, { enrollmentDate: '2025-09-01' }));
      expect(e.enrollmentDate).toBe('2025-09-01');
    });

    it('born 2007, enrolling on 2025-09-01 (17 or 18 that day): missing evidence names the age; refused, nothing written', async () => {
      const id = await screenBorn('2007', 'EC-006');
      // today at site a (2026-03-02) every day of 2007 is 18 or more
      expect(await ageToday(id)).toMatchObject({ result: 'met' });
      const e = await c.post(`/api/subjects/${id}/enrolment`, { enrollmentDate: '2025-09-01' });
      expect(e.statusCode).toBe(409);
      expect(e.json().detail).toContain('inc-age');
      expect(e.json().detail).toContain('age 17 or 18 on 2025-09-01');
      expect((await ok(c.get(`/api/subjects/${id}`))).enrollmentDate).toBeNull();
    });

    it('born 2008, enrolling on 2025-09-01 (16 or 17): not eligible', async () => {
      const id = await screenBorn('2008', 'EC-007');
      const e = await c.post(`/api/subjects/${id}/enrolment`, { enrollmentDate: '2025-09-01' });
      expect(e.statusCode).toBe(409);
      expect(e.json().detail).toContain('age at most 17 on 2025-09-01 < 18');
    });
  });
});
