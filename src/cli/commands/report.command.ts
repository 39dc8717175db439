/**
 * `oncotrial report --cut NAME --kind interim|final --lang zh-CN|en --out DIR [--open]
 * [--no-pdf]`: writes the report of a data cut as HTML, one CSV per table (plus an index) and,
 * when Debian's Chromium is installed, a PDF. A progress bar is drawn on a terminal (stderr).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { DomainError } from '../../core/shared/domain-error.ts';
import { openStore } from '../../store/open-store.ts';
import { chromiumAvailable, htmlToPdf } from '../../store/reports/chromium-pdf.ts';
import { type CutReportRequest, cutReport, reportStem } from '../../store/reports/cut-report.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';

/** A one-line progress bar on a TTY; silent otherwise (logs and CI stay clean). */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  return (label: string) => {
    done += 1;
    if (!stream.isTTY) return;
    const width = 24;
    const filled = Math.round((width * done) / total);
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}\x1b[K`,
    );
    if (done === total) stream.write('\n');
  };
}

export function reportCommand(): Command {
  return new Command('report')
    .description('write the analysis report of a data cut (HTML, CSV per table, PDF by Chromium)')
    .requiredOption('--cut <name>', 'data cut name (oncotrial cut create)')
    .addOption(
      new Option('--kind <kind>', 'report kind')
        .choices(['interim', 'final'])
        .makeOptionMandatory(),
    )
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'zh-CN']).default('en'))
    .option('--open', 'open version: aggregate only (default: closed, by subject)')
    .option('--no-pdf', 'skip the PDF')
    .requiredOption('--out <dir>', 'output directory')
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(
      async (opts: {
        cut: string;
        kind: 'interim' | 'final';
        lang: 'en' | 'zh-CN';
        open?: boolean;
        pdf: boolean;
        out: string;
        dataDir?: string;
      }) => {
        const req: CutReportRequest = {
          cut: opts.cut,
          kind: opts.kind,
          lang: opts.lang,
          blinding: opts.open ? 'open' : 'closed',
        };
        const wantPdf = opts.pdf && chromiumAvailable();
        const tick = progress(wantPdf ? 4 : 3);
        const store = await openStore(storeConfigFromEnv(process.env, opts.dataDir), {
          migrate: false,
        });
        try {
          const r = await cutReport(store, req);
          tick('report built');
          const stem = reportStem(req);
          await mkdir(join(opts.out, `${stem}-csv`), { recursive: true });
          await writeFile(join(opts.out, `${stem}.html`), r.html, 'utf8');
          tick('HTML written');
          await writeFile(join(opts.out, `${stem}-csv`, 'index.csv'), r.csvIndex, 'utf8');
          for (const [name, text] of r.csv)
            await writeFile(join(opts.out, `${stem}-csv`, name), text, 'utf8');
          tick('CSV written');
          if (wantPdf) {
            await writeFile(
              join(opts.out, `${stem}.pdf`),
              await htmlToPdf(r.html, { instant: r.takenAt }),
            );
            tick('PDF written');
          } else if (opts.pdf)
            process.stderr.write('PDF skipped: Chromium is not installed (/usr/bin/chromium)\n');
          process.stdout.write(`${join(opts.out, `${stem}.html`)}\n`);
          process.exitCode = 0;
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          process.stderr.write(`oncotrial report: ${e.message}\n`);
          process.exitCode = e.failure.kind === 'not-found' ? 1 : 2;
        } finally {
          await store.close();
        }
      },
    );
}
