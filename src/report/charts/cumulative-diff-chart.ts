/**
 * The cumulative net-profit difference of each scheme against the baseline, month by month,
 * paired run by run (common random numbers): median line, 50 % and 90 % bands, a zero line.
 * Above zero the scheme has earned more than the baseline so far.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { nameList } from '../verdict.js';
import type { SchemeView } from '../context.js';
import { fanBand, isDrawable } from '../bands.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { panelWidth, NUMBER_AXIS_FORMAT, chartConfig, maxAbs, monthAxis, monthScale, schemeColorScale } from './chart.js';

const COLUMNS = 3;

/**
 * The chart's point as its title: which schemes have earned clearly more than the baseline by the
 * horizon (the last month's paired interval above zero), or that none has.
 */
function pointTitle(ctx: ReportContext, compared: SchemeView[]): string {
  const { m, summary } = ctx;
  const baseline = ctx.baseline!;
  const ahead = compared.filter((view) => {
    const series = summary.comparisons.find((c) => c.scheme === view.id && c.vs === baseline.id)?.cumulativeNetProfitDiff ?? [];
    const last = series[series.length - 1];
    return last !== undefined && Array.isArray(last.ci95) && last.ci95[0] > 0;
  });
  const months = summary.months;
  if (ahead.length === 0) return fill(m.chartCumulativeDiffNone, { months, baseline: baseline.label }, ctx.lang);
  return fill(m.chartCumulativeDiffAhead, { months, baseline: baseline.label, schemes: nameList(ctx, ahead.map((v) => v.label)), count: ahead.length }, ctx.lang);
}

export function cumulativeDiffChart(ctx: ReportContext): ChartDefinition | undefined {
  const { m, fmt, summary } = ctx;
  const baseline = ctx.baseline;
  if (!baseline) return undefined;
  const compared = ctx.schemes.filter((view) => summary.comparisons.some((c) => c.scheme === view.id && c.vs === baseline.id));
  const raw = compared.flatMap((view) => {
    const comparison = summary.comparisons.find((c) => c.scheme === view.id && c.vs === baseline.id);
    return (comparison?.cumulativeNetProfitDiff ?? []).flatMap((stat, i) =>
      isDrawable(stat) ? [{ scheme: view.label, month: i + 1, ...fanBand(stat) }] : [],
    );
  });
  if (raw.length === 0) return undefined;
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
  const color = { field: 'scheme', type: 'nominal' as const, scale: schemeColorScale(ctx), legend: null };
  const x = { field: 'month', type: 'quantitative' as const, axis: monthAxis(ctx), scale: monthScale(ctx) };
  const width = panelWidth(COLUMNS);
  return {
    id: 'cumulative-difference',
    title: pointTitle(ctx, compared),
    note: fill(m.cumulativeDiffNote, { band50: raw.some((r) => r.approximate) ? m.band50Approximate : m.band50Exact }),
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: compared.map((s) => s.label), title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: 170,
        layer: [
          {
            mark: { type: 'area', opacity: 0.18 },
            encoding: {
              x,
              y: { field: 'p5', type: 'quantitative', title: `${m.axisDifference}, ${unit.label}`, axis: { format: NUMBER_AXIS_FORMAT } },
              y2: { field: 'p95' },
              color,
            },
          },
          { mark: { type: 'area', opacity: 0.32 }, encoding: { x, y: { field: 'q25', type: 'quantitative' }, y2: { field: 'q75' }, color } },
          { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'p50', type: 'quantitative' }, color } },
          {
            transform: [{ filter: 'datum.first' }],
            mark: { type: 'rule', color: REFERENCE_INK, strokeDash: [4, 3], strokeWidth: 1 },
            encoding: { y: { datum: 0 } },
          },
        ],
      },
      // Shared scales, but an x axis under every panel: with 5 schemes in 3 columns a shared
      // footer axis would hang under the empty sixth slot.
      resolve: { scale: { x: 'shared', y: 'shared' }, axis: { x: 'independent' } },
      config: chartConfig(),
    },
  };
}
