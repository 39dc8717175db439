/**
 * `oncotrial calc schedule`: a subject's enrolment date, as-of date and events in (optionally a
 * full study definition; default the bundled one), the planned visits with target dates,
 * windows and status out, with the subject's derived status and date queries (or an array of
 * subjects in, an array out). Shapes and worked examples: src/core/schedule/README.md.
 */
import { Command } from 'commander';
import { z } from 'zod';
import { scheduleInputSchema } from '../../../core/schedule/schedule-input.schema.ts';
import { subjectSchedule } from '../../../core/schedule/subject-schedule.ts';
import { type JsonIoOptions, runJsonCalc } from '../../json-io.ts';
import { oneOrMany } from './one-or-many.ts';

export function calcScheduleCommand(): Command {
  return new Command('schedule')
    .description(
      "visit schedule: a subject's enrolment date, as-of date and events → planned visits with windows and status",
    )
    .option('--in <file>', 'read the JSON input from FILE instead of stdin')
    .action(async (opts: JsonIoOptions) => {
      process.exitCode = await runJsonCalc(opts, z.unknown(), (raw) =>
        oneOrMany(raw, scheduleInputSchema, subjectSchedule),
      );
    });
}
