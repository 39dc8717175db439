import { describe, expect, it } from 'vitest';
import { encodeCode128B } from './code128.ts';
import { barcodeSvg } from './code128-svg.ts';
import { labelSheetHtml } from './label-sheet.ts';

describe('barcode SVG and label sheet', () => {
  it('draws one rect per bar at the module offsets, after a 10-module quiet zone', () => {
    const r = encodeCode128B('A');
    if (r.kind !== 'ok') throw new Error(r.message);
    const svg = barcodeSvg(r.symbol, { humanReadable: false });
    const bars = [...svg.matchAll(/<rect x="(\d+)" y="0" width="(\d)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    // start B 211214: bars at 10 (w2), 13 (w1), 16 (w1)
    expect(bars.slice(0, 3)).toEqual([
      [10, 2],
      [13, 1],
      [16, 1],
    ]);
    expect(bars).toHaveLength((r.symbol.widths.length + 1) / 2);
    expect(svg).toContain(`viewBox="0 0 ${r.symbol.modules + 20} `);
  });

  it('escapes text and lists every label with its barcode', () => {
    const html = labelSheetHtml(
      [
        {
          label: 'BJ01-S00001',
          subject: 'BJ01-001',
          type: 'Plasma',
          quantity: '1 mL',
          collectedAt: '2026-03-02 08:00',
        },
        {
          label: 'BJ01-S00002',
          subject: '<script>',
          type: 'Serum',
          quantity: '0.5 mL',
          collectedAt: '2026-03-02 08:00',
        },
      ],
      'Shipment & labels',
    );
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('aria-label="Code 128 barcode BJ01-S00002"');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Shipment &amp; labels');
  });
});
