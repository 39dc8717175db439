/**
 * A protocol deviation (ICH E3 §10.2; issue 6), recorded by hand or automatically (a prohibited
 * concomitant medication during treatment). Severity: `minor` (no effect on safety or data
 * reliability), `major` (an "important" deviation in ICH E3 terms), `critical` (subject safety
 * or the primary endpoint compromised).
 */
import { z } from 'zod';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { plainText } from './plain-text.schema.ts';

export const DEVIATION_CATEGORIES = [
  'informed-consent',
  'eligibility',
  'prohibited-medication',
  'dosing',
  'visit-schedule',
  'lab-monitoring',
  'safety-reporting',
  'other',
] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];

export const DEVIATION_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type DeviationSeverity = (typeof DEVIATION_SEVERITIES)[number];

export const protocolDeviationSchema = z.object({
  category: z.enum(DEVIATION_CATEGORIES),
  severity: z.enum(DEVIATION_SEVERITIES),
  deviationDate: isoDateSchema,
  description: plainText(4000),
});

export type ProtocolDeviationInput = z.output<typeof protocolDeviationSchema>;
