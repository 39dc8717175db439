/**
 * The dated facts of one subject that the schedule, the derived status and the date-consistency
 * rules read: consent, screen failure, doses, end of treatment, progression, death, withdrawal of
 * consent, new anticancer therapy, the visits done and the ALT results. The store assembles them
 * from its records; `oncotrial calc schedule` takes them as JSON. Every field is a calendar date
 * (no time, no time zone), so nothing here can drift with the server's TZ.
 */
import { z } from 'zod';
import { visitKindSchema } from '../protocol/study-definition.schema.ts';
import { isoDateSchema } from '../shared/iso-date.schema.ts';

/** Why treatment ended (SDTM DS "reason for discontinuation", issue 5). */
export const treatmentEndReasonSchema = z.enum([
  'progression',
  'toxicity',
  'withdrawal',
  'investigator-decision',
  'death',
  'lost-to-follow-up',
  'other',
]);
export type TreatmentEndReason = z.infer<typeof treatmentEndReasonSchema>;

export const visitDoneSchema = z.object({ kind: visitKindSchema, date: isoDateSchema });
export type VisitDone = z.infer<typeof visitDoneSchema>;

/** One ALT result with the upper limit of normal of the lab that measured it (same unit). */
export const altResultSchema = z.object({
  date: isoDateSchema,
  value: z.number().finite().nonnegative(),
  uln: z.number().finite().positive(),
});
export type AltResult = z.infer<typeof altResultSchema>;

export const subjectEventsSchema = z.object({
  /** Main informed consent signed. */
  consentDate: isoDateSchema.optional(),
  /** Screen failure: the subject will not be enrolled; the reason is kept (issue 5). */
  screenFailure: z.object({ date: isoDateSchema, reason: z.string().min(1) }).optional(),
  /** Days a dose was taken (or dispensing days); day 1 is the first dose. */
  doses: z.array(z.object({ date: isoDateSchema })).default([]),
  /** End of treatment: the date of the last dose and why treatment stopped. */
  treatmentEnd: z
    .object({ lastDoseDate: isoDateSchema, reason: treatmentEndReasonSchema })
    .optional(),
  /** Date of radiological progression (RECIST 1.1), as the RECIST engine dates it. */
  progressionDate: isoDateSchema.optional(),
  deathDate: isoDateSchema.optional(),
  /** Withdrawal of consent: data collection stops from this date; what was collected stays. */
  consentWithdrawalDate: isoDateSchema.optional(),
  /** Lost to follow-up: no further contact is possible, so no further visit is planned. */
  lostToFollowUpDate: isoDateSchema.optional(),
  newAnticancerTherapyDate: isoDateSchema.optional(),
  visitsDone: z.array(visitDoneSchema).default([]),
  altResults: z.array(altResultSchema).default([]),
});
export type SubjectEvents = z.infer<typeof subjectEventsSchema>;
export type SubjectEventsInput = z.input<typeof subjectEventsSchema>;
