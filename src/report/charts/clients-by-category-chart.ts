/**
 * Clients by category over the horizon: active (category 3), contracted but not yet active
 * (category 2), and of those the stuck ones — signed long ago and still silent, the money the
 * thread says hangs under the current scheme.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { extremes } from './chart-point.js';
import { schemeLinesPanels } from './scheme-lines-panels.js';

/** The chart's point as its title: the schemes that end the horizon with the most and the fewest active clients (means across runs). */
function clientsTitle(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const ends = extremes(ctx, (view) => view.scheme.end?.activeClients?.mean);
  if (!ends) return m.chartClientsTitle;
  return fill(m.chartClientsPoint, { top: ends.top.label, topValue: fmt.number(ends.topValue, 0), bottom: ends.bottom.label, bottomValue: fmt.number(ends.bottomValue, 0) });
}

export function clientsByCategoryChart(ctx: ReportContext): ChartDefinition {
  const { m } = ctx;
  return {
    id: 'clients-by-category',
    title: clientsTitle(ctx),
    note: m.clientsNote,
    spec: schemeLinesPanels(
      ctx,
      [
        { metric: 'activeClients', title: m.metricActiveClients },
        { metric: 'contractedClients', title: m.metricContractedClients },
        { metric: 'stuckContracted', title: m.metricStuckContracted },
      ],
      m.axisClients,
    ),
  };
}
