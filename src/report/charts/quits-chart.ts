/**
 * The people risk over the horizon: managers who quit, and clients who left with them, per scheme.
 * Bars are means across runs, whiskers the 90 % range (5 %–95 %) of runs.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { isDrawable } from '../bands.js';
import type { ChartDefinition } from './chart.js';
import { CONTENT_WIDTH, NUMBER_AXIS_FORMAT, chartConfig, schemeColorScale } from './chart.js';

/** Room for scheme names left of the first panel. */
/**
 * A scheme name longer than about a label's width on two lines, broken at the last space before
 * it (a vega expression: an array of strings is drawn as lines), so no name is cut short.
 */
const WRAP_AT = 36;
const WRAP_LABEL = `length(datum.value) > ${WRAP_AT} && lastindexof(substring(datum.value, 0, ${WRAP_AT}), ' ') > 0 ? [substring(datum.value, 0, lastindexof(substring(datum.value, 0, ${WRAP_AT}), ' ')), substring(datum.value, lastindexof(substring(datum.value, 0, ${WRAP_AT}), ' ') + 1)] : datum.value`;
const LABEL_WIDTH = 260;

/** The chart's point as its title: the scheme that loses the most managers (means across runs), with the clients who go with them. */
function quitsTitle(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const quits = (view: (typeof ctx.schemes)[number]) => view.scheme.totals.managerQuits?.mean ?? NaN;
  const most = ctx.schemes.filter((view) => Number.isFinite(quits(view))).sort((a, b) => quits(b) - quits(a))[0];
  const clients = most?.scheme.totals.clientsLostWithManagers?.mean;
  if (!most || clients === undefined || ctx.schemes.length < 2) return fill(m.chartQuitsTitle, { months: summary.months });
  return fill(m.chartQuitsPoint, { months: summary.months, scheme: most.label, quits: fmt.number(quits(most), 1), count: fmt.number(Math.round(clients)) }, ctx.lang);
}

export function quitsChart(ctx: ReportContext): ChartDefinition {
  const { m } = ctx;
  const panels = [
    { key: 'managerQuits' as const, title: m.metricManagerQuits },
    { key: 'clientsLostWithManagers' as const, title: m.metricClientsLostWithManagers },
  ];
  const rows = ctx.schemes.flatMap((view) =>
    panels.flatMap((panel) => {
      const stat = view.scheme.totals[panel.key];
      return isDrawable(stat) ? [{ panel: panel.key, scheme: view.label, mean: stat.mean, p5: stat.p5, p95: stat.p95 }] : [];
    }),
  );
  // Scheme names label the first panel only; the second shares its rows.
  const y = (labels: boolean) => ({
    field: 'scheme',
    type: 'nominal' as const,
    title: null,
    sort: ctx.schemes.map((s) => s.label),
    // A long name on two lines (vega draws an array of strings as lines) rather than cut short.
    axis: labels ? { labelLimit: LABEL_WIDTH - 10, minExtent: LABEL_WIDTH, labelExpr: WRAP_LABEL } : { labels: false, ticks: false, domain: false },
  });
  const color = { field: 'scheme', type: 'nominal' as const, scale: schemeColorScale(ctx), legend: null };
  const width = Math.floor((CONTENT_WIDTH - LABEL_WIDTH - 40) / 2);
  return {
    id: 'quits',
    title: quitsTitle(ctx),
    note: m.quitsNote,
    spec: {
      data: { values: rows },
      hconcat: panels.map((panel, i) => ({
        transform: [{ filter: { field: 'panel', equal: panel.key } }],
        width,
        height: { step: 28 },
        layer: [
          {
            mark: { type: 'bar' as const, height: 16, opacity: 0.85 },
            encoding: {
              y: y(i === 0),
              x: { field: 'mean', type: 'quantitative' as const, title: panel.title, axis: { format: NUMBER_AXIS_FORMAT } },
              color,
            },
          },
          {
            mark: { type: 'rule' as const, color: '#222', strokeWidth: 1.5 },
            encoding: { y: y(i === 0), x: { field: 'p5', type: 'quantitative' as const }, x2: { field: 'p95' } },
          },
        ],
      })),
      config: chartConfig(),
    },
  };
}
