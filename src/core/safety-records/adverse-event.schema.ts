/**
 * An adverse event as entered by a site (issue 6; SDTM AE; ICH E2A seriousness criteria).
 * The term is a CTCAE v5.0 term; MedDRA codes are optional fields for sites that hold a licence.
 * Seriousness is derived from the criteria (serious ⇔ at least one criterion), so the two can
 * never disagree. The awareness instant starts the SAE 24-hour clock and is required for a
 * serious AE. Cross-field rules that need the subject (death record, dates) live in
 * `adverse-event-checks.ts`.
 */
import { z } from 'zod';
import type { AeOutcome, SeriousnessCriterion } from '../safety/grade5-death-consistency.ts';
import { parseInstant } from '../safety/sae-reporting-clock.ts';
import { isoDateSchema } from '../shared/iso-date.schema.ts';
import { plainText } from './plain-text.schema.ts';

export const SERIOUSNESS_CRITERIA = [
  'death',
  'life-threatening',
  'hospitalisation',
  'disability',
  'congenital-anomaly',
  'other-important',
] as const satisfies readonly SeriousnessCriterion[];

export const AE_OUTCOMES = [
  'recovered',
  'recovering',
  'not-recovered',
  'recovered-with-sequelae',
  'fatal',
  'unknown',
] as const satisfies readonly AeOutcome[];

/** Causality to leflunomide (investigator's judgement). */
export const RELATEDNESS = [
  'related',
  'possibly-related',
  'unlikely-related',
  'not-related',
] as const;

/** Action taken with leflunomide (CDISC AEACN, lower-case). */
export const ACTIONS_TAKEN = [
  'dose-not-changed',
  'dose-reduced',
  'drug-interrupted',
  'drug-withdrawn',
  'not-applicable',
  'unknown',
] as const;

function isInstant(s: string): boolean {
  try {
    parseInstant(s);
    return true;
  } catch {
    return false;
  }
}

/** ISO 8601 instant with an explicit offset (`2026-11-25T08:30:00+08:00`). */
export const instantSchema = z.string().refine(isInstant, {
  message: 'must be an instant with its offset, e.g. 2026-11-25T08:30:00+08:00',
  params: { rule: 'instant-with-offset' },
});

const code = plainText(20);

export const meddraSchema = z.object({
  version: plainText(10).nullable().optional(),
  lltCode: code.nullable().optional(),
  ptCode: code.nullable().optional(),
  socCode: code.nullable().optional(),
});

/** The fields, without defaults or cross-field rules (a PATCH takes any subset of them). */
export const adverseEventFields = z.object({
  term: plainText(200),
  meddra: meddraSchema.nullable().optional(),
  onsetDate: isoDateSchema,
  resolutionDate: isoDateSchema.nullable().optional(),
  grade: z.number().int('must be a whole grade').min(1, 'grade is 1–5').max(5, 'grade is 1–5'),
  seriousCriteria: z.array(z.enum(SERIOUSNESS_CRITERIA)),
  relatedness: z.enum(RELATEDNESS),
  actionTaken: z.enum(ACTIONS_TAKEN),
  outcome: z.enum(AE_OUTCOMES),
  awarenessAt: instantSchema.nullable().optional(),
});

/** A whole adverse event: no seriousness criteria means not serious. */
export const adverseEventSchema = adverseEventFields
  .extend({ seriousCriteria: adverseEventFields.shape.seriousCriteria.default([]) })
  .superRefine((ae, ctx) => {
    if (new Set(ae.seriousCriteria).size !== ae.seriousCriteria.length)
      ctx.addIssue({
        code: 'custom',
        path: ['seriousCriteria'],
        message: 'each seriousness criterion at most once',
        params: { rule: 'unique-items' },
      });
    if (ae.seriousCriteria.length > 0 && !ae.awarenessAt)
      ctx.addIssue({
        code: 'custom',
        path: ['awarenessAt'],
        message:
          'a serious adverse event needs the instant the site became aware of it (starts the 24 h reporting clock)',
        params: { rule: 'sae-needs-awareness' },
      });
  });

export type AdverseEventInput = z.output<typeof adverseEventSchema>;
