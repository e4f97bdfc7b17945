/**
 * What a chart builder returns, and the look every chart shares: fonts, sizes, no ARIA text from
 * vega (the page gives each figure its own translated label), one colour scale for schemes.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportContext } from '../context.js';

export interface ChartDefinition {
  /** Stable id, used for the figure's anchor and the embedded spec. */
  id: string;
  /** What the chart shows, in the report's language (rendered above it, and added to the embedded spec). */
  title: string;
  /** How to read it: bands, lines, marks. */
  note?: string;
  spec: TopLevelSpec;
}

/** Metric-style fonts whose widths are close to vega's own text-width estimate. */
export const CHART_FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

/** Width of the content column the charts must fit at a 1280 px window (see page.ts). */
export const CONTENT_WIDTH = 1140;

/** Axis formats understood by vega with the locale from format.ts (grouped, trimmed decimals). */
export const NUMBER_AXIS_FORMAT = ',.2~f';
export const PERCENT_AXIS_FORMAT = '.0%';

export function chartConfig() {
  return {
    aria: false,
    font: CHART_FONT,
    background: 'white',
    view: { stroke: '#d0d0d0' },
    axis: {
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 'normal' as const,
      titleColor: '#222',
      labelColor: '#333',
      gridColor: '#e6e6e6',
      labelOverlap: true,
      labelFlush: true,
    },
    header: { labelFontSize: 13, labelFontWeight: 'bold' as const, labelLimit: 360, title: null },
    legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal' as const, labelLimit: 320, symbolStrokeWidth: 3 },
    line: { strokeWidth: 2 },
  };
}

/** The one colour encoding for schemes: domain = scheme labels in summary order, range = fixed colours. */
export function schemeColorScale(ctx: ReportContext, only?: string[]) {
  const views = only ? ctx.schemes.filter((s) => only.includes(s.id)) : ctx.schemes;
  return { domain: views.map((s) => s.label), range: views.map((s) => s.color) };
}

/** Month axis of the horizon: whole months only. */
export function monthAxis(ctx: ReportContext) {
  return { title: ctx.m.axisMonth, format: 'd', tickMinStep: 1 };
}

/** Months run 1..N; pin the x domain so every panel shows the whole horizon. */
export function monthScale(ctx: ReportContext) {
  return { domain: [1, Math.max(2, ctx.summary.months)], nice: false };
}

/**
 * Width of one panel of a small-multiples chart so that `columns` panels, the left axis and the
 * gaps between panels (vega-lite's facet spacing, 20 px) fill the content column.
 */
export function panelWidth(columns: number, leftAxis = 88): number {
  return Math.floor((CONTENT_WIDTH - leftAxis - (columns - 1) * 20) / columns);
}

/** The largest absolute value among the numbers given (0 when none are finite). */
export function maxAbs(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (Number.isFinite(v) && Math.abs(v) > max) max = Math.abs(v);
  return max;
}
