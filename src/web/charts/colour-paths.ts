/**
 * Collects the shapes of a dense figure by style and draws them as one <path> per style (a
 * colour, filled or stroked): a 1,000-subject waterfall as ~6 paths instead of 1,000 <rect>s,
 * which the browser builds, styles, lays out and paints in a fraction of the time
 * (bench/web-dashboard.bench.ts). Individual marks carry no tooltip then: the figure's summary
 * says what it shows and its CSV lists every subject.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface PathStyle {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
}

const ATTRS: Record<keyof PathStyle, string> = {
  fill: 'fill',
  fillOpacity: 'fill-opacity',
  stroke: 'stroke',
  strokeWidth: 'stroke-width',
};

export class ColourPaths {
  private readonly groups = new Map<string, { style: PathStyle; parts: string[] }>();

  /** Adds the path data `d` (path-shapes.ts) to the path of `style`. */
  add(style: PathStyle, d: string): void {
    const key = `${style.fill}|${style.fillOpacity}|${style.stroke}|${style.strokeWidth}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { style, parts: [] };
      this.groups.set(key, group);
    }
    group.parts.push(d);
  }

  /** The path data of each style, in the order the styles were first added. */
  data(): { style: PathStyle; d: string }[] {
    return [...this.groups.values()].map(({ style, parts }) => ({ style, d: parts.join('') }));
  }

  /** A <g> of one <path> per style; `name` marks it (data-marks) for tests and styling. */
  element(name: string): SVGGElement {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('data-marks', name);
    for (const { style, d } of this.data()) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('fill', style.fill ?? 'none');
      for (const [k, v] of Object.entries(style))
        if (k !== 'fill' && v !== undefined)
          path.setAttribute(ATTRS[k as keyof PathStyle], String(v));
      path.setAttribute('d', d);
      g.append(path);
    }
    return g;
  }
}

/**
 * Above this many marks a figure draws them with ColourPaths; at or below it, one element per
 * mark, each with its tooltip.
 */
export const DENSE_ABOVE = 200;
