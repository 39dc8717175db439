/**
 * A legend drawn inside a chart's SVG (above the plot), so a downloaded SVG or PNG carries its
 * key. Items flow left to right and wrap at the chart's width; label widths are estimated
 * (CJK characters are about twice as wide as Latin ones at the same size).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 18;
const FONT_SIZE = 11;

export interface LegendItem {
  label: string;
  colour: string;
  /** square: a filled swatch; line: a stroke; or a text glyph (e.g. '▲'). */
  mark: 'square' | 'line' | { glyph: string };
}

/** Approximate rendered width in px of `text` at 11 px system-ui. */
export function estimateTextWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? FONT_SIZE : FONT_SIZE * 0.58;
  return Math.ceil(w);
}

/** Rows of items that fit `width` (item = marker 14 px + gap 4 + label + spacing 14). */
export function legendRows(items: readonly LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let x = 0;
  for (const item of items) {
    const w = 18 + estimateTextWidth(item.label) + 14;
    const row = rows.at(-1) as LegendItem[];
    if (x + w > width && row.length > 0) {
      rows.push([item]);
      x = w;
    } else {
      row.push(item);
      x += w;
    }
  }
  return rows;
}

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Grows the SVG upwards and draws the legend there, from x = `left`. */
export function addLegend(svg: SVGSVGElement, items: readonly LegendItem[], left = 0): void {
  if (items.length === 0) return;
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 400;
  const rows = legendRows(items, width - left);
  const extra = rows.length * ROW + 6;
  svg.setAttribute('height', String(height + extra));
  svg.setAttribute('viewBox', `0 ${-extra} ${width} ${height + extra}`);
  // Plot sets text-anchor="middle" on its root SVG: the legend states its own
  const g = el('g', {
    'text-anchor': 'start',
    'font-family': 'system-ui, sans-serif',
    'font-size': FONT_SIZE,
    fill: '#1a2027',
  });
  rows.forEach((row, r) => {
    let x = left;
    const y = -extra + r * ROW + 12;
    for (const item of row) {
      if (item.mark === 'square')
        g.append(el('rect', { x, y: y - 9, width: 11, height: 11, rx: 2, fill: item.colour }));
      else if (item.mark === 'line')
        g.append(
          el('line', {
            x1: x,
            x2: x + 14,
            y1: y - 4,
            y2: y - 4,
            stroke: item.colour,
            'stroke-width': 2,
          }),
        );
      else {
        const glyph = el('text', {
          x: x + 6,
          y,
          'text-anchor': 'middle',
          fill: item.colour,
          'font-weight': 700,
        });
        glyph.textContent = item.mark.glyph;
        g.append(glyph);
      }
      const label = el('text', { x: x + 18, y });
      label.textContent = item.label;
      g.append(label);
      x += 18 + estimateTextWidth(item.label) + 14;
    }
  });
  svg.append(g);
}
