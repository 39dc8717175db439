/**
 * The protocol as data: a typed, validated study definition. The engine runs any single-arm
 * oncology protocol of this shape; the leflunomide MEN-1 study is the default
 * (`default-study.ts`). Rule parameters from CLINICAL-RULES.md live here, so every derived value
 * can say which convention produced it.
 */
import { z } from 'zod';
import { defaultPhase3Outlook } from './default-study.ts';
import { phase3OutlookSchema } from './phase3-outlook.schema.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (kebab-case)');
const text = z.string().min(1, 'must not be empty');
/** A string shown to people, in English and Simplified Chinese. */
export const localisedTextSchema = z.object({ en: text, 'zh-CN': text });
export type LocalisedText = z.infer<typeof localisedTextSchema>;

export const itemTypeSchema = z.enum(['number', 'integer', 'text', 'choice', 'boolean', 'date']);

export const assessmentItemSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{0,7}$/, 'must be an SDTM test code: A–Z/0–9, at most 8'),
  label: localisedTextSchema,
  type: itemTypeSchema,
  /** UCUM unit of the value as captured; labs may also be entered in an alternative unit. */
  unit: z.string().optional(),
  loinc: z
    .string()
    .regex(/^\d{1,7}-\d$/, 'must be a LOINC code like 1742-6')
    .optional(),
  choices: z.array(z.string().min(1)).optional(),
  required: z.boolean().default(false),
  /** Default reference range when the site's lab has not given one. */
  referenceRange: z.object({ low: z.number().optional(), high: z.number().optional() }).optional(),
});
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const assessmentPanelSchema = z.object({
  id,
  name: localisedTextSchema,
  /** SDTM domain the panel's results map to (LB, VS, EG, PE, MH, TU/TR, BE…). */
  domain: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter SDTM domain code'),
  /** LB category (e.g. HEMATOLOGY, CHEMISTRY, URINALYSIS, TUMOR MARKERS). */
  category: z.string().optional(),
  items: z.array(assessmentItemSchema),
});
export type AssessmentPanel = z.infer<typeof assessmentPanelSchema>;

export const visitKindSchema = z.enum([
  'screening',
  'cycle-day-1',
  'tumour-evaluation',
  'liver-monitoring',
  'end-of-treatment',
  'post-treatment-imaging',
  'survival-contact',
  'end-of-study',
]);
export type VisitKind = z.infer<typeof visitKindSchema>;

export const visitDefinitionSchema = z.object({
  kind: visitKindSchema,
  name: localisedTextSchema,
  panels: z.array(id),
  /** When the visit falls, in words, as shown in the schedule of assessments. */
  timing: localisedTextSchema,
});
export type VisitDefinition = z.infer<typeof visitDefinitionSchema>;

const days = z.number().int('must be a whole number of days').min(0, 'must be ≥ 0');
const positiveDays = z.number().int('must be a whole number of days').min(1, 'must be ≥ 1');

export const scheduleSchema = z.object({
  cycleLengthDays: positiveDays,
  screeningWindowDays: positiveDays,
  baselineImagingMaxDaysBeforeStart: positiveDays,
  cycleVisitWindowDays: days,
  evaluationEveryCycles: z.number().int().min(1),
  evaluationWindowDays: days,
  liverMonitoring: z.object({
    everyCycleThroughCycle: z.number().int().min(0),
    thenEveryCycles: z.number().int().min(1),
    weeklyWhileAltAboveUln: z.number().positive(),
  }),
  endOfTreatmentWithinDays: positiveDays,
  postTreatmentImagingIntervalDays: positiveDays,
  postTreatmentImagingWindowDays: days,
  survivalContactIntervalDays: positiveDays,
  survivalContactWindowDays: days,
  horizonDays: positiveDays,
  endOfStudyWindowDays: days,
});
export type ScheduleRules = z.infer<typeof scheduleSchema>;

export const treatmentSchema = z.object({
  drug: z.object({
    name: localisedTextSchema,
    atc: z.string().optional(),
    tabletStrengthMg: z.number().positive(),
  }),
  startingDoseMg: z.number().positive(),
  /** Allowed dose levels, highest first; reductions step down this list. */
  doseLevelsMg: z.array(z.number().positive()).min(1),
  route: z.enum(['oral', 'intravenous', 'subcutaneous']),
  frequency: z.enum(['QD', 'BID', 'TID', 'QW']),
  timing: localisedTextSchema,
  continueUntil: localisedTextSchema,
});

export const eligibilityRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('men1-pathogenic-variant') }),
  z.object({ kind: z.literal('alt-max-times-uln'), maxTimesUln: z.number().positive() }),
  z.object({ kind: z.literal('measurable-disease-recist') }),
  z.object({ kind: z.literal('baseline-imaging-within-days'), days: positiveDays }),
  z.object({ kind: z.literal('min-age-years'), years: z.number().int().min(0) }),
  z.object({ kind: z.literal('consent-signed') }),
]);
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;

export const eligibilityCriterionSchema = z.object({
  id,
  type: z.enum(['inclusion', 'exclusion']),
  text: localisedTextSchema,
  rule: eligibilityRuleSchema,
});
export type EligibilityCriterion = z.infer<typeof eligibilityCriterionSchema>;

export const prohibitedMedicationSchema = z.object({
  id,
  category: z.enum(['antitumour', 'hepatotoxic', 'traditional-chinese-medicine']),
  name: localisedTextSchema,
  /** What a hit does: a protocol deviation, or a question to the investigator. */
  onMatch: z.enum(['prohibited', 'review']),
});

export const endpointSchema = z.object({
  id,
  role: z.enum(['primary', 'secondary', 'exploratory']),
  name: localisedTextSchema,
  definition: localisedTextSchema,
  kind: z.enum(['response-rate', 'time-to-event', 'safety']),
});

export const recistParametersSchema = z.object({
  confirmationDays: days,
  sdMinDays: days,
  continuingPartialResponse: z.boolean(),
});

export const timeToEventParametersSchema = z.object({
  horizonDays: positiveDays,
  onTreatmentAssessmentIntervalDays: positiveDays,
  offTreatmentAssessmentIntervalDays: positiveDays,
  assessmentWindowDays: days,
  missedAssessmentsForCensoring: z.number().int().min(1),
  daysPerMonth: z.number().positive(),
});

export const phase2DesignSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('simon-two-stage'),
    variant: z.enum(['optimal', 'minimax']),
    p0: z.number().gt(0).lt(1),
    p1: z.number().gt(0).lt(1),
    alpha: z.number().gt(0).lt(1),
    beta: z.number().gt(0).lt(1),
    r1: z.number().int().min(0),
    n1: z.number().int().min(1),
    r: z.number().int().min(0),
    n: z.number().int().min(1),
    /** Why these numbers: the sponsor's word, or an assumption to be confirmed. */
    basis: localisedTextSchema,
  }),
]);
export type Phase2Design = z.infer<typeof phase2DesignSchema>;

export const safetyParametersSchema = z.object({
  ctcaeVersion: z.literal('5.0'),
  altIneligibleAboveTimesUln: z.number().positive(),
  altReduceDoseFromTimesUln: z.number().positive(),
  altInterruptAboveTimesUln: z.number().positive(),
  reducedDoseMg: z.number().positive(),
  hysLawWindowDays: positiveDays,
  saeReportingHours: z.number().int().positive(),
});

export const studyDefinitionSchema = z
  .object({
    id,
    version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version like 1.0'),
    title: localisedTextSchema,
    shortTitle: localisedTextSchema,
    phase: z.enum(['I', 'II', 'III']),
    design: z.literal('single-arm'),
    condition: localisedTextSchema,
    registryText: z.string().min(1),
    centralBiobank: localisedTextSchema,
    treatment: treatmentSchema,
    schedule: scheduleSchema,
    panels: z.array(assessmentPanelSchema).min(1),
    visits: z.array(visitDefinitionSchema).min(1),
    eligibility: z.array(eligibilityCriterionSchema).min(1),
    prohibitedMedications: z.array(prohibitedMedicationSchema),
    endpoints: z.array(endpointSchema).min(1),
    recist: recistParametersSchema,
    timeToEvent: timeToEventParametersSchema,
    phase2Design: phase2DesignSchema,
    safety: safetyParametersSchema,
    /**
     * Protocol versions stored before the outlook became protocol data (and the data cuts that
     * froze them, which can never be rewritten) parse with the default assumptions.
     */
    phase3Outlook: phase3OutlookSchema.default(defaultPhase3Outlook),
  })
  .superRefine((s, ctx) => {
    const panelIds = new Set<string>();
    s.panels.forEach((p, i) => {
      if (panelIds.has(p.id))
        ctx.addIssue({
          code: 'custom',
          path: ['panels', i, 'id'],
          message: `duplicate panel id "${p.id}" (ids must be unique)`,
        });
      panelIds.add(p.id);
      const codes = new Set<string>();
      p.items.forEach((item, j) => {
        if (codes.has(item.code))
          ctx.addIssue({
            code: 'custom',
            path: ['panels', i, 'items', j, 'code'],
            message: `duplicate item code "${item.code}" in panel "${p.id}"`,
          });
        codes.add(item.code);
        if (item.type === 'choice' && !item.choices?.length)
          ctx.addIssue({
            code: 'custom',
            path: ['panels', i, 'items', j, 'choices'],
            message: 'a choice item needs at least one choice',
          });
      });
    });
    s.visits.forEach((v, i) =>
      v.panels.forEach((p, j) => {
        if (!panelIds.has(p))
          ctx.addIssue({
            code: 'custom',
            path: ['visits', i, 'panels', j],
            message: `unknown panel "${p}" (must be one of the study's panels)`,
          });
      }),
    );
    const seen = new Set<string>();
    s.eligibility.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          path: ['eligibility', i, 'id'],
          message: `duplicate criterion id "${c.id}"`,
        });
      seen.add(c.id);
    });
    const t = s.treatment;
    if (t.doseLevelsMg[0] !== t.startingDoseMg)
      ctx.addIssue({
        code: 'custom',
        path: ['treatment', 'doseLevelsMg', 0],
        message: 'the first dose level must be the starting dose',
      });
    for (let i = 1; i < t.doseLevelsMg.length; i++)
      if ((t.doseLevelsMg[i] ?? 0) >= (t.doseLevelsMg[i - 1] ?? 0))
        ctx.addIssue({
          code: 'custom',
          path: ['treatment', 'doseLevelsMg', i],
          message: 'dose levels must decrease',
        });
    if (!t.doseLevelsMg.includes(s.safety.reducedDoseMg))
      ctx.addIssue({
        code: 'custom',
        path: ['safety', 'reducedDoseMg'],
        message: 'the reduced dose must be one of treatment.doseLevelsMg',
      });
    const d = s.phase2Design;
    if (d.p1 <= d.p0)
      ctx.addIssue({
        code: 'custom',
        path: ['phase2Design', 'p1'],
        message: 'p1 must be greater than p0',
      });
    if (d.n1 >= d.n)
      ctx.addIssue({
        code: 'custom',
        path: ['phase2Design', 'n1'],
        message: 'stage-1 size n1 must be smaller than n',
      });
    if (d.r1 >= d.n1)
      ctx.addIssue({
        code: 'custom',
        path: ['phase2Design', 'r1'],
        message: 'r1 must be smaller than n1',
      });
    if (d.r < d.r1 || d.r >= d.n)
      ctx.addIssue({
        code: 'custom',
        path: ['phase2Design', 'r'],
        message: 'r must be at least r1 and smaller than n',
      });
    if (s.safety.altReduceDoseFromTimesUln > s.safety.altInterruptAboveTimesUln)
      ctx.addIssue({
        code: 'custom',
        path: ['safety', 'altReduceDoseFromTimesUln'],
        message: 'the dose-reduction ALT threshold must not exceed the interruption threshold',
      });
    if (!s.endpoints.some((e) => e.role === 'primary'))
      ctx.addIssue({
        code: 'custom',
        path: ['endpoints'],
        message: 'a study needs a primary endpoint',
      });
  });

export type StudyDefinition = z.infer<typeof studyDefinitionSchema>;
export type StudyDefinitionInput = z.input<typeof studyDefinitionSchema>;
