/**
 * Where the team's hours go, month by month: hunt (category 1), activate (category 2) and farm
 * (category 3) stacked to 100 %, one panel per scheme. For the two schemes the seed thread
 * describes, a dashed frame marks the observed share of hours on hunt + activate — the boundary
 * between the activate and farm layers should fall inside it if the model reproduces the thread.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { ACTIVITIES, type Stat } from '../../engine/summary.js';
import { observedSplit } from '../references.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { panelWidth, PERCENT_AXIS_FORMAT, chartConfig, monthAxis, monthScale } from './chart.js';
import { activityColorEncoding, activityLabel } from './activity-colors.js';

const COLUMNS = 3;
const SHARE_KEYS = { hunt: 'huntShare', activate: 'activateShare', farm: 'farmShare' } as const;

const mean = (stat: Stat | undefined) => (stat && Number.isFinite(stat.mean) ? Math.max(0, stat.mean) : 0);

/** The chart's point as its title: in the last month, the schemes whose teams hunt the most and the least (shares of the hours, means across runs). */
function timeShareOverTimeTitle(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const ends = extremes(ctx, (view) => view.scheme.monthly.huntShare?.[summary.months - 1]?.mean);
  if (!ends) return m.chartTimeShareOverTimeTitle;
  return fill(m.chartTimeShareOverTimePoint, { top: ends.top.label, topValue: fmt.percent(ends.topValue), bottom: ends.bottom.label, bottomValue: fmt.percent(ends.bottomValue) });
}

export function timeShareOverTimeChart(ctx: ReportContext): ChartDefinition {
  const { m, summary } = ctx;
  const rows: Record<string, string | number>[] = [];
  for (const view of ctx.schemes) {
    const monthly = view.scheme.monthly;
    for (let i = 0; i < summary.months; i++) {
      // Means of shares add up to 1 (medians need not), so the stack is drawn from means.
      const shares = ACTIVITIES.map((a) => mean(monthly[SHARE_KEYS[a]]?.[i]));
      const total = shares.reduce((a, b) => a + b, 0);
      if (total <= 0) continue;
      let y0 = 0;
      ACTIVITIES.forEach((activity, k) => {
        const y1 = y0 + shares[k] / total;
        rows.push({ kind: 'share', scheme: view.label, month: i + 1, activity: activityLabel(ctx, activity), order: k, y0, y1 });
        y0 = y1;
      });
    }
    const split = observedSplit(ctx.summary, view.id);
    if (split) {
      const label = fill(m.observedRange, { low: ctx.fmt.percent(split.huntActivateLow), high: ctx.fmt.percent(split.huntActivateHigh) });
      for (const month of [1, summary.months]) {
        rows.push({ kind: 'reference', scheme: view.label, month, lo: split.huntActivateLow, hi: split.huntActivateHigh, label: month === 1 ? label : '' });
      }
    }
  }
  const x = { field: 'month', type: 'quantitative' as const, axis: monthAxis(ctx), scale: monthScale(ctx) };
  const percentY = { type: 'quantitative' as const, scale: { domain: [0, 1] } };
  const width = panelWidth(COLUMNS);
  const referenceLabel = (halo: boolean) => ({
    transform: [{ filter: "datum.kind == 'reference' && datum.label != ''" }],
    mark: {
      type: 'text' as const,
      align: 'left' as const,
      // Under the frame's lower edge, inside the panel: above the upper edge a 90–95 % frame's
      // label would stick out of the panel and push its header up.
      baseline: 'top' as const,
      dx: 4,
      dy: 3,
      fontSize: 11,
      fill: halo ? 'white' : REFERENCE_INK,
      ...(halo ? { stroke: 'white', strokeWidth: 3 } : {}),
    },
    encoding: { x, y: { field: 'lo', ...percentY }, text: { field: 'label' } },
  });
  return {
    id: 'time-share-over-time',
    title: timeShareOverTimeTitle(ctx),
    note: m.timeShareOverTimeNote,
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: ctx.schemes.map((s) => s.label), title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: 150,
        layer: [
          {
            transform: [{ filter: "datum.kind == 'share'" }],
            mark: { type: 'area', opacity: 0.95 },
            encoding: {
              x,
              y: { field: 'y0', ...percentY, title: m.axisShareOfHours, axis: { format: PERCENT_AXIS_FORMAT } },
              y2: { field: 'y1' },
              color: activityColorEncoding(ctx, true),
              order: { field: 'order' },
            },
          },
          {
            transform: [{ filter: "datum.kind == 'reference'" }],
            mark: { type: 'area', fillOpacity: 0, stroke: REFERENCE_INK, strokeWidth: 1.5, strokeDash: [5, 3] },
            encoding: { x, y: { field: 'lo', ...percentY }, y2: { field: 'hi' } },
          },
          referenceLabel(true),
          referenceLabel(false),
        ],
      },
      config: chartConfig(),
    },
  };
}
