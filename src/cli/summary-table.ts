/** The summary table `compsim run` prints: one row a scheme, the numbers the owner asks about. */
import type { Summary } from '../engine/summary.js';
import { messages as m } from './messages.js';

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = (value: number): string => thousands.format(Math.round(value / 1000)) + 'k';
const share = (value: number): string => `${Math.round(value * 100)}%`;
const count = (value: number): string => thousands.format(Math.round(value));

/**
 * Ranked as the report's verdict is, by value created (net profit plus the change in the book's
 * value); P(better) is the share of runs in which the scheme's value created beats the baseline's.
 */
export function summaryTable(summary: Summary, lang: 'en' | 'ru' = 'en'): string {
  const header = m.summaryHeader(lang);
  // Best first by value created, as the verdict.
  const ordered = [...summary.schemes].sort((a, b) => (b.totals.valueCreated?.mean ?? b.totals.netProfit.mean) - (a.totals.valueCreated?.mean ?? a.totals.netProfit.mean));
  const rows = ordered.map((scheme) => {
    const comparison = summary.comparisons.find((c) => c.scheme === scheme.id);
    const value = scheme.totals.valueCreated ?? scheme.totals.netProfit;
    const better = comparison ? (comparison.probValueBetter ?? comparison.probBetter) : undefined;
    return [
      scheme.id === summary.baseline ? m.baselineTag(scheme.id, lang) : scheme.id,
      `${money(value.mean)} (${money(value.p5)}..${money(value.p95)})`,
      better === undefined ? '—' : share(better),
      money(scheme.totals.netProfit.mean),
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
  const scenario = lang === 'ru' ? (summary.scenarioTranslations?.ru?.name ?? summary.scenario) : summary.scenario;
  const title = m.summaryTitle(scenario, summary.runs, summary.months, summary.seed, summary.currency, lang);
  return [title, line(header), ...rows.map(line)].join('\n');
}
