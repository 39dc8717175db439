/**
 * Demographics (SDTM DM) as entered at screening, with CDISC controlled terminology for sex,
 * ethnicity and race so the DM export is a mapping. Birth date may be partial (BRTHDTC).
 */
import { z } from 'zod';
import { partialDateSchema } from '../../core/subjects/partial-date.schema.ts';

export const SEX = ['M', 'F', 'U'] as const;
export const ETHNICITY = [
  'HISPANIC OR LATINO',
  'NOT HISPANIC OR LATINO',
  'NOT REPORTED',
  'UNKNOWN',
] as const;
export const RACE = [
  'AMERICAN INDIAN OR ALASKA NATIVE',
  'ASIAN',
  'BLACK OR AFRICAN AMERICAN',
  'NATIVE HAWAIIAN OR OTHER PACIFIC ISLANDER',
  'WHITE',
  'MULTIPLE',
  'OTHER',
  'NOT REPORTED',
  'UNKNOWN',
] as const;

export const demographicsSchema = z.object({
  sex: z.enum(SEX).nullable().optional(),
  birthDate: partialDateSchema.nullable().optional(),
  ethnicity: z.enum(ETHNICITY).nullable().optional(),
  race: z.enum(RACE).nullable().optional(),
});
export type Demographics = z.infer<typeof demographicsSchema>;

export const newSubjectSchema = demographicsSchema.extend({
  siteId: z.string().min(1),
  screeningNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'must be 1–40 letters, digits or hyphens'),
});
export type NewSubject = z.infer<typeof newSubjectSchema>;
