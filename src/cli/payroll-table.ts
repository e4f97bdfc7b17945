/**
 * The table `compsim payroll` prints: one block per manager of the company's book, one line per
 * scheme — his pay this month by the scheme's rules and the change against the current rules,
 * then from the simulation his pay in a year, his chance of leaving and the revenue leaving with
 * him. Words come from the report's message tables, so the terminal and the page say the same.
 */
import type { BookSummary } from '../engine/book-summary.js';
import type { Summary } from '../engine/summary.js';
import { fill } from '../report/context.js';
import { createFormatter } from '../report/format.js';
import { messages, type Lang } from '../report/i18n.js';
import { signingPace } from '../report/sections/payroll-section.js';

export function payrollTable(summary: Summary, book: BookSummary, folder: string, lang: Lang): string {
  const m = messages(lang);
  const fmt = createFormatter(lang, summary.currency);
  const money = (value: number): string => fmt.number(Math.round(value));
  const window = book.windowMonths;
  const title = fill(m.payrollTerminalTitle, { folder, managers: book.managers, currency: fmt.currency, runs: summary.runs, seed: summary.seed });
  const header = [m.payrollColSchemeName, m.payrollColPayNow, m.payrollColChange, fill(m.payrollColPayInAYear, { window }), fill(m.payrollColLeaveChance, { window }), m.payrollColLoss];
  const blocks = book.people.map((person) => {
    const line = fill(m.payrollTerminalManager, {
      name: person.name,
      id: person.id,
      role: person.role,
      tenure: person.monthsInCompany,
      reported: money(person.monthlyPay),
      replayed: money(person.payNowCurrent),
      atRisk: money(person.revenueAtRisk),
      services: money(person.monthlyRevenue),
    });
    const rows = person.schemes.map((s) => {
      const tags = [s.scheme === book.current ? m.badgeCurrent : '', s.scheme === summary.baseline && s.scheme !== book.current ? m.badgeBaseline : ''].filter(Boolean);
      const roles = summary.schemes.find((scheme) => scheme.id === s.scheme)?.roles ?? [];
      const name = `${s.scheme}${roles.length > 1 && s.role ? ` · ${s.role}` : ''}${tags.length ? ` (${tags.join(', ')})` : ''}`;
      const relative = person.payNowCurrent > 0 ? s.payNow / person.payNowCurrent - 1 : NaN;
      const change = Number.isFinite(relative) ? (relative > 0.005 ? '+' : '') + fmt.percent(relative, 0) : '—';
      const year = s.payInAYear ? `${money(s.payInAYear.mean)} (${money(s.payInAYear.p5)}..${money(s.payInAYear.p95)})` : m.payrollAlwaysLeft;
      return [name, money(s.payNow), change, year, fmt.percent(s.quitProbability, 0), money(s.revenueLeaving)];
    });
    return { line, rows };
  });
  const all = blocks.flatMap((b) => b.rows);
  const widths = header.map((h, k) => Math.max(h.length, ...all.map((r) => r[k].length)));
  const format = (cells: string[]): string => '  ' + cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  const pace = signingPace(summary, book);
  const warning = pace
    ? ['', fill(m[pace.text], { ...pace.values, model: fmt.number(pace.values.model, 1), book: fmt.number(pace.values.book, 1) })]
    : [];
  return [title, ...blocks.flatMap((b) => ['', b.line, format(header), ...b.rows.map(format)]), ...warning].join('\n');
}
