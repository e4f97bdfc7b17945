/** Client flows per month: new contracts signed, contracted clients activated, active clients churned. */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { schemeLinesPanels } from './scheme-lines-panels.js';

/** The chart's point as its title: the scheme that signs the most new contracts over the horizon, and the one that loses the most active clients (means across runs). */
function flowsTitle(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const signed = extremes(ctx, (view) => view.scheme.totals.newContracts?.mean);
  const lost = extremes(ctx, (view) => view.scheme.totals.churnedClients?.mean);
  if (!signed || !lost) return m.chartFlowsTitle;
  return fill(signed.top === lost.top ? m.chartFlowsPointSame : m.chartFlowsPoint, {
    months: summary.months,
    top: signed.top.label,
    topValue: fmt.number(signed.topValue, 0),
    churnTop: lost.top.label,
    churnValue: fmt.number(lost.topValue, 0),
  });
}

export function clientFlowsChart(ctx: ReportContext): ChartDefinition {
  const { m } = ctx;
  return {
    id: 'client-flows',
    title: flowsTitle(ctx),
    note: m.flowsNote,
    spec: schemeLinesPanels(
      ctx,
      [
        { metric: 'newContracts', title: m.metricNewContracts },
        { metric: 'activations', title: m.metricActivations },
        { metric: 'churnedClients', title: m.metricChurnedClients },
      ],
      m.axisClientsPerMonth,
    ),
  };
}
