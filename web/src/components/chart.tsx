// A chart drawn with Observable Plot, loaded only on pages that draw one, inside a captioned figure.
// Plot writes every label as DOM text, so names from the data are never read as markup.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export type PlotModule = typeof import('./plot-marks.js');

export function Chart({
  caption,
  draw,
  children,
  width = 720,
}: {
  caption: string;
  /** Builds the chart; called again when `draw` changes. */
  draw: (plot: PlotModule, width: number) => SVGSVGElement | HTMLElement;
  /** The same data as text (a table or a list), for readers who cannot see the chart. */
  children?: ReactNode;
  width?: number;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let drawn: Element | null = null;
    import('./plot-marks.js').then(
      (plot) => {
        if (!current || !holder.current) return;
        const chartWidth = Math.min(width, holder.current.clientWidth || width);
        drawn = draw(plot, chartWidth);
        drawn.setAttribute('aria-hidden', 'true');
        holder.current.replaceChildren(drawn);
      },
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
      drawn?.remove();
    };
  }, [draw, width]);
  return (
    <figure className="chart">
      <figcaption>{caption}</figcaption>
      <div ref={holder} className="chart-canvas" data-chart={caption} />
      {failed && <p role="alert">The chart could not be drawn ({failed}); the data is below.</p>}
      {children}
    </figure>
  );
}
