/**
 * CONSORT-style flow of the single arm (CONSORT 2010 flow diagram, adapted): screened, screen
 * failures with reasons, enrolled, treated, treatment status at the data cut (on treatment;
 * discontinued with reasons), analysed for response. Drawn as SVG so it downloads like every
 * other figure; counts that do not add up are stated under it.
 */
import { useCallback, useMemo } from 'react';
import type { ConsortCounts } from '../api/analysis.resource.ts';
import { useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { consortFlow, inScreening } from './consort-data.ts';
import { LINE_HEIGHT, layoutConsort, type PlacedBox } from './consort-layout.ts';
import { csvText } from './csv-text.ts';
import { useReasonLabel } from './use-reason-label.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function drawBox(b: PlacedBox): SVGGElement {
  const g = el('g', {});
  g.append(
    el('rect', {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      rx: 3,
      fill: b.side ? '#f4f6f8' : '#ffffff',
      stroke: b.side ? '#7b8691' : '#0b5394',
      'stroke-width': b.side ? 1 : 1.5,
    }),
  );
  b.lines.forEach((line, i) => {
    const text = el('text', {
      x: b.side ? b.x + 10 : b.x + b.width / 2,
      y: b.y + 10 + 12 + i * LINE_HEIGHT - 2,
      'text-anchor': b.side ? 'start' : 'middle',
      'font-weight': i === 0 ? 600 : 400,
      fill: '#1a2027',
    });
    text.textContent = line;
    g.append(text);
  });
  return g;
}

export function ConsortChart({ consort }: { consort: ConsortCounts }) {
  const t = useT();
  const reason = useReasonLabel();
  const flow = useMemo(() => consortFlow(consort), [consort]);
  const screening = inScreening(consort);
  const summary = t('consort.summary', {
    screened: consort.screened,
    enrolled: consort.enrolled,
    analysed: consort.analysed,
  });

  const render = useCallback(
    (width: number) => {
      const [screened, failures, enrolled, treated, discontinued, onTreatment, analysed] =
        flow.stages;
      const n = (x: number) => t('consort.n', { n: x });
      const boxes = [
        { id: 'screened', side: false, lines: [t('consort.screened'), n(screened?.count ?? 0)] },
        {
          id: 'failures',
          side: true,
          lines: [
            `${t('consort.screenFailures')} (${n(failures?.count ?? 0)})`,
            ...(failures?.reasons ?? []).map((r) => `• ${reason(r.reason)}: ${r.count}`),
            ...(screening > 0 ? [t('consort.inScreening', { n: screening })] : []),
          ],
        },
        { id: 'enrolled', side: false, lines: [t('consort.enrolled'), n(enrolled?.count ?? 0)] },
        { id: 'treated', side: false, lines: [t('consort.treated'), n(treated?.count ?? 0)] },
        {
          id: 'status',
          side: true,
          lines: [
            t('consort.statusAtCut'),
            `${t('consort.onTreatment')}: ${onTreatment?.count ?? 0}`,
            `${t('consort.discontinued')}: ${discontinued?.count ?? 0}`,
            ...(discontinued?.reasons ?? []).map((r) => `  • ${reason(r.reason)}: ${r.count}`),
          ],
        },
        { id: 'analysed', side: false, lines: [t('consort.analysed'), n(analysed?.count ?? 0)] },
      ];
      const layout = layoutConsort(boxes, width);
      const svg = el('svg', {
        width,
        height: layout.height,
        viewBox: `0 0 ${width} ${layout.height}`,
        'font-family': 'system-ui, sans-serif',
        'font-size': 12,
      });
      const defs = el('defs', {});
      const marker = el('marker', {
        id: 'consort-arrow',
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
      });
      marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#4a5562' }));
      defs.append(marker);
      svg.append(defs);
      const main = layout.boxes.filter((b) => !b.side);
      const line = { stroke: '#4a5562', 'stroke-width': 1.3, 'marker-end': 'url(#consort-arrow)' };
      for (let i = 1; i < main.length; i++) {
        const a = main[i - 1] as PlacedBox;
        const b = main[i] as PlacedBox;
        const x = a.x + a.width / 2;
        svg.append(el('line', { x1: x, x2: x, y1: a.y + a.height, y2: b.y - 1, ...line }));
      }
      for (const s of layout.boxes.filter((b) => b.side)) {
        const before = main.filter((m) => m.y < s.y).at(-1);
        if (!before) continue;
        const x = before.x + before.width / 2;
        const y = s.y + s.height / 2;
        svg.append(el('line', { x1: x, x2: s.x - 1, y1: y, y2: y, ...line }));
      }
      for (const b of layout.boxes) svg.append(drawBox(b));
      return svg;
    },
    [flow, screening, reason, t],
  );

  const csv = () =>
    csvText([
      ...flow.stages.map((s) => ({ stage: s.id, reason: '', count: s.count })),
      ...flow.stages.flatMap((s) =>
        s.reasons.map((r) => ({ stage: s.id, reason: r.reason, count: r.count })),
      ),
    ]);

  return (
    <ChartFigure
      id="consort"
      title={t('consort.title')}
      summary={summary}
      render={render}
      csv={csv}
    >
      {flow.mismatches.map((m) => (
        <p key={m.rule} className="field-error">
          {t('consort.mismatch', { rule: m.rule, expected: m.expected, actual: m.actual })}
        </p>
      ))}
    </ChartFigure>
  );
}
