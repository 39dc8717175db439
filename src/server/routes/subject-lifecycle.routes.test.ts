import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../store/audit/verify-audit-chain.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ok, screenSubject } from './subject-test-fixtures.ts';

/** Rows of a table for one subject: "nothing half-written" is checked by counting. */
async function rows(
  t: TestApp,
  table: 'visits' | 'dispensations' | 'assessment_results' | 'dispositions',
  subjectId: string,
) {
  return (
    await t.store.db.selectFrom(table).select('id').where('subject_id', '=', subjectId).execute()
  ).length;
}

function expectRefused(
  r: { statusCode: number; json(): { errors?: Array<{ path: string; rule: string }> } },
  rule: string,
  path?: string,
) {
  expect(r.statusCode).toBe(400);
  const e = r.json().errors ?? [];
  expect(e.map((x) => x.rule)).toContain(rule);
  if (path) expect(e.find((x) => x.rule === rule)?.path).toBe(path);
}

describeEachDialect('subjects: screening to end of study through the API', (dialect) => {
  let t: TestApp;
  let c: Client;
  let id: string;
  let base: string;
  const visit = async (kind: string, date: string, cycle?: number) =>
    (await ok(c.post(`${base}/visits`, { kind, date, ...(cycle ? { cycle } : {}) }))).id as string;
  const scan = (visitId: string, mm: number) =>
    ok(
      c.put(`${base}/visits/${visitId}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: mm }],
      }),
    );

  beforeAll(async () => {
    t = await createTestApp(dialect);
    c = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'LC-001' });
    id = s.id;
    base = `/api/subjects/${id}`;
  });
  afterAll(() => t.destroy());

  describe('screening', () => {
    it('shows the screening subject with its checklist, demographics and records', async () => {
      const d = await ok(c.get(base));
      expect(d.status.kind).toBe('screening');
      expect(d.subjectCode).toBeNull();
      expect(d.demographics).toMatchObject({
        sex: 'F',
        birthDate: '1970-05-01',
        race: 'ASIAN',
        ageAtConsent: 55,
      });
      expect(d.consents.map((x: { kind: string }) => x.kind).sort()).toEqual([
        'genetic-testing',
        'main',
      ]);
      expect(d.eligibility.answers).toHaveLength(3);
      expect(d.schedule).toBeNull();
      expect(d.timeline[0]).toMatchObject({ date: '2025-08-10', kind: 'consent', studyDay: null });
    });

    it('records medical history with partial dates, MEN-1 manifestations and prior therapies', async () => {
      const mh = await ok(
        c.post(`${base}/medical-history`, {
          term: 'Primary hyperparathyroidism',
          startDate: '2012',
          ongoing: true,
        }),
      );
      expect(mh).toMatchObject({
        term: 'Primary hyperparathyroidism',
        startDate: '2012',
        endDate: null,
        warnings: [],
      });
      await ok(
        c.post(`${base}/men1-manifestations`, {
          manifestation: 'parathyroid',
          diagnosisDate: '2012-03',
        }),
      );
      await ok(
        c.post(`${base}/men1-manifestations`, {
          manifestation: 'pancreatic-duodenal-net',
          diagnosisDate: '2019-07-14',
          details: 'non-functioning pNET, liver metastases',
        }),
      );
      await ok(
        c.post(`${base}/prior-therapies`, {
          category: 'systemic',
          name: 'octreotide LAR',
          startDate: '2020-01',
          endDate: '2024-11',
          bestResponse: 'SD',
        }),
      );
      const d = await ok(c.get(base));
      expect(d.medicalHistory[0].ongoing).toBe(true);
      expect(d.men1Manifestations).toHaveLength(2);
      expect(d.priorTherapies[0]).toMatchObject({ name: 'octreotide LAR', startDate: '2020-01' });
    });

    it('refuses bad input naming the field, and writes nothing', async () => {
      const before = await rows(t, 'assessment_results', id);
      const men1 = await c.post(`${base}/men1-results`, {
        sample: 'blood',
        origin: 'somatic',
        hgvsC: '1546dupC',
        classification: 'pathogenic',
      });
      expect(men1.statusCode).toBe(400);
      expect(
        men1
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['body.hgvsC', 'body.origin']);
      const mh = await c.post(`${base}/medical-history`, { term: 'x', startDate: '2019-13' });
      expect(mh.json().errors[0].path).toBe('body.startDate');
      const order = await c.post(`${base}/medical-history`, {
        term: 'x',
        startDate: '2019-07',
        endDate: '2018',
      });
      expect(order.json().errors[0].path).toBe('body.endDate');
      const visitId = (await ok(c.get(base))).visits[0].id;
      // one good value and one bad: nothing of the panel is saved
      const panel = await c.put(`${base}/visits/${visitId}/panels/blood-routine`, {
        results: [
          { code: 'WBC', value: '5.2' },
          { code: 'HGB', value: 'high' },
        ],
      });
      expect(panel.statusCode).toBe(400);
      expect(panel.json().errors[0]).toMatchObject({
        path: 'body.results.1.value',
        rule: 'item-type-number',
      });
      const ecog = await c.put(`${base}/visits/${visitId}/panels/physical-exam`, {
        results: [{ code: 'ECOG', value: '7' }],
      });
      expect(ecog.json().errors[0].message).toMatch(/one of: 0, 1, 2, 3, 4/);
      const wrong = await c.put(`${base}/visits/${visitId}/panels/no-such-panel`, {
        results: [{ code: 'X', value: '1' }],
      });
      expect(wrong.json().errors[0]).toMatchObject({
        path: 'params.panelId',
        rule: 'panel-of-visit',
      });
      const answer = await c.post(`${base}/eligibility-answers`, {
        criterionId: 'inc-alt',
        met: true,
        evidence: 'x',
      });
      expect(answer.json().errors[0]).toMatchObject({
        path: 'body.criterionId',
        rule: 'not-a-manual-criterion',
      });
      expect(await rows(t, 'assessment_results', id)).toBe(before);
    });

    it('keeps lab values as decimal text with unit and reference range', async () => {
      const visitId = (await ok(c.get(base))).visits[0].id;
      const r = await ok(
        c.put(`${base}/visits/${visitId}/panels/blood-routine`, {
          results: [
            { code: 'WBC', value: '5.20' },
            { code: 'HGB', value: 128, unit: 'g/dL', referenceLow: '11.5', referenceHigh: '15.0' },
          ],
        }),
      );
      expect(r.results).toEqual([
        { code: 'WBC', value: '5.20', unit: '10*9/L', referenceLow: '3.5', referenceHigh: '9.5' },
        { code: 'HGB', value: '128', unit: 'g/dL', referenceLow: '11.5', referenceHigh: '15.0' },
      ]);
      // saving again is an edit: a reason is required
      const again = await c.put(`${base}/visits/${visitId}/panels/blood-routine`, {
        results: [{ code: 'WBC', value: '5.3' }],
      });
      expectRefused(again, 'reason-for-change');
      await ok(
        c.put(`${base}/visits/${visitId}/panels/blood-routine`, {
          results: [{ code: 'WBC', value: '5.3' }],
          reason: 'transcription error',
        }),
      );
    });

    it('refuses a visit before consent and a date in the future', async () => {
      const other = await ok(
        c.post('/api/subjects', { siteId: t.sites.a.id, screeningNumber: 'LC-002' }),
      );
      await ok(
        c.post(`/api/subjects/${other.id}/consents`, {
          kind: 'main',
          version: '1.0',
          signedDate: '2025-08-10',
        }),
      );
      expectRefused(
        await c.post(`/api/subjects/${other.id}/visits`, { kind: 'screening', date: '2025-08-01' }),
        'procedure-before-consent',
        'body.date',
      );
      expectRefused(
        await c.post(`/api/subjects/${other.id}/visits`, { kind: 'screening', date: '2026-03-03' }),
        'date-in-future',
        'body.date',
      );
      expect(await rows(t, 'visits', other.id)).toBe(0);
      const dup = await c.post('/api/subjects', {
        siteId: t.sites.a.id,
        screeningNumber: 'LC-002',
      });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().rule).toBe('screening-number-unique');
      // treatment records need an enrolled subject
      const early = await c.post(`/api/subjects/${other.id}/dispensations`, {
        cycle: 1,
        dispensedDate: '2025-08-20',
        tabletsDispensed: 56,
      });
      expect(early.json().rule).toBe('requires-enrolment');
    });

    it('edits demographics only with a reason for change, audited with old and new values', async () => {
      expectRefused(await c.patch(base, { race: 'OTHER' }), 'reason-for-change');
      await ok(c.patch(base, { race: 'OTHER', reason: 'corrected from source document' }));
      const ev = await t.store.db
        .selectFrom('audit_events')
        .select(['changes', 'reason'])
        .where('entity_id', '=', id)
        .where('action', '=', 'update')
        .execute();
      expect(ev).toHaveLength(1);
      expect(JSON.parse(ev[0]!.changes)).toEqual([{ field: 'race', old: 'ASIAN', new: 'OTHER' }]);
      expect(ev[0]!.reason).toBe('corrected from source document');
    });
  });

  describe('treatment', () => {
    let c2: string;
    it('enrols, assigns the subject ID and plans the schedule from day 1', async () => {
      const e = await ok(c.post(`${base}/enrolment`, { enrollmentDate: '2025-09-01' }));
      expect(e).toMatchObject({ subjectCode: 'BJ01-001', enrollmentDate: '2025-09-01' });
      const d = await ok(c.get(base));
      expect(d.status).toMatchObject({ kind: 'on-treatment' });
      expect(d.asOf).toBe('2026-03-02');
      const eos = d.schedule.visits.find((v: { key: string }) => v.key === 'end-of-study/1');
      expect(eos).toMatchObject({
        targetDate: '2026-05-10',
        studyDay: 252,
        status: { kind: 'planned' },
      });
      const cycle2 = d.schedule.visits.find((v: { key: string }) => v.key === 'cycle-day-1/2');
      expect(cycle2).toMatchObject({ targetDate: '2025-09-29', status: { kind: 'missed' } });
    });

    it('records dispensing, return and compliance, dose changes and missed doses', async () => {
      const d1 = await ok(
        c.post(`${base}/dispensations`, {
          cycle: 1,
          dispensedDate: '2025-09-01',
          tabletsDispensed: 60,
        }),
      );
      c2 = await visit('cycle-day-1', '2025-09-29', 2);
      await ok(
        c.post(`${base}/drug-returns`, {
          dispensationId: d1.id,
          returnDate: '2025-09-29',
          tabletsReturned: 4,
        }),
      );
      const tooMany = await c.post(`${base}/drug-returns`, {
        dispensationId: d1.id,
        returnDate: '2025-09-29',
        tabletsReturned: 1,
      });
      expect(tooMany.json().rule).toBe('one-return-per-dispensation');
      const up = await c.post(`${base}/dose-changes`, {
        kind: 'reduction',
        date: '2025-09-29',
        doseMg: 20,
        clinicalReason: 'ALT 2.5 × ULN',
      });
      expectRefused(up, 'reduction-to-lower-level', 'body.doseMg');
      await ok(
        c.post(`${base}/dose-changes`, {
          kind: 'reduction',
          date: '2025-09-29',
          doseMg: 10,
          clinicalReason: 'ALT 2.5 × ULN (label: reduce to 10 mg)',
        }),
      );
      const noReason = await c.post(`${base}/dose-changes`, {
        kind: 'interruption',
        date: '2025-10-10',
      });
      expect(noReason.json().errors[0].path).toBe('body.clinicalReason');
      await ok(
        c.post(`${base}/dispensations`, {
          cycle: 2,
          dispensedDate: '2025-09-29',
          tabletsDispensed: 30,
        }),
      );
      await ok(c.post(`${base}/missed-doses`, { date: '2025-10-02', cause: 'forgot' }));
      const d = await ok(c.get(base));
      expect(
        d.treatment.accountability.find((x: { cycle: number }) => x.cycle === 1),
      ).toMatchObject({
        tabletsTaken: 56,
        tabletsExpected: 56,
        compliancePct: 100,
      });
      expect(d.treatment.doseInForceMg).toBe(10);
      expect(
        d.schedule.visits.find((v: { key: string }) => v.key === 'cycle-day-1/2').status.kind,
      ).toBe('done');
    });

    it('stores tumour measurements and returns the RECIST engine evaluation', async () => {
      await scan(await visit('tumour-evaluation', '2025-10-27'), 15);
      await scan(await visit('tumour-evaluation', '2025-12-22'), 14);
      const r = await ok(c.get(`${base}/recist`));
      expect(r.baseline).toMatchObject({ date: '2025-08-15', sumMm: 25 });
      expect(r.timepoints.map((x: { overall: string }) => x.overall)).toEqual(['PR', 'PR']);
      expect(r.bestOverallResponse.confirmed).toEqual({ response: 'PR', date: '2025-10-27' });
      // reasons travel as coded Reasons (a screen translates code + params; text is the English)
      expect(r.timepoints[0].reasons[0]).toEqual({
        code: 'recist.target-pr',
        params: { sum: '15.0', baseline: '25.0' },
        text: 'sum 15.0 mm ≤ 70 % of baseline 25.0 mm → PR (RECIST 1.1 §4.3.1)',
      });
      expect(r.timepoints[0].agreementReasons.map((x: { code: string }) => x.code)).toEqual([
        'recist.agreement-no-investigator',
      ]);
      const bad = await c.put(`${base}/visits/${c2}/tumour-assessment`, {
        lesions: [{ id: 'T1', diameterMm: 10 }],
      });
      expect(bad.json().errors[0]).toMatchObject({ path: 'params.visitId', rule: 'imaging-visit' });
    });

    it('ends treatment, then refuses a dose after it; accepts a doubtful date with a warning', async () => {
      await ok(
        c.post(`${base}/treatment-end`, {
          lastDoseDate: '2026-01-05',
          endReason: 'toxicity',
          details: 'grade 3 diarrhoea',
        }),
      );
      const second = await c.post(`${base}/treatment-end`, {
        lastDoseDate: '2026-01-06',
        endReason: 'toxicity',
      });
      expect(second.json().rule).toBe('one-treatment-end-per-subject');
      const before = await rows(t, 'dispensations', id);
      expectRefused(
        await c.post(`${base}/dispensations`, {
          cycle: 6,
          dispensedDate: '2026-01-10',
          tabletsDispensed: 30,
        }),
        'dose-after-end-of-treatment',
        'body.dispensedDate',
      );
      expect(await rows(t, 'dispensations', id)).toBe(before);
      expectRefused(
        await c.post(`${base}/disposition`, { deathDate: '2025-08-30', deathCause: 'unknown' }),
        'death-before-enrolment',
        'body.deathDate',
      );
      expect(await rows(t, 'dispositions', id)).toBe(0);
      const d = await ok(
        c.post(`${base}/disposition`, {
          newAnticancerTherapyDate: '2026-01-03',
          newAnticancerTherapy: 'everolimus',
          lastKnownAliveDate: '2026-02-20',
        }),
      );
      expect(d.warnings).toEqual([
        expect.objectContaining({
          rule: 'new-therapy-during-treatment',
          path: 'body.newAnticancerTherapyDate',
        }),
      ]);
      const status = (await ok(c.get(base))).status;
      expect(status).toMatchObject({
        kind: 'follow-up',
        treatmentEndReason: 'toxicity',
        lastDoseDate: '2026-01-05',
      });
      const list = await ok(c.get('/api/subjects?status=follow-up'));
      expect(list.map((s: { id: string }) => s.id)).toEqual([id]);
      expect(await ok(c.get('/api/subjects?status=screening'))).toHaveLength(1);
    });

    it('edits the disposition only with a reason; refuses known alive after death', async () => {
      const dispId = (await ok(c.get(base))).disposition.id;
      expectRefused(
        await c.patch(`${base}/disposition/${dispId}`, { lastKnownAliveDate: '2026-02-21' }),
        'reason-for-change',
      );
      expectRefused(
        await c.patch(`${base}/disposition/${dispId}`, {
          deathDate: '2026-02-10',
          deathCause: 'progression',
          reason: 'death reported by family',
        }),
        'alive-after-death',
      );
      await ok(
        c.patch(`${base}/disposition/${dispId}`, {
          lastKnownAliveDate: '2026-02-01',
          deathDate: '2026-02-10',
          deathCause: 'disease progression',
          reason: 'death reported by family',
        }),
      );
      const d = await ok(c.get(base));
      expect(d.status).toMatchObject({ kind: 'died', date: '2026-02-10' });
      expect(d.timeline.at(-1)).toMatchObject({ kind: 'death', date: '2026-02-10', studyDay: 163 });
      expect(
        d.schedule.visits.find((v: { key: string }) => v.key === 'end-of-study/1').status,
      ).toMatchObject({ kind: 'not-applicable', cause: 'death' });
    });
  });

  describe('withdrawal of consent', () => {
    it('stops data collection from the withdrawal date and keeps what was collected', async () => {
      const s = await screenSubject(c, { siteId: t.sites.a.id, screeningNumber: 'LC-003' });
      const b = `/api/subjects/${s.id}`;
      await ok(c.post(`${b}/enrolment`, { enrollmentDate: '2025-09-01' }));
      await ok(c.post(`${b}/visits`, { kind: 'cycle-day-1', date: '2025-09-29', cycle: 2 }));
      const main = (await ok(c.get(b))).consents.find((x: { kind: string }) => x.kind === 'main');
      await ok(
        c.post(`${b}/consents/${main.id}/withdrawal`, {
          date: '2025-10-15',
          reason: 'personal reasons',
        }),
      );
      expectRefused(
        await c.post(`${b}/visits`, { kind: 'cycle-day-1', date: '2025-10-27', cycle: 3 }),
        'data-after-withdrawal',
        'body.date',
      );
      const d = await ok(c.get(b));
      expect(d.status).toMatchObject({ kind: 'withdrawn', date: '2025-10-15' });
      expect(d.visits).toHaveLength(2);
      const again = await c.post(`${b}/consents/${main.id}/withdrawal`, { date: '2025-10-16' });
      expect(again.json().rule).toBe('withdraw-consent-already-recorded');
    });
  });

  it('leaves an audit chain that verifies', async () => {
    expect((await verifyAuditChain(t.store)).ok).toBe(true);
  });
});

describeEachDialect('subjects: site isolation and roles', (dialect) => {
  let t: TestApp;
  let a: Client;
  let id: string;
  let visitId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    a = await t.user('coord-a', [{ role: 'coordinator', site: 'a' }]);
    const s = await screenSubject(a, { siteId: t.sites.a.id, screeningNumber: 'ISO-001' });
    id = s.id;
    visitId = s.visitId;
  });
  afterAll(() => t.destroy());

  it("hides another site's subject (404) and refuses writes there", async () => {
    const b = await t.user('coord-b', [{ role: 'coordinator', site: 'b' }]);
    expect((await b.get(`/api/subjects/${id}`)).statusCode).toBe(404);
    expect((await b.get(`/api/subjects/${id}/recist`)).statusCode).toBe(404);
    expect(await ok(b.get('/api/subjects'))).toEqual([]);
    expect(
      (await b.post(`/api/subjects/${id}/visits`, { kind: 'screening', date: '2025-08-16' }))
        .statusCode,
    ).toBe(404);
    expect((await b.patch(`/api/subjects/${id}`, { sex: 'M', reason: 'x' })).statusCode).toBe(404);
    expect(
      (await b.post(`/api/subjects/${id}/enrolment`, { enrollmentDate: '2025-09-01' })).statusCode,
    ).toBe(404);
    const create = await b.post('/api/subjects', {
      siteId: t.sites.a.id,
      screeningNumber: 'ISO-002',
    });
    expect(create.statusCode).toBe(403);
    expect(
      await t.store.db.selectFrom('visits').select('id').where('subject_id', '=', id).execute(),
    ).toHaveLength(1);
  });

  it('lets a monitor and an auditor read but not write; a study-wide statistician reads all sites', async () => {
    const m = await t.user('mon-a', [{ role: 'monitor', site: 'a' }]);
    expect((await m.get(`/api/subjects/${id}`)).statusCode).toBe(200);
    expect(
      (await m.post(`/api/subjects/${id}/visits`, { kind: 'screening', date: '2025-08-16' }))
        .statusCode,
    ).toBe(403);
    const aud = await t.user('aud', [{ role: 'auditor', site: null }]);
    expect((await aud.get(`/api/subjects/${id}`)).statusCode).toBe(200);
    const stat = await t.user('stat', [{ role: 'statistician', site: null }]);
    expect((await ok(stat.get('/api/subjects'))).map((s: { id: string }) => s.id)).toEqual([id]);
    expect(await ok(stat.get(`/api/subjects?siteId=${t.sites.b.id}`))).toEqual([]);
  });

  it('lets the radiology reviewer record and read independent measurements only', async () => {
    const rr = await t.user('rad', [{ role: 'radiology-reviewer', site: 'a' }]);
    const lesions = [{ id: 'T1', kind: 'target', organ: 'pancreas', nodal: false, diameterMm: 24 }];
    const site = await rr.put(`/api/subjects/${id}/visits/${visitId}/tumour-assessment`, {
      lesions,
    });
    expect(site.statusCode).toBe(403);
    await ok(
      rr.put(`/api/subjects/${id}/visits/${visitId}/tumour-assessment`, {
        reader: 'independent',
        lesions,
      }),
    );
    // blinded review: the site's read (the screening scan) is not shown to the reviewer
    const ta = await ok(rr.get(`/api/subjects/${id}/tumour-assessments`));
    expect(ta.assessments.map((x: { reader: string }) => x.reader)).toEqual(['independent']);
    const both = await ok(a.get(`/api/subjects/${id}/tumour-assessments`));
    expect(both.assessments.map((x: { reader: string }) => x.reader).sort()).toEqual([
      'independent',
      'site',
    ]);
    expect((await rr.get(`/api/subjects/${id}`)).statusCode).toBe(403);
    const other = await t.user('rad-b', [{ role: 'radiology-reviewer', site: 'b' }]);
    expect(
      (
        await other.put(`/api/subjects/${id}/visits/${visitId}/tumour-assessment`, {
          reader: 'independent',
          lesions,
        })
      ).statusCode,
    ).toBe(404);
  });
});
