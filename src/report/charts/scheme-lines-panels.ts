/**
 * Shared shape of the client charts: one panel per monthly metric, one line per scheme (mean
 * across runs), each panel with its own y scale (the metrics differ in size), a scheme legend on top.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportContext } from '../context.js';
import type { MonthlyMetric } from '../../engine/summary.js';
import { CONTENT_WIDTH, NUMBER_AXIS_FORMAT, chartConfig, monthAxis, monthScale, schemeColorScale } from './chart.js';

export interface MetricPanel {
  metric: MonthlyMetric;
  /** Panel heading, e.g. "Active clients". */
  title: string;
}

export function schemeLinesPanels(ctx: ReportContext, panels: MetricPanel[], yTitle: string): TopLevelSpec {
  const rows = panels.flatMap((panel) =>
    ctx.schemes.flatMap((view) =>
      (view.scheme.monthly[panel.metric] ?? []).flatMap((stat, i) =>
        stat && Number.isFinite(stat.mean) ? [{ panel: panel.title, scheme: view.label, month: i + 1, mean: stat.mean }] : [],
      ),
    ),
  );
  // Each panel has its own y axis (independent scales), so each needs room on its left.
  const width = Math.floor((CONTENT_WIDTH - 20 * (panels.length - 1)) / panels.length) - 47;
  return {
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', sort: panels.map((p) => p.title), title: null },
    columns: panels.length,
    spec: {
      width,
      height: 190,
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'month', type: 'quantitative', axis: monthAxis(ctx), scale: monthScale(ctx) },
        y: { field: 'mean', type: 'quantitative', title: yTitle, axis: { format: NUMBER_AXIS_FORMAT }, scale: { zero: true } },
        color: {
          field: 'scheme',
          type: 'nominal',
          scale: schemeColorScale(ctx),
          legend: { title: null, orient: 'top', direction: 'horizontal', columns: 3 },
        },
      },
    },
    resolve: { scale: { y: 'independent' }, axis: { y: 'independent' } },
    config: chartConfig(),
  };
}
