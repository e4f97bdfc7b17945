/**
 * How the estimate settled as runs accumulated: the running mean of each scheme's net-profit
 * difference against the baseline, with its confidence band. A flat line inside a narrow band
 * means more runs would not change the verdict.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { panelWidth, NUMBER_AXIS_FORMAT, chartConfig, maxAbs, schemeColorScale } from './chart.js';

const COLUMNS = 3;

export function convergenceChart(ctx: ReportContext): ChartDefinition | undefined {
  const { m, fmt, summary } = ctx;
  const traces = summary.convergence ?? [];
  const raw = traces.flatMap((trace) => {
    const view = ctx.schemes.find((s) => s.id === trace.scheme);
    if (!view) return [];
    return (trace.points ?? []).flatMap((p) =>
      [p.runs, p.mean, p.lo, p.hi].every(Number.isFinite) ? [{ scheme: view.label, ...p }] : [],
    );
  });
  if (raw.length === 0) return undefined;
  const unit = fmt.moneyUnit(maxAbs(raw.flatMap((r) => [r.lo, r.hi])));
  const rows = raw.map((r, i) => ({
    scheme: r.scheme,
    // One row per panel carries the zero line (a datum rule would otherwise repeat per row).
    first: i === 0 || raw[i - 1].scheme !== r.scheme,
    runs: r.runs,
    mean: r.mean / unit.divisor,
    lo: r.lo / unit.divisor,
    hi: r.hi / unit.divisor,
  }));
  const order = ctx.schemes.filter((s) => raw.some((r) => r.scheme === s.label)).map((s) => s.label);
  const color = { field: 'scheme', type: 'nominal' as const, scale: schemeColorScale(ctx), legend: null };
  const x = { field: 'runs', type: 'quantitative' as const, title: m.axisRuns, axis: { format: NUMBER_AXIS_FORMAT, tickMinStep: 1, tickCount: 6 } };
  const width = panelWidth(COLUMNS);
  return {
    id: 'convergence',
    title: fill(m.chartConvergenceTitle, { baseline: ctx.baseline?.label ?? summary.baseline }),
    note: m.convergenceNote,
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: order, title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: 150,
        layer: [
          {
            mark: { type: 'area', opacity: 0.25 },
            encoding: { x, y: { field: 'lo', type: 'quantitative', title: `${m.axisDifference}, ${unit.label}`, axis: { format: NUMBER_AXIS_FORMAT } }, y2: { field: 'hi' }, color },
          },
          { mark: { type: 'line', strokeWidth: 2 }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color } },
          {
            transform: [{ filter: 'datum.first' }],
            mark: { type: 'rule', color: REFERENCE_INK, strokeDash: [4, 3], strokeWidth: 1 },
            encoding: { y: { datum: 0 } },
          },
        ],
      },
      resolve: { scale: { x: 'shared', y: 'shared' }, axis: { x: 'independent' } },
      config: chartConfig(),
    },
  };
}
