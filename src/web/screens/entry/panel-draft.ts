/**
 * One assessment panel's form as typed, checked in the browser by the server's own pure rule
 * (src/core/subjects/panel-result-validation.ts `validatePanelResults`: item types, choices,
 * required items, units, reference ranges), with the messages keyed by item code so they sit
 * beside their field; and the server's field errors (`body.results.<i>.<field>`) mapped back
 * to item codes the same way.
 */
import type { AssessmentPanel } from '../../../core/protocol/study-definition.schema.ts';
import { DomainError } from '../../../core/shared/domain-error.ts';
import {
  type PanelResultInput,
  validatePanelResults,
} from '../../../core/subjects/panel-result-validation.ts';
import type { StoredResult } from '../../api/subject-entry.resource.ts';

export interface ResultDraft {
  value: string;
  unit: string;
  low: string;
  high: string;
}

export type PanelDraft = Record<string, ResultDraft>;

const s = (v: number | undefined) => (v === undefined ? '' : String(v));

/** The form of a panel: stored values where saved, else the protocol's unit and default range. */
export function panelDraft(panel: AssessmentPanel, stored: readonly StoredResult[]): PanelDraft {
  const out: PanelDraft = {};
  for (const item of panel.items) {
    const r = stored.find((x) => x.itemCode === item.code);
    out[item.code] = r
      ? {
          value: r.value ?? '',
          unit: r.unit ?? '',
          low: r.referenceLow ?? '',
          high: r.referenceHigh ?? '',
        }
      : {
          value: '',
          unit: item.unit ?? '',
          low: s(item.referenceRange?.low),
          high: s(item.referenceRange?.high),
        };
  }
  return out;
}

/** The request's results: items with a value, and required items left empty (as null). */
export function panelResults(panel: AssessmentPanel, draft: PanelDraft): PanelResultInput[] {
  const out: PanelResultInput[] = [];
  for (const item of panel.items) {
    const d = draft[item.code];
    const value = d?.value.trim() ?? '';
    if (value === '' && !item.required) continue;
    const numeric = item.type === 'number' || item.type === 'integer';
    out.push({
      code: item.code,
      value: value === '' ? null : item.type === 'boolean' ? value === 'true' : value,
      ...(item.unit !== undefined && d?.unit.trim() ? { unit: d.unit.trim() } : {}),
      ...(numeric && d?.low.trim() ? { referenceLow: d.low.trim() } : {}),
      ...(numeric && d?.high.trim() ? { referenceHigh: d.high.trim() } : {}),
    });
  }
  return out;
}

export type PanelErrors = Record<string, string[]>;

/**
 * Issues keyed by item code ('' for the panel as a whole), from paths like
 * `results.2.value` or `body.results.2.referenceHigh`.
 * @example errorsByItem([{ path: 'body.results.0.value', message: 'ALT must be…' }], [{ code: 'ALT', … }]) // { ALT: ['ALT must be…'] }
 */
export function errorsByItem(
  issues: readonly { path: string; message: string }[],
  sent: readonly PanelResultInput[],
): PanelErrors {
  const out: PanelErrors = {};
  for (const i of issues) {
    const m = /results\.(\d+)/.exec(i.path);
    const code = m ? (sent[Number(m[1])]?.code ?? '') : '';
    out[code] = [...(out[code] ?? []), i.message];
  }
  return out;
}

/** The server's rule run in the browser: no errors means the server will accept the values. */
export function checkPanel(
  panel: AssessmentPanel,
  results: readonly PanelResultInput[],
): PanelErrors {
  try {
    validatePanelResults(panel, results, 'results');
    return {};
  } catch (e) {
    if (e instanceof DomainError && e.failure.kind === 'invalid')
      return errorsByItem(e.failure.issues, results);
    throw e;
  }
}

/**
 * 'high' / 'low' when a numeric value is outside its reference range, else null.
 * @example outOfRange('80', '7', '40') // 'high'
 */
export function outOfRange(value: string, low: string, high: string): 'high' | 'low' | null {
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v)) return null;
  if (high.trim() !== '' && v > Number(high)) return 'high';
  if (low.trim() !== '' && v < Number(low)) return 'low';
  return null;
}

/** Whether the draft differs from what was stored (so saving edits saved data: reason needed). */
export function editsStored(
  stored: readonly StoredResult[],
  results: readonly PanelResultInput[],
): boolean {
  return results.some((r) => stored.some((x) => x.itemCode === r.code));
}
