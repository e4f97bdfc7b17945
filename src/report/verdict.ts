/**
 * The verdict: schemes ranked by mean value created (net profit over the horizon plus the change in
 * the value of the client book, docs/model.md "Value of the book"), with the horizon's
 * net profit beside it; how each differs from the baseline, and plain
 * sentences generated only from those numbers. Every sentence is backed by an interval:
 * - "in almost every simulated future" — the 5 % quantile of the paired run-by-run difference is
 *   above zero (the scheme won in at least 95 % of runs);
 * - "on average ... but not in every future" — the confidence interval of the mean difference
 *   excludes zero, the 90 % range of runs does not;
 * - "no clear difference" — the confidence interval of the mean difference includes zero.
 * Side effects (churn, clients at the end, quits, pay) are mentioned only when their interval
 * excludes zero. A shrinking book of business is pointed out (see `shrinkingBook`), and when the
 * intervals cannot separate other schemes from the top one, the headline says so.
 */
import { CHANGE_METRICS, SIDE_EFFECTS, summarySection, type ChangeMetric, type EndMetric, type TotalMetric } from '../engine/metrics.js';
import type { Comparison, Stat } from '../engine/summary.js';
import type { ReportContext, SchemeView } from './context.js';
import { fill } from './context.js';
import type { Messages } from './i18n.js';

export interface VerdictRow {
  view: SchemeView;
  /** Rank by mean value created (by net profit for a summary without it). */
  rank: number;
  /** Rank by mean net profit over the horizon. */
  netRank: number;
  netProfit: Stat;
  valueCreated: Stat;
  /** The paired comparison against the baseline (undefined for the baseline itself). */
  comparison?: Comparison;
}

export type DiffClass = 'clearlyHigher' | 'likelyHigher' | 'unclear' | 'likelyLower' | 'clearlyLower';

/**
 * Rank by mean value created, highest first, and by net profit beside it; ties keep the summary's
 * order. A summary written before the book was valued has no value created: it ranks by net profit.
 */
export function rankSchemes(ctx: ReportContext): VerdictRow[] {
  const baselineId = ctx.summary.baseline;
  const rows = ctx.schemes.map((view) => ({
    view,
    netProfit: view.scheme.totals.netProfit,
    valueCreated: view.scheme.totals.valueCreated ?? view.scheme.totals.netProfit,
    comparison: view.isBaseline ? undefined : ctx.summary.comparisons.find((c) => c.scheme === view.id && c.vs === baselineId),
  }));
  const order = (key: 'netProfit' | 'valueCreated') =>
    [...rows].sort((a, b) => (b[key]?.mean ?? -Infinity) - (a[key]?.mean ?? -Infinity) || a.view.index - b.view.index);
  const netRanks = new Map(order('netProfit').map((row, i) => [row.view.id, i + 1]));
  return order('valueCreated').map((row, i) => ({ ...row, rank: i + 1, netRank: netRanks.get(row.view.id) ?? i + 1 }));
}

/** The paired difference of value created against the baseline (of net profit for a summary without it). */
export function valueDiff(comparison: Comparison | undefined): Stat | undefined {
  return comparison ? (comparison.valueCreatedDiff ?? comparison.netProfitDiff) : undefined;
}

/** How sure we are that a paired difference (scheme − baseline) is above or below zero. */
export function classifyDiff(diff: Pick<Stat, 'p5' | 'p95' | 'ci95'>): DiffClass {
  const [lo, hi] = diff.ci95;
  if (diff.p5 > 0 && lo > 0) return 'clearlyHigher';
  if (diff.p95 < 0 && hi < 0) return 'clearlyLower';
  if (lo > 0) return 'likelyHigher';
  if (hi < 0) return 'likelyLower';
  return 'unclear';
}

/** The side effects worth a sentence, and where their numbers live in a scheme's summary. */
export { CHANGE_METRICS, SIDE_EFFECTS, type ChangeMetric };

/** A difference scheme − baseline with the interval that decides whether it is "clear". */
export interface MetricDiff {
  mean: number;
  lo: number;
  hi: number;
  /** True when from the paired comparison; false when from two independent confidence intervals. */
  paired: boolean;
  clear: boolean;
}

function schemeStat(view: SchemeView, key: ChangeMetric): Stat | undefined {
  const s = view.scheme;
  const section = summarySection(key);
  if (section === 'scheme') return s.managerMonthlyPay;
  if (section === 'end') return s.end?.[key as EndMetric];
  return s.totals?.[key as TotalMetric];
}

const finiteStat = (s: Stat | undefined): s is Stat =>
  !!s && Number.isFinite(s.mean) && Array.isArray(s.ci95) && s.ci95.every(Number.isFinite);

/**
 * The difference of one metric against the baseline. Prefer the paired comparison (common random
 * numbers make it much tighter); without one, two means count as different only when their
 * confidence intervals do not overlap — a conservative test, so no unsupported claim is made.
 */
export function metricDiff(ctx: ReportContext, view: SchemeView, key: ChangeMetric): MetricDiff | undefined {
  const baseline = ctx.baseline;
  if (!baseline || view.isBaseline) return undefined;
  const comparison = ctx.summary.comparisons.find((c) => c.scheme === view.id && c.vs === baseline.id);
  const paired = key === 'netProfit' ? comparison?.netProfitDiff : comparison?.metrics?.[key];
  if (finiteStat(paired)) {
    const [lo, hi] = paired.ci95;
    return { mean: paired.mean, lo, hi, paired: true, clear: lo > 0 || hi < 0 };
  }
  const a = schemeStat(view, key);
  const b = schemeStat(baseline, key);
  if (!finiteStat(a) || !finiteStat(b)) return undefined;
  const lo = a.ci95[0] - b.ci95[1];
  const hi = a.ci95[1] - b.ci95[0];
  return { mean: a.mean - b.mean, lo, hi, paired: false, clear: lo > 0 || hi < 0 };
}

/** One side-effect clause, e.g. "12 more clients churned" / "ушедших клиентов больше на 12". */
function sideEffectClause(ctx: ReportContext, key: (typeof SIDE_EFFECTS)[number]['key'], diff: MetricDiff): string {
  const { m, fmt } = ctx;
  const up = diff.mean > 0;
  const amount = key === 'managerMonthlyPay' ? fmt.money(Math.abs(diff.mean)) : fmt.number(Math.abs(diff.mean), Math.abs(diff.mean) < 10 ? 1 : 0);
  const templates: Record<typeof key, [string, string]> = {
    newContracts: [m.clauseNewContractsMore, m.clauseNewContractsFewer],
    churnedClients: [m.clauseChurnMore, m.clauseChurnFewer],
    activeClients: [m.clauseActiveMore, m.clauseActiveFewer],
    stuckContracted: [m.clauseStuckMore, m.clauseStuckFewer],
    managerQuits: [m.clauseQuitsMore, m.clauseQuitsFewer],
    clientsLostWithManagers: [m.clauseLostMore, m.clauseLostFewer],
    managerMonthlyPay: [m.clausePayHigher, m.clausePayLower],
  };
  return fill(templates[key][up ? 0 : 1], { n: amount });
}

/**
 * Two ends of a money range in one unit and with the same decimals, the unit written once after
 * the second: "+39 to +170 million RUB" rather than "+38.9 million RUB to +170 million RUB".
 */
export function moneyRange(ctx: ReportContext, lo: number, hi: number, signed = false): [string, string] {
  const { fmt } = ctx;
  const unit = fmt.moneyUnit(Math.max(Math.abs(lo), Math.abs(hi)));
  const digits = fmt.columnDigits([lo, hi], unit);
  const text = (v: number) => fmt.inUnit(v, unit, { signed, digits });
  return [text(lo), `${text(hi)}\u00a0${unit.label}`];
}

type DiffTemplates = Record<DiffClass, string>;

/** A scheme's difference from the baseline in one sentence: the range across runs, the interval, the chance of doing better. */
function diffSentence(ctx: ReportContext, row: VerdictRow, baselineLabel: string, d: Stat | undefined, prob: number | undefined, templates: DiffTemplates): string | undefined {
  const { fmt } = ctx;
  if (!d || !finiteStat(d)) return undefined;
  const [lo, hi] = moneyRange(ctx, d.p5, d.p95, true);
  const [ciLo, ciHi] = moneyRange(ctx, d.ci95[0], d.ci95[1], true);
  const values = {
    scheme: row.view.label,
    baseline: baselineLabel,
    months: ctx.summary.months,
    diff: fmt.money(Math.abs(d.mean)),
    signedDiff: fmt.money(d.mean, { signed: true }),
    lo,
    hi,
    ciLo,
    ciHi,
    prob: fmt.probability(prob ?? NaN),
  };
  return fill(templates[classifyDiff(d)], values);
}

function profitSentence(ctx: ReportContext, row: VerdictRow, baselineLabel: string, m: Messages): string | undefined {
  return diffSentence(ctx, row, baselineLabel, row.comparison?.netProfitDiff, row.comparison?.probBetter, {
    clearlyHigher: m.sentenceClearlyHigher,
    likelyHigher: m.sentenceLikelyHigher,
    unclear: m.sentenceUnclear,
    likelyLower: m.sentenceLikelyLower,
    clearlyLower: m.sentenceClearlyLower,
  });
}

/** What a scheme's value created differs from the baseline's by, in one sentence (before the net-profit one). */
function valueSentence(ctx: ReportContext, row: VerdictRow, baselineLabel: string, m: Messages): string | undefined {
  return diffSentence(ctx, row, baselineLabel, row.comparison?.valueCreatedDiff, row.comparison?.probValueBetter, {
    clearlyHigher: m.sentenceValueClearlyHigher,
    likelyHigher: m.sentenceValueLikelyHigher,
    unclear: m.sentenceValueUnclear,
    likelyLower: m.sentenceValueLikelyLower,
    clearlyLower: m.sentenceValueClearlyLower,
  });
}

/**
 * A scheme whose rank by value created differs from its rank by net profit, in one sentence: one
 * that ranks higher by net profit earns more over the horizon than it leaves in its client book
 * ("running the book down" when the book ends worth less than at the switch); one that ranks
 * higher by value created earns less but builds more of a book.
 */
function rankChangeSentence(ctx: ReportContext, row: VerdictRow): string | undefined {
  const { m, fmt, summary } = ctx;
  const totals = row.view.scheme.totals;
  if (row.rank === row.netRank || !totals.bookValue || !totals.bookValueAtSwitch) return undefined;
  const template = row.netRank > row.rank ? m.sentenceRankUpByValue : totals.bookValue.mean < totals.bookValueAtSwitch.mean ? m.sentenceRankDownRunsBookDown : m.sentenceRankDownBuildsLess;
  return fill(template, {
    scheme: row.view.label,
    netRank: row.netRank,
    valueRank: row.rank,
    months: summary.months,
    book: fmt.money(totals.bookValue.mean),
    switchBook: fmt.money(totals.bookValueAtSwitch.mean),
  });
}

/** The verdict in words: a headline, then one short paragraph per compared scheme (plain text, not HTML). */
export interface VerdictText {
  headline: string[];
  /** A warning about the top scheme (its book of business shrinks), shown with the headline. */
  headlineRisk?: string;
  /** Per compared scheme: what it earns and changes; `risk`, when set, a warning shown apart. */
  schemes: { id: string; text: string; risk?: string }[];
  /** How the ranking is made, in one sentence, and the schemes whose rank by net profit differs from it. */
  ranking: string[];
}

export function verdictText(ctx: ReportContext, rows: VerdictRow[] = rankSchemes(ctx)): VerdictText {
  const { m, fmt, summary } = ctx;
  const text: VerdictText = { headline: [], schemes: [], ranking: [] };
  const baseline = ctx.baseline;
  const top = rows[0];
  const valued = !!top?.view.scheme.totals.valueCreated;
  if (top && finiteStat(top.valueCreated) && finiteStat(top.netProfit)) {
    if (valued) {
      const [lo, hi] = moneyRange(ctx, top.valueCreated.p5, top.valueCreated.p95);
      const totals = top.view.scheme.totals;
      text.headline.push(
        fill(rows.length === 1 ? m.sentenceOnlyValue : m.sentenceTopValue, {
          scheme: top.view.label,
          months: summary.months,
          value: fmt.money(top.valueCreated.mean),
          lo,
          hi,
          net: fmt.money(top.netProfit.mean),
          bookChange: fmt.money((totals.bookValue?.mean ?? 0) - (totals.bookValueAtSwitch?.mean ?? 0), { signed: true }),
        }),
      );
    } else {
      const [lo, hi] = moneyRange(ctx, top.netProfit.p5, top.netProfit.p95);
      text.headline.push(fill(rows.length === 1 ? m.sentenceOnly : m.sentenceTop, { scheme: top.view.label, months: summary.months, net: fmt.money(top.netProfit.mean), lo, hi }));
    }
    const risk = shrinkingBook(ctx, top.view);
    if (risk) text.headlineRisk = risk;
    const close = baseline ? notSeparatedFromTop(ctx, rows) : [];
    if (close.length > 0 && baseline) {
      text.headline.push(
        fill(valued ? m.sentenceTopValueNotSeparated : m.sentenceTopNotSeparated, { others: nameList(ctx, close.map((r) => r.view.label)), baseline: baseline.label }),
      );
    }
  }
  if (valued) {
    text.ranking.push(fill(m.sentenceRankedByValue, { months: summary.months }));
    for (const row of rows) {
      const sentence = rankChangeSentence(ctx, row);
      if (sentence) text.ranking.push(sentence);
    }
  }
  if (!baseline) return text;
  const others = rows.filter((r) => !r.view.isBaseline && r.comparison);
  const anyBetter = others.some((r) => {
    const c = classifyDiff(valueDiff(r.comparison)!);
    return c === 'clearlyHigher' || c === 'likelyHigher';
  });
  if (others.length > 0 && !anyBetter) text.headline.push(fill(valued ? m.sentenceNoneBetterValue : m.sentenceNoneBetter, { baseline: baseline.label }));
  for (const row of others) {
    const parts: string[] = [];
    if (identicalToBaseline(row)) {
      text.schemes.push({ id: row.view.id, text: fill(m.sentenceIdentical, { scheme: row.view.label, baseline: baseline.label }) });
      continue;
    }
    const value = valueSentence(ctx, row, baseline.label, m);
    if (value) parts.push(value);
    const profit = profitSentence(ctx, row, baseline.label, m);
    if (profit) parts.push(profit);
    const known = SIDE_EFFECTS.map((effect) => ({ effect, diff: metricDiff(ctx, row.view, effect.key) })).filter(
      (x): x is { effect: (typeof SIDE_EFFECTS)[number]; diff: MetricDiff } => !!x.diff,
    );
    if (known.length > 0) {
      const clear = known.filter((x) => x.diff.clear).map((x) => sideEffectClause(ctx, x.effect.key, x.diff));
      parts.push(
        clear.length > 0
          ? fill(m.sentenceSideEffects, { baseline: baseline.label, clauses: clear.join(m.clauseSeparator) })
          : fill(m.sentenceNoSideEffects, { baseline: baseline.label }),
      );
    }
    const risk = shrinkingBook(ctx, row.view);
    if (parts.length > 0) text.schemes.push({ id: row.view.id, text: parts.join(' '), ...(risk ? { risk } : {}) });
  }
  return text;
}

/**
 * The schemes the simulation cannot rank below the top one by value created. Every comparison is against the
 * baseline, so two schemes are told apart only when the confidence intervals of their differences
 * from the baseline do not overlap (for the baseline itself: when the other's interval excludes
 * zero). Overlap does not prove the two are equal — it means these runs make no claim either way,
 * which is all the sentence says.
 */
export function notSeparatedFromTop(ctx: ReportContext, rows: VerdictRow[]): VerdictRow[] {
  const interval = (row: VerdictRow): [number, number] | undefined => {
    if (row.view.isBaseline) return [0, 0];
    const d = valueDiff(row.comparison);
    return d && finiteStat(d) ? d.ci95 : undefined;
  };
  const top = rows[0];
  const topInterval = top ? interval(top) : undefined;
  if (!topInterval) return [];
  return rows.slice(1).filter((row) => {
    const other = interval(row);
    return !!other && other[1] >= topInterval[0] && other[0] <= topInterval[1];
  });
}

/**
 * The scheme made exactly the baseline's net profit in every run (e.g. its only difference is a
 * role set to head-count 0): "no clear difference, interval 0 to 0" would hide that it is the same.
 */
function identicalToBaseline(row: VerdictRow): boolean {
  const d = row.comparison?.netProfitDiff;
  return !!d && d.mean === 0 && d.sd === 0 && d.p5 === 0 && d.p95 === 0;
}

/** “A”, “B” and “C” / «A», «B» и «C». */
export function nameList(ctx: ReportContext, names: string[]): string {
  const quoted = names.map((name) => fill(ctx.m.quotedName, { name }));
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')}${ctx.m.listAnd}${quoted[quoted.length - 1]}`;
}

/** How far back "still falling at the end" looks, in months. */
const TREND_MONTHS = 6;

/**
 * A warning when a scheme's book of business shrinks over the horizon — its net profit over the
 * horizon may rank well while it lives off clients it no longer replaces. Said only when active
 * clients end at least 10 % below where they started (means across runs) with the two months'
 * confidence intervals apart; "still falling" is added only when the last month's interval also
 * lies wholly below that of the month TREND_MONTHS earlier.
 */
export function shrinkingBook(ctx: ReportContext, view: SchemeView): string | undefined {
  const series = view.scheme.monthly?.activeClients ?? [];
  const n = series.length;
  if (n < TREND_MONTHS + 1) return undefined;
  const first = series[0];
  const last = series[n - 1];
  const before = series[n - 1 - TREND_MONTHS];
  if (!finiteStat(first) || !finiteStat(last) || !finiteStat(before)) return undefined;
  if (!(last.mean <= 0.9 * first.mean && last.ci95[1] < first.ci95[0])) return undefined;
  const falling = last.ci95[1] < before.ci95[0];
  return fill(
    falling ? ctx.m.sentenceShrinkingFalling : ctx.m.sentenceShrinking,
    {
      start: ctx.fmt.number(first.mean),
      end: ctx.fmt.number(last.mean),
    },
    ctx.lang,
  );
}

/** All verdict sentences in reading order (for tests and plain-text output). */
export function verdictSentences(ctx: ReportContext): string[] {
  const text = verdictText(ctx);
  return [
    ...text.headline.slice(0, 1),
    ...(text.headlineRisk ? [text.headlineRisk] : []),
    ...text.headline.slice(1),
    ...text.ranking,
    ...text.schemes.map((s) => (s.risk ? `${s.text} ${s.risk}` : s.text)),
  ];
}
