/**
 * The endpoints analysis of the trial, computed live from subject records: per subject the
 * confirmed best overall response (src/core/recist), PFS, OS and duration of response with
 * their reason codes; over subjects ORR and DCR with exact intervals on the analysis
 * populations, Kaplan–Meier summaries of PFS, OS and DoR (days), and the Simon two-stage
 * decision on the response-evaluable subjects in enrolment order.
 */
import { deriveBestOverallResponse } from '../recist/best-overall-response.ts';
import { type RecistRules, resolveRecistRules } from '../recist/recist-rules.ts';
import type { BorResponse } from '../recist/response-codes.ts';
import { compareDates, type IsoDate } from '../shared/calendar-date.ts';
import { DomainError } from '../shared/domain-error.ts';
import { reasonTexts } from '../shared/reason.ts';
import { type KaplanMeierResult, kaplanMeier } from '../stats/kaplan-meier.ts';
import type { KmConfType } from '../stats/km-confidence.ts';
import {
  type SimonBoundaries,
  type SimonDecision,
  simonDecision,
} from '../stats/simon-decision.ts';
import { designReason } from '../stats/simon-reasons.ts';
import { type PopulationMembership, populationMembership } from './analysis-populations.ts';
import { deriveDurationOfResponse } from './duration-of-response.ts';
import type { EndpointsInput } from './endpoints-input.schema.ts';
import { deriveOs, type OsReason } from './os-derivation.ts';
import { derivePfs, type PfsReason } from './pfs-derivation.ts';
import { responseOutcome } from './response-outcome.ts';
import {
  isDiseaseControl,
  isObjectiveResponse,
  type ResponseRate,
  responseRate,
} from './response-rates.ts';
import { subjectIssues } from './subject-consistency.ts';
import type { TimeToEvent } from './time-to-event.ts';
import {
  resolveTimeToEventParameters,
  type TimeToEventParameters,
} from './time-to-event-parameters.ts';

/** The protocol's default design (CLINICAL-RULES.md: p0 0.05, p1 0.20, α 0.05, β 0.20, Simon optimal). */
export const DEFAULT_SIMON_BOUNDARIES: Readonly<SimonBoundaries> = Object.freeze({
  r1: 0,
  n1: 10,
  r: 3,
  n: 29,
});

export interface SubjectEndpoints {
  id: string;
  /** Confirmed best overall response. */
  bor: BorResponse;
  borDate: IsoDate | null;
  unconfirmedBor: BorResponse;
  populations: PopulationMembership;
  pfs: TimeToEvent<PfsReason>;
  os: TimeToEvent<OsReason>;
  /** Duration of response, confirmed responders only. */
  dor: TimeToEvent<PfsReason> | null;
  reasons: string[];
}

export interface EndpointsResult {
  conventions: {
    parameters: TimeToEventParameters;
    recistRules: RecistRules;
    confLevel: number;
    confType: KmConfType;
    timeUnit: 'days';
    origin: 'enrolment';
    orrPopulation: 'response-evaluable';
    kmPopulation: 'enrolled';
  };
  orr: ResponseRate;
  dcr: ResponseRate;
  pfs: KaplanMeierResult;
  os: KaplanMeierResult;
  dor: KaplanMeierResult | null;
  design: SimonBoundaries & { population: 'response-evaluable'; decision: SimonDecision };
  subjects: SubjectEndpoints[];
}

/**
 * @example analyseEndpoints({ subjects: [...] }).orr // { x, n, estimate, lower, upper, … }
 */
export function analyseEndpoints(input: EndpointsInput): EndpointsResult {
  const issues = subjectIssues(input.subjects, 'subjects');
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
  const params = resolveTimeToEventParameters(input.parameters);
  const rules = resolveRecistRules(input.recistRules);
  const confLevel = input.confLevel ?? 0.95;
  const confType = input.confType ?? 'log';
  const design = input.design ?? DEFAULT_SIMON_BOUNDARIES;
  const cutoff = input.dataCutoffDate ?? null;

  const derived = input.subjects.map((s, i) => {
    const responses = [...s.assessments].sort((a, b) => compareDates(a.date, b.date));
    let bor: ReturnType<typeof deriveBestOverallResponse>;
    try {
      bor = deriveBestOverallResponse({
        referenceDate: s.enrolmentDate,
        rules,
        responses,
        newTherapyDate: s.newAnticancerTherapyDate ?? null,
      });
    } catch (e) {
      if (e instanceof DomainError && e.failure.kind === 'invalid')
        throw new DomainError({
          kind: 'invalid',
          issues: e.failure.issues.map((x) => ({ ...x, path: `subjects.${i}.${x.path}` })),
        });
      throw e;
    }
    const membership = populationMembership(s);
    const pfs = derivePfs(s, bor.progressionDate, params);
    const os = deriveOs(s, params);
    const responder = bor.confirmed.response === 'CR' || bor.confirmed.response === 'PR';
    const dor = responder
      ? deriveDurationOfResponse(bor.confirmed.date, pfs, params.daysPerMonth)
      : null;
    const subject: SubjectEndpoints = {
      id: s.id,
      bor: bor.confirmed.response,
      borDate: bor.confirmed.date,
      unconfirmedBor: bor.unconfirmed.response,
      populations: membership,
      pfs,
      os,
      dor,
      reasons: [
        ...reasonTexts(bor.reasons),
        ...bor.flags.map((f) => `flag: ${f}`),
        ...membership.reasons,
      ],
    };
    return { record: s, bor, subject };
  });

  const subjects = derived.map((d) => d.subject);
  const rateInput = subjects.map((s) => ({ membership: s.populations, bor: s.bor }));
  const km = (values: ReadonlyArray<TimeToEvent<string>>) =>
    kaplanMeier({
      time: values.map((v) => v.days),
      status: values.map((v) => (v.event ? 1 : 0)),
      confType,
      confLevel,
      landmarks: input.landmarks ?? [params.horizonDays],
      riskTimes: input.riskTimes ?? defaultRiskTimes(params),
    });
  const dors = subjects.flatMap((s) => (s.dor ? [s.dor] : []));

  // Simon stages count response-evaluable subjects in enrolment order
  const outcomes = derived
    .filter((d) => d.subject.populations.responseEvaluable)
    .sort(
      (a, b) =>
        compareDates(a.record.enrolmentDate, b.record.enrolmentDate) ||
        (a.record.id < b.record.id ? -1 : 1),
    )
    .map((d) => responseOutcome(d.record, d.bor, cutoff, params.horizonDays));
  const decision = simonDecision(design, outcomes.slice(0, design.n));
  if (outcomes.length > design.n)
    decision.reasons.push(
      designReason('design.beyond-n', { count: outcomes.length - design.n, n: design.n }),
    );

  return {
    conventions: {
      parameters: params,
      recistRules: rules,
      confLevel,
      confType,
      timeUnit: 'days',
      origin: 'enrolment',
      orrPopulation: 'response-evaluable',
      kmPopulation: 'enrolled',
    },
    orr: responseRate(rateInput, isObjectiveResponse, 'confirmed CR + PR (RECIST 1.1)', confLevel),
    dcr: responseRate(
      rateInput,
      isDiseaseControl,
      `confirmed CR + PR + SD (SD at least ${rules.sdMinDays} days after enrolment) + NON-CR/NON-PD`,
      confLevel,
    ),
    pfs: km(subjects.map((s) => s.pfs)),
    os: km(subjects.map((s) => s.os)),
    dor: dors.length > 0 ? km(dors) : null,
    design: {
      ...design,
      population: 'response-evaluable',
      decision,
    },
    subjects,
  };
}

function defaultRiskTimes(p: TimeToEventParameters): number[] {
  const times: number[] = [];
  for (let t = 0; t < p.horizonDays; t += p.onTreatmentAssessmentIntervalDays) times.push(t);
  times.push(p.horizonDays);
  return times;
}
