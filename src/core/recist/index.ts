/**
 * RECIST 1.1 engine: lesions in, responses out, every decision explained. Pure (no I/O).
 * See README.md beside this file for worked examples.
 */
export type { BaselineProblem } from './baseline-validation.ts';
export { validateBaseline } from './baseline-validation.ts';
export type {
  BestOverallResponse,
  BestOverallResponseInput,
  DatedBor,
} from './best-overall-response.ts';
export { deriveBestOverallResponse } from './best-overall-response.ts';
export type { RecistSubjectResult } from './evaluate-subject.ts';
export { evaluateSubject } from './evaluate-subject.ts';
export { checkRecistInput } from './input-consistency.ts';
export type { Assessment, LesionRecord, RecistSubjectInput } from './recist-input.schema.ts';
export { recistSubjectSchema } from './recist-input.schema.ts';
export type { RecistRules } from './recist-rules.ts';
export {
  DEFAULT_RECIST_RULES,
  recistRulesOverrideSchema,
  recistRulesSchema,
  resolveRecistRules,
} from './recist-rules.ts';
export type {
  BorResponse,
  NewLesionResponse,
  NonTargetResponse,
  TargetResponse,
  TimepointResponse,
} from './response-codes.ts';
export { BOR_RESPONSES, TIMEPOINT_RESPONSES } from './response-codes.ts';
export type { TimepointScore } from './timepoint-scoring.ts';
