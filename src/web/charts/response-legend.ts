/** Legend items for the responses present in a figure, in the standard order. */
import type { BorResponse } from '../../core/recist/response-codes.ts';
import type { LegendItem } from './chart-legend.ts';
import { RESPONSE_COLOURS, RESPONSE_ORDER } from './response-palette.ts';

export function responseLegend(
  present: Iterable<BorResponse>,
  label: (r: BorResponse) => string,
): LegendItem[] {
  const seen = new Set(present);
  return RESPONSE_ORDER.filter((r) => seen.has(r)).map((r) => ({
    label: label(r),
    colour: RESPONSE_COLOURS[r],
    mark: 'square' as const,
  }));
}
