/**
 * `oncotrial calc bor`: already-scored time-point responses in, unconfirmed and confirmed best
 * overall response out (RECIST 1.1 §4.4.3, §4.6). One subject or an array of subjects.
 */
import { Command } from 'commander';
import { z } from 'zod';
import { deriveBestOverallResponse } from '../../../core/recist/best-overall-response.ts';
import { isoDateSchema } from '../../../core/recist/recist-input.schema.ts';
import { borInEnglish } from '../../../core/recist/recist-result-english.ts';
import {
  recistRulesOverrideSchema,
  resolveRecistRules,
} from '../../../core/recist/recist-rules.ts';
import { TIMEPOINT_RESPONSES } from '../../../core/recist/response-codes.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';
import { oneOrMany } from './one-or-many.ts';

export const borInputSchema = z.strictObject({
  subjectId: z.string().optional(),
  referenceDate: isoDateSchema,
  rules: recistRulesOverrideSchema.optional(),
  newTherapyDate: isoDateSchema.nullable().optional(),
  targetDisease: z.boolean().optional(),
  responses: z.array(
    z.strictObject({ date: isoDateSchema, response: z.enum(TIMEPOINT_RESPONSES) }),
  ),
});

export function calcBorCommand(): Command {
  return new Command('bor')
    .description(
      'best overall response (unconfirmed and confirmed) from dated time-point responses; one subject or an array',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, z.unknown(), (raw) =>
        oneOrMany(
          raw,
          borInputSchema,
          // Small results, computed while checking: date-order errors come before any output.
          ({ subjectId, ...input }) => ({
            ...(subjectId === undefined ? {} : { subjectId }),
            rules: resolveRecistRules(input.rules),
            ...borInEnglish(deriveBestOverallResponse(input)),
          }),
        ),
      );
    });
}
