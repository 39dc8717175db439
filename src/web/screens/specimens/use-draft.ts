/**
 * Checks a partial use before it is sent, field by field, with the server's rules
 * (store/specimens/processing-repository.ts recordUse): the quantity is exact decimal text in
 * the type's unit (core parseQuantity: at most 3 decimals, whole units for blocks and slides),
 * above 0 and not above what remains; the time is given, not before the collection and not in
 * the future. Answers catalogue keys with their parameters, so the screen says it in the
 * reader's language; the server checks again (and its answer is shown beside the same fields).
 */
import { formatQuantity, parseQuantity } from '../../../core/specimens/specimen-quantity.ts';
import type { SpecimenType } from '../../../core/specimens/specimen-types.ts';

export interface UseDraft {
  quantity: string;
  /** The instant with its offset (from the datetime-local input), or null when not a time. */
  occurredAt: string | null;
}

export type UseProblem =
  | {
      key:
        | 'uses.error.required'
        | 'uses.error.decimal'
        | 'uses.error.positive'
        | 'uses.error.beforeCollection'
        | 'uses.error.future';
    }
  | { key: 'uses.error.wholeUnits'; params: { unit: string } }
  | { key: 'uses.error.exceedsRemaining'; params: { remaining: string; unit: string } };

export type UseProblems = Partial<Record<'quantity' | 'occurredAt', UseProblem>>;

interface Held {
  type: SpecimenType;
  unit: string;
  remainingQuantity: string;
  collectedAt: string;
}

/**
 * @example checkUse({ quantity: '5', occurredAt: '2026-03-01T09:00:00+08:00' },
 *   { type: 'plasma', unit: 'mL', remainingQuantity: '4', collectedAt: '2026-03-01T08:00:00+08:00' },
 *   Date.parse('2026-03-02T00:00:00Z'))
 * // { quantity: { key: 'uses.error.exceedsRemaining', params: { remaining: '4', unit: 'mL' } } }
 */
export function checkUse(d: UseDraft, s: Held, nowMs: number): UseProblems {
  const out: UseProblems = {};
  const q = d.quantity.trim();
  const parsed = parseQuantity(q, s.type);
  const left = parseQuantity(s.remainingQuantity, s.type);
  if (q === '') out.quantity = { key: 'uses.error.required' };
  else if (parsed.kind === 'invalid')
    out.quantity =
      parsed.rule === 'whole-units'
        ? { key: 'uses.error.wholeUnits', params: { unit: s.unit } }
        : { key: 'uses.error.decimal' };
  else if (parsed.thousandths === 0) out.quantity = { key: 'uses.error.positive' };
  else if (left.kind === 'ok' && parsed.thousandths > left.thousandths)
    out.quantity = {
      key: 'uses.error.exceedsRemaining',
      params: { remaining: formatQuantity(left.thousandths), unit: s.unit },
    };
  if (d.occurredAt === null) out.occurredAt = { key: 'uses.error.required' };
  else if (Date.parse(d.occurredAt) < Date.parse(s.collectedAt))
    out.occurredAt = { key: 'uses.error.beforeCollection' };
  // the server allows five minutes of clock skew (custody-log.ts checkOccurredAt)
  else if (Date.parse(d.occurredAt) > nowMs + 5 * 60_000)
    out.occurredAt = { key: 'uses.error.future' };
  return out;
}
