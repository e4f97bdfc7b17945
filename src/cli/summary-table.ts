/** The summary table `compsim run` prints: one row a scheme, the numbers the owner asks about. */
import type { Summary } from '../engine/summary.js';
import { messages as m } from './messages.js';

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = (value: number): string => thousands.format(Math.round(value / 1000)) + 'k';
const share = (value: number): string => `${Math.round(value * 100)}%`;
const count = (value: number): string => thousands.format(Math.round(value));

export function summaryTable(summary: Summary): string {
  const header = m.summaryHeader();
  const rows = summary.schemes.map((scheme) => {
    const comparison = summary.comparisons.find((c) => c.scheme === scheme.id);
    const profit = scheme.totals.netProfit;
    return [
      scheme.id === summary.baseline ? m.baselineTag(scheme.id) : scheme.id,
      `${money(profit.mean)} (${money(profit.p5)}..${money(profit.p95)})`,
      comparison ? share(comparison.probBetter) : '—',
      money(scheme.totals.revenue.mean),
      count(scheme.totals.newContracts.mean),
      count(scheme.end.activeClients.mean),
      count(scheme.end.stuckContracted.mean),
      count(scheme.totals.churnedClients.mean),
      `${share(scheme.timeShare.hunt.mean)}/${share(scheme.timeShare.activate.mean)}/${share(scheme.timeShare.farm.mean)}`,
      money(scheme.managerMonthlyPay.p50),
      count(scheme.totals.managerQuits.mean),
    ];
  });
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]): string => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  const title = m.summaryTitle(summary.scenario, summary.runs, summary.months, summary.seed, summary.currency);
  return [title, line(header), ...rows.map(line)].join('\n');
}
