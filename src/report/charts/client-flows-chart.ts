/** Client flows per month: new contracts signed, contracted clients activated, active clients churned. */
import type { ReportContext } from '../context.js';
import type { ChartDefinition } from './chart.js';
import { schemeLinesPanels } from './scheme-lines-panels.js';

export function clientFlowsChart(ctx: ReportContext): ChartDefinition {
  const { m } = ctx;
  return {
    id: 'client-flows',
    title: m.chartFlowsTitle,
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
