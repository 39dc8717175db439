import { afterAll, beforeAll, expect, it } from 'vitest';
import { currentProtocol } from '../../store/protocol/protocol-repository.ts';
import { evaluateStoredEligibility } from '../../store/subjects/eligibility-evidence.ts';
import { findSubject, loadSubjectFile } from '../../store/subjects/subject-file.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { type Client, createTestApp, type TestApp } from '../testing/test-app.ts';
import { screenedSubject } from './specimen-test-fixtures.ts';

const AT = '2026-03-01T02:00:00Z';

describeEachDialect('MEN1 results on the tested specimen', (dialect) => {
  let t: TestApp;
  let coord: Client;
  let coordB: Client;
  let subject: { id: string };
  let blood: string;
  let tumour: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    coordB = await t.user('coord-b', [{ role: 'coordinator', site: 'b' }]);
    subject = await screenedSubject(t, 'a', 'SCR-G01');
    blood = (
      await coord.post('/api/specimens', {
        subjectId: subject.id,
        type: 'whole-blood-edta',
        quantity: '4',
        collectedAt: AT,
      })
    ).json().id;
    tumour = (
      await coord.post('/api/specimens', {
        subjectId: subject.id,
        type: 'ffpe-block',
        quantity: '1',
        collectedAt: AT,
      })
    ).json().id;
  });
  afterAll(() => t.destroy());

  /** The MEN1 criterion as the subjects' eligibility code path computes it from the stored file. */
  async function men1Verdict(): Promise<string | undefined> {
    const s = await findSubject(t.store.db, subject.id, 'all');
    const study = (await currentProtocol(t.store))!.definition;
    const e = evaluateStoredEligibility(await loadSubjectFile(t.store.db, s!), study, '2026-03-02');
    return e.criteria.find((c) => c.rule === 'men1-pathogenic-variant')?.verdict;
  }

  const result = {
    origin: 'germline',
    classification: 'VUS',
    hgvsC: 'NM_130799.2:c.1546dupC',
    hgvsP: 'p.(Arg516ProfsTer15)',
    lab: 'CAMS molecular pathology',
    method: 'NGS panel',
    zygosity: 'heterozygous',
    reportDate: '2026-03-01',
  };

  it('eligibility follows the result: VUS fails the MEN1 criterion, reclassified likely pathogenic passes, back to benign fails', async () => {
    expect(await men1Verdict()).toBe('unknown');
    const r = await coord.post(`/api/specimens/${blood}/men1-results`, result);
    expect(r.statusCode).toBe(201);
    const saved = r.json().result;
    expect(r.json().warnings).toEqual([]);
    expect(saved).toMatchObject({
      sample: 'blood',
      transcript: 'NM_130799.2',
      zygosity: 'heterozygous',
      method: 'NGS panel',
      eligibility: { men1Criterion: { verdict: 'fails' } },
    });
    expect(saved.specimenLabel).toBe('BJ01-S00001');
    expect(await men1Verdict()).toBe('fails');

    const noReason = await coord.patch(`/api/men1-results/${saved.id}`, {
      classification: 'likely-pathogenic',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.reason');

    const up = await coord.patch(`/api/men1-results/${saved.id}`, {
      classification: 'likely-pathogenic',
      reason: 'lab reclassified the variant (ACMG PVS1, PM2)',
    });
    expect(up.statusCode).toBe(200);
    expect(up.json().result.eligibility.men1Criterion).toMatchObject({
      verdict: 'passes',
      reasons: expect.arrayContaining([
        expect.objectContaining({
          code: expect.stringMatching(/^eligibility\.men1-variant/),
          text: expect.stringContaining(
            'likely-pathogenic germline MEN1 variant NM_130799.2:c.1546dupC',
          ),
        }),
      ]),
    });
    expect(await men1Verdict()).toBe('passes');

    await coord.patch(`/api/men1-results/${saved.id}`, {
      classification: 'benign',
      reason: 'corrected report',
    });
    expect(await men1Verdict()).toBe('fails');
    const audit = await t.store.db
      .selectFrom('audit_events')
      .select(['reason', 'changes'])
      .where('entity_id', '=', saved.id)
      .where('entity_type', '=', 'men1-result')
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.reason)).toEqual([
      'lab reclassified the variant (ACMG PVS1, PM2)',
      'corrected report',
    ]);
  });

  it('refuses malformed HGVS with the field and a precise rule; nothing is written', async () => {
    const before = (await coord.get(`/api/men1-results?subjectId=${subject.id}`)).json().length;
    const r = await coord.post(`/api/specimens/${tumour}/men1-results`, {
      ...result,
      origin: 'somatic',
      hgvsC: 'c.1546insC',
      hgvsP: 'p.Arg460X',
    });
    expect(r.statusCode).toBe(400);
    expect(
      r.json().errors.map((e: { path: string; rule: string }) => `${e.path} ${e.rule}`),
    ).toEqual(['body.hgvsC hgvs-insertion-flanks', 'body.hgvsP hgvs-x-stop']);
    const somaticBlood = await coord.post(`/api/specimens/${blood}/men1-results`, {
      ...result,
      origin: 'somatic',
    });
    expect(somaticBlood.json().errors[0]).toMatchObject({
      path: 'body.origin',
      rule: 'somatic-from-tumour',
    });
    const transcript = await coord.post(`/api/specimens/${blood}/men1-results`, {
      ...result,
      transcript: 'NM_000244.3',
    });
    expect(transcript.json().errors[0]).toMatchObject({
      path: 'body.transcript',
      rule: 'transcript-matches-hgvs',
    });
    expect((await coord.get(`/api/men1-results?subjectId=${subject.id}`)).json()).toHaveLength(
      before,
    );
  });

  it('a somatic result from the tumour block; genetic testing consent required; other sites see nothing', async () => {
    const r = await coord.post(`/api/specimens/${tumour}/men1-results`, {
      ...result,
      origin: 'somatic',
      hgvsC: 'c.1579C>T',
      hgvsP: 'p.(Arg527Ter)',
      classification: 'pathogenic',
      zygosity: 'not-applicable',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().result).toMatchObject({
      sample: 'tumour',
      origin: 'somatic',
      transcript: null,
    });

    const noGenetic = await screenedSubject(t, 'a', 'SCR-G02', [
      { kind: 'main' },
      { kind: 'biobank-storage' },
    ]);
    const s = (
      await coord.post('/api/specimens', {
        subjectId: noGenetic.id,
        type: 'whole-blood-edta',
        quantity: '4',
        collectedAt: AT,
      })
    ).json();
    const refused = await coord.post(`/api/specimens/${s.id}/men1-results`, result);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().rule).toBe('consent-genetic-testing');

    expect((await coordB.post(`/api/specimens/${blood}/men1-results`, result)).statusCode).toBe(
      404,
    );
    expect((await coordB.get(`/api/men1-results?subjectId=${subject.id}`)).statusCode).toBe(404);
  });
});
