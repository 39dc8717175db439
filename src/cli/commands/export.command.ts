/**
 * `oncotrial export --format xpt|dataset-json|csv|odm --out DIR [--cut DATE]`: writes the CDISC
 * datasets (SDTM trial design and subject domains, ADaM) of the study in force, one file per
 * dataset plus define.xml, streaming (one page of subjects in memory). A progress bar on a
 * terminal, plain lines otherwise.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isIsoDate } from '../../core/shared/calendar-date.ts';
import {
  type ChunkSink,
  FILE_EXTENSION,
  TABULAR_FORMATS,
  writeDatasets,
} from '../../store/exports/dataset-stream.ts';
import { writeDefineXml } from '../../store/exports/define-xml-export.ts';
import { countExportSubjects } from '../../store/exports/export-subject-reader.ts';
import { writeOdmExport } from '../../store/exports/odm-export.ts';
import { openStore } from '../../store/open-store.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';
import { studyInForce } from '../../store/subjects/subject-command.ts';

const FORMATS = [...TABULAR_FORMATS, 'odm'] as const;
type Format = (typeof FORMATS)[number];

function cutDate(v: string): string {
  if (!isIsoDate(v)) throw new InvalidArgumentError('must be a calendar date YYYY-MM-DD');
  return v;
}

/** A file sink that honours back-pressure. */
export function fileSink(path: string): ChunkSink {
  const stream = createWriteStream(path);
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

function progress(total: number): { tick(): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let n = 0;
  let lastPct = -1;
  return {
    tick() {
      n += 1;
      const pct = total === 0 ? 100 : Math.floor((n / total) * 100);
      if (pct === lastPct) return;
      lastPct = pct;
      if (tty) {
        const width = 30;
        const filled = Math.round((pct / 100) * width);
        process.stderr.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${n}/${total} subjects`,
        );
      } else if (pct % 10 === 0) {
        process.stderr.write(`subjects ${n}/${total} (${pct} %)\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      'export CDISC SDTM and ADaM datasets (with define.xml), or ODM 1.3.2 clinical data with its audit trail',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(FORMATS).makeOptionMandatory(),
    )
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--cut <date>', 'data cut: only data dated on or before this date', cutDate)
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(async (opts: { format: Format; out: string; cut?: string; dataDir?: string }) => {
      const store = await openStore(storeConfigFromEnv(process.env, opts.dataDir), {
        migrate: false,
      });
      try {
        mkdirSync(opts.out, { recursive: true });
        const study = await studyInForce(store);
        const created = store.now();
        const scope = { sites: 'all' as const, cut: opts.cut ?? null };
        const total = await countExportSubjects(store.db, study, 'all');
        const bar = progress(total);
        if (opts.format === 'odm') {
          const path = join(opts.out, 'odm.xml');
          await writeOdmExport(
            store,
            study,
            { created, scope, onSubject: bar.tick },
            fileSink(path),
          );
          bar.done();
          process.stdout.write(`${path}\n`);
          return;
        }
        const format = opts.format;
        const ext = FILE_EXTENSION[format];
        const counts = await writeDatasets(
          store.db,
          { created, study, scope, format, onSubject: bar.tick },
          (name) => fileSink(join(opts.out, `${name.toLowerCase()}.${ext}`)),
        );
        bar.done();
        await writeDefineXml(study, created, format, fileSink(join(opts.out, 'define.xml')));
        for (const c of counts)
          process.stdout.write(`${c.name.toLowerCase()}.${ext}\t${c.rows} rows\n`);
        process.stdout.write('define.xml\n');
      } finally {
        await store.close();
      }
    });
}
