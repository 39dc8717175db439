/**
 * Checks a dataset spec against the limits every format shares (SAS V5 transport, SDTMIG §4.1):
 * names of at most 8 upper-case characters, labels of at most 40, text lengths 1–200, unique names.
 * A bad spec is a programming error in a mapping, reported with every issue at once.
 */
import { DomainError, type ValidationIssue } from '../../shared/domain-error.ts';
import type { DatasetSpec } from './dataset-spec.ts';

const SAS_NAME = /^[A-Z_][A-Z0-9_]{0,7}$/;

/**
 * @example checkDatasetSpec(dmSpec) // returns nothing, or throws DomainError kind 'invalid'
 */
export function checkDatasetSpec(spec: DatasetSpec): void {
  const issues: ValidationIssue[] = [];
  const at = (path: string, rule: string, message: string) =>
    issues.push({ path: `${spec.name}.${path}`, rule, message });
  if (!SAS_NAME.test(spec.name)) at('name', 'sas-name', 'dataset name: 1–8 of A–Z, 0–9, _');
  if (spec.label.length > 40) at('label', 'label-length', 'dataset label: at most 40 characters');
  const seen = new Set<string>();
  spec.variables.forEach((v, i) => {
    const p = `variables.${i}`;
    if (!SAS_NAME.test(v.name)) at(`${p}.name`, 'sas-name', `${v.name}: 1–8 of A–Z, 0–9, _`);
    if (seen.has(v.name)) at(`${p}.name`, 'unique-name', `${v.name} appears twice`);
    seen.add(v.name);
    if (v.label.length > 40)
      at(`${p}.label`, 'label-length', `${v.name}: label over 40 characters`);
    if (v.dataType === 'string') {
      const n = v.length ?? 0;
      if (!Number.isInteger(n) || n < 1 || n > 200)
        at(`${p}.length`, 'text-length', `${v.name}: text length must be 1–200 bytes`);
    }
  });
  if (issues.length > 0) throw new DomainError({ kind: 'invalid', issues });
}
