/**
 * A printable label sheet: one label per specimen with its Code 128 barcode, label text, subject,
 * type, quantity and collection time, laid out on an A4 grid of 3 × 8 labels (70 × 37 mm, the
 * common cryo-label sheet). Self-contained HTML (inline SVG, print CSS) so it prints from any
 * browser without fonts or scripts.
 */
import { encodeCode128B } from './code128.ts';
import { barcodeSvg, escapeXml } from './code128-svg.ts';

export interface LabelLine {
  label: string;
  /** Subject code or screening number. */
  subject: string;
  type: string;
  quantity: string;
  collectedAt: string;
}

/**
 * @example labelSheetHtml([{ label: 'BJ01-S00001', subject: 'BJ01-001', type: 'Plasma', quantity: '1 mL', collectedAt: '2026-03-02 08:00' }], 'Shipment 12')
 */
export function labelSheetHtml(lines: readonly LabelLine[], title: string): string {
  const cells = lines.map((l) => {
    const r = encodeCode128B(l.label);
    const svg = r.kind === 'ok' ? barcodeSvg(r.symbol, { moduleMm: 0.25, heightMm: 9 }) : '';
    return (
      `<div class="label">${svg}` +
      `<div class="meta"><b>${escapeXml(l.subject)}</b> · ${escapeXml(l.type)} · ${escapeXml(l.quantity)}<br>${escapeXml(l.collectedAt)}</div></div>`
    );
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>
<style>
@page { size: A4; margin: 10mm 0 0 0; }
body { margin: 0; font-family: sans-serif; }
h1 { font-size: 10pt; margin: 0 7mm 2mm; }
.sheet { display: grid; grid-template-columns: repeat(3, 70mm); grid-auto-rows: 37mm; }
.label { box-sizing: border-box; padding: 2mm 3mm; overflow: hidden; break-inside: avoid; }
.label svg { display: block; max-width: 64mm; }
.meta { font-size: 7pt; line-height: 1.2; }
@media print { h1 { display: none; } }
</style></head>
<body><h1>${escapeXml(title)} — ${lines.length} label(s)</h1><div class="sheet">
${cells.join('\n')}
</div></body></html>
`;
}
