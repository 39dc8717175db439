/**
 * `oncotrial calc km`: Kaplan–Meier estimate with R survfit conventions — steps, median and
 * quartiles with CIs, landmark survival, number at risk. `null` where R gives NA.
 */
import { Command } from 'commander';
import { z } from 'zod';
import { kaplanMeier } from '../../../core/stats/kaplan-meier.ts';
import { KM_CONF_TYPES } from '../../../core/stats/km-confidence.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

const nonNegative = z.number().min(0);

export const kmInputSchema = z.strictObject({
  time: z.array(nonNegative).min(1),
  status: z.array(z.literal([0, 1])).min(1),
  confType: z.enum(KM_CONF_TYPES).optional(),
  confLevel: z.number().gt(0).lt(1).optional(),
  landmarks: z.array(nonNegative).optional(),
  riskTimes: z.array(nonNegative).optional(),
});

export function calcKmCommand(): Command {
  return new Command('km')
    .description(
      'Kaplan–Meier (R survfit conventions): {time, status, confType?, confLevel?, landmarks?, riskTimes?}',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, kmInputSchema, (input) => kaplanMeier(input));
    });
}
