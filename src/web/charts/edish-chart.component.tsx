/**
 * eDISH plot: peak ALT × ULN (x) against peak total bilirubin × ULN (y), both log scales, with
 * the 3 × ULN and 2 × ULN lines; subjects in the potential Hy's law quadrant are drawn in
 * vermillion and the quadrants are named in their corners.
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { EdishPoint } from '../api/analysis.resource.ts';
import { formatNumber } from '../format/locale-format.ts';
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend } from './chart-legend.ts';
import { DENSE_ABOVE } from './colour-paths.ts';
import { csvText } from './csv-text.ts';
import { ALT_LINE, BILI_LINE, type EdishMark, edishCounts, edishData } from './edish-data.ts';
import { edishDensePoints } from './edish-dense.ts';

const MARGIN_LEFT = 56;
const HYS = '#c1440e';
const OTHER = '#0b5394';

const RADIUS = 4.5;

export function EdishChart({ points }: { points: readonly EdishPoint[] }) {
  const t = useT();
  const { locale } = useLocale();
  const marks = useMemo(() => edishData(points), [points]);
  const counts = edishCounts(marks);
  const summary = t('edish.summary', {
    n: marks.length,
    hys: counts['hys-law'],
    temple: counts.temple,
  });

  const render = useCallback(
    (width: number) => {
      const xs = marks.map((m) => m.x);
      const ys = marks.map((m) => m.y);
      const fmt = (d: number) => formatNumber(d, locale);
      // a large cohort's normal-quadrant points: one path (colour-paths.ts); the points
      // outside it, the ones to identify, keep their tooltips
      const dense = marks.length > DENSE_ABOVE;
      const normal = dense ? marks.filter((m) => m.quadrant === 'normal') : [];
      const single = dense ? marks.filter((m) => m.quadrant !== 'normal') : marks;
      const svg = Plot.plot({
        width,
        height: 340,
        marginLeft: MARGIN_LEFT,
        marginRight: 16,
        marginBottom: 40,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: {
          type: 'log',
          domain: [Math.min(0.1, ...xs), Math.max(20, ...xs) * 1.2],
          label: null,
          grid: true,
        },
        y: {
          type: 'log',
          domain: [Math.min(0.1, ...ys), Math.max(10, ...ys) * 1.2],
          label: null,
          grid: true,
        },
        marks: [
          Plot.axisX({
            label: t('edish.xLabel'),
            labelAnchor: 'center',
            labelArrow: 'none',
            tickFormat: fmt,
            ticks: 6,
          }),
          Plot.axisY({
            label: t('edish.yLabel'),
            labelAnchor: 'top',
            labelArrow: 'none',
            tickFormat: fmt,
            ticks: 6,
          }),
          Plot.ruleX([ALT_LINE], { stroke: '#4a5562', strokeDasharray: '5,4' }),
          Plot.ruleY([BILI_LINE], { stroke: '#4a5562', strokeDasharray: '5,4' }),
          Plot.text([t('edish.hysLaw')], {
            frameAnchor: 'top-right',
            dx: -6,
            dy: 6,
            fill: HYS,
            fontWeight: 600,
          }),
          Plot.text([t('edish.cholestasis')], {
            frameAnchor: 'top-left',
            dx: 6,
            dy: 6,
            fill: '#4a5562',
          }),
          Plot.text([t('edish.temple')], {
            frameAnchor: 'bottom-right',
            dx: -6,
            dy: -6,
            fill: '#4a5562',
          }),
          Plot.text([t('edish.normal')], {
            frameAnchor: 'bottom-left',
            dx: 6,
            dy: -6,
            fill: '#4a5562',
          }),
          edishDensePoints(
            normal,
            { fill: OTHER, fillOpacity: 0.85, stroke: '#ffffff', strokeWidth: 0.8 },
            RADIUS,
          ),
          Plot.dot(single, {
            x: 'x',
            y: 'y',
            r: RADIUS,
            fill: (m: EdishMark) => (m.quadrant === 'hys-law' ? HYS : OTHER),
            fillOpacity: 0.85,
            stroke: '#ffffff',
            strokeWidth: 0.8,
            title: (m: EdishMark) =>
              `${m.label}: ALT ${fmt(m.peakAltXUln)} × ULN, ${t('edish.bilirubin')} ${fmt(m.peakBiliXUln)} × ULN`,
          }),
        ],
      });
      addLegend(
        svg as SVGSVGElement,
        [
          { label: t('edish.legendHys'), colour: HYS, mark: { glyph: '●' } },
          { label: t('edish.legendOther'), colour: OTHER, mark: { glyph: '●' } },
        ],
        MARGIN_LEFT,
      );
      return svg;
    },
    [marks, locale, t],
  );

  const csv = () =>
    csvText(
      marks.map((m) => ({
        subject: m.label,
        peak_alt_x_uln: m.peakAltXUln,
        peak_bilirubin_x_uln: m.peakBiliXUln,
        quadrant: m.quadrant,
      })),
    );

  return (
    <ChartFigure id="edish" title={t('edish.title')} summary={summary} render={render} csv={csv}>
      <p className="chart-note">{summary}</p>
    </ChartFigure>
  );
}
