/**
 * The owner's report: one self-contained HTML page comparing the schemes of a summary.json, in
 * English or Russian. Pure: returns the page as a string and writes nothing (the CLI writes it
 * atomically). Sections: verdict, money, hours, clients, people, assumptions.
 */
import type { Summary } from '../engine/summary.js';
import { createContext } from './context.js';
import { LANGS, type Lang } from './i18n.js';
import { pageHtml, type PageSection } from './page.js';
import { verdictSection } from './sections/verdict-section.js';
import { moneySection } from './sections/money-section.js';
import { hoursSection } from './sections/hours-section.js';
import { clientsSection } from './sections/clients-section.js';
import { peopleSection } from './sections/people-section.js';
import { assumptionsSection } from './sections/assumptions-section.js';
import { bookOf, payrollSection } from './sections/payroll-section.js';

export interface ReportOptions {
  lang: Lang;
}

export async function renderReport(summary: Summary, options: ReportOptions): Promise<string> {
  if (!LANGS.includes(options.lang)) {
    throw new Error(`renderReport requires lang to be one of ${LANGS.join(', ')}, got ${JSON.stringify(options.lang)}`);
  }
  if (!summary || !Array.isArray(summary.schemes) || summary.schemes.length === 0) {
    throw new Error('renderReport requires a summary with at least one scheme');
  }
  const ctx = createContext(summary, options.lang);
  const { m } = ctx;
  const sections: PageSection[] = [
    { id: 'verdict', title: m.sectionVerdict, html: verdictSection(ctx) },
    { id: 'money', title: m.sectionMoney, html: await moneySection(ctx) },
    { id: 'hours', title: m.sectionHours, html: await hoursSection(ctx) },
    { id: 'clients', title: m.sectionClients, html: await clientsSection(ctx) },
    { id: 'people', title: m.sectionPeople, html: await peopleSection(ctx) },
    // Only when the runs started from the company's book.
    ...(bookOf(ctx) ? [{ id: 'payroll', title: m.sectionPayroll, html: payrollSection(ctx) }] : []),
    { id: 'assumptions', title: m.sectionAssumptions, html: await assumptionsSection(ctx) },
  ];
  return pageHtml(ctx, sections);
}
