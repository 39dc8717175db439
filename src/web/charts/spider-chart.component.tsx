/**
 * Spider plot: each subject's % change of the target sum from baseline over time, one line per
 * subject coloured by confirmed best overall response, with the −30 % / +20 % RECIST guides.
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { TumourCourse } from '../api/analysis.resource.ts';
import { useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend } from './chart-legend.ts';
import { DENSE_ABOVE } from './colour-paths.ts';
import { csvText } from './csv-text.ts';
import { valueExtent } from './dense-domain.ts';
import { responseLegend } from './response-legend.ts';
import { responseColourScale } from './response-palette.ts';
import { type SpiderPoint, spiderData } from './spider-data.ts';
import { spiderDenseLines } from './spider-dense.ts';
import { useResponseLabel } from './use-response-label.ts';

const MARGIN_LEFT = 56;
/**
 * Above this many subjects the assessment dots (one per scan, each with its tooltip) are left
 * out: the lines carry the course, and a 1,000-subject cohort's ~2,000 dots doubled the drawing
 * time (bench/web-dashboard.bench.ts) while hiding the lines under them.
 */
export const MAX_DOTTED_SUBJECTS = 100;

export function SpiderChart({ subjects }: { subjects: readonly TumourCourse[] }) {
  const t = useT();
  const responseLabel = useResponseLabel();
  const points = useMemo(() => spiderData(subjects), [subjects]);
  const lines = new Set(points.map((p) => p.subjectId)).size;
  const summary = t('spider.summary', { n: lines });

  const render = useCallback(
    (width: number) => {
      // a large cohort's lines: one path per colour (colour-paths.ts)
      const dense = lines > DENSE_ABOVE;
      const svg = Plot.plot({
        width,
        height: 320,
        marginLeft: MARGIN_LEFT,
        marginRight: 44,
        marginBottom: 40,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: { label: null, domain: [0, Math.max(1, ...points.map((p) => p.day))], nice: true },
        y: {
          label: null,
          grid: true,
          nice: true,
          ...(dense
            ? {
                domain: valueExtent(
                  points.map((p) => p.pctChange),
                  [0, -30, 20],
                ),
              }
            : {}),
        },
        color: responseColourScale(points.map((p) => p.bor)),
        marks: [
          Plot.axisX({ label: t('spider.xLabel'), labelAnchor: 'center', labelArrow: 'none' }),
          Plot.axisY({ label: t('spider.yLabel'), labelAnchor: 'top', labelArrow: 'none' }),
          Plot.ruleY([0], { stroke: '#1a2027' }),
          Plot.ruleY([-30, 20], { stroke: '#4a5562', strokeDasharray: '5,4' }),
          Plot.text([-30, 20], {
            y: (g: number) => g,
            frameAnchor: 'right',
            dx: 40,
            textAnchor: 'end',
            text: (g: number) => (g > 0 ? `+${g} %` : `−${-g} %`),
            fill: '#4a5562',
          }),
          dense
            ? spiderDenseLines(points)
            : Plot.line(points, {
                x: 'day',
                y: 'pctChange',
                z: 'subjectId',
                stroke: 'bor',
                strokeWidth: 1.4,
              }),
          lines <= MAX_DOTTED_SUBJECTS
            ? Plot.dot(points, {
                x: 'day',
                y: 'pctChange',
                fill: 'bor',
                r: 2.2,
                title: (p: SpiderPoint) => `${p.label}, ${p.day}: ${p.pctChange} %`,
              })
            : null,
        ],
      });
      addLegend(
        svg as SVGSVGElement,
        responseLegend(
          points.map((p) => p.bor),
          responseLabel,
        ),
        MARGIN_LEFT,
      );
      return svg;
    },
    [points, lines, responseLabel, t],
  );

  const csv = () =>
    csvText(
      points.map((p) => ({
        subject: p.label,
        confirmed_bor: p.bor,
        day: p.day,
        pct_change: p.pctChange,
      })),
    );

  return (
    <ChartFigure
      id="spider"
      title={t('spider.title')}
      summary={summary}
      render={render}
      csv={csv}
    />
  );
}
