/**
 * How the estimate settled as runs accumulated: the running mean of each scheme's net-profit
 * difference against the baseline, with its confidence band. A flat line inside a narrow band
 * means more runs would not change the verdict.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { REFERENCE_INK } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { panelWidth, NUMBER_AXIS_FORMAT, chartConfig, schemeColorScale } from './chart.js';

const COLUMNS = 3;
/** Bands from this many runs on set the y scale; earlier (wider) ones are cut at the frame. */
const CLIPPED_BELOW = 10;

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
  // With 2–5 runs the interval is enormous (t quantiles with 1–4 degrees of freedom): scaled to
  // it, every later point would be a flat line at zero. The y scale covers the running means and
  // the bands from CLIPPED_BELOW runs on (or the last point's when no point has that many); wider
  // early bands are cut at the frame, and the note says so.
  const lastRuns = Math.max(...raw.map((r) => r.runs));
  const settled = raw.filter((r) => r.runs >= Math.min(CLIPPED_BELOW, lastRuns));
  const lo = Math.min(...raw.map((r) => r.mean), ...settled.map((r) => r.lo), 0);
  const hi = Math.max(...raw.map((r) => r.mean), ...settled.map((r) => r.hi), 0);
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  const domainRaw: [number, number] = [lo - pad, hi + pad];
  const clipped = raw.some((r) => r.lo < domainRaw[0] || r.hi > domainRaw[1]);
  const unit = fmt.moneyUnit(Math.max(Math.abs(domainRaw[0]), Math.abs(domainRaw[1])));
  const domain = domainRaw.map((v) => v / unit.divisor);
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
    note: [fill(m.convergenceNote, { level: fmt.percent(summary.confidence?.comparisonLevel ?? 0.95, 1) }), clipped ? m.convergenceClipped : '']
      .filter(Boolean)
      .join(' '),
    spec: {
      data: { values: rows },
      facet: { field: 'scheme', type: 'nominal', sort: order, title: null },
      columns: COLUMNS,
      spec: {
        width,
        height: 150,
        layer: [
          {
            mark: { type: 'area', opacity: 0.25, clip: true },
            encoding: {
              x,
              y: {
                field: 'lo',
                type: 'quantitative',
                title: `${m.axisDifference}, ${unit.label}`,
                axis: { format: NUMBER_AXIS_FORMAT },
                scale: { domain, nice: false },
              },
              y2: { field: 'hi' },
              color,
            },
          },
          { mark: { type: 'line', strokeWidth: 2, point: { size: 18 } }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color } },
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
