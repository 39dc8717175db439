/**
 * Draws a Code 128 symbol as SVG: one `rect` per bar, in module units scaled by `moduleMm`
 * (0.25–0.33 mm prints and scans reliably on thermal cryo-labels), with the quiet zones and the
 * human-readable text under the bars. `shape-rendering="crispEdges"` keeps bar edges sharp.
 */
import { type Code128Symbol, QUIET_ZONE_MODULES } from './code128.ts';

export interface BarcodeSvgOptions {
  /** Width of one module in millimetres. */
  moduleMm?: number;
  /** Bar height in millimetres. */
  heightMm?: number;
  /** Print the text under the bars. */
  humanReadable?: boolean;
}

/** Escapes text for XML/HTML content and attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * @example barcodeSvg(symbol) // '<svg xmlns="http://www.w3.org/2000/svg" …><rect …/>…</svg>'
 */
export function barcodeSvg(symbol: Code128Symbol, o: BarcodeSvgOptions = {}): string {
  const m = o.moduleMm ?? 0.3;
  const h = o.heightMm ?? 10;
  const text = o.humanReadable ?? true;
  const textMm = text ? 3.5 : 0;
  const widthModules = symbol.modules + 2 * QUIET_ZONE_MODULES;
  const rects: string[] = [];
  let x = QUIET_ZONE_MODULES;
  symbol.widths.forEach((w, i) => {
    if (i % 2 === 0) rects.push(`<rect x="${x}" y="0" width="${w}" height="${h / m}"/>`);
    x += w;
  });
  const W = +(widthModules * m).toFixed(3);
  const H = +(h + textMm).toFixed(3);
  const label = text
    ? `<text x="${widthModules / 2}" y="${(h + textMm - 0.6) / m}" font-family="monospace" font-size="${2.8 / m}" text-anchor="middle">${escapeXml(symbol.text)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}mm" height="${H}mm" viewBox="0 0 ${widthModules} ${H / m}" shape-rendering="crispEdges" role="img" aria-label="Code 128 barcode ${escapeXml(symbol.text)}">` +
    `<rect width="100%" height="100%" fill="#fff"/><g fill="#000">${rects.join('')}</g>${label}</svg>`
  );
}
