/**
 * Managers' monthly pay per scheme and role as box plots drawn from the summary's quantiles
 * (pooled over manager-months and runs): whiskers 5 %–95 %, box 25 %–75 %, white tick at the
 * median, black dot at the mean. One panel per scheme, shared pay axis.
 */
import type { ReportContext } from '../context.js';
import { REFERENCE_INK } from '../palette.js';
import { emptyRolesNote, roleViews } from '../roles.js';
import { textWidth } from './text-width.js';
import { fill } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { panelWidth, NUMBER_AXIS_FORMAT, chartConfig, maxAbs, schemeColorScale } from './chart.js';

const COLUMNS = 2;
/** Room for role names left of each panel: as wide as the longest name, within these bounds. */
const MIN_LABEL_WIDTH = 90;
const MAX_LABEL_WIDTH = 230;
const LABEL_FONT_SIZE = 11;

/** The chart's point as its title: the schemes under which a manager is paid the most and the least a month (means over manager-months and runs). */
function payTitle(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const ends = extremes(ctx, (view) => view.scheme.managerMonthlyPay?.mean);
  if (!ends) return m.chartPayTitle;
  return fill(m.chartPayPoint, { top: ends.top.label, topValue: fmt.money(ends.topValue), bottom: ends.bottom.label, bottomValue: fmt.money(ends.bottomValue) });
}

export function payBoxChart(ctx: ReportContext): ChartDefinition | undefined {
  const { m, fmt } = ctx;
  const raw = ctx.schemes.flatMap((view) =>
    roleViews(view).flatMap(({ role, label, index, held }) => {
      const d = role.payDistribution;
      if (!held || !d || ![d.p5, d.p25, d.p50, d.p75, d.p95].every(Number.isFinite) || !(d.count > 0)) return [];
      return [{ scheme: view.label, role: label, order: index, ...d }];
    }),
  );
  if (raw.length === 0) return undefined;
  const longest = Math.max(0, ...raw.map((r) => textWidth(r.role, LABEL_FONT_SIZE)));
  const labelWidth = Math.ceil(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, longest + 12)));
  const unit = fmt.moneyUnit(maxAbs(raw.map((r) => r.p95)));
  const rows = raw.map((r) => ({
    scheme: r.scheme,
    role: r.role,
    order: r.order,
    p5: r.p5 / unit.divisor,
    p25: r.p25 / unit.divisor,
    p50: r.p50 / unit.divisor,
    p75: r.p75 / unit.divisor,
    p95: r.p95 / unit.divisor,
    mean: r.mean / unit.divisor,
  }));
  const y = { field: 'role', type: 'nominal' as const, title: null, sort: { field: 'order', op: 'min' as const }, axis: { labelLimit: labelWidth - 8, minExtent: labelWidth, maxExtent: labelWidth, labelFontSize: LABEL_FONT_SIZE } };
  const color = { field: 'scheme', type: 'nominal' as const, scale: schemeColorScale(ctx), legend: null };
  const width = panelWidth(COLUMNS, 2 * labelWidth) - 10;
  return {
    id: 'pay-distribution',
    title: payTitle(ctx),
    note: [m.payNote, emptyRolesNote(ctx)].filter(Boolean).join(' '),
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: ctx.schemes.map((s) => s.label), title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: { step: 30 },
        layer: [
          {
            mark: { type: 'rule', strokeWidth: 1.5 },
            encoding: {
              y,
              x: { field: 'p5', type: 'quantitative', title: `${m.metricMonthlyPay}, ${unit.label}`, axis: { format: NUMBER_AXIS_FORMAT }, scale: { zero: true } },
              x2: { field: 'p95' },
              color,
            },
          },
          { mark: { type: 'bar', height: 16 }, encoding: { y, x: { field: 'p25', type: 'quantitative' }, x2: { field: 'p75' }, color } },
          { mark: { type: 'tick', color: 'white', thickness: 2.5, size: 16 }, encoding: { y, x: { field: 'p50', type: 'quantitative' } } },
          { mark: { type: 'point', filled: true, color: REFERENCE_INK, size: 28 }, encoding: { y, x: { field: 'mean', type: 'quantitative' } } },
        ],
      },
      resolve: { scale: { y: 'independent' } },
      config: chartConfig(),
    },
  };
}
