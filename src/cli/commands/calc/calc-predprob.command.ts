/**
 * `oncotrial calc predprob`: Bayesian predictive probability of success (Lee & Liu 2008) with a
 * Beta prior; with `thetaL` (and optionally `thetaU`) also the stopping boundaries per look.
 */
import { Command } from 'commander';
import { z } from 'zod';
import {
  predictiveBoundaries,
  predictiveProbability,
} from '../../../core/stats/predictive-probability.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

const count = z.number().int().min(0);
const open01 = z.number().gt(0).lt(1);

export const predprobInputSchema = z.strictObject({
  x: count,
  n: count,
  nmax: z.number().int().min(1).max(10_000),
  priorA: z.number().positive(),
  priorB: z.number().positive(),
  p0: open01,
  thetaT: open01,
  thetaL: z.number().min(0).max(1).optional(),
  thetaU: z.number().min(0).max(1).optional(),
  firstLook: z.number().int().min(1).optional(),
});

export function calcPredprobCommand(): Command {
  return new Command('predprob')
    .description(
      'predictive probability (Lee & Liu 2008): {x, n, nmax, priorA, priorB, p0, thetaT, thetaL?, thetaU?}',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, predprobInputSchema, (i) => {
        const { thetaL, thetaU, firstLook, ...core } = i;
        const predictiveProbabilityValue = predictiveProbability(core);
        return thetaL === undefined
          ? { predictiveProbability: predictiveProbabilityValue }
          : {
              predictiveProbability: predictiveProbabilityValue,
              boundaries: predictiveBoundaries({ ...core, thetaL, thetaU, firstLook }),
            };
      });
    });
}
