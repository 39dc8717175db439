/**
 * HTML → PDF with Debian's Chromium in headless print-to-PDF mode (no downloads, no network:
 * the report is self-contained). The HTML is written to a private temporary directory and
 * printed from a file:// URL; the directory is removed afterwards. Given the data cut's frozen
 * instant, the output is made byte-stable (`pdf-stable.ts`): same HTML, same bytes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stablePdf } from './pdf-stable.ts';

export const CHROMIUM = process.env.ONCOTRIAL_CHROMIUM ?? '/usr/bin/chromium';

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

export class PdfRenderError extends Error {}

export interface PdfOptions {
  /** UTC instant written as the PDF's creation and modification date (the cut's `takenAt`);
   * without it the PDF keeps Chromium's wall-clock dates and differs run to run. */
  instant?: string;
  timeoutMs?: number;
}

/** @example const pdf = await htmlToPdf(html, { instant: cut.takenAt }) */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  if (!chromiumAvailable())
    throw new PdfRenderError(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const dir = await mkdtemp(join(tmpdir(), 'oncotrial-pdf-'));
  try {
    const htmlFile = join(dir, 'report.html');
    const pdfFile = join(dir, 'report.pdf');
    await writeFile(htmlFile, html, 'utf8');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--no-pdf-header-footer',
          `--user-data-dir=${join(dir, 'profile')}`,
          `--print-to-pdf=${pdfFile}`,
          pathToFileURL(htmlFile).href,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err = (err + d.toString()).slice(-2000);
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new PdfRenderError(`Chromium failed to start: ${e.message}`));
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0 && existsSync(pdfFile)) resolve();
        else reject(new PdfRenderError(`Chromium exited ${code}: ${err.trim()}`));
      });
    });
    const pdf = await readFile(pdfFile);
    return options.instant === undefined ? pdf : stablePdf(pdf, options.instant);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
