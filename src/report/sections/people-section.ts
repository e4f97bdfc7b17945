/** Section 5, people: managers' monthly pay per scheme and role, quits and clients lost with leaving managers. */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { renderFigure } from '../figure.js';
import { behind, num, schemeName, section, table, type CellInput } from '../html.js';
import { maxAbs } from '../charts/chart.js';
import { payBoxChart } from '../charts/pay-box-chart.js';
import { quitsChart } from '../charts/quits-chart.js';
import { roleViews } from '../roles.js';

function rolesTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const unit = fmt.moneyUnit(maxAbs(ctx.schemes.flatMap((s) => (s.scheme.roles ?? []).map((r) => r.payDistribution?.p50 ?? NaN))));
  const digits = fmt.columnDigits(ctx.schemes.flatMap((s) => (s.scheme.roles ?? []).flatMap((r) => [r.payDistribution?.p5 ?? NaN, r.payDistribution?.p95 ?? NaN])), unit);
  const pay = (v: number) => fmt.inUnit(v, unit, { digits });
  const rows: CellInput[][] = [];
  for (const view of ctx.schemes) {
    roleViews(view).forEach(({ role, label, held }, i) => {
      // A role nobody held has an empty pay distribution (count 0, quantiles 0): no pay to show.
      const d = held && role.payDistribution && role.payDistribution.count > 0 ? role.payDistribution : undefined;
      rows.push([
        i === 0 ? { html: schemeName(ctx, view) } : '',
        escapeHtml(held ? label : fill(m.roleNobody, { role: label })),
        num(role.headcount && Number.isFinite(role.headcount.mean) ? fmt.number(role.headcount.mean, 1, true) : '—'),
        num(d ? pay(d.p50) : '—'),
        num(d ? `${pay(d.p5)} … ${pay(d.p95)}` : '—'),
      ]);
    });
  }
  return table({
    head: [
      escapeHtml(m.colScheme),
      escapeHtml(m.colRole),
      num(escapeHtml(m.colHeadcount)),
      num(escapeHtml(fill(m.colPayMedian, { unit: unit.label }))),
      num(escapeHtml(fill(m.colPayRange90, { unit: unit.label }))),
    ],
    rows,
    id: 'roles-table',
  });
}

/** Team-level people numbers: average monthly pay, quits and clients lost with leaving managers. */
function quitsTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const range = (lo: number, hi: number, digits: number) => `${fmt.number(lo, digits)} … ${fmt.number(hi, digits)}`;
  const rows = ctx.schemes.map((view): CellInput[] => {
    const pay = view.scheme.managerMonthlyPay;
    const quits = view.scheme.totals.managerQuits;
    const lost = view.scheme.totals.clientsLostWithManagers;
    return [
      { html: schemeName(ctx, view) },
      num(pay && Number.isFinite(pay.mean) ? fmt.money(pay.mean) : '—'),
      num(quits && Number.isFinite(quits.mean) ? fmt.number(quits.mean, 1, true) : '—'),
      num(quits && Number.isFinite(quits.p5) ? range(quits.p5, quits.p95, 0) : '—'),
      num(lost && Number.isFinite(lost.mean) ? fmt.number(lost.mean, 1, true) : '—'),
      num(lost && Number.isFinite(lost.p5) ? range(lost.p5, lost.p95, 0) : '—'),
    ];
  });
  return table({
    head: [
      escapeHtml(m.colScheme),
      num(escapeHtml(m.colAveragePay)),
      num(escapeHtml(fill(m.colQuits, { months: ctx.summary.months }))),
      num(escapeHtml(m.colRange90)),
      num(escapeHtml(fill(m.colLost, { months: ctx.summary.months }))),
      num(escapeHtml(m.colRange90)),
    ],
    rows,
    id: 'quits-table',
  });
}

export async function peopleSection(ctx: ReportContext): Promise<string> {
  const body = [
    await renderFigure(ctx, payBoxChart(ctx)),
    await renderFigure(ctx, quitsChart(ctx)),
    quitsTable(ctx),
    behind(ctx.m.rolesTableSummary, rolesTable(ctx)),
  ].join('\n');
  return section('people', ctx.m.sectionPeople, body, ctx.m.peopleIntro);
}
