/**
 * Phase III outlook assumptions as protocol data (issue 12): what a randomised phase III would
 * need, sized from this phase II's observed median PFS and ORR. Times are in months (the unit
 * statisticians state accrual and follow-up in; observed days are converted with
 * `timeToEvent.daysPerMonth`). The values are the sponsor's assumptions and are printed beside
 * every number the report derives from them.
 */
import { z } from 'zod';

const probability = z.number().gt(0, 'must be > 0').lt(1, 'must be < 1');
const months = z.number().positive('must be > 0 months');

/** The target hazard ratio: stated, or derived from the observed median PFS (exponential PFS). */
export const phase3HazardRatioSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed'),
    value: z.number().gt(0, 'must be > 0').lt(1, 'must be < 1 (benefit of the experimental arm)'),
  }),
  z.object({
    /** HR = control median / observed median PFS (λ = ln 2 / median under exponential PFS). */
    kind: z.literal('from-observed-median'),
    /** Used when the observed median is not reached at the cut-off. */
    whenMedianNotReached: z
      .number()
      .gt(0, 'must be > 0')
      .lt(1, 'must be < 1 (benefit of the experimental arm)'),
  }),
]);

/** The experimental arm's ORR: stated, or the ORR observed in this phase II. */
export const phase3TargetOrrSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: probability }),
  z.object({ kind: z.literal('observed') }),
]);

export const phase3OutlookSchema = z
  .object({
    /** Type I error, spent over `sides` (two-sided 0.05 = one-sided 0.025 per tail). */
    alpha: z.number().gt(0, 'must be > 0').max(0.5, 'must be ≤ 0.5'),
    sides: z.union([z.literal(1), z.literal(2)]),
    power: z.number().gt(0.5, 'must be > 0.5').lt(1, 'must be < 1'),
    /** Randomisation ratio experimental : control (1 = 1:1, 2 = 2:1). */
    allocationRatio: z.number().min(0.1, 'must be ≥ 0.1').max(10, 'must be ≤ 10'),
    survival: z.object({
      hazardRatio: phase3HazardRatioSchema,
      /** Median PFS of the control arm (standard of care or placebo). */
      controlMedianMonths: months,
      /** Uniform accrual over this period, then at least this follow-up for the last subject. */
      accrualMonths: months,
      followUpMonths: z.number().min(0, 'must be ≥ 0 months'),
      /** Share lost to follow-up per year in each arm (exponential drop-out), 0 for none. */
      dropoutPerYear: z.number().min(0, 'must be ≥ 0').lt(1, 'must be < 1'),
    }),
    response: z.object({
      controlOrr: probability,
      targetOrr: phase3TargetOrrSchema,
      /** Fleiss, Tytun & Ury (1980) continuity correction of the two-proportion size. */
      continuityCorrection: z.boolean(),
    }),
    /** Why these numbers: the sponsor's word, or an assumption to be confirmed. */
    basis: z.object({ en: z.string().min(1), 'zh-CN': z.string().min(1) }),
  })
  .superRefine((o, ctx) => {
    const t = o.response.targetOrr;
    if (t.kind === 'fixed' && t.value <= o.response.controlOrr)
      ctx.addIssue({
        code: 'custom',
        path: ['response', 'targetOrr', 'value'],
        message: `the target ORR must exceed the control ORR (${o.response.controlOrr})`,
      });
  });

export type Phase3Outlook = z.infer<typeof phase3OutlookSchema>;
export type Phase3OutlookInput = z.input<typeof phase3OutlookSchema>;
