/**
 * Grades a list of lab results, turning an unknown unit or an impossible number into one
 * {@link DomainError} whose issues name each offending path (`results.3.unit`), so the CLI and
 * the API reject the whole request with actionable messages instead of grading part of it.
 */
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';
import { gradeLabResult, type LabGrade, type LabResultInput } from './ctcae-lab-grading.ts';
import { UnknownUnitError } from './lab-unit-conversion.ts';

/**
 * @example gradeLabResultsOrThrow([{ test: 'PLAT', value: 74, unit: '10^9/L' }])[0].grade // 2
 * @throws DomainError kind 'invalid' listing every bad result
 */
export function gradeLabResultsOrThrow(
  results: readonly LabResultInput[],
  pathPrefix = 'results',
): LabGrade[] {
  const issues: ValidationIssue[] = [];
  const graded: LabGrade[] = [];
  results.forEach((r, i) => {
    try {
      graded.push(gradeLabResult(r));
    } catch (e) {
      if (e instanceof UnknownUnitError) {
        issues.push({ path: `${pathPrefix}.${i}.unit`, rule: 'unknown-unit', message: e.message });
      } else if (e instanceof RangeError) {
        issues.push({ path: `${pathPrefix}.${i}`, rule: 'out-of-range', message: e.message });
      } else {
        throw e;
      }
    }
  });
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
  return graded;
}
