/**
 * The report's section on the company's team (issue 9): only when the runs started from a book,
 * names from the company's files shown as text, and every table marks where its numbers come from.
 */
import { describe, expect, it } from 'vitest';
import { parseBook } from '../../src/book/index.js';
import { bookSummary } from '../../src/engine/book-summary.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { staticPayroll } from '../../src/engine/payroll.js';
import { escapeHtml } from '../../src/report/escape.js';
import { renderReport } from '../../src/report/index.js';
import { signingPace } from '../../src/report/sections/payroll-section.js';
import { loadScenario } from '../../src/scenario/index.js';
import { buildFixtureSummary } from './fixture.js';

const NAME = '<img src=x onerror=alert(1)>';
const CLIENT = '"ООО <b>Север</b>"';

function summaryWithBook() {
  const scenario = loadScenario('scenarios/freight.yaml');
  const book = parseBook({
    managers: `id;name;role;monthsInCompany;monthlyPay\nm1;${NAME};generalist;30;60000\nm2;Борис;generalist;5;30000\n`,
    clients:
      'id;name;owner;originator;category;signedMonthsAgo;firstShipmentMonthsAgo;monthlyRevenue;monthlyMargin;payment\n' +
      `c1;"""ООО <b>Север</b>""";m1;m1;3;30;29;500000;75000;on-time\nc2;Юг;m2;m2;2;1;;0;0;late\n`,
  });
  const { experiment } = setUpExperiment(scenario, { seed: 1, book });
  const summary = buildFixtureSummary();
  summary.book = bookSummary(experiment, scenario, staticPayroll(experiment), null);
  return summary;
}

describe('the team section of the report', () => {
  it('is absent when the runs did not start from a book', async () => {
    const html = await renderReport(buildFixtureSummary(), { lang: 'en' });
    expect(html).not.toContain('id="payroll"');
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`shows managers and clients from the files as text, and marks data, rules, model and assumptions (${lang})`, async () => {
      const html = await renderReport(summaryWithBook(), { lang });
      expect(html).toContain('id="payroll"');
      expect(html.includes(NAME)).toBe(false);
      expect(html).toContain(escapeHtml(NAME));
      expect(html).toContain(escapeHtml(CLIENT));
      expect(html).not.toContain('<b>Север</b>');
      for (const table of ['payroll-now', 'payroll-year', 'payroll-walk']) expect(html).toContain(`id="${table}"`);
      const marks = [...html.matchAll(/<span class="source" style="background:(#[0-9a-f]{6})"/g)].map((m) => m[1]);
      expect(new Set(marks).size).toBe(4);
    });
  }

  it('names the book\'s roles in the page\'s language, and its legend does not say a word twice', async () => {
    const summary = summaryWithBook();
    // The fixture's schemes carry the role "generalist" with a Russian name.
    const scheme = summary.schemes.find((s) => (s.roles ?? []).some((r) => r.role === 'generalist'));
    const role = scheme?.roles.find((r) => r.role === 'generalist');
    if (role) role.translations = { ru: { name: 'Менеджер по продажам' } };
    const ru = await renderReport(summary, { lang: 'ru' });
    expect(ru).toContain('m1 · Менеджер по продажам · стаж 30 мес.');
    expect(ru).not.toContain('допущение — допущение');
    expect(ru).toContain('>допущение</span>');
    const en = await renderReport(summary, { lang: 'en' });
    expect(en).toContain('assumed — assumption');
  });

  it('warns when the simulation signs clients at a pace far from the book\'s recent one', async () => {
    const summary = summaryWithBook();
    const book = summary.book as ReturnType<typeof bookSummary>;
    const current = summary.schemes.find((s) => s.id === summary.current);
    const model = (current?.monthly.newContracts.slice(0, 3) ?? []).reduce((sum, s) => sum + s.mean, 0) / 3;
    // The book: one client signed in the last six months.
    expect(book.signedRecently).toEqual({ months: 6, clients: 1 });
    expect(signingPace(summary, book)).toEqual({ text: 'payrollPaceFaster', values: { months: 3, model, book: 1 / 6, bookMonths: 6 } });
    expect(await renderReport(summary, { lang: 'en' })).toContain('<p class="warning">Check the pace: in its first 3 months');
    // The same pace as the simulation's: nothing to say.
    book.signedRecently = { months: 6, clients: Math.round(model * 6) };
    expect(signingPace(summary, book)).toBeNull();
  });
});
