/**
 * The eDISH plot's points in the normal quadrant for a large cohort (above DENSE_ABOVE): one
 * path of circles, drawn as a Plot render function on the plot's log x and y scales. The
 * points outside it, the ones to identify, stay single marks with their tooltips.
 */
import type { RenderFunction } from '@observablehq/plot';
import { ColourPaths, type PathStyle } from './colour-paths.ts';
import type { EdishMark } from './edish-data.ts';
import { circlePath } from './path-shapes.ts';

export function edishDensePoints(
  marks: readonly EdishMark[],
  style: PathStyle,
  radius: number,
): RenderFunction {
  return (_index, scales) => {
    const { x, y } = scales;
    if (!x || !y) return null;
    const paths = new ColourPaths();
    for (const m of marks) paths.add(style, circlePath(x(m.x), y(m.y), radius));
    return paths.element('points');
  };
}
