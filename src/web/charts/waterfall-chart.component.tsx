/**
 * Waterfall plot: best % change of the target sum per subject (largest growth left, deepest
 * shrinkage right), bars coloured by confirmed best overall response, dashed guides at −30 %
 * (partial response) and +20 % (progression) — RECIST 1.1 §4.3.1.
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { TumourCourse } from '../api/analysis.resource.ts';
import { formatNumber } from '../format/locale-format.ts';
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend } from './chart-legend.ts';
import { DENSE_ABOVE } from './colour-paths.ts';
import { csvText } from './csv-text.ts';
import { valueExtent } from './dense-domain.ts';
import { responseLegend } from './response-legend.ts';
import { responseColourScale } from './response-palette.ts';
import { useResponseLabel } from './use-response-label.ts';
import { type WaterfallBar, waterfallData } from './waterfall-data.ts';
import { waterfallDenseBars } from './waterfall-dense.ts';

const MARGIN_LEFT = 56;
/** Above this many bars the subject labels would overlap: the axis shows none. */
const MAX_LABELLED = 40;

export function WaterfallChart({ subjects }: { subjects: readonly TumourCourse[] }) {
  const t = useT();
  const { locale } = useLocale();
  const responseLabel = useResponseLabel();
  const data = useMemo(() => waterfallData(subjects), [subjects]);
  const title = t('waterfall.title');
  const summary = t('waterfall.summary', {
    n: data.bars.length,
    shrunk: data.shrinkage30,
    missing: data.notEvaluable,
  });

  const render = useCallback(
    (width: number) => {
      const bars = data.bars;
      const labelled = bars.length <= MAX_LABELLED;
      // a large cohort's bars: one path per colour, no tooltips (colour-paths.ts)
      const dense = bars.length > DENSE_ABOVE;
      const svg = Plot.plot({
        width,
        height: 320,
        marginLeft: MARGIN_LEFT,
        marginBottom: labelled ? 76 : 24,
        marginRight: 44,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: { type: 'band', domain: bars.map((b) => b.label), label: null, padding: 0.15 },
        y: {
          label: null,
          grid: true,
          nice: true,
          ...(dense
            ? {
                domain: valueExtent(
                  bars.map((b) => b.bestPctChange),
                  [0, ...data.guides],
                ),
              }
            : {}),
        },
        color: responseColourScale(bars.map((b) => b.bor)),
        marks: [
          Plot.axisY({ label: t('waterfall.yLabel'), labelAnchor: 'top', labelArrow: 'none' }),
          labelled
            ? Plot.axisX({ tickRotate: -60, tickSize: 0, label: null })
            : Plot.axisX({
                ticks: [],
                label: t('waterfall.subjects'),
                labelAnchor: 'center',
                labelArrow: 'none',
              }),
          dense
            ? waterfallDenseBars(bars)
            : Plot.barY(bars, {
                x: 'label',
                y: 'bestPctChange',
                fill: 'bor',
                title: (b: WaterfallBar) =>
                  `${b.label}: ${formatNumber(b.bestPctChange, locale)} % (${responseLabel(b.bor)})`,
              }),
          Plot.ruleY([0], { stroke: '#1a2027' }),
          Plot.ruleY(data.guides, { stroke: '#4a5562', strokeDasharray: '5,4' }),
          Plot.text(data.guides, {
            y: (g: number) => g,
            frameAnchor: 'right',
            dx: 40,
            textAnchor: 'end',
            text: (g: number) => (g > 0 ? `+${g} %` : `${String(g).replace('-', '−')} %`),
            fill: '#4a5562',
          }),
        ],
      });
      addLegend(
        svg as SVGSVGElement,
        responseLegend(
          bars.map((b) => b.bor),
          responseLabel,
        ),
        MARGIN_LEFT,
      );
      return svg;
    },
    [data, locale, responseLabel, t],
  );

  const csv = () =>
    csvText(
      data.bars.map((b) => ({
        rank: b.rank,
        subject: b.label,
        best_pct_change: b.bestPctChange,
        confirmed_bor: b.bor,
      })),
      ['rank', 'subject', 'best_pct_change', 'confirmed_bor'],
    );

  return (
    <ChartFigure id="waterfall" title={title} summary={summary} render={render} csv={csv}>
      <p className="chart-note">{summary}</p>
    </ChartFigure>
  );
}
