/**
 * The JSON input of `oncotrial calc schedule` (and of any caller that has a subject's events as
 * JSON): an optional full study definition (default: the bundled leflunomide MEN-1 study), the
 * enrolment date (day 1), the as-of date, and the subject's events.
 */
import { z } from 'zod';
import { studyDefinitionSchema } from '../protocol/study-definition.schema.ts';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { subjectEventsSchema } from '../subjects/subject-events.schema.ts';

export const scheduleInputSchema = z.object({
  study: studyDefinitionSchema.optional(),
  enrollmentDate: isoDateSchema,
  asOf: isoDateSchema,
  events: subjectEventsSchema.prefault({}),
});
export type ScheduleInput = z.output<typeof scheduleInputSchema>;
