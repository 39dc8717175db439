/**
 * The waterfall's bars for a large cohort (above DENSE_ABOVE): one path per response colour,
 * drawn as a Plot render function on the plot's band x and linear y scales.
 */
import type { RenderFunction } from '@observablehq/plot';
import { ColourPaths } from './colour-paths.ts';
import { rectPath } from './path-shapes.ts';
import { RESPONSE_COLOURS } from './response-palette.ts';
import type { WaterfallBar } from './waterfall-data.ts';

export function waterfallDenseBars(bars: readonly WaterfallBar[]): RenderFunction {
  return (_index, scales) => {
    const { x, y } = scales;
    const bandwidth = scales.scales.x?.bandwidth;
    if (!x || !y || bandwidth === undefined) return null;
    const y0 = y(0) as number;
    const paths = new ColourPaths();
    for (const b of bars) {
      const top = y(Math.max(0, b.bestPctChange)) as number;
      const bottom = b.bestPctChange < 0 ? (y(b.bestPctChange) as number) : y0;
      paths.add(
        { fill: RESPONSE_COLOURS[b.bor] },
        rectPath(x(b.label), top, bandwidth, bottom - top),
      );
    }
    return paths.element('bars');
  };
}
