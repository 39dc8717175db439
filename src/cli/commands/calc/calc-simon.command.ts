/**
 * `oncotrial calc simon`: Simon two-stage optimal and minimax designs with their operating
 * characteristics (stop after stage 1 if responses ≤ r1 of n1; reject H0 if > r of n).
 */
import { Command } from 'commander';
import { z } from 'zod';
import { simonTwoStage } from '../../../core/stats/simon-two-stage.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

const probability = z.number().gt(0).lt(1);

export const simonInputSchema = z.strictObject({
  p0: probability,
  p1: probability,
  alpha: probability,
  beta: probability,
  nmax: z.number().int().min(2).max(1000).optional(),
});

export function calcSimonCommand(): Command {
  return new Command('simon')
    .description('Simon two-stage designs: {p0, p1, alpha, beta, nmax?} → {optimal, minimax}')
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, simonInputSchema, (i) => simonTwoStage(i));
    });
}
