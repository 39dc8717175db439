/**
 * Reasons as stored in JSON columns (alert details, medication screening detail). Rows written
 * before reasons became structured hold plain English strings; they are read as a `Reason`
 * whose code no catalogue knows (`stored.text`), so `explain()` shows the stored English and
 * nothing is lost. New rows store the core `Reason` itself (code, params, English text).
 */
import type { Reason } from '../../core/shared/reason.ts';

/** The code of a reason kept only as its stored English text. */
export const STORED_TEXT_CODE = 'stored.text';

function isReason(v: unknown): v is Reason {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.code === 'string' &&
    typeof r.text === 'string' &&
    typeof r.params === 'object' &&
    r.params !== null
  );
}

/**
 * @example readStoredReason('ALT 3.5 × ULN') // { code: 'stored.text', params: {}, text: 'ALT 3.5 × ULN' }
 */
export function readStoredReason(v: unknown): Reason {
  if (isReason(v)) return { code: v.code, params: v.params, text: v.text };
  return { code: STORED_TEXT_CODE, params: {}, text: typeof v === 'string' ? v : String(v) };
}

/** A stored list of reasons (strings in older rows); anything else reads as no reasons. */
export function readStoredReasons(v: unknown): Reason[] {
  return Array.isArray(v) ? v.map(readStoredReason) : [];
}
