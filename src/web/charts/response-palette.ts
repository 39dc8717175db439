/**
 * Colours of RECIST responses in every figure, in the order legends list them. A blue–amber–
 * vermillion scheme that colour-blind readers can tell apart, each at ≥ 3:1 against white
 * (WCAG 1.4.11, graphical objects).
 */
import type { BorResponse } from '../../core/recist/response-codes.ts';

export const RESPONSE_ORDER: readonly BorResponse[] = [
  'CR',
  'PR',
  'SD',
  'NON-CR/NON-PD',
  'PD',
  'NE',
  'MISSING',
];

export const RESPONSE_COLOURS: Readonly<Record<BorResponse, string>> = {
  CR: '#0b3d6b',
  PR: '#2f7fc1',
  SD: '#9a6700',
  'NON-CR/NON-PD': '#7a5195',
  PD: '#c1440e',
  NE: '#6b7681',
  MISSING: '#848e98',
};

/** Plot's ordinal colour scale for responses, restricted to the ones present (legend order). */
export function responseColourScale(present: Iterable<BorResponse>) {
  const seen = new Set(present);
  const domain = RESPONSE_ORDER.filter((r) => seen.has(r));
  return { type: 'ordinal' as const, domain, range: domain.map((r) => RESPONSE_COLOURS[r]) };
}
