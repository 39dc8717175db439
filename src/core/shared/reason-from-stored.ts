/**
 * Reasons as they come back from storage or the wire: rows written before reasons carried codes
 * hold plain English strings, which are read as reasons of no known code (a screen then shows the
 * English as written, `web/i18n/reason-catalogue.ts` `explain`); anything else that is not a
 * reason is dropped.
 */
import type { Reason } from './reason.ts';

/** The code of a reason that is only text (an older row, free text): no catalogue knows it. */
export const TEXT_ONLY_CODE = 'text';

/** @example textReason('arrived intact') // { code: 'text', params: {}, text: 'arrived intact' } */
export function textReason(text: string): Reason {
  return { code: TEXT_ONLY_CODE, params: {}, text };
}

/** A flat record of strings and numbers: a reason's (or a rule's) params. */
export function isReasonParams(v: unknown): v is Reason['params'] {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number')
  );
}

/** A reason, a plain string as a text-only reason, or null for anything else. */
export function readReason(v: unknown): Reason | null {
  if (typeof v === 'string') return textReason(v);
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.code !== 'string' || typeof o.text !== 'string' || !isReasonParams(o.params))
    return null;
  return v as Reason;
}

/**
 * Every reason of a stored or received list, old plain strings included.
 * @example readReasons(['arrived intact', { code: 'specimen.arrived-damaged', params: {}, text: 'arrived damaged' }])
 */
export function readReasons(v: unknown): Reason[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => {
    const r = readReason(x);
    return r ? [r] : [];
  });
}
