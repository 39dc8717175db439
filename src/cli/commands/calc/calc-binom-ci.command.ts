/**
 * `oncotrial calc binom-ci`: confidence interval of a proportion x / n — exact Clopper–Pearson
 * (R binom.test, default) or Wilson (R prop.test without continuity correction).
 */
import { Command } from 'commander';
import { z } from 'zod';
import { binomialCi } from '../../../core/stats/binomial-ci.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

export const binomCiInputSchema = z.strictObject({
  x: z.number().int().min(0),
  n: z.number().int().min(0),
  confLevel: z.number().gt(0).lt(1).optional(),
  method: z.enum(['clopper-pearson', 'wilson']).optional(),
});

export function calcBinomCiCommand(): Command {
  return new Command('binom-ci')
    .description(
      'binomial confidence interval: {x, n, confLevel?, method?: clopper-pearson|wilson}',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, binomCiInputSchema, (i) =>
        binomialCi(i.x, i.n, i.confLevel, i.method),
      );
    });
}
