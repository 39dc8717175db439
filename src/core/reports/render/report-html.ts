/**
 * The report as one self-contained, printable HTML document: inline CSS (A4, page breaks
 * before each section, repeated table headers), inline SVG figures, no scripts and no external
 * resources, so a browser's print-to-PDF renders it offline. Byte-stable: no clock, fixed order.
 */
import type { Cell, Report, ReportTable } from '../report-model.ts';
import { renderFigureSvg } from './svg-figures.ts';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const cell = (c: Cell) => (c === null ? '' : esc(String(c)));

const CSS = `@page{size:A4;margin:16mm 14mm}
body{font-family:"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;font-size:10pt;color:#111;margin:0 auto;max-width:190mm}
h1{font-size:18pt;margin:0 0 4pt}h2{font-size:14pt;border-bottom:1px solid #333;margin-top:18pt;break-before:page}h3{font-size:11pt;margin:12pt 0 4pt}
table{border-collapse:collapse;width:100%;margin:4pt 0 10pt;break-inside:auto}thead{display:table-header-group}tr{break-inside:avoid}
th,td{border:1px solid #999;padding:2pt 4pt;text-align:left;vertical-align:top}th{background:#eee}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.meta td:first-child{font-weight:bold;width:35%}.note{font-size:8.5pt;color:#444}
figure{margin:8pt 0 14pt;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:4pt}svg{max-width:100%;height:auto}
nav ol{columns:2}`;

function table(t: ReportTable): string {
  const head = `<thead><tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.length
    ? t.rows
        .map(
          (r) =>
            `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="num"' : ''}>${cell(c)}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${t.columns.length}">—</td></tr>`;
  const notes = t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('');
  return `<h3 id="${t.id}">${esc(t.title)}</h3><table>${head}<tbody>${body}</tbody></table>${notes}`;
}

/** @example renderReportHtml(buildReport(snapshot, options)).startsWith('<!DOCTYPE html>') */
export function renderReportHtml(r: Report, labels: { contents: string }): string {
  const meta = `<table class="meta"><tbody>${r.meta.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`;
  const toc = `<nav><h3>${esc(labels.contents)}</h3><ol>${r.sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('')}</ol></nav>`;
  const sections = r.sections
    .map((s) => {
      const paras = s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
      const tables = s.tables.map(table).join('');
      const figures = s.figures
        .map(
          (f) =>
            `<figure id="${f.id}"><figcaption>${esc(f.title)}</figcaption>${renderFigureSvg(f)}</figure>`,
        )
        .join('');
      return `<section><h2 id="${s.id}">${esc(s.title)}</h2>${paras}${tables}${figures}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(r.lang)}"><head><meta charset="utf-8"><title>${esc(r.title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(r.title)}</h1><p><strong>${esc(r.subtitle)}</strong></p>${meta}<p class="note">${esc(r.intro)}</p>${toc}</header>
${sections}
</body></html>
`;
}
