/**
 * The Kaplan–Meier figure's "+" censor marks as one stroked path (colour-paths.ts): they carry
 * no tooltip, and a 1,000-subject cohort's hundreds of censoring times as one <path> each were
 * the largest part of drawing the curve (bench/web-dashboard.bench.ts).
 */
import type { RenderFunction } from '@observablehq/plot';
import { ColourPaths } from './colour-paths.ts';
import { plusPath } from './path-shapes.ts';

export function kmCensorMarks(
  censors: readonly { time: number; survival: number }[],
  colour: string,
  half = 4,
): RenderFunction {
  return (_index, scales) => {
    const { x, y } = scales;
    if (!x || !y) return null;
    const paths = new ColourPaths();
    for (const c of censors)
      paths.add({ stroke: colour, strokeWidth: 1.5 }, plusPath(x(c.time), y(c.survival), half));
    return paths.element('censors');
  };
}
