/**
 * The PDF of a data cut is byte-identical when regenerated: Chromium's wall-clock dates become
 * the cut's frozen instant and the /ID is derived from the content (`pdf-stable.ts`). Needs
 * Debian's Chromium and pdftotext (poppler-utils); skipped, with the reason, without them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataCut } from '../data-cuts/data-cut-repository.ts';
import { ensureDefaultProtocol } from '../protocol/protocol-repository.ts';
import { createTestStore, type TestStore } from '../testing/test-stores.ts';
import { chromiumAvailable, htmlToPdf } from './chromium-pdf.ts';
import { cutReport } from './cut-report.ts';
import { pdfDate } from './pdf-stable.ts';

const reason = !chromiumAvailable()
  ? 'Chromium (/usr/bin/chromium) is not installed'
  : !existsSync('/usr/bin/pdftotext')
    ? 'pdftotext (poppler-utils) is not installed'
    : null;

describe.skipIf(reason !== null)(
  `byte-stable report PDF${reason ? ` — skipped: ${reason}` : ''}`,
  () => {
    let store: TestStore;
    const dir = mkdtempSync(join(tmpdir(), 'oncotrial-pdf-stable-'));
    beforeAll(async () => {
      store = await createTestStore('sqlite');
      await ensureDefaultProtocol(store);
      await createDataCut(
        store,
        { id: 'stat', name: 'Statistician' },
        {
          name: 'final-1',
          cutoffDate: store.now().slice(0, 10),
        },
      );
    });
    afterAll(async () => {
      await store.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    it('the same cut printed twice, a second apart, gives the same bytes; pdftotext finds every section', async () => {
      const r = await cutReport(store, {
        cut: 'final-1',
        kind: 'final',
        blinding: 'closed',
        lang: 'en',
      });
      const raw1 = await htmlToPdf(r.html);
      await new Promise((ok) => setTimeout(ok, 1100));
      const raw2 = await htmlToPdf(r.html);
      // without the frozen instant Chromium stamps the print time: the problem being fixed
      expect(raw1.equals(raw2)).toBe(false);
      const a = await htmlToPdf(r.html, { instant: r.takenAt });
      await new Promise((ok) => setTimeout(ok, 1100));
      const b = await htmlToPdf(r.html, { instant: r.takenAt });
      expect(a.equals(b)).toBe(true);
      const file = join(dir, 'a.pdf');
      writeFileSync(file, a);
      const info = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
      expect(info.status).toBe(0);
      expect(info.stderr).toBe(''); // no "Syntax Error" / xref reconstruction
      const when = pdfDate(r.takenAt); // D:YYYYMMDDHHmmSS+00'00'
      const iso = `${when.slice(2, 6)}-${when.slice(6, 8)}-${when.slice(8, 10)}T${when.slice(10, 12)}:${when.slice(12, 14)}:${when.slice(14, 16)}`;
      expect(info.stdout).toMatch(new RegExp(`CreationDate:\\s+${iso}`));
      const text = spawnSync('pdftotext', ['-layout', file, '-'], {
        encoding: 'utf8',
      }).stdout.replace(/\s+/g, ' ');
      expect(r.report.sections).toHaveLength(9);
      for (const s of r.report.sections)
        expect(text, s.title).toContain(s.title.replace(/\s+/g, ' '));
    }, 120_000);

    it('zh-CN (CJK font subsets) is byte-stable too', async () => {
      const r = await cutReport(store, {
        cut: 'final-1',
        kind: 'final',
        blinding: 'open',
        lang: 'zh-CN',
      });
      const a = await htmlToPdf(r.html, { instant: r.takenAt });
      await new Promise((ok) => setTimeout(ok, 1100));
      const b = await htmlToPdf(r.html, { instant: r.takenAt });
      expect(a.equals(b)).toBe(true);
    }, 120_000);
  },
);
