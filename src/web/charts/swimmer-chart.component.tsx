/**
 * Swimmer plot: one lane per subject, the bar its time on treatment coloured by confirmed best
 * overall response; ▲ first response, ■ progression, ✕ death; an arrow at the end of the bar
 * while the subject is still on treatment at the data cut.
 */
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import type { TumourCourse } from '../api/analysis.resource.ts';
import { useT } from '../i18n/i18n.context.tsx';
import { ChartFigure } from './chart-figure.component.tsx';
import { addLegend, type LegendItem } from './chart-legend.ts';
import { DENSE_ABOVE } from './colour-paths.ts';
import { csvText } from './csv-text.ts';
import { responseLegend } from './response-legend.ts';
import { responseColourScale } from './response-palette.ts';
import { type SwimmerEvent, type SwimmerLane, swimmerData } from './swimmer-data.ts';
import { swimmerDenseMarks } from './swimmer-dense.ts';
import { useResponseLabel } from './use-response-label.ts';

const MARGIN_LEFT = 72;
const MARK = '#1a2027';
const SYMBOLS = { response: 'triangle', progression: 'square', death: 'times' } as const;

/** Lane height: 16 px, shrinking for large cohorts so the figure stays under ~900 px. */
export function laneHeight(lanes: number): number {
  return Math.max(2, Math.min(16, Math.floor(900 / Math.max(1, lanes))));
}

export function SwimmerChart({
  subjects,
  asOf,
}: {
  subjects: readonly TumourCourse[];
  asOf: string;
}) {
  const t = useT();
  const responseLabel = useResponseLabel();
  const data = useMemo(() => swimmerData(subjects, asOf), [subjects, asOf]);
  const ongoing = data.lanes.filter((l) => l.ongoing).length;
  const summary = t('swimmer.summary', { n: data.lanes.length, ongoing });

  const render = useCallback(
    (width: number) => {
      const lane = laneHeight(data.lanes.length);
      const labelled = lane >= 10;
      const maxDay = Math.max(
        1,
        ...data.lanes.map((l) => l.endDay),
        ...data.events.map((e) => e.day),
      );
      const arrow = maxDay * 0.035;
      const svg = Plot.plot({
        width,
        height: data.lanes.length * lane + 56,
        marginLeft: labelled ? MARGIN_LEFT : 24,
        marginRight: 20,
        marginBottom: 40,
        style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', color: '#1a2027' },
        x: { domain: [0, maxDay + arrow * 1.5], label: null },
        y: { type: 'band', domain: data.lanes.map((l) => l.label), label: null, padding: 0.25 },
        color: responseColourScale(data.lanes.map((l) => l.bor)),
        symbol: { domain: ['response', 'progression', 'death'], range: Object.values(SYMBOLS) },
        marks: [
          Plot.gridX({ stroke: '#d3d9df', strokeOpacity: 1 }),
          Plot.axisX({ label: t('swimmer.xLabel'), labelAnchor: 'center', labelArrow: 'none' }),
          labelled ? Plot.axisY({ tickSize: 0 }) : Plot.axisY({ ticks: [] }),
          // a large cohort's lanes and markers: one path per colour, no tooltips (colour-paths.ts)
          ...(data.lanes.length > DENSE_ABOVE
            ? [swimmerDenseMarks(data, { arrow, mark: MARK })]
            : [
                Plot.barX(data.lanes, {
                  y: 'label',
                  x1: 0,
                  x2: 'endDay',
                  fill: 'bor',
                  title: (l: SwimmerLane) => `${l.label}: ${responseLabel(l.bor)}`,
                }),
                Plot.arrow(
                  data.lanes.filter((l) => l.ongoing),
                  {
                    y: 'label',
                    x1: (l: SwimmerLane) => l.endDay + arrow * 0.15,
                    x2: (l: SwimmerLane) => l.endDay + arrow,
                    stroke: MARK,
                    strokeWidth: 1.5,
                    headLength: Math.min(6, lane * 0.6),
                  },
                ),
                Plot.dot(data.events, {
                  y: 'label',
                  x: 'day',
                  symbol: 'kind',
                  r: Math.min(4.5, lane * 0.3),
                  fill: (e: SwimmerEvent) => (e.kind === 'death' ? 'none' : MARK),
                  stroke: (e: SwimmerEvent) => (e.kind === 'death' ? MARK : '#ffffff'),
                  strokeWidth: (e: SwimmerEvent) => (e.kind === 'death' ? 2 : 0.8),
                  title: (e: SwimmerEvent) => `${e.label}: ${t(`swimmer.${e.kind}`)} (${e.day})`,
                }),
              ]),
        ],
      });
      const markers: LegendItem[] = [
        { label: t('swimmer.response'), colour: MARK, mark: { glyph: '▲' } },
        { label: t('swimmer.progression'), colour: MARK, mark: { glyph: '■' } },
        { label: t('swimmer.death'), colour: MARK, mark: { glyph: '✕' } },
        { label: t('swimmer.ongoing'), colour: MARK, mark: { glyph: '→' } },
      ];
      addLegend(
        svg as SVGSVGElement,
        [
          ...responseLegend(
            data.lanes.map((l) => l.bor),
            responseLabel,
          ),
          ...markers,
        ],
        labelled ? MARGIN_LEFT : 24,
      );
      return svg;
    },
    [data, responseLabel, t],
  );

  const csv = () => {
    const byLabel = new Map<string, SwimmerEvent[]>();
    for (const e of data.events) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
    const day = (l: SwimmerLane, k: SwimmerEvent['kind']) =>
      byLabel.get(l.label)?.find((e) => e.kind === k)?.day ?? null;
    return csvText(
      data.lanes.map((l) => ({
        subject: l.label,
        confirmed_bor: l.bor,
        treatment_end_day: l.endDay,
        ongoing: l.ongoing,
        response_day: day(l, 'response'),
        progression_day: day(l, 'progression'),
        death_day: day(l, 'death'),
      })),
    );
  };

  return (
    <ChartFigure
      id="swimmer"
      title={t('swimmer.title')}
      summary={summary}
      render={render}
      csv={csv}
    >
      <p className="chart-note">{summary}</p>
    </ChartFigure>
  );
}
