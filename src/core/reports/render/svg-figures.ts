/**
 * Small, dependency-free SVG renderers for the report's figures (Kaplan–Meier with CI band and
 * censor marks, waterfall, spider, swimmer, eDISH scatter). Coordinates are rounded to 0.1 so
 * the output is byte-stable; colours distinguish BOR categories; no scripts, no external refs.
 */
import type { ReportFigure } from '../report-model.ts';

const W = 640;
const H = 320;
const M = { l: 56, r: 16, t: 12, b: 40 };
const f = (x: number) => (Math.round(x * 10) / 10).toString();
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BOR_COLOUR: Record<string, string> = {
  CR: '#1b7837',
  PR: '#5aae61',
  SD: '#4575b4',
  'NON-CR/NON-PD': '#74add1',
  PD: '#d73027',
  NE: '#999999',
  MISSING: '#cccccc',
};
const colour = (bor: string) => BOR_COLOUR[bor] ?? '#666666';

interface Scale {
  x(v: number): number;
  y(v: number): number;
}

function frame(x0: number, x1: number, y0: number, y1: number): Scale {
  const sx = (W - M.l - M.r) / (x1 - x0 || 1);
  const sy = (H - M.t - M.b) / (y1 - y0 || 1);
  return { x: (v) => M.l + (v - x0) * sx, y: (v) => H - M.b - (v - y0) * sy };
}

function ticks(lo: number, hi: number, n = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / n;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step)
    out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

function axes(s: Scale, xs: number[], ys: number[], xLabel: string, yLabel: string): string {
  const parts: string[] = [];
  const [x0, y0] = [M.l, H - M.b];
  parts.push(`<line x1="${x0}" y1="${y0}" x2="${W - M.r}" y2="${y0}" stroke="#333"/>`);
  parts.push(`<line x1="${x0}" y1="${M.t}" x2="${x0}" y2="${y0}" stroke="#333"/>`);
  for (const v of xs)
    parts.push(
      `<text x="${f(s.x(v))}" y="${y0 + 14}" text-anchor="middle" font-size="10">${v}</text>`,
    );
  for (const v of ys)
    parts.push(
      `<text x="${x0 - 4}" y="${f(s.y(v) + 3)}" text-anchor="end" font-size="10">${v}</text>`,
    );
  parts.push(
    `<text x="${f((W + M.l) / 2)}" y="${H - 6}" text-anchor="middle" font-size="11">${esc(xLabel)}</text>`,
  );
  parts.push(
    `<text x="12" y="${f(H / 2)}" text-anchor="middle" font-size="11" transform="rotate(-90 12 ${f(H / 2)})">${esc(yLabel)}</text>`,
  );
  return parts.join('');
}

const svg = (title: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}" font-family="sans-serif">${body}</svg>`;

function km(fig: Extract<ReportFigure, { kind: 'km' }>): string {
  const steps = fig.km.steps;
  const tMax = Math.max(1, ...steps.map((s) => s.time));
  const s = frame(0, tMax, 0, 1);
  let line = `M${f(s.x(0))},${f(s.y(1))}`;
  let band = '';
  let prev = { t: 0, surv: 1, lo: 1, hi: 1 };
  const upper: string[] = [];
  const lower: string[] = [];
  const marks: string[] = [];
  for (const st of steps) {
    line += `H${f(s.x(st.time))}V${f(s.y(st.survival))}`;
    upper.push(`${f(s.x(prev.t))},${f(s.y(prev.hi))} ${f(s.x(st.time))},${f(s.y(prev.hi))}`);
    lower.push(`${f(s.x(prev.t))},${f(s.y(prev.lo))} ${f(s.x(st.time))},${f(s.y(prev.lo))}`);
    if (st.nCensor > 0)
      marks.push(`<path d="M${f(s.x(st.time))},${f(s.y(st.survival) - 4)}v8" stroke="#000"/>`);
    prev = {
      t: st.time,
      surv: st.survival,
      lo: st.lower ?? st.survival,
      hi: st.upper ?? st.survival,
    };
  }
  if (upper.length)
    band = `<polygon points="${upper.join(' ')} ${lower.reverse().join(' ')}" fill="#4575b4" fill-opacity="0.15" stroke="none"/>`;
  return svg(
    fig.title,
    `${axes(s, ticks(0, tMax), [0, 0.25, 0.5, 0.75, 1], fig.xLabel, fig.yLabel)}${band}<path d="${line}" fill="none" stroke="#4575b4" stroke-width="2"/>${marks.join('')}`,
  );
}

function waterfall(fig: Extract<ReportFigure, { kind: 'waterfall' }>): string {
  const lo = Math.min(-100, ...fig.bars.map((b) => b.value));
  const hi = Math.max(20, ...fig.bars.map((b) => b.value));
  const s = frame(0, Math.max(1, fig.bars.length), lo, hi);
  const bw = (W - M.l - M.r) / Math.max(1, fig.bars.length);
  const bars = fig.bars
    .map((b, i) => {
      const y = Math.min(s.y(b.value), s.y(0));
      const h = Math.abs(s.y(b.value) - s.y(0));
      return `<rect x="${f(s.x(i) + 1)}" y="${f(y)}" width="${f(Math.max(1, bw - 2))}" height="${f(h)}" fill="${colour(b.bor)}"><title>${esc(b.label)} ${f(b.value)} % ${b.bor}</title></rect>`;
    })
    .join('');
  const refs = [20, -30]
    .map(
      (v) =>
        `<line x1="${M.l}" x2="${W - M.r}" y1="${f(s.y(v))}" y2="${f(s.y(v))}" stroke="#888" stroke-dasharray="4 3"/>`,
    )
    .join('');
  return svg(fig.title, `${axes(s, [], ticks(lo, hi), '', fig.yLabel)}${refs}${bars}`);
}

function spider(fig: Extract<ReportFigure, { kind: 'spider' }>): string {
  const pts = fig.lines.flatMap((l) => l.points);
  const tMax = Math.max(1, ...pts.map((p) => p.day));
  const lo = Math.min(-100, ...pts.map((p) => p.value));
  const hi = Math.max(20, ...pts.map((p) => p.value));
  const s = frame(0, tMax, lo, hi);
  const lines = fig.lines
    .filter((l) => l.points.length > 1)
    .map(
      (l) =>
        `<polyline points="${l.points.map((p) => `${f(s.x(p.day))},${f(s.y(p.value))}`).join(' ')}" fill="none" stroke="#4575b4" stroke-opacity="0.7"><title>${esc(l.label)}</title></polyline>`,
    )
    .join('');
  return svg(
    fig.title,
    `${axes(s, ticks(0, tMax), ticks(lo, hi), fig.xLabel, fig.yLabel)}${lines}`,
  );
}

function swimmer(fig: Extract<ReportFigure, { kind: 'swimmer' }>): string {
  const n = Math.max(1, fig.lanes.length);
  const tMax = Math.max(1, ...fig.lanes.map((l) => l.days));
  const h = Math.max(H, M.t + M.b + n * 12);
  const sx = (W - M.l - M.r) / tMax;
  const x = (d: number) => M.l + d * sx;
  const rows = fig.lanes
    .map((l, i) => {
      const y = M.t + i * 12;
      const parts = [
        `<text x="${M.l - 4}" y="${y + 9}" text-anchor="end" font-size="8">${esc(l.label)}</text>`,
        `<rect x="${M.l}" y="${y + 2}" width="${f(Math.max(1, l.days * sx))}" height="8" fill="#9ecae1"/>`,
      ];
      if (l.ongoing) parts.push(`<path d="M${f(x(l.days))},${y + 2}l6,4l-6,4z" fill="#08519c"/>`);
      if (l.responseDay !== null)
        parts.push(`<circle cx="${f(x(l.responseDay))}" cy="${y + 6}" r="3" fill="#1b7837"/>`);
      if (l.progressionDay !== null)
        parts.push(
          `<rect x="${f(x(l.progressionDay) - 3)}" y="${y + 3}" width="6" height="6" fill="#d73027"/>`,
        );
      if (l.deathDay !== null)
        parts.push(`<text x="${f(x(l.deathDay))}" y="${y + 10}" font-size="10">✝</text>`);
      return parts.join('');
    })
    .join('');
  const axis = ticks(0, tMax)
    .map(
      (t) =>
        `<text x="${f(x(t))}" y="${h - M.b + 14}" text-anchor="middle" font-size="10">${t}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${esc(fig.title)}" font-family="sans-serif"><line x1="${M.l}" y1="${h - M.b}" x2="${W - M.r}" y2="${h - M.b}" stroke="#333"/>${axis}<text x="${f((W + M.l) / 2)}" y="${h - 6}" text-anchor="middle" font-size="11">${esc(fig.xLabel)}</text>${rows}</svg>`;
}

function scatter(fig: Extract<ReportFigure, { kind: 'scatter' }>): string {
  // log10 axes as eDISH is read (Senior 2014): 0.1 to 100 × ULN
  const lg = (v: number) => Math.log10(Math.min(100, Math.max(0.1, v)));
  const s = frame(-1, 2, -1, 2);
  const pts = fig.points
    .map(
      (p) =>
        `<circle cx="${f(s.x(lg(p.x)))}" cy="${f(s.y(lg(p.y)))}" r="3" fill="#4575b4"><title>${esc(p.label)}</title></circle>`,
    )
    .join('');
  const refs = `<line x1="${f(s.x(lg(fig.xRef)))}" x2="${f(s.x(lg(fig.xRef)))}" y1="${M.t}" y2="${H - M.b}" stroke="#d73027" stroke-dasharray="4 3"/><line x1="${M.l}" x2="${W - M.r}" y1="${f(s.y(lg(fig.yRef)))}" y2="${f(s.y(lg(fig.yRef)))}" stroke="#d73027" stroke-dasharray="4 3"/>`;
  const decades = [0.1, 1, 10, 100];
  const ax = axes(
    { x: (v) => s.x(Math.log10(v)), y: (v) => s.y(Math.log10(v)) },
    decades,
    decades,
    fig.xLabel,
    fig.yLabel,
  );
  return svg(fig.title, `${ax}${refs}${pts}`);
}

/** @example renderFigureSvg({ kind: 'waterfall', id: 'w', title: 'W', yLabel: '%', bars: [] }) */
export function renderFigureSvg(fig: ReportFigure): string {
  switch (fig.kind) {
    case 'km':
      return km(fig);
    case 'waterfall':
      return waterfall(fig);
    case 'spider':
      return spider(fig);
    case 'swimmer':
      return swimmer(fig);
    case 'scatter':
      return scatter(fig);
    default: {
      const never: never = fig;
      return never;
    }
  }
}
