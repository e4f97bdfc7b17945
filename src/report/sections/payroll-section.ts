/**
 * The company's team under each scheme, shown when the runs started from the company's
 * book: who wins and who loses this month (the book paid by each scheme's rules), what each
 * manager earns in a year and how likely he is to leave (simulation), and who may walk out with
 * which clients. Every column carries a mark saying whether its numbers are the company's data,
 * the company's data through a scheme's rules, simulation or assumption. Names come from the
 * company's files: user text, escaped like every other.
 */
import type { BookManagerScheme, BookManagerSummary, BookSummary } from '../../engine/book-summary.js';
import type { Summary } from '../../engine/summary.js';
import type { ReportContext, SchemeView } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { num, schemeName, section, table, type Cell, type CellInput } from '../html.js';
import type { MoneyUnit } from '../format.js';
import { roleName } from '../roles.js';

type Source = 'data' | 'rules' | 'simulated' | 'assumed';

const SOURCE_COLORS: Record<Source, string> = { data: '#1b7837', rules: '#2166ac', simulated: '#762a83', assumed: '#b35806' };

/** A mismatch between the reported pay and the current rules' replay worth a note (relative). */
const MISMATCH = 0.2;
/** A simulated signing pace this many times the book's (or its inverse) is worth a warning. */
const PACE_RATIO = 1.5;
/** First months of the simulation whose new contracts are set against the book's pace. */
const PACE_MONTHS = 3;

const STYLE = `<style>
.source { display: inline-block; font-size: 10.5px; line-height: 15px; border-radius: 3px; padding: 0 4px; margin-left: 4px; color: #fff; white-space: nowrap; font-weight: 400; }
.source-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; font-size: 13px; }
table.payroll td .sub { display: block; font-size: 11.5px; color: var(--muted); }
table.payroll td .sub.up { color: #005a8c; } table.payroll td .sub.down { color: #a34200; }
table.payroll td.manager { min-width: 170px; }
ul.book-sources { margin: 4px 0 10px; padding-left: 18px; max-width: 1000px; font-size: 13.5px; }
ul.book-sources li { margin: 4px 0; }
</style>`;

/** The summary's book part, if it is one this section can read (a summary.json may have been edited). */
export function bookOf(ctx: ReportContext): BookSummary | undefined {
  const book = ctx.summary.book as BookSummary | undefined;
  if (!book || typeof book !== 'object' || !Array.isArray(book.people) || book.people.length === 0) return undefined;
  return book.people.every((p) => p && Array.isArray(p.schemes)) ? book : undefined;
}

/** A coloured mark saying where a column's numbers come from: short in headers, spelt out in the legend. */
function sourceMark(ctx: ReportContext, source: Source, long = false): string {
  const { m } = ctx;
  const label = { data: m.sourceData, rules: m.sourceRules, simulated: m.sourceSimulated, assumed: m.sourceAssumed }[source];
  const short = { data: m.sourceDataShort, rules: m.sourceRulesShort, simulated: m.sourceSimulatedShort, assumed: m.sourceAssumedShort }[source];
  // In the legend the short mark is spelt out, unless the two are one word (no "assumed — assumed").
  const text = long && short !== label ? `${short} — ${label}` : long ? label : short;
  return `<span class="source" style="background:${SOURCE_COLORS[source]}" title="${escapeHtml(label)}">${escapeHtml(text)}</span>`;
}

function head(ctx: ReportContext, text: string, source?: Source, numeric = true): CellInput {
  const html = escapeHtml(text) + (source ? sourceMark(ctx, source) : '');
  return numeric ? num(html) : html;
}

function managerCell(person: BookManagerSummary, details?: string): Cell {
  return { html: `${escapeHtml(person.name)}<span class="sub">${escapeHtml(details ?? person.id)}</span>`, className: 'manager' };
}

/** Schemes of the book part, in the report's order, with their views (colour, label). */
function schemeViews(ctx: ReportContext, book: BookSummary): { view: SchemeView; k: number }[] {
  const ids = book.people[0].schemes.map((s) => s.scheme);
  return ctx.schemes.flatMap((view) => {
    const k = ids.indexOf(view.id);
    return k >= 0 ? [{ view, k }] : [];
  });
}

function moneyUnit(ctx: ReportContext, values: number[]): MoneyUnit {
  return ctx.fmt.moneyUnit(Math.max(0, ...values.filter(Number.isFinite).map(Math.abs)));
}

function change(ctx: ReportContext, value: number, base: number): string {
  if (!(base > 0) || !Number.isFinite(value)) return '';
  const relative = value / base - 1;
  const text = ctx.fmt.percent(relative, 0);
  const signed = relative > 0.005 ? `+${text}` : text;
  const className = relative > 0.005 ? 'up' : relative < -0.005 ? 'down' : '';
  return `<span class="sub ${className}">${escapeHtml(signed)}</span>`;
}

function sourcesList(ctx: ReportContext, book: BookSummary): string {
  const { m, fmt } = ctx;
  const a = book.assumed;
  const items = [
    `${sourceMark(ctx, 'data')} ${escapeHtml(m.sourceDataItems)} ${escapeHtml(fill(m.sourceFiles, { managers: book.sources.managers, clients: book.sources.clients }))}`,
    `${sourceMark(ctx, 'assumed')} ${escapeHtml(
      fill(m.sourceAssumedItems, {
        contractedShare: fmt.percent(a.contractedShareOfWallet, 0),
        initialShare: fmt.percent(a.initialShareOfWallet, 0),
        matureShare: fmt.percent(a.matureShareOfWallet, 0),
        followMax: fmt.percent(a.followMax, 0),
        followMonths: fmt.number(a.followMonths),
        noTemperament: fmt.number(a.managersWithoutTemperament),
        noSkills: fmt.number(a.managersWithoutSkills),
        noRevenue: fmt.number(a.clientsWithoutRevenue),
      }),
    )}`,
    `${escapeHtml(fill(m.sourceIgnored, { warmup: fmt.number(book.ignored.warmupMonths), managers: fmt.number(book.ignored.managers) }))}`,
  ];
  return `<h3>${escapeHtml(m.payrollSourcesTitle)}</h3><ul class="book-sources">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** This month: reported pay, the current rules' replay, and each scheme's replay with the change. */
function nowTable(ctx: ReportContext, book: BookSummary): string {
  const { m, fmt } = ctx;
  const schemes = schemeViews(ctx, book);
  const unit = moneyUnit(ctx, book.people.flatMap((p) => [p.monthlyPay, p.payNowCurrent, ...p.schemes.map((s) => s.payNow)]));
  const money = (v: number) => fmt.inUnit(v, unit, { digits: unit.divisor === 1 ? 0 : 1 });
  const rows = book.people.map((person): CellInput[] => [
    managerCell(person, fill(m.payrollManagerDetails, { id: person.id, role: roleName(ctx, person.role), months: fmt.number(person.monthsInCompany) })),
    num(money(person.monthlyPay)),
    num(money(person.payNowCurrent)),
    ...schemes.map(({ view, k }) => {
      const s = person.schemes[k];
      // The role only where the scheme has several: under a one-role scheme it says nothing.
      const roles = view.scheme.roles ?? [];
      const role = s.role !== null && roles.length > 1 ? `<span class="sub">${escapeHtml((() => {
        const r = roles.find((x) => x.role === s.role);
        return r ? (r.translations?.[ctx.lang]?.name ?? r.name) : String(s.role);
      })())}</span>` : '';
      return num(`${money(s.payNow)}${change(ctx, s.payNow, person.payNowCurrent)}${role}`);
    }),
  ]);
  const mismatched = book.people.filter((p) => p.monthlyPay > 0 && Math.abs(p.payNowCurrent / p.monthlyPay - 1) > MISMATCH);
  const mismatch = mismatched.length
    ? `<p class="note">${escapeHtml(fill(m.payrollMismatch, { names: mismatched.map((p) => p.name).join(m.payrollSeparator), threshold: fmt.percent(MISMATCH, 0) }))}</p>`
    : '';
  return [
    `<h3>${escapeHtml(m.payrollNowTitle)}</h3>`,
    table({
      head: [
        head(ctx, m.payrollColManager, 'data', false),
        head(ctx, fill(m.payrollColReported, { unit: unit.label }), 'data'),
        head(ctx, fill(m.payrollColReplayed, { unit: unit.label }), 'rules'),
        ...schemes.map(({ view }) => num(`${schemeName(ctx, view, false)}${sourceMark(ctx, 'rules')}`)),
      ],
      rows,
      id: 'payroll-now',
      className: 'data payroll',
    }),
    `<p class="note">${escapeHtml(fill(m.payrollNowNote, { run: book.staticRun }))}</p>`,
    mismatch,
  ].join('\n');
}

/**
 * The simulation's pace of new contracts in its first months under the current scheme against
 * the book's recent signings. When they differ a lot the scenario does not describe this company's
 * hunting, and everything "in a year" drifts accordingly. Null when they agree (or cannot be compared).
 */
export function signingPace(summary: Summary, book: BookSummary): { text: 'payrollPaceFaster' | 'payrollPaceSlower'; values: Record<string, number> } | null {
  const recent = book.signedRecently;
  const scheme = summary.schemes.find((s) => s.id === book.current) ?? summary.schemes.find((s) => s.id === summary.baseline);
  const series = scheme?.monthly?.newContracts?.slice(0, PACE_MONTHS) ?? [];
  if (!recent || !(recent.months > 0) || series.length === 0) return null;
  const model = series.reduce((sum, s) => sum + s.mean, 0) / series.length;
  const pace = recent.clients / recent.months;
  if (model <= PACE_RATIO * pace && model >= pace / PACE_RATIO) return null;
  return { text: model > pace ? 'payrollPaceFaster' : 'payrollPaceSlower', values: { months: series.length, model, book: pace, bookMonths: recent.months } };
}

function paceCheck(ctx: ReportContext, book: BookSummary): string {
  const pace = signingPace(ctx.summary, book);
  if (!pace) return '';
  const { months, model, book: perMonth, bookMonths } = pace.values;
  const text = fill(ctx.m[pace.text], { months, model: ctx.fmt.number(model, 1), book: ctx.fmt.number(perMonth, 1), bookMonths });
  return `<p class="warning">${escapeHtml(text)}</p>`;
}

/** In a year: pay (mean and 90 % of runs where he stayed) and the chance of leaving, per scheme. */
function yearTable(ctx: ReportContext, book: BookSummary): string {
  const { m, fmt } = ctx;
  const schemes = schemeViews(ctx, book);
  const unit = moneyUnit(ctx, book.people.flatMap((p) => p.schemes.map((s) => s.payInAYear?.p95 ?? NaN)));
  const money = (v: number) => fmt.inUnit(v, unit, { digits: unit.divisor === 1 ? 0 : 1 });
  const cell = (s: BookManagerScheme): Cell => {
    const leaves = `<span class="sub">${escapeHtml(fill(m.payrollLeaves, { probability: fmt.percent(s.quitProbability, 0) }))}</span>`;
    if (!s.payInAYear) return num(`${escapeHtml(m.payrollAlwaysLeft)}${leaves}`);
    const p = s.payInAYear;
    return num(`${money(p.mean)}<span class="sub">${money(p.p5)} … ${money(p.p95)}</span>${leaves}`);
  };
  return [
    `<h3>${escapeHtml(fill(m.payrollYearTitle, { window: book.windowMonths }))}</h3>`,
    table({
      head: [head(ctx, m.payrollColManager, undefined, false), ...schemes.map(({ view }) => num(`${schemeName(ctx, view, false)}, ${escapeHtml(unit.label)}${sourceMark(ctx, 'simulated')}`))],
      rows: book.people.map((person) => [managerCell(person), ...schemes.map(({ k }) => cell(person.schemes[k]))]),
      id: 'payroll-year',
      className: 'data payroll',
    }),
    `<p class="note">${escapeHtml(fill(m.payrollYearNote, { window: book.windowMonths }))}</p>`,
  ].join('\n');
}

/** Who may walk out: revenue he services, what would likely follow him, the clients, the expected loss. */
function walkTable(ctx: ReportContext, book: BookSummary): string {
  const { m, fmt } = ctx;
  const schemes = schemeViews(ctx, book);
  const current = schemes.find(({ view }) => view.id === book.current);
  const unit = moneyUnit(ctx, book.people.map((p) => p.monthlyRevenue));
  const money = (v: number) => fmt.inUnit(v, unit, { digits: unit.divisor === 1 ? 0 : 1 });
  // Expected losses are much smaller than the revenue serviced: their own unit keeps them readable.
  const lossUnit = moneyUnit(ctx, book.people.flatMap((p) => p.schemes.map((s) => s.revenueLeaving)));
  const loss = (v: number) => fmt.inUnit(v, lossUnit, { digits: lossUnit.divisor === 1 ? 0 : 1 });
  const rows = book.people.map((person): CellInput[] => {
    const clients = person.clientsAtRisk
      .map((c) => escapeHtml(fill(m.payrollClient, { name: c.name, revenue: fmt.money(c.monthlyRevenue), probability: fmt.percent(c.followProbability, 0) })))
      .join(escapeHtml(m.payrollSeparator));
    let worst: { view: SchemeView; value: number } | undefined;
    for (const { view, k } of schemes) {
      const value = person.schemes[k].revenueLeaving;
      if (!worst || value > worst.value) worst = { view, value };
    }
    return [
      managerCell(person),
      num(money(person.monthlyRevenue)),
      num(money(person.revenueAtRisk)),
      clients,
      num(current ? loss(person.schemes[current.k].revenueLeaving) : '—'),
      num(worst ? `${loss(worst.value)}<span class="sub">${escapeHtml(worst.view.label)}</span>` : '—'),
    ];
  });
  return [
    `<h3>${escapeHtml(m.payrollWalkTitle)}</h3>`,
    table({
      head: [
        head(ctx, m.payrollColManager, undefined, false),
        head(ctx, fill(m.payrollColServices, { unit: unit.label }), 'data'),
        num(`${escapeHtml(fill(m.payrollColAtRisk, { unit: unit.label }))}${sourceMark(ctx, 'data')}${sourceMark(ctx, 'assumed')}`),
        `${escapeHtml(m.payrollColClients)}${sourceMark(ctx, 'data')}${sourceMark(ctx, 'assumed')}`,
        head(ctx, fill(m.payrollColLossCurrent, { window: book.windowMonths, unit: lossUnit.label }), 'simulated'),
        head(ctx, fill(m.payrollColLossWorst, { unit: lossUnit.label }), 'simulated'),
      ],
      rows,
      id: 'payroll-walk',
      className: 'data payroll',
    }),
    `<p class="note">${escapeHtml(fill(m.payrollWalkNote, { window: book.windowMonths }))}</p>`,
  ].join('\n');
}

/** One sentence per scheme: who earns more or less this month, who is most likely to leave. */
function verdicts(ctx: ReportContext, book: BookSummary): string {
  const { m, fmt } = ctx;
  const names = (people: BookManagerSummary[]) => (people.length ? people.map((p) => p.name).join(m.payrollSeparator) : m.payrollNobody);
  const items = schemeViews(ctx, book).map(({ view, k }) => {
    const up = book.people.filter((p) => p.schemes[k].payNow > p.payNowCurrent * 1.005);
    const down = book.people.filter((p) => p.schemes[k].payNow < p.payNowCurrent * 0.995);
    const quitter = book.people.reduce((a, b) => (b.schemes[k].quitProbability > a.schemes[k].quitProbability ? b : a));
    const text = fill(m.payrollVerdict, {
      up: names(up),
      down: names(down),
      window: book.windowMonths,
      quitter: quitter.name,
      probability: fmt.percent(quitter.schemes[k].quitProbability, 0),
    });
    return `<li>${schemeName(ctx, view, false)}: ${escapeHtml(text)}</li>`;
  });
  return `<ul class="book-sources">${items.join('')}</ul>`;
}

export function payrollSection(ctx: ReportContext): string {
  const book = bookOf(ctx);
  if (!book) return '';
  const { m, fmt } = ctx;
  const intro = fill(m.payrollIntro, {
    managers: fmt.number(book.managers),
    active: fmt.number(book.activeClients),
    contracted: fmt.number(book.contractedClients),
    revenue: fmt.money(book.monthlyRevenue),
    margin: fmt.money(book.monthlyMargin),
  });
  const legend = `<div class="source-legend">${(['data', 'rules', 'simulated', 'assumed'] as const).map((s) => sourceMark(ctx, s, true)).join('')}</div>`;
  const body = [STYLE, verdicts(ctx, book), legend, nowTable(ctx, book), paceCheck(ctx, book), yearTable(ctx, book), walkTable(ctx, book), sourcesList(ctx, book)].join('\n');
  return section('payroll', m.sectionPayroll, body, intro);
}
