/**
 * A figure of the dashboard: title, the chart (an SVG drawn by `render` at the container's
 * width, redrawn when the width or the data change), a text alternative (the SVG is an image
 * whose label summarises what it shows, WCAG 1.1.1), optional notes, and the three downloads:
 * SVG, PNG (painted from the SVG) and the data as CSV.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.context.tsx';
import { downloadBlob, downloadCsv, downloadSvg, svgToPng } from './chart-download.ts';
import { scheduleDraw } from './chart-draw-queue.ts';
import './charts.css';

export interface ChartFigureProps {
  /** Stable id: element ids and download file names (`<id>.svg`). */
  id: string;
  title: string;
  /** What the figure shows, in words: the SVG's accessible name. */
  summary: string;
  /** Draws the chart at this width. Memoise it (useCallback) on the data and language. */
  render(width: number): SVGSVGElement | HTMLElement;
  /** The figure's data as CSV text. */
  csv(): string;
  children?: ReactNode;
}

const MIN_WIDTH = 320;

/**
 * The holder's width, from ResizeObserver only: its first report comes with the next rendering
 * step's layout, where reading `clientWidth` in the effect forced a synchronous layout of the
 * whole freshly committed dashboard inside the commit's task (a third of the 1,000-subject
 * dashboard's longest task, bench/web-dashboard.bench.ts).
 */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(MIN_WIDTH, Math.floor(entry.contentRect.width)));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

export function ChartFigure({ id, title, summary, render, csv, children }: ChartFigureProps) {
  const t = useT();
  const holder = useRef<HTMLDivElement>(null);
  const width = useWidth(holder);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = holder.current;
    if (!el || width === 0) return;
    let chart: SVGSVGElement | HTMLElement | null = null;
    // one figure per task (chart-draw-queue.ts): a large cohort's figures would otherwise block
    // the page for their summed drawing time
    const cancel = scheduleDraw(() => {
      const started = performance.now();
      const drawn = render(width);
      // user timing, read by bench/web-dashboard.bench.ts (and the browser's performance panel)
      performance.measure(`chart ${id}`, { start: started });
      const svg = drawn instanceof SVGSVGElement ? drawn : drawn.querySelector('svg');
      if (svg) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', summary);
        // the marks inside are drawing, not content: the label above says what they show
        for (const g of svg.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
        for (const d of svg.querySelectorAll('[aria-description]'))
          d.removeAttribute('aria-description');
      }
      el.replaceChildren(drawn);
      chart = drawn;
    });
    return () => {
      cancel();
      chart?.remove();
    };
  }, [render, width, summary, id]);

  const svg = () => holder.current?.querySelector('svg') ?? null;
  const savePng = async () => {
    const s = svg();
    if (!s) return;
    try {
      setFailed(false);
      downloadBlob(await svgToPng(s), `${id}.png`);
    } catch {
      setFailed(true);
    }
  };

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption className="chart-head">
        <h3 id={`${id}-title`} className="chart-title">
          {title}
        </h3>
        <div className="chart-downloads">
          <button
            type="button"
            className="button-small"
            aria-label={t('chart.downloadSvg', { title })}
            onClick={() => {
              const s = svg();
              if (s) downloadSvg(s, `${id}.svg`);
            }}
          >
            SVG
          </button>
          <button
            type="button"
            className="button-small"
            aria-label={t('chart.downloadPng', { title })}
            onClick={savePng}
          >
            PNG
          </button>
          <button
            type="button"
            className="button-small"
            aria-label={t('chart.downloadCsv', { title })}
            onClick={() => downloadCsv(csv(), `${id}.csv`)}
          >
            CSV
          </button>
        </div>
      </figcaption>
      <div ref={holder} className="chart-canvas" data-chart={id} />
      {failed ? (
        <p className="field-error" role="alert">
          {t('chart.pngFailed')}
        </p>
      ) : null}
      {children}
    </figure>
  );
}
