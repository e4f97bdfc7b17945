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

/**
 * The client book per scheme at the switch (the same for every scheme) and at the horizon: clients
 * and what they are worth (docs/model.md, "Value of the book"). Nothing for a summary without it.
 */
function bookTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const valued = ctx.schemes.filter((view) => view.scheme.totals.bookValue && view.scheme.totals.bookValueAtSwitch);
  if (valued.length === 0) return '';
  const values = valued.flatMap((view) => [view.scheme.totals.bookValue.mean, view.scheme.totals.bookValueAtSwitch.mean]);
  // The unit the changes and the pipeline are read in (a book of 0.8 billion moving by 0.2 billion
  // reads "825 → 1,037, +212 million"), at most one step below the unit of the book itself.
  const small = valued.flatMap((view) => [view.scheme.totals.bookValue.mean - view.scheme.totals.bookValueAtSwitch.mean, view.scheme.totals.pipelineValue?.mean ?? 0]);
  const largest = Math.max(...values.map(Math.abs));
  const unit = fmt.moneyUnit(Math.max(...small.filter(Number.isFinite).map(Math.abs), largest / 1000));
  const digits = fmt.columnDigits(values, unit);
  const money = (v: number, signed = false) => num(Number.isFinite(v) ? fmt.inUnit(v, unit, { digits, signed }) : '—');
  const count = (s: Stat | undefined) => num(s && Number.isFinite(s.mean) ? fmt.number(s.mean) : '—');
  const rows = valued.map((view) => {
    const { totals, end } = view.scheme;
    return [
      { html: schemeName(ctx, view) },
      count(totals.activeClientsAtSwitch),
      count(totals.contractedClientsAtSwitch),
      money(totals.bookValueAtSwitch.mean),
      count(end.activeClients),
      count(end.contractedClients),
      money(totals.bookValue.mean),
      money(totals.pipelineValue?.mean ?? NaN),
      money(totals.bookValue.mean - totals.bookValueAtSwitch.mean, true),
    ];
  });
  const months = ctx.summary.months;
  return [
    `<h3>${escapeHtml(m.bookTitle)}</h3>`,
    table({
      head: [
        escapeHtml(m.colScheme),
        num(escapeHtml(m.colActiveAtSwitch)),
        num(escapeHtml(m.colContractedAtSwitch)),
        num(escapeHtml(fill(m.colBookAtSwitch, { unit: unit.label }))),
        num(escapeHtml(fill(m.colActiveAtHorizon, { months }))),
        num(escapeHtml(fill(m.colContractedAtHorizon, { months }))),
        num(escapeHtml(fill(m.colBookAtHorizon, { months, unit: unit.label }))),
        num(escapeHtml(fill(m.colPipelineAtHorizon, { unit: unit.label }))),
        num(escapeHtml(fill(m.colBookChange, { unit: unit.label }))),
      ],
      rows,
      id: 'book-table',
    }),
    `<p class="note">${escapeHtml(fill(m.bookNote, { rate: fmt.percent((ctx.summary.assumptions as { market?: { companyDiscountRate?: number } } | undefined)?.market?.companyDiscountRate ?? NaN, 1) }))}</p>`,
  ].join('\n');
}

export async function clientsSection(ctx: ReportContext): Promise<string> {
  const body = [
    clientsTable(ctx),
    bookTable(ctx),
    `<p class="note">${escapeHtml(ctx.m.meansNote)}</p>`,
    await renderFigure(ctx, clientsByCategoryChart(ctx)),
    await renderFigure(ctx, clientFlowsChart(ctx)),
  ].join('\n');
  return section('clients', ctx.m.sectionClients, body, ctx.m.clientsIntro);
}
