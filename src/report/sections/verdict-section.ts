/**
 * Section 1, the verdict: which scheme, how sure, what changes. The table ranks schemes by mean
 * value created (net profit + the change in the client book's value), the horizon's net profit
 * and its rank beside it; the sentences under it are generated from the same numbers.
 */
import type { ReportContext } from '../context.js';
import { fill } from '../context.js';
import { escapeHtml } from '../escape.js';
import { num, schemeName, section, swatch, table, type CellInput } from '../html.js';
import { CHANGE_METRICS, classifyDiff, metricDiff, rankSchemes, valueDiff, verdictText, type ChangeMetric } from '../verdict.js';
import { maxAbs } from '../charts/chart.js';
import { decisionBlock } from './decision.js';
import type { TrustInputs } from './targets-section.js';

function rangeText(lo: string, hi: string): string {
  return `${lo} … ${hi}`;
}

function verdictTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const rows = rankSchemes(ctx);
  const diffOf = (row: (typeof rows)[number]) => valueDiff(row.comparison);
  const values = rows.flatMap((r) => [r.valueCreated?.p5 ?? NaN, r.valueCreated?.p95 ?? NaN, diffOf(r)?.p5 ?? NaN, diffOf(r)?.p95 ?? NaN, r.netProfit?.mean ?? NaN]);
  const unit = fmt.moneyUnit(maxAbs(values));
  // One number of decimals per column, so "+56.0 … +63.6" lines up instead of "+56 … +63.6".
  const diffs = rows.flatMap((r) => (diffOf(r) ? [diffOf(r)!] : []));
  const digits = {
    value: fmt.columnDigits(rows.map((r) => r.valueCreated.mean), unit),
    range: fmt.columnDigits(rows.flatMap((r) => [r.valueCreated.p5, r.valueCreated.p95]), unit),
    diff: fmt.columnDigits(diffs.map((d) => d.mean), unit),
    ci: fmt.columnDigits(diffs.flatMap((d) => d.ci95), unit),
    net: fmt.columnDigits(rows.map((r) => r.netProfit.mean), unit),
  };
  const money = (v: number, column: keyof typeof digits, signed = false) => fmt.inUnit(v, unit, { signed, digits: digits[column] });
  const valued = rows.some((r) => r.view.scheme.totals.valueCreated);
  const months = ctx.summary.months;
  const head: CellInput[] = [
    num(escapeHtml(m.colRank)),
    escapeHtml(m.colScheme),
    num(escapeHtml(fill(valued ? m.colValueCreated : m.colNetProfit, { months, unit: unit.label }))),
    num(escapeHtml(m.colRange90)),
    num(escapeHtml(fill(m.colDiff, { unit: unit.label }))),
    num(escapeHtml(m.colDiffCi)),
    num(escapeHtml(m.colProbBetter)),
    ...(valued ? [num(escapeHtml(fill(m.colNetProfitBeside, { months, unit: unit.label }))), num(escapeHtml(m.colNetRank))] : []),
  ];
  const body = rows.map((row): CellInput[] => {
    const value = row.valueCreated;
    const d = diffOf(row);
    const dash = num('—');
    const cls = d ? classifyDiff(d) : undefined;
    const diffClass = cls === 'clearlyHigher' || cls === 'likelyHigher' ? 'up' : cls === 'clearlyLower' || cls === 'likelyLower' ? 'down' : cls ? 'unclear' : '';
    const prob = row.comparison ? (valued ? row.comparison.probValueBetter : row.comparison.probBetter) : undefined;
    return [
      num(String(row.rank)),
      { html: schemeName(ctx, row.view) },
      num(`<strong>${money(value.mean, 'value')}</strong>`),
      num(rangeText(money(value.p5, 'range'), money(value.p95, 'range'))),
      d ? num(money(d.mean, 'diff', true), diffClass) : dash,
      d ? num(rangeText(money(d.ci95[0], 'ci', true), money(d.ci95[1], 'ci', true)), diffClass) : dash,
      prob !== undefined ? num(fmt.probability(prob)) : dash,
      ...(valued ? [num(money(row.netProfit.mean, 'net')), num(String(row.netRank), row.netRank === row.rank ? '' : 'rank-moved')] : []),
    ];
  });
  return table({ head, rows: body, className: 'data verdict', id: 'verdict-table' });
}

const CHANGE_LABEL_KEYS: Record<ChangeMetric, keyof ReportContext['m']> = {
  netProfit: 'metricNetProfit',
  revenue: 'metricRevenue',
  compCost: 'metricCompCost',
  managerMonthlyPay: 'metricMonthlyPay',
  newContracts: 'metricNewContracts',
  activations: 'metricActivations',
  churnedClients: 'metricChurnedClients',
  activeClients: 'metricActiveAtEnd',
  stuckContracted: 'metricStuckAtEnd',
  managerQuits: 'metricManagerQuits',
  clientsLostWithManagers: 'metricClientsLostWithManagers',
};

/** What changes against the baseline, metric by metric; unclear differences are greyed. */
function changesTable(ctx: ReportContext): string {
  const { m, fmt } = ctx;
  const compared = rankSchemes(ctx).filter((r) => !r.view.isBaseline);
  if (compared.length === 0 || !ctx.baseline) return '';
  const columns = CHANGE_METRICS.map((metric) => {
    const diffs = compared.map((r) => metricDiff(ctx, r.view, metric.key));
    const means = diffs.map((d) => d?.mean ?? NaN);
    const unit = metric.kind === 'money' ? fmt.moneyUnit(maxAbs(means)) : undefined;
    const digits = unit ? fmt.columnDigits(means, unit) : maxAbs(means) < 10 ? 1 : 0;
    return { metric, diffs, unit, digits };
  }).filter((c) => c.diffs.some((d) => d));
  if (columns.length === 0) return '';
  const head: CellInput[] = [
    escapeHtml(m.colScheme),
    ...columns.map((c) => {
      const label = m[CHANGE_LABEL_KEYS[c.metric.key]];
      return num(escapeHtml(c.unit ? `${label}, ${c.unit.label}` : label));
    }),
  ];
  const rows = compared.map((r, i): CellInput[] => [
    { html: schemeName(ctx, r.view, false) },
    ...columns.map((c) => {
      const d = c.diffs[i];
      if (!d) return num('—');
      const text = c.unit ? fmt.inUnit(d.mean, c.unit, { signed: true, digits: c.digits }) : fmt.signed(d.mean, c.digits, true);
      return num(text, d.clear ? 'clear' : 'unclear');
    }),
  ]);
  return [
    `<h3>${escapeHtml(fill(m.changesTitle, { baseline: ctx.baseline.label }))}</h3>`,
    table({ head, rows, className: 'data changes', id: 'changes-table' }),
    `<p class="note">${escapeHtml(m.changesNote)}</p>`,
  ].join('\n');
}

function warnings(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const items: string[] = [];
  if (summary.warmupCheck && !summary.warmupCheck.stable) {
    items.push(fill(m.warningWarmup, { drift: fmt.signedPercent(summary.warmupCheck.relativeDrift, 1), longer: String(Math.max(12, 2 * (summary.warmupMonths ?? 12))) }));
  }
  const precision = summary.precision;
  if (precision && precision.target !== null && precision.reached > precision.target) {
    items.push(fill(m.warningPrecision, { reached: fmt.percent(precision.reached, 1), target: fmt.percent(precision.target, 1), runs: fmt.number(precision.runsUsed) }));
  }
  if (!ctx.baseline) items.push(fill(m.warningNoBaseline, { baseline: summary.baseline }));
  return items.map((w) => `<p class="warning" role="note">${escapeHtml(w)}</p>`).join('\n');
}

/** How to read the table; with a Bonferroni adjustment, why the intervals are wider than 95 %. */
function tableNote(ctx: ReportContext): string {
  const { m, fmt, summary } = ctx;
  const c = summary.confidence;
  const level = fmt.percent(c?.comparisonLevel ?? 0.95, 1);
  const note = fill(m.verdictTableNote, { level });
  if (!c || c.adjustment !== 'bonferroni' || !(c.comparisons > 1)) return note;
  return `${note} ${fill(m.verdictBonferroni, { comparisons: c.comparisons, level, family: fmt.percent(c.level, 1) })}`;
}

/** "How these numbers were computed": how to read the verdict's table, and the confidence levels behind it. */
export function methodSection(ctx: ReportContext): string {
  return section('method', ctx.m.sectionMethod, `<p class="note">${escapeHtml(tableNote(ctx))}</p>`);
}

export function verdictSection(ctx: ReportContext, trust?: TrustInputs): string {
  const { m, summary } = ctx;
  const text = verdictText(ctx);
  const byId = new Map(ctx.schemes.map((s) => [s.id, s]));
  const headlines = [
    ...text.headline.slice(0, 1).map((s) => `<p class="headline">${escapeHtml(s)}</p>`),
    text.headlineRisk ? `<p class="headline risk">${escapeHtml(text.headlineRisk)}</p>` : '',
    ...text.headline.slice(1).map((s) => `<p class="headline">${escapeHtml(s)}</p>`),
    ...text.ranking.map((s, i) => `<p class="${i === 0 ? 'ranking-rule' : 'ranking-change'}">${escapeHtml(s)}</p>`),
  ].join('\n');
  const changes = changesTable(ctx);
  const schemeSentences = [
    text.schemes.length
      ? `<ul class="sentences">${text.schemes
          .map(
            (s) =>
              `<li>${byId.get(s.id) ? swatch(byId.get(s.id)!) : ''}${escapeHtml(s.text)}${s.risk ? `<span class="risk">${escapeHtml(s.risk)}</span>` : ''}</li>`,
          )
          .join('\n')}</ul>`
      : '',
  ].join('\n');
  const intro = fill(m.verdictIntro, {
    months: summary.months,
    runs: ctx.fmt.number(summary.runs),
    baseline: ctx.baseline?.label ?? summary.baseline,
  });
  const body = [
    decisionBlock(ctx, trust),
    warnings(ctx),
    `<p class="intro">${escapeHtml(intro)}</p>`,
    verdictTable(ctx),
    `<div class="verdict-text">${headlines}</div>`,
    // Scheme by scheme against the baseline: on demand, so the first screens stay the decision.
    schemeSentences || changes ? `<details class="by-scheme"><summary>${escapeHtml(m.bySchemeSummary)}</summary>\n<div class="verdict-text">${schemeSentences}</div>\n${changes}</details>` : '',
  ].join('\n');
  return section('verdict', m.sectionVerdict, body);
}
