/**
 * Kaplan–Meier curve (PFS or OS): the step estimate with its pointwise confidence band, "+"
 * marks at censorings, the median drawn as a dashed guide from S = 0.5, and the number at risk
 * printed under the time axis at the analysis's risk times (all inside the SVG, so the
 * downloaded figure is complete).
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { KaplanMeierResult } from '../../core/stats/kaplan-meier.ts';
import { formatNumber, formatPercent } from '../format/locale-format.ts';
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend } from './chart-legend.ts';
import { csvText } from './csv-text.ts';
import { kmCensorMarks } from './km-censor-marks.ts';
import { kmCsvRows, kmFigure } from './km-data.ts';

export interface KmChartProps {
  id: string;
  title: string;
  /** The endpoint's name in a sentence, e.g. "Progression-free survival". */
  endpoint: string;
  km: KaplanMeierResult;
  colour?: string;
}

const MARGIN_LEFT = 52;

export function KmChart({ id, title, endpoint, km, colour = '#0b5394' }: KmChartProps) {
  const t = useT();
  const { locale } = useLocale();
  const fig = useMemo(() => kmFigure(km), [km]);
  const level = formatPercent(km.conventions.confLevel, locale);
  const num = (x: number | null) => (x === null ? t('km.notReached') : formatNumber(x, locale));
  // a median not reached is said as such, not as "NR days"
  const ci = { level, lower: num(km.median.lower), upper: num(km.median.upper) };
  const median =
    km.median.estimate === null
      ? t('km.medianNotReachedSentence', ci)
      : t('km.medianSentence', { median: num(km.median.estimate), ...ci });
  const summary = t('km.summary', {
    endpoint,
    subjects: t('count.subjects', { n: km.n }),
    events: t('count.events', { n: km.events }),
    median,
  });

  const render = useCallback(
    (width: number) => {
      const m = fig.median;
      const svg = Plot.plot({
        width,
        height: 330,
        marginLeft: MARGIN_LEFT,
        marginRight: 18,
        marginBottom: 78,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: { domain: [0, fig.maxTime], label: null },
        y: {
          domain: [0, 1],
          label: null,
          grid: true,
          tickFormat: (d: number) => formatPercent(d, locale),
        },
        marks: [
          Plot.axisX({
            ticks: fig.atRisk.map((r) => r.time),
            label: t('km.days'),
            labelAnchor: 'center',
            labelArrow: 'none',
            labelOffset: 30,
          }),
          Plot.axisY({ label: endpoint, labelAnchor: 'top', labelArrow: 'none' }),
          Plot.areaY(fig.curve, {
            x: 'time',
            y1: 'lower',
            y2: 'upper',
            curve: 'step-after',
            fill: colour,
            fillOpacity: 0.14,
          }),
          Plot.line(fig.curve, {
            x: 'time',
            y: 'survival',
            curve: 'step-after',
            stroke: colour,
            strokeWidth: 2,
          }),
          kmCensorMarks(fig.censors, colour),
          ...(m
            ? [
                Plot.ruleY([0.5], { x1: 0, x2: m.time, stroke: '#4a5562', strokeDasharray: '4,3' }),
                Plot.ruleX([m.time], { y1: 0, y2: 0.5, stroke: '#4a5562', strokeDasharray: '4,3' }),
                Plot.text([m.time], {
                  x: (d: number) => d,
                  y: 0.5,
                  dx: 4,
                  dy: -8,
                  textAnchor: 'start',
                  text: () => t('km.medianLabel', { days: formatNumber(m.time, locale) }),
                  fill: '#1a2027',
                }),
              ]
            : []),
          Plot.text([t('km.atRisk')], {
            frameAnchor: 'bottom-left',
            dx: -MARGIN_LEFT + 2,
            dy: 50,
            textAnchor: 'start',
            fontWeight: 600,
          }),
          Plot.text(fig.atRisk, {
            x: 'time',
            y: () => 0,
            dy: 64,
            text: (r: { nRisk: number }) => String(r.nRisk),
            fill: '#1a2027',
          }),
        ],
      });
      addLegend(
        svg as SVGSVGElement,
        [
          { label: t('km.legendCurve'), colour, mark: 'line' },
          { label: t('km.legendBand', { level }), colour: `${colour}40`, mark: 'square' },
          { label: t('km.legendCensor'), colour, mark: { glyph: '+' } },
        ],
        MARGIN_LEFT,
      );
      return svg;
    },
    [fig, colour, endpoint, level, locale, t],
  );

  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      render={render}
      csv={() => csvText(kmCsvRows(km))}
    >
      <p className="chart-note">{median}</p>
    </ChartFigure>
  );
}
