import { describe, expect, it } from 'vitest';
import { PdfStabiliseError, pdfDate, stablePdf } from './pdf-stable.ts';

/** A small PDF laid out as Skia writes it, with a correct classic cross-reference table. */
function skiaLike(created: string, modified: string): Buffer {
  const objects = [
    `<</Title (Report)\n/Producer (Skia/PDF m156)\n/CreationDate (${created})\n/ModDate (${modified})>>`,
    '<</Type /Catalog\n/Pages 3 0 R>>',
    '<</Type /Pages\n/Kids [4 0 R]\n/Count 1>>',
    '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612 792]>>',
  ];
  let out = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Every in-use entry of the table points at "N 0 obj", and startxref at "xref". */
function expectValidXref(pdf: Buffer): void {
  const t = pdf.toString('latin1');
  const start = Number(/startxref\n(\d+)\n%%EOF/.exec(t)?.[1]);
  expect(t.slice(start, start + 5)).toBe('xref\n');
  const entries = [...t.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)];
  expect(entries.length).toBeGreaterThan(0);
  entries.forEach((e, i) => {
    const at = Number(e[1]);
    expect(t.slice(at, at + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
}

const instant = '2026-03-02T10:15:30.123Z';

describe('byte-stable PDF', () => {
  it('PDF date of a UTC instant (ISO 32000-1 §7.9.4)', () => {
    expect(pdfDate(instant)).toBe("D:20260302101530+00'00'");
    expect(() => pdfDate('2026-03-02 10:15')).toThrow(PdfStabiliseError);
  });

  it('two prints at different moments become identical bytes with the frozen dates and an /ID', () => {
    const a = stablePdf(skiaLike("D:20261125195326+00'00'", "D:20261125195326+00'00'"), instant);
    const b = stablePdf(skiaLike("D:20261125195409+00'00'", "D:20261125195410+00'00'"), instant);
    expect(a.equals(b)).toBe(true);
    const t = a.toString('latin1');
    expect(t).toContain("/CreationDate (D:20260302101530+00'00')");
    expect(t).toContain("/ModDate (D:20260302101530+00'00')");
    expect(t).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]>>\nstartxref/);
    expectValidXref(a);
    // another instant, another file and another /ID
    const c = stablePdf(
      skiaLike("D:20261125195326+00'00'", "D:20261125195326+00'00'"),
      '2026-03-03T00:00:00Z',
    );
    expect(c.equals(a)).toBe(false);
    expect(/\/ID \[<(\w+)>/.exec(c.toString('latin1'))?.[1]).not.toBe(
      /\/ID \[<(\w+)>/.exec(t)?.[1],
    );
  });

  it('a date of another length moves the later objects: offsets and startxref follow', () => {
    const short = skiaLike('D:2026', 'D:20261125195326Z');
    const fixed = stablePdf(short, instant);
    expect(fixed.length).not.toBe(short.length);
    expectValidXref(fixed);
    // stabilising again changes nothing
    expect(stablePdf(fixed, instant).equals(fixed)).toBe(true);
  });

  it('refuses what it cannot patch safely', () => {
    const ok = skiaLike("D:20261125195326+00'00'", "D:20261125195326+00'00'");
    expect(() => stablePdf(Buffer.from('<html>'), instant)).toThrow(/not a PDF/);
    expect(() => stablePdf(Buffer.concat([ok, ok]), instant)).toThrow(/incrementally updated/);
    const stream = Buffer.from(
      ok.toString('latin1').replace(/startxref\n\d+/, 'startxref\n9'),
      'latin1',
    );
    expect(() => stablePdf(stream, instant)).toThrow(/cross-reference table/);
  });
});
