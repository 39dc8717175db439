/**
 * Input of the endpoints analysis (`calc endpoints`): subject records, the protocol's
 * time-to-event and RECIST parameters, the Simon design, and analysis options.
 */
import { z } from 'zod';
import { recistRulesOverrideSchema } from '../recist/recist-rules.ts';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { KM_CONF_TYPES } from '../stats/km-confidence.ts';
import { subjectRecordSchema } from './subject-record.schema.ts';
import { timeToEventParametersSchema } from './time-to-event-parameters.ts';

const count = z.number().int().min(0);

export const simonBoundariesSchema = z.strictObject({
  r1: count,
  n1: z.number().int().min(1),
  r: count,
  n: z.number().int().min(2),
});

export const endpointsInputSchema = z.strictObject({
  subjects: z.array(subjectRecordSchema).min(1),
  parameters: timeToEventParametersSchema.optional(),
  recistRules: recistRulesOverrideSchema.optional(),
  /** Simon boundaries; default the protocol's optimal 0/10, 3/29 (p0 0.05, p1 0.20, α 0.05, β 0.20). */
  design: simonBoundariesSchema.optional(),
  /** Data cut-off of an interim look; absent = final analysis. */
  dataCutoffDate: isoDateSchema.nullable().optional(),
  confLevel: z.number().gt(0).lt(1).optional(),
  confType: z.enum(KM_CONF_TYPES).optional(),
  /** Landmark days for PFS and OS (default: the horizon, day 252). */
  landmarks: z.array(z.number().min(0)).optional(),
  /** Days at which to count subjects at risk (default 0, 56, 112, 168, 224 and the horizon). */
  riskTimes: z.array(z.number().min(0)).optional(),
});

export type EndpointsInput = z.output<typeof endpointsInputSchema>;
