/**
 * What an experiment measures at each point: an observable is a path into summary.json with
 * scheme ids as keys (`schemes.lifetime-commission.timeShare.huntActivate`,
 * `comparisons.farmer-handoff.netProfitDiff`), or a shorthand relative to one scheme
 * (`netProfit`, `huntActivate`, `netProfitDiff`, `annualChurnRate`). A few observables the
 * summary does not hold directly are derived from it:
 *   timeShare.huntActivate = 1 − farm share (categories 1+2; the three shares add up to 1 in every run),
 *   annualChurnRate  = active clients churned per year / average active clients,
 *   conversion       = activations / new contracts over the horizon,
 *   managerTurnover  = manager quits per year / average head-count,
 *   huntHoursPerManager = hoursPerManager × timeShare.hunt (a ratio of means; the interval is the share's),
 *   payShare         = compCost / margin (what pay costs per unit of the pay basis, margin).
 * Besides, `churnByTenure.<band>` and `quitsByTenure.<band>` name one band of those tables, and
 * `promotedFellBelowShare` the share of promotions watched that fell below the threshold (promotedFellBelow /
 * promotionsWatched). The rates are ratios of means across runs (how a company computes them from its
 * books); their intervals carry the numerator's uncertainty only.
 */
import { END_METRICS, LOWER_IS_BETTER as LOWER_METRICS, MONTHLY_METRICS, PAIRED_METRICS, QUIT_TENURE_BANDS, TENURE_BANDS, TOTAL_METRICS } from '../engine/metrics.js';
import type { SchemeSummary, Stat, Summary } from '../engine/summary.js';
import { WhatIfError, type ObservableProblem } from './errors.js';

/** One measured value at one experiment point: the mean across runs, its sd and confidence interval. */
export interface Observed {
  mean: number;
  sd: number;
  ci95: [number, number];
}

export const TIME_SHARES = ['hunt', 'activate', 'farm', 'huntActivate'] as const;
export const DERIVED_RATES = ['annualChurnRate', 'conversion', 'managerTurnover', 'huntHoursPerManager', 'payShare', 'promotedFellBelowShare'] as const;
/** Tables of a scheme with one Stat per band: `churnByTenure.year1`, `quitsByTenure.months0to6`. */
const BANDED: Record<string, readonly string[]> = { churnByTenure: TENURE_BANDS, quitsByTenure: QUIT_TENURE_BANDS };
/** A scheme's own statistics an observable may name directly (`schemes.<id>.hoursPerManager`). */
export const SCHEME_STATS = ['managerMonthlyPay', 'hoursPerManager', 'newBadPayerShare'] as const;

/** Observables where less is better for the company (the goal of a sweep unless told otherwise): the table's, and two derived rates. */
const LOWER_IS_BETTER = new Set<string>([...LOWER_METRICS, 'annualChurnRate', 'managerTurnover']);

const has = (list: readonly string[], name: string): boolean => list.includes(name);

/** The observable's own name, without scheme and section: `netProfit`, `huntActivate`, `churnedClients`. */
export function observableName(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'comparisons') {
    if (parts[2] === 'metrics') return parts[3] ?? '';
    return parts[2] === 'netProfitDiff' ? 'netProfit' : (parts[2] ?? '');
  }
  if (parts[2] === 'monthly') return parts[3] ?? '';
  return parts[parts.length - 1];
}

export function lowerIsBetter(path: string): boolean {
  return LOWER_IS_BETTER.has(observableName(path));
}

/** Whether a metric written on the command line is relative to a scheme (a shorthand) or a full path. */
export function isFullPath(metric: string): boolean {
  return metric.startsWith('schemes.') || metric.startsWith('comparisons.');
}

/** Whether a shorthand is a difference against the baseline (so the baseline itself has none). */
export function isComparison(metric: string): boolean {
  return isFullPath(metric) ? metric.startsWith('comparisons.') : metric === 'probBetter' || metric === 'probValueBetter' || metric.endsWith('Diff');
}

/** The full path of a shorthand metric for one scheme. */
export function observablePath(metric: string, scheme: string): string {
  if (isFullPath(metric)) return metric;
  if (metric === 'probBetter' || metric === 'netProfitDiff' || metric === 'valueCreatedDiff' || metric === 'probValueBetter') return `comparisons.${scheme}.${metric}`;
  if (metric.endsWith('Diff')) return `comparisons.${scheme}.metrics.${metric.slice(0, -4)}`;
  if (has(TOTAL_METRICS, metric)) return `schemes.${scheme}.totals.${metric}`;
  if (has(END_METRICS, metric)) return `schemes.${scheme}.end.${metric}`;
  if (has(TIME_SHARES, metric)) return `schemes.${scheme}.timeShare.${metric}`;
  return `schemes.${scheme}.${metric}`;
}

/**
 * The scheme a full path is about, and a check that the path names something a summary of these
 * schemes holds; the message lists what would have been valid.
 */
export function checkObservable(path: string, schemes: readonly string[], baseline: string, months: number): string {
  const fail = (problem: ObservableProblem): never => {
    throw new WhatIfError({ code: 'bad-metric', path, problem });
  };
  const [section, scheme, ...rest] = path.split('.');
  if (section !== 'schemes' && section !== 'comparisons') fail({ kind: 'not-a-path' });
  if (!scheme || !schemes.includes(scheme)) fail({ kind: 'unknown-scheme', scheme: scheme ?? '', schemes });
  const field = rest.join('.');
  if (section === 'comparisons') {
    if (scheme === baseline) fail({ kind: 'baseline-with-itself', baseline });
    if (field === 'netProfitDiff' || field === 'probBetter' || field === 'valueCreatedDiff' || field === 'probValueBetter') return scheme;
    if (rest[0] === 'metrics' && rest.length === 2 && PAIRED_METRICS.some((m) => m.name === rest[1])) return scheme;
    return fail({ kind: 'unknown-comparison', scheme, paired: PAIRED_METRICS.map((m) => m.name) });
  }
  const [group, name, month, extra] = rest;
  const ok =
    (rest.length === 2 && group === 'totals' && has(TOTAL_METRICS, name)) ||
    (rest.length === 2 && group === 'end' && has(END_METRICS, name)) ||
    (rest.length === 2 && group === 'timeShare' && has(TIME_SHARES, name)) ||
    (rest.length === 1 && (has(SCHEME_STATS, group) || has(DERIVED_RATES, group))) ||
    (rest.length === 2 && Object.hasOwn(BANDED, group) && has(BANDED[group], name)) ||
    (group === 'monthly' && has(MONTHLY_METRICS, name) && extra === undefined && /^\d+$/.test(month ?? '') && Number(month) < months);
  if (!ok) fail({ kind: 'unknown-field', scheme, totals: TOTAL_METRICS, end: END_METRICS, timeShares: TIME_SHARES, rates: [...SCHEME_STATS, ...DERIVED_RATES, ...Object.entries(BANDED).flatMap(([table, bands]) => bands.map((band) => `${table}.${band}`))], months });
  return scheme;
}

function fromStat(stat: Stat): Observed {
  return { mean: stat.mean, sd: stat.sd, ci95: [stat.ci95[0], stat.ci95[1]] };
}

function scaled(stat: Stat, factor: number): Observed {
  const ends = [stat.ci95[0] * factor, stat.ci95[1] * factor].sort((a, b) => a - b);
  return { mean: stat.mean * factor, sd: Math.abs(stat.sd * factor), ci95: [ends[0], ends[1]] };
}

function averageOverMonths(series: Stat[]): number {
  return series.length === 0 ? 0 : series.reduce((sum, s) => sum + s.mean, 0) / series.length;
}

function schemeObservable(scheme: SchemeSummary, rest: string[], months: number): Observed {
  const [group, name, month] = rest;
  const perYear = 12 / Math.max(1, months);
  switch (group) {
    case 'totals':
      return fromStat(scheme.totals[name as keyof SchemeSummary['totals']]);
    case 'end':
      return fromStat(scheme.end[name as keyof SchemeSummary['end']]);
    case 'timeShare': {
      if (name !== 'huntActivate') return fromStat(scheme.timeShare[name as 'hunt' | 'activate' | 'farm']);
      const farm = scheme.timeShare.farm;
      return { mean: 1 - farm.mean, sd: farm.sd, ci95: [1 - farm.ci95[1], 1 - farm.ci95[0]] };
    }
    case 'managerMonthlyPay':
    case 'hoursPerManager':
    case 'newBadPayerShare':
      return fromStat(scheme[group]);
    case 'churnByTenure':
      return fromStat(scheme.churnByTenure[name as keyof SchemeSummary['churnByTenure']]);
    case 'quitsByTenure':
      return fromStat(scheme.quitsByTenure[name as keyof SchemeSummary['quitsByTenure']]);
    case 'huntHoursPerManager':
      return scaled(scheme.timeShare.hunt, scheme.hoursPerManager.mean);
    case 'payShare': {
      const margin = scheme.totals.margin.mean;
      return scaled(scheme.totals.compCost, margin > 0 ? 1 / margin : 0);
    }
    case 'promotedFellBelowShare': {
      const watched = scheme.totals.promotionsWatched.mean;
      return scaled(scheme.totals.promotedFellBelow, watched > 0 ? 1 / watched : 0);
    }
    case 'monthly':
      return fromStat(scheme.monthly[name as keyof SchemeSummary['monthly']][Number(month)]);
    case 'annualChurnRate': {
      const active = averageOverMonths(scheme.monthly.activeClients);
      return scaled(scheme.totals.churnedClients, active > 0 ? perYear / active : 0);
    }
    case 'conversion': {
      const contracts = scheme.totals.newContracts.mean;
      return scaled(scheme.totals.activations, contracts > 0 ? 1 / contracts : 0);
    }
    case 'managerTurnover': {
      const managers = averageOverMonths(scheme.monthly.managers);
      return scaled(scheme.totals.managerQuits, managers > 0 ? perYear / managers : 0);
    }
    default:
      throw new WhatIfError({ code: 'bad-metric', path: ['schemes', '?', ...rest].join('.'), problem: { kind: 'not-a-path' } });
  }
}

/** The value of an observable (a full path, checked with checkObservable) in a summary. */
export function observe(summary: Summary, path: string): Observed {
  const [section, id, ...rest] = path.split('.');
  if (section === 'comparisons') {
    const comparison = summary.comparisons.find((c) => c.scheme === id);
    if (!comparison) throw new WhatIfError({ code: 'metric-not-in-summary', path, scheme: id });
    if (rest[0] === 'probBetter') return { mean: comparison.probBetter, sd: 0, ci95: [comparison.probBetter, comparison.probBetter] };
    if (rest[0] === 'probValueBetter') return { mean: comparison.probValueBetter, sd: 0, ci95: [comparison.probValueBetter, comparison.probValueBetter] };
    if (rest[0] === 'netProfitDiff') return fromStat(comparison.netProfitDiff);
    if (rest[0] === 'valueCreatedDiff') return fromStat(comparison.valueCreatedDiff);
    return fromStat(comparison.metrics[rest[1]]);
  }
  const scheme = summary.schemes.find((s) => s.id === id);
  if (!scheme) throw new WhatIfError({ code: 'metric-not-in-summary', path, scheme: id });
  return schemeObservable(scheme, rest, summary.months);
}
