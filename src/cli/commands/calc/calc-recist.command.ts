/**
 * `oncotrial calc recist`: one subject's lesion measurements in, RECIST 1.1 time-point
 * responses, best overall response, waterfall value and flags out (or an array of subjects in,
 * an array of results out). Input and output shapes: src/core/recist/README.md.
 */
import { Command } from 'commander';
import { z } from 'zod';
import { evaluateCheckedSubject } from '../../../core/recist/evaluate-subject.ts';
import { checkRecistInput } from '../../../core/recist/input-consistency.ts';
import { recistSubjectSchema } from '../../../core/recist/recist-input.schema.ts';
import { recistResultInEnglish } from '../../../core/recist/recist-result-english.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';
import { oneOrMany } from './one-or-many.ts';

export function calcRecistCommand(): Command {
  return new Command('recist')
    .description(
      'RECIST 1.1: assessments of one subject (or an array of subjects) → responses, best overall response',
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, z.unknown(), (raw) =>
        oneOrMany(
          raw,
          recistSubjectSchema,
          (subject) => ({ subject, catalogue: checkRecistInput(subject) }),
          ({ subject, catalogue }) =>
            recistResultInEnglish(evaluateCheckedSubject(subject, catalogue)),
        ),
      );
    });
}
