/**
 * Monthly revenue or net profit, or the value created by each month (cumulative), per scheme as fan charts: median line, 50 % band, 90 % band,
 * one small panel per scheme with shared axes so the panels compare at a glance.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { fanBand, isDrawable } from '../bands.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { panelWidth, NUMBER_AXIS_FORMAT, chartConfig, maxAbs, monthAxis, monthScale, schemeColorScale } from './chart.js';

export type MoneyMetric = 'revenue' | 'netProfit' | 'valueCreated';

const COLUMNS = 3;

/** The value-created chart's point as its title: the scheme with the most value created by the horizon (means across runs), and how much. */
function valueCreatedTitle(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const last = (view: (typeof ctx.schemes)[number]) => {
    const series = view.scheme.monthly.valueCreated ?? [];
    return series[series.length - 1]?.mean ?? NaN;
  };
  const top = ctx.schemes.filter((view) => Number.isFinite(last(view))).sort((a, b) => last(b) - last(a))[0];
  if (!top) return fill(m.chartValueCreatedTitle, { months: summary.months });
  return fill(m.chartValueCreatedPoint, { months: summary.months, scheme: top.label, value: fmt.money(last(top)) }, ctx.lang);
}

/** The revenue or net-profit chart's point as its title: the schemes that bring in the most and the least over the horizon (means across runs). */
function moneyTitle(ctx: ReportContext, metric: 'revenue' | 'netProfit'): string {
  const { m, fmt, summary } = ctx;
  const ends = extremes(ctx, (view) => view.scheme.totals[metric]?.mean);
  const plain = metric === 'revenue' ? m.chartRevenueTitle : m.chartNetProfitTitle;
  if (!ends) return fill(plain, { months: summary.months });
  return fill(metric === 'revenue' ? m.chartRevenuePoint : m.chartNetProfitPoint, {
    months: summary.months,
    top: ends.top.label,
    topValue: fmt.money(ends.topValue),
    bottom: ends.bottom.label,
    bottomValue: fmt.money(ends.bottomValue),
  });
}

export function moneyFanChart(ctx: ReportContext, metric: MoneyMetric): ChartDefinition {
  const { m, fmt } = ctx;
  const raw = ctx.schemes.flatMap((view) =>
    (view.scheme.monthly[metric] ?? []).flatMap((stat, i) =>
      isDrawable(stat) ? [{ scheme: view.label, month: i + 1, ...fanBand(stat) }] : [],
    ),
  );
  const unit = fmt.moneyUnit(maxAbs(raw.flatMap((r) => [r.p5, r.p95])));
  const rows = raw.map((r) => ({
    scheme: r.scheme,
    month: r.month,
    // One row per panel carries the zero line (a datum rule would otherwise repeat per row).
    first: r.month === 1,
    p5: r.p5 / unit.divisor,
    q25: r.q25 / unit.divisor,
    p50: r.p50 / unit.divisor,
    q75: r.q75 / unit.divisor,
    p95: r.p95 / unit.divisor,
  }));
  const quantity = metric === 'revenue' ? m.axisRevenuePerMonth : metric === 'netProfit' ? m.axisNetProfitPerMonth : m.axisValueCreatedSoFar;
  const color = { field: 'scheme', type: 'nominal' as const, scale: schemeColorScale(ctx), legend: null };
  const x = { field: 'month', type: 'quantitative' as const, axis: monthAxis(ctx), scale: monthScale(ctx) };
  const yTitle = `${quantity}, ${unit.label}`;
  const width = panelWidth(COLUMNS);
  return {
    id: `money-${metric}`,
    title: metric === 'valueCreated' ? valueCreatedTitle(ctx) : moneyTitle(ctx, metric),
    note: fill(m.fanNote, { band50: raw.some((r) => r.approximate) ? m.band50Approximate : m.band50Exact }),
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: ctx.schemes.map((s) => s.label), title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: 170,
        layer: [
          {
            mark: { type: 'area', opacity: 0.18 },
            encoding: { x, y: { field: 'p5', type: 'quantitative', title: yTitle, axis: { format: NUMBER_AXIS_FORMAT } }, y2: { field: 'p95' }, color },
          },
          {
            mark: { type: 'area', opacity: 0.32 },
            encoding: { x, y: { field: 'q25', type: 'quantitative' }, y2: { field: 'q75' }, color },
          },
          {
            mark: { type: 'line', strokeWidth: 2 },
            encoding: { x, y: { field: 'p50', type: 'quantitative' }, color },
          },
          {
            transform: [{ filter: 'datum.first' }],
            mark: { type: 'rule', color: REFERENCE_INK, strokeWidth: 0.8, opacity: 0.6 },
            encoding: { y: { datum: 0 } },
          },
        ],
      },
      resolve: { scale: { x: 'shared', y: 'shared' } },
      config: chartConfig(),
    },
  };
}
