/**
 * Checks the results of one assessment panel against the protocol's panel definition (item
 * codes, types, choices, required items, units) and returns them normalised for storage: every
 * value as text (numbers as the decimal written, so 80.10 keeps its precision — DESIGN.md:
 * "decimals as text strings when exactness matters"), with the unit and reference range.
 *
 * A laboratory may report in its own unit with its own range (LB panels): the unit is then
 * kept as given. Other panels must use the protocol's unit. A lab result without a range takes
 * the protocol's default range for the item when the unit is the protocol's one.
 */
import type { AssessmentItem, AssessmentPanel } from '../protocol/study-definition.schema.ts';
import { isIsoDate } from '../shared/calendar-date.ts';
import { DomainError, type ValidationIssue } from '../shared/domain-error.ts';
import { compareDecimals, isDecimalText } from './decimal-text.ts';

export interface PanelResultInput {
  code: string;
  value: string | number | boolean | null;
  unit?: string | null | undefined;
  referenceLow?: string | number | null | undefined;
  referenceHigh?: string | number | null | undefined;
}

export interface NormalisedResult {
  code: string;
  /** Null: not done / not recorded. */
  value: string | null;
  unit: string | null;
  referenceLow: string | null;
  referenceHigh: string | null;
}

function valueIssue(item: AssessmentItem, v: string | number | boolean): string | undefined {
  switch (item.type) {
    case 'number':
      return isDecimalText(String(v)) ? undefined : 'must be a decimal number, e.g. 41.5';
    case 'integer':
      return /^-?\d+$/.test(String(v)) ? undefined : 'must be a whole number';
    case 'choice':
      return item.choices?.includes(String(v))
        ? undefined
        : `must be one of: ${(item.choices ?? []).join(', ')}`;
    case 'boolean':
      return typeof v === 'boolean' || v === 'true' || v === 'false'
        ? undefined
        : 'must be true or false';
    case 'date':
      return isIsoDate(String(v)) ? undefined : 'must be a calendar date written YYYY-MM-DD';
    case 'text':
      return String(v).trim().length > 0 && String(v).length <= 4000
        ? undefined
        : 'must be a non-empty text of at most 4000 characters';
    default: {
      const never: never = item.type;
      return never;
    }
  }
}

const text = (v: string | number | null | undefined): string | null =>
  v === null || v === undefined ? null : String(v).trim();

/**
 * @example
 * validatePanelResults(liverPanel, [{ code: 'ALT', value: '80', unit: 'U/L', referenceHigh: '40' }])
 * // [{ code: 'ALT', value: '80', unit: 'U/L', referenceLow: '7', referenceHigh: '40' }]
 */
export function validatePanelResults(
  panel: AssessmentPanel,
  results: readonly PanelResultInput[],
  path = 'results',
): NormalisedResult[] {
  const issues: ValidationIssue[] = [];
  const add = (p: string, rule: string, message: string) => issues.push({ path: p, rule, message });
  const isLab = panel.domain === 'LB';
  const seen = new Set<string>();
  const out: NormalisedResult[] = [];
  results.forEach((r, i) => {
    const at = `${path}.${i}`;
    const item = panel.items.find((x) => x.code === r.code);
    if (!item) {
      add(`${at}.code`, 'unknown-item', `panel "${panel.id}" has no item ${r.code}`);
      return;
    }
    if (seen.has(r.code)) add(`${at}.code`, 'duplicate-item', `${r.code} is given twice`);
    seen.add(r.code);
    if (r.value !== null) {
      const problem = valueIssue(item, r.value);
      if (problem) add(`${at}.value`, `item-type-${item.type}`, `${r.code} ${problem}`);
    } else if (item.required)
      add(`${at}.value`, 'required-item', `${r.code} is required in panel "${panel.id}"`);
    let unit = text(r.unit) || null;
    if (item.unit === undefined && unit !== null)
      add(`${at}.unit`, 'no-unit', `${r.code} has no unit`);
    if (item.unit !== undefined && unit !== null && unit !== item.unit && !isLab)
      add(`${at}.unit`, 'protocol-unit', `${r.code} is recorded in ${item.unit}`);
    if (item.unit !== undefined && unit === null) unit = item.unit;
    const numeric = item.type === 'number' || item.type === 'integer';
    let low = text(r.referenceLow);
    let high = text(r.referenceHigh);
    if (!numeric && (low !== null || high !== null))
      add(`${at}.referenceLow`, 'no-reference-range', `${r.code} is not numeric: no range`);
    for (const [k, v] of [
      ['referenceLow', low],
      ['referenceHigh', high],
    ] as const)
      if (v !== null && !isDecimalText(v))
        add(`${at}.${k}`, 'decimal', `${k} must be a decimal number`);
    if (low !== null && high !== null && isDecimalText(low) && isDecimalText(high))
      if (compareDecimals(low, high) > 0)
        add(`${at}.referenceLow`, 'range-order', `reference low ${low} is above high ${high}`);
    if (numeric && low === null && high === null && unit === (item.unit ?? null)) {
      const d = item.referenceRange;
      low = d?.low === undefined ? null : String(d.low);
      high = d?.high === undefined ? null : String(d.high);
    }
    out.push({
      code: r.code,
      value: r.value === null ? null : String(r.value).trim(),
      unit,
      referenceLow: low,
      referenceHigh: high,
    });
  });
  for (const item of panel.items)
    if (item.required && !seen.has(item.code))
      add(path, 'required-item', `${item.code} is required in panel "${panel.id}"`);
  if (issues.length) throw new DomainError({ kind: 'invalid', issues });
  return out;
}
