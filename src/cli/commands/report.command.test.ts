/**
 * Reports from a data cut of a simulated study loaded through the real API (`oncotrial demo`):
 * the report's numbers equal the core's live derivation at the cut-off; the same cut gives
 * byte-identical HTML and CSV; a data edit after the cut leaves its report unchanged; the PDF
 * (Debian Chromium, checked with pdftotext) holds every section title in both languages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotOverview } from '../../core/reports/build-report.ts';
import { reportCatalogues } from '../../core/reports/i18n/report-messages.ts';
import { round } from '../../core/reports/report-format.ts';
import { liveStudyOverview } from '../../store/analysis/study-overview-repository.ts';
import { runCommand, updateAudited } from '../../store/audit/audited-write.ts';
import { createDataCut, getDataCut } from '../../store/data-cuts/data-cut-repository.ts';
import { chromiumAvailable, htmlToPdf } from '../../store/reports/chromium-pdf.ts';
import { cutReport } from '../../store/reports/cut-report.ts';
import { studyInForce } from '../../store/subjects/subject-command.ts';
import { createTestStore, type TestStore } from '../../store/testing/test-stores.ts';
import { type DemoResult, loadDemo } from '../demo/load-demo.ts';
import { main } from '../main.ts';

const ACTOR = { id: 'stat', name: 'Test Statistician' };
let store: TestStore;
let demo: DemoResult;

beforeAll(async () => {
  store = await createTestStore('sqlite');
  demo = await loadDemo(store, { subjects: 12, seed: 1 });
  await createDataCut(store, ACTOR, { name: 'final-1', cutoffDate: demo.asOf });
}, 240_000);
afterAll(() => store.destroy());

const req = { cut: 'final-1', kind: 'final', blinding: 'closed', lang: 'en' } as const;
const table = (r: Awaited<ReturnType<typeof cutReport>>, id: string) => {
  const t = r.report.sections.flatMap((s) => s.tables).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

describe('report of a data cut [sqlite]', () => {
  it('equals the core derivation over the live data at the cut-off', async () => {
    const study = await studyInForce(store);
    const live = await liveStudyOverview(store, study, 'all', demo.asOf);
    const cut = await getDataCut(store, 'final-1');
    const fromCut = snapshotOverview(cut.snapshot);
    expect(fromCut.endpoints).toEqual(live.endpoints);
    expect(fromCut.consort).toEqual(live.consort);
    expect(fromCut.tumour).toEqual(live.tumour);
    expect(fromCut.safety.aeByGrade).toEqual(live.safety.aeByGrade);
    const e = live.endpoints!;
    expect(e.orr.n).toBeGreaterThan(0);
    const r = await cutReport(store, req);
    const m = reportCatalogues.en;
    const rates = table(r, 'efficacy-rates').rows;
    expect(rates[0]).toEqual([
      m['row.orr'],
      e.orr.x,
      e.orr.n,
      round(e.orr.estimate, 4),
      expect.any(String),
    ]);
    expect(rates[1]?.slice(1, 4)).toEqual([e.dcr.x, e.dcr.n, round(e.dcr.estimate, 4)]);
    const km = table(r, 'efficacy-km').rows;
    expect(km[0]?.slice(1, 4)).toEqual([e.pfs.n, e.pfs.events, round(e.pfs.median.estimate, 1)]);
    expect(km[1]?.slice(1, 4)).toEqual([e.os.n, e.os.events, round(e.os.median.estimate, 1)]);
    const landmark = e.pfs.landmarks.find((l) => l.time === 252);
    expect(km[0]?.[5]).toBe(round(landmark?.survival ?? null, 4));
    const consort = table(r, 'disposition-consort').rows;
    expect(consort[0]).toEqual([m['row.screened'], live.consort.screened]);
    expect(consort[2]).toEqual([m['row.enrolled'], live.consort.enrolled]);
    expect(r.html).toContain(
      e.design.decision.sentence
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'),
    );
    // the BOR table sums to the enrolled
    const bor = table(r, 'efficacy-bor').rows;
    expect(bor.reduce((a, row) => a + (row[1] as number), 0)).toBe(live.tumour.length);
  });

  it('regenerates byte-identical HTML and CSV from the same cut', async () => {
    const a = await cutReport(store, req);
    const b = await cutReport(store, req);
    expect(b.html).toBe(a.html);
    expect(b.csv).toEqual(a.csv);
    expect(b.csvIndex).toBe(a.csvIndex);
    expect(a.csv.length).toBeGreaterThan(15);
  });

  it('a data edit after the cut leaves the cut’s report unchanged', async () => {
    const before = await cutReport(store, req);
    const ae = await store.db.selectFrom('adverse_events').selectAll().executeTakeFirst();
    const subject = await store.db
      .selectFrom('subjects')
      .selectAll()
      .where('enrollment_date', 'is not', null)
      .executeTakeFirstOrThrow();
    await runCommand(store, ACTOR, async (ctx) => {
      await updateAudited(
        ctx,
        'subjects',
        subject.id,
        { sex: subject.sex === 'F' ? 'M' : 'F', enrollment_date: null },
        {
          entityType: 'subject',
          siteId: subject.site_id,
          subjectId: subject.id,
          reason: 'test edit after the cut',
        },
      );
      if (ae)
        await updateAudited(
          ctx,
          'adverse_events',
          ae.id,
          { grade: ae.grade === 5 ? 4 : ae.grade + 1 },
          {
            entityType: 'adverse-event',
            siteId: ae.site_id,
            subjectId: ae.subject_id,
            reason: 'test edit after the cut',
          },
        );
    });
    const after = await cutReport(store, req);
    expect(after.html).toBe(before.html);
    expect(after.csv).toEqual(before.csv);
    // …while a new cut sees the edit
    await createDataCut(store, ACTOR, { name: 'final-2', cutoffDate: demo.asOf });
    const fresh = await cutReport(store, { ...req, cut: 'final-2' });
    expect(fresh.html).not.toBe(before.html);
  });

  it('both languages are complete: every section title in its language, open version withholds listings', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const m = reportCatalogues[lang];
      const r = await cutReport(store, { ...req, lang });
      for (const k of Object.keys(m).filter((x) => x.startsWith('section.')))
        expect(r.html, `${lang} ${k}`).toContain(m[k as keyof typeof m]);
    }
    const zh = await cutReport(store, { ...req, lang: 'zh-CN' });
    expect(zh.html).not.toContain(reportCatalogues.en['section.safety']);
    const open = await cutReport(store, { ...req, blinding: 'open', kind: 'interim' });
    const ids = open.report.sections.flatMap((s) => s.tables.map((t) => t.id));
    expect(ids).not.toContain('listing-efficacy');
    expect(ids).not.toContain('safety-sae');
    expect(open.html).not.toContain('figure-swimmer');
    for (const t of table(await cutReport(store, req), 'listing-efficacy').rows)
      expect(open.html).not.toContain(`<td>${t[0]}</td>`);
  });

  const pdfReason =
    !chromiumAvailable() && process.env.ONCOTRIAL_REQUIRE_BROWSER !== '1'
      ? 'Chromium (/usr/bin/chromium) is not installed'
      : !existsSync('/usr/bin/pdftotext')
        ? 'pdftotext (poppler-utils) is not installed'
        : null;
  it.skipIf(pdfReason !== null)(
    `PDF has every section title (pdftotext), en and zh-CN${pdfReason ? ` — skipped: ${pdfReason}` : ''}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'oncotrial-report-test-'));
      for (const lang of ['en', 'zh-CN'] as const) {
        const r = await cutReport(store, { ...req, lang });
        const pdf = await htmlToPdf(r.html);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const file = join(dir, `${lang}.pdf`);
        writeFileSync(file, pdf);
        const text = spawnSync('pdftotext', ['-layout', file, '-'], {
          encoding: 'utf8',
        }).stdout.replace(/\s+/g, ' ');
        const m = reportCatalogues[lang];
        for (const s of r.report.sections)
          expect(text, `${lang}: ${s.title}`).toContain(s.title.replace(/\s+/g, ' '));
        expect(text).toContain(m['report.cutoff']);
      }
    },
    120_000,
  );

  it('oncotrial report writes HTML and one CSV per table (and cut create refuses a duplicate name)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oncotrial-report-cli-'));
    const prev = process.env.ONCOTRIAL_DATA_DIR;
    // the CLI opens its own copy of the test database, under the name it expects
    const dataDir = mkdtempSync(join(tmpdir(), 'oncotrial-report-data-'));
    await sql.raw(`VACUUM INTO '${join(dataDir, 'oncotrial.sqlite')}'`).execute(store.db);
    process.env.ONCOTRIAL_DATA_DIR = dataDir;
    try {
      expect(
        await main([
          'node',
          'oncotrial',
          'report',
          '--cut',
          'final-1',
          '--kind',
          'interim',
          '--lang',
          'zh-CN',
          '--out',
          out,
          '--no-pdf',
        ]),
      ).toBe(0);
      const html = readFileSync(join(out, 'final-1-interim-closed-zh-CN.html'), 'utf8');
      expect(html).toContain(reportCatalogues['zh-CN']['report.title.interim']);
      expect(readdirSync(join(out, 'final-1-interim-closed-zh-CN-csv'))).toContain(
        'efficacy-rates.csv',
      );
      process.exitCode = 0;
      expect(
        await main([
          'node',
          'oncotrial',
          'cut',
          'create',
          '--name',
          'final-1',
          '--date',
          demo.asOf,
        ]),
      ).toBe(2);
    } finally {
      process.exitCode = 0;
      if (prev === undefined) delete process.env.ONCOTRIAL_DATA_DIR;
      else process.env.ONCOTRIAL_DATA_DIR = prev;
    }
  });
});
