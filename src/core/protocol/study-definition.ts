/**
 * Validating a study definition: an invalid one is rejected with issues that name the path and
 * the rule; a valid one comes back typed and with defaults filled in.
 */
import { parseOrThrow } from '../shared/zod-issues.ts';
import { defaultStudyInput } from './default-study.ts';
import { type StudyDefinition, studyDefinitionSchema } from './study-definition.schema.ts';

/**
 * @example
 * const study = parseStudyDefinition(json); // throws DomainError { kind: 'invalid', issues }
 */
export function parseStudyDefinition(input: unknown): StudyDefinition {
  return parseOrThrow(studyDefinitionSchema, input);
}

/** The leflunomide MEN-1 phase II study, validated. */
export function defaultStudy(): StudyDefinition {
  return parseStudyDefinition(defaultStudyInput);
}
