/**
 * SVG path data for the shapes of dense figures (bars, lines, markers), so that a figure with
 * 1,000 subjects draws one <path> per colour instead of 1,000 elements (colour-paths.ts).
 * Coordinates are pixels, rounded to 0.1 px to keep the path text short.
 */
const r = (v: number): number => Math.round(v * 10) / 10;

/** @example rectPath(1, 2, 3, 4) // 'M1,2h3v4h-3z' */
export function rectPath(x: number, y: number, width: number, height: number): string {
  return `M${r(x)},${r(y)}h${r(width)}v${r(height)}h${-r(width)}z`;
}

/** @example polylinePath([[0, 0], [10, 5]]) // 'M0,0L10,5' */
export function polylinePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)},${r(y)}`).join('');
}

/** A circle of radius `radius` centred on (x, y), as two arcs. */
export function circlePath(x: number, y: number, radius: number): string {
  const d = r(radius * 2);
  return `M${r(x - radius)},${r(y)}a${r(radius)},${r(radius)} 0 1,0 ${d},0a${r(radius)},${r(radius)} 0 1,0 ${-d},0`;
}

/** An upward triangle whose centre is (x, y) and circumradius `radius`. */
export function trianglePath(x: number, y: number, radius: number): string {
  const h = radius * 0.866;
  return `M${r(x)},${r(y - radius)}L${r(x + h)},${r(y + radius / 2)}L${r(x - h)},${r(y + radius / 2)}z`;
}

/** A square of side `2 × half` centred on (x, y). */
export function squarePath(x: number, y: number, half: number): string {
  return rectPath(x - half, y - half, half * 2, half * 2);
}

/** An ✕ (two strokes) of half-size `half` centred on (x, y); stroke it, do not fill it. */
export function timesPath(x: number, y: number, half: number): string {
  return `M${r(x - half)},${r(y - half)}L${r(x + half)},${r(y + half)}M${r(x - half)},${r(y + half)}L${r(x + half)},${r(y - half)}`;
}

/** A + (two strokes) of half-size `half` centred on (x, y); stroke it, do not fill it. */
export function plusPath(x: number, y: number, half: number): string {
  return `M${r(x - half)},${r(y)}h${r(half * 2)}M${r(x)},${r(y - half)}v${r(half * 2)}`;
}

/** A rightward arrow from x1 to x2 at height y with a head of `head` px; stroke it. */
export function arrowPath(x1: number, x2: number, y: number, head: number): string {
  const h = Math.min(head, Math.abs(x2 - x1));
  return `M${r(x1)},${r(y)}H${r(x2)}M${r(x2 - h)},${r(y - h / 2)}L${r(x2)},${r(y)}L${r(x2 - h)},${r(y + h / 2)}`;
}
