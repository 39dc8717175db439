/**
 * The swimmer plot's lanes, "ongoing" arrows and event markers for a large cohort (above
 * DENSE_ABOVE): one path per colour and marker kind, drawn as a Plot render function on the
 * plot's linear x and band y scales.
 */
import type { RenderFunction } from '@observablehq/plot';
import { ColourPaths } from './colour-paths.ts';
import { arrowPath, rectPath, squarePath, timesPath, trianglePath } from './path-shapes.ts';
import { RESPONSE_COLOURS } from './response-palette.ts';
import type { SwimmerData } from './swimmer-data.ts';

export function swimmerDenseMarks(
  data: SwimmerData,
  { arrow, mark }: { arrow: number; mark: string },
): RenderFunction {
  return (_index, scales) => {
    const { x, y } = scales;
    const bandwidth = scales.scales.y?.bandwidth;
    if (!x || !y || bandwidth === undefined) return null;
    const paths = new ColourPaths();
    const x0 = x(0) as number;
    const head = Math.min(6, bandwidth * 1.5);
    for (const l of data.lanes) {
      const top = y(l.label) as number;
      const end = x(l.endDay) as number;
      paths.add({ fill: RESPONSE_COLOURS[l.bor] }, rectPath(x0, top, end - x0, bandwidth));
      if (l.ongoing) {
        const mid = top + bandwidth / 2;
        const d = arrowPath(x(l.endDay + arrow * 0.15), x(l.endDay + arrow), mid, head);
        paths.add({ stroke: mark, strokeWidth: 1 }, d);
      }
    }
    const size = Math.max(1.5, Math.min(4.5, bandwidth * 0.8));
    for (const e of data.events) {
      const cx = x(e.day) as number;
      const cy = (y(e.label) as number) + bandwidth / 2;
      if (e.kind === 'response') paths.add({ fill: mark }, trianglePath(cx, cy, size));
      else if (e.kind === 'progression') paths.add({ fill: mark }, squarePath(cx, cy, size * 0.8));
      else paths.add({ stroke: mark, strokeWidth: 1.2 }, timesPath(cx, cy, size * 0.8));
    }
    return paths.element('lanes');
  };
}
