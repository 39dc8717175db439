/**
 * `oncotrial demo`: loads a simulated MEN-1 NET study (seeded) through the real write path into
 * the embedded database or PostgreSQL, and prints the demo accounts. Refuses a database that
 * already holds subjects.
 */
import { Command, InvalidArgumentError } from 'commander';
import { openStore } from '../../store/open-store.ts';
import { storeConfigFromEnv } from '../../store/store-config.ts';
import { DemoRequestError } from '../demo/demo-client.ts';
import { demoSummary } from '../demo/demo-summary.ts';
import { DemoNotEmptyError, loadDemo } from '../demo/load-demo.ts';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number ≥ 1');
  return n;
}

function integer(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'load a simulated demo study through the API (audited like real entry) and create demo accounts for every role',
    )
    .option('--subjects <n>', 'patients to screen', positiveInt, 30)
    .option('--seed <s>', 'simulation seed (same seed, same study)', integer)
    .option('--data-dir <dir>', 'data directory for the embedded database (env ONCOTRIAL_DATA_DIR)')
    .action(async (opts: { subjects: number; seed?: number; dataDir?: string }) => {
      const config = storeConfigFromEnv(process.env, opts.dataDir);
      const store = await openStore(config);
      try {
        const result = await loadDemo(store, {
          subjects: opts.subjects,
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          log: (line) => process.stderr.write(`${line}\n`),
        });
        process.stdout.write(demoSummary(result));
        process.exitCode = 0;
      } catch (e) {
        if (e instanceof DemoNotEmptyError || e instanceof DemoRequestError) {
          process.stderr.write(`oncotrial demo: ${e.message}\n`);
          process.exitCode = 1;
        } else throw e;
      } finally {
        await store.close();
      }
    });
}
