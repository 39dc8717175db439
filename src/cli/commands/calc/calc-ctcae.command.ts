/**
 * `oncotrial calc ctcae`: CTCAE v5.0 grades of lab results (issue 6).
 *
 * In:  `{ "version": "5.0", "results": [ { "test", "value", "unit", "lln"?, "uln"?, "baseline"? } ] }`
 * Out: `{ "results": [ { "test", "term", "grade", "reason" } ] }`; `grade` is null when not
 * gradable (missing ULN/LLN), and `reason` always says why. LLN, ULN and baseline are in the
 * result's unit. An unknown unit or version exits 2 naming the path.
 */
import { Command } from 'commander';
import { z } from 'zod';
import { gradeLabResultsOrThrow } from '../../../core/safety/ctcae-lab-grading-batch.ts';
import { LAB_TEST_CODES } from '../../../core/safety/lab-test-codes.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';

const limit = z.number().nonnegative().nullable().optional();

export const ctcaeInputSchema = z
  .object({
    version: z.literal('5.0'),
    results: z.array(
      z
        .object({
          test: z.enum(LAB_TEST_CODES),
          value: z.number().nonnegative(),
          unit: z.string().min(1),
          lln: limit,
          uln: z.number().positive().nullable().optional(),
          baseline: limit,
        })
        .strict(),
    ),
  })
  .strict();

export function calcCtcaeCommand(): Command {
  return new Command('ctcae')
    .description(
      'CTCAE v5.0 lab toxicity grades (ALT AST ALP GGT BILI CREAT NEUT PLAT WBC LYMPH HGB)',
    )
    .option('--in <file>', 'JSON input file (default: stdin)')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, ctcaeInputSchema, (input) => ({
        results: gradeLabResultsOrThrow(input.results).map((g) => ({
          test: g.test,
          term: g.term,
          grade: g.grade,
          reason: g.reason,
        })),
      }));
    });
}
