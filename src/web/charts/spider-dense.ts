/**
 * The spider plot's lines for a large cohort (above DENSE_ABOVE subjects): one path per
 * response colour holding every subject's line, drawn as a Plot render function on the plot's
 * linear x and y scales.
 */
import type { RenderFunction } from '@observablehq/plot';
import { ColourPaths } from './colour-paths.ts';
import { polylinePath } from './path-shapes.ts';
import { RESPONSE_COLOURS } from './response-palette.ts';
import type { SpiderPoint } from './spider-data.ts';

/** `points` as spiderData gives them: each subject's points together, in day order. */
export function spiderDenseLines(points: readonly SpiderPoint[]): RenderFunction {
  return (_index, scales) => {
    const { x, y } = scales;
    if (!x || !y) return null;
    const paths = new ColourPaths();
    let line: [number, number][] = [];
    points.forEach((p, i) => {
      line.push([x(p.day), y(p.pctChange)]);
      if (points[i + 1]?.subjectId !== p.subjectId) {
        paths.add({ stroke: RESPONSE_COLOURS[p.bor], strokeWidth: 1.4 }, polylinePath(line));
        line = [];
      }
    });
    return paths.element('lines');
  };
}
