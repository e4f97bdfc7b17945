/** Section 4, clients: categories over time (active, contracted, stuck) and the monthly flows between them. */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import { num, schemeName, section, table } from '../html.js';
import type { Stat } from '../../engine/summary.js';
import { clientsByCategoryChart } from '../charts/clients-by-category-chart.js';
import { clientFlowsChart } from '../charts/client-flows-chart.js';

function clientsTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const cell = (s: Stat | undefined) => num(s && Number.isFinite(s.mean) ? fmt.number(s.mean) : '—');
  const rows = ctx.schemes.map((view) => {
    const { totals, end } = view.scheme;
    return [
      { html: schemeName(ctx, view) },
      cell(totals.newContracts),
      cell(totals.activations),
      cell(totals.churnedClients),
      cell(end.activeClients),
      cell(end.contractedClients),
      cell(end.stuckContracted),
    ];
  });
  return table({
    head: [
      escapeHtml(m.colScheme),
      num(escapeHtml(fill(m.colTotalOver, { what: m.metricNewContracts, months: ctx.summary.months }))),
      num(escapeHtml(fill(m.colTotalOver, { what: m.metricActivations, months: ctx.summary.months }))),
      num(escapeHtml(fill(m.colTotalOver, { what: m.metricChurnedClients, months: ctx.summary.months }))),
      num(escapeHtml(m.metricActiveAtEnd)),
      num(escapeHtml(m.metricContractedAtEnd)),
      num(escapeHtml(m.metricStuckAtEnd)),
    ],
    rows,
    id: 'clients-table',
  });
}

export async function clientsSection(ctx: ReportContext): Promise<string> {
  const body = [
    clientsTable(ctx),
    `<p class="note">${escapeHtml(ctx.m.meansNote)}</p>`,
    await renderFigure(ctx, clientsByCategoryChart(ctx)),
    await renderFigure(ctx, clientFlowsChart(ctx)),
  ].join('\n');
  return section('clients', ctx.m.sectionClients, body, ctx.m.clientsIntro);
}
