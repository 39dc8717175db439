/**
 * A concomitant medication as entered by a site (issue 6; SDTM CM): name as written (generic,
 * brand or Chinese), optional WHO ATC code, dose, route, frequency, indication, and start/stop
 * dates that may be partial (`YYYY`, `YYYY-MM`); no stop date means ongoing.
 */
import { z } from 'zod';
import { mayBeInOrder, partialDateSchema } from '../subjects/partial-date.schema.ts';
import { plainText } from './plain-text.schema.ts';

/** WHO ATC code at any level: `L`, `L01`, `L01E`, `L01EG`, `L01EG02`. */
const ATC = /^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$/;

const short = plainText;

/** The fields, without cross-field rules (a PATCH takes any subset of them). */
export const concomitantMedicationFields = z.object({
  name: short(200),
  atcCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(ATC, 'must be a WHO ATC code such as L01EG02')
    .nullable()
    .optional(),
  dose: short(40).nullable().optional(),
  doseUnit: short(20).nullable().optional(),
  route: short(40).nullable().optional(),
  frequency: short(40).nullable().optional(),
  indication: short(200),
  startDate: partialDateSchema.nullable().optional(),
  stopDate: partialDateSchema.nullable().optional(),
});

export const concomitantMedicationSchema = concomitantMedicationFields.superRefine((cm, ctx) => {
  if (cm.startDate && cm.stopDate && !mayBeInOrder(cm.startDate, cm.stopDate))
    ctx.addIssue({
      code: 'custom',
      path: ['stopDate'],
      message: `stop ${cm.stopDate} is before start ${cm.startDate}`,
      params: { rule: 'stop-after-start' },
    });
});

export type ConcomitantMedicationInput = z.output<typeof concomitantMedicationSchema>;
