/**
 * CDISC exports over HTTP on both databases: datasets stream in each format, define.xml and ODM
 * come back well-formed, roles are enforced, another site's subjects are not exported to a data
 * manager of one site, and bad input is a 400 naming the field.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertAudited, runCommand } from '../../store/audit/audited-write.ts';
import { describeEachDialect } from '../../store/testing/test-stores.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describeEachDialect('CDISC export API', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const subject = (id: string, siteId: string, code: string) =>
      runCommand(t.store, { id: 'u-test', name: 'Test Coordinator' }, (ctx) =>
        insertAudited(
          ctx,
          'subjects',
          {
            id,
            study_id: 'leflunomide-men1-phase2',
            site_id: siteId,
            screening_number: `S-${code}`,
            subject_code: code,
            sex: 'F',
            birth_date: '1970-05-02',
            ethnicity: 'NOT HISPANIC OR LATINO',
            race: 'ASIAN',
            enrollment_date: null,
            enrolled_at: null,
            screen_failure_date: null,
            screen_failure_reason: null,
            created_at: t.store.now(),
          },
          { entityType: 'subject', siteId, subjectId: id },
        ),
      );
    await subject('subj-a', t.sites.a.id, 'A-001');
    await subject('subj-b', t.sites.b.id, 'B-001');
  });
  afterAll(() => t.destroy());

  it('streams DM as CSV, Dataset-JSON and XPT to a statistician, every site', async () => {
    const stat = await t.user('stat', [{ role: 'statistician', site: null }]);
    const csv = await stat.get('/api/exports/csv/dm');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]?.startsWith('STUDYID,DOMAIN,USUBJID,SUBJID')).toBe(true);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[3])
        .sort(),
    ).toEqual(['A-001', 'B-001']);
    const json = await stat.get('/api/exports/dataset-json/ts');
    expect(JSON.parse(json.body)).toMatchObject({
      name: 'TS',
      isReferenceData: true,
      datasetJSONVersion: '1.1.0',
    });
    const xpt = await stat.get('/api/exports/xpt/adsl');
    expect(xpt.statusCode).toBe(200);
    expect(xpt.rawPayload.length % 80).toBe(0);
    expect(xpt.headers['content-disposition']).toContain('adsl.xpt');
  });

  it('gives define.xml and the ODM file with the audit trail', async () => {
    const stat = await t.user('stat2', [{ role: 'statistician', site: null }]);
    const define = await stat.get('/api/exports/xpt/define');
    expect(define.body).toContain('def:DefineVersion="2.1.0"');
    const odm = await stat.get('/api/exports/odm/odm');
    expect(odm.statusCode).toBe(200);
    expect(odm.body).toContain('FileType="Transactional"');
    expect(odm.body).toContain('<SourceID>audit-seq-');
    expect(odm.body.match(/<SubjectData /g)).toHaveLength(2);
  });

  it('exports only the sites a data manager holds', async () => {
    const dm = await t.user('dm-a', [{ role: 'data-manager', site: 'a' }]);
    const csv = await dm.get('/api/exports/csv/dm');
    expect(csv.body).toContain('A-001');
    expect(csv.body).not.toContain('B-001');
    const odm = await dm.get('/api/exports/odm/odm');
    expect(odm.body.match(/<SubjectData /g)).toHaveLength(1);
  });

  it('refuses other roles, unknown datasets and bad input', async () => {
    const coord = await t.user('coord', [{ role: 'coordinator', site: 'a' }]);
    expect((await coord.get('/api/exports/csv/dm')).statusCode).toBe(403);
    expect((await t.anonymous.get('/api/exports/csv/dm')).statusCode).toBe(401);
    const stat = await t.user('stat3', [{ role: 'statistician', site: null }]);
    expect((await stat.get('/api/exports/csv/zz')).statusCode).toBe(404);
    const bad = await stat.get('/api/exports/sas7bdat/dm');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('format');
    const badCut = await stat.get('/api/exports/csv/dm?cut=2026-02-30');
    expect(badCut.statusCode).toBe(400);
    expect(badCut.body).toContain('cut');
  });
});
