/**
 * Clients by category over the horizon: active (category 3), contracted but not yet active
 * (category 2), and of those the stuck ones — signed long ago and still silent, the money the
 * thread says hangs under the current scheme.
 */
import type { ReportContext } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { schemeLinesPanels } from './scheme-lines-panels.js';

export function clientsByCategoryChart(ctx: ReportContext): ChartDefinition {
  const { m } = ctx;
  return {
    id: 'clients-by-category',
    title: m.chartClientsTitle,
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
