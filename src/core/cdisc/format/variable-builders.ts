/**
 * Short constructors for variable specs, so a domain's spec reads like its SDTMIG/ADaMIG table.
 */
import type { VariableSpec } from './dataset-spec.ts';

type Extra = Partial<Omit<VariableSpec, 'name' | 'label' | 'dataType' | 'length'>>;

/** @example char('USUBJID', 'Unique Subject Identifier', 40, { keySequence: 2 }) */
export const char = (
  name: string,
  label: string,
  length: number,
  extra: Extra = {},
): VariableSpec => ({
  name,
  label,
  dataType: 'string',
  length,
  ...extra,
});

export const int = (name: string, label: string, extra: Extra = {}): VariableSpec => ({
  name,
  label,
  dataType: 'integer',
  ...extra,
});

export const num = (name: string, label: string, extra: Extra = {}): VariableSpec => ({
  name,
  label,
  dataType: 'float',
  ...extra,
});

/** A numeric date (ADaM `*DT`): ISO in rows, SAS date in XPT. */
export const date = (name: string, label: string, extra: Extra = {}): VariableSpec => ({
  name,
  label,
  dataType: 'date',
  ...extra,
});
