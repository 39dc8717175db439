/**
 * Enrolment over time: cumulative subjects enrolled per site (steps) and the study total (dark
 * line), from the first enrolment to the data cut.
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { formatMonth } from '../format/locale-format.ts';
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend } from './chart-legend.ts';
import { csvText } from './csv-text.ts';
import { type EnrolmentPoint, enrolmentData, type SiteDates, utcDate } from './enrolment-data.ts';

const MARGIN_LEFT = 44;
const TOTAL = '#1a2027';
/** Site colours, each ≥ 3:1 on white. */
const SITE_COLOURS = [
  '#0b5394',
  '#9a6700',
  '#7a5195',
  '#c1440e',
  '#1b7837',
  '#6b7681',
  '#a23b72',
  '#00676b',
];

export function EnrolmentChart({ sites, asOf }: { sites: readonly SiteDates[]; asOf: string }) {
  const t = useT();
  const { locale } = useLocale();
  const data = useMemo(() => enrolmentData(sites, asOf), [sites, asOf]);
  const total = data.total.at(-1)?.cumulative ?? 0;
  const summary = t('enrolment.summary', {
    subjects: t('count.subjects', { n: total }),
    sites: t('count.sites', { n: sites.length }),
  });

  const render = useCallback(
    (width: number) => {
      const codes = sites.map((s) => s.siteCode);
      const colour = (c: string) => SITE_COLOURS[codes.indexOf(c) % SITE_COLOURS.length] as string;
      const at = (p: EnrolmentPoint) => utcDate(p.date);
      const svg = Plot.plot({
        width,
        height: 300,
        marginLeft: MARGIN_LEFT,
        marginRight: 20,
        marginBottom: 40,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: { type: 'utc', label: null },
        y: { label: null, grid: true, nice: true, domain: [0, Math.max(1, total)] },
        color: { domain: codes, range: codes.map(colour) },
        marks: [
          Plot.axisX({
            label: null,
            ticks: Math.max(2, Math.floor(width / 110)),
            tickFormat: (d: Date) => formatMonth(d, locale),
          }),
          Plot.axisY({ label: t('enrolment.yLabel'), labelAnchor: 'top', labelArrow: 'none' }),
          Plot.line(data.bySite, {
            x: at,
            y: 'cumulative',
            z: 'siteCode',
            stroke: 'siteCode',
            curve: 'step-after',
            strokeWidth: 1.8,
          }),
          Plot.line(data.total, {
            x: at,
            y: 'cumulative',
            curve: 'step-after',
            stroke: TOTAL,
            strokeWidth: 2.4,
          }),
          Plot.dot(data.total.slice(-1), { x: at, y: 'cumulative', fill: TOTAL, r: 3 }),
        ],
      });
      addLegend(
        svg as SVGSVGElement,
        [
          { label: t('enrolment.total'), colour: TOTAL, mark: 'line' },
          ...codes.map((c) => ({ label: c, colour: colour(c), mark: 'line' as const })),
        ],
        MARGIN_LEFT,
      );
      return svg;
    },
    [data, sites, total, locale, t],
  );

  const csv = () =>
    csvText(
      [...data.total, ...data.bySite].map((p) => ({
        site: p.siteCode ?? 'ALL',
        date: p.date,
        cumulative_enrolled: p.cumulative,
      })),
    );

  return (
    <ChartFigure
      id="enrolment"
      title={t('enrolment.title')}
      summary={summary}
      render={render}
      csv={csv}
    />
  );
}
