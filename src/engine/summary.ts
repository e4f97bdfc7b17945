/**
 * The shape of `summary.json` (version 1). Users and tests rely on these names:
 * fields may be added, never renamed.
 */

/** Statistics of one quantity across runs. ci95 is the 95 % confidence interval of the mean. */
export interface Stat {
  mean: number;
  sd: number;
  p5: number;
  p50: number;
  p95: number;
  ci95: [number, number];
  /** Quartiles (added to the contract's fields, for the report's 50 % bands). */
  p25?: number;
  p75?: number;
}

export type { EndMetric, MonthlyMetric, TotalMetric } from './metrics.js';
import type { EndMetric, MonthlyMetric, TotalMetric } from './metrics.js';

export const ACTIVITIES = ['hunt', 'activate', 'farm'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Quantiles of a distribution pooled over all manager-months of all runs (not across runs). */
export interface Distribution {
  mean: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  count: number;
}

/** Names and descriptions in other report languages, as the scenario gives them. */
export type Translations = Partial<Record<'en' | 'ru', { name?: string; description?: string }>>;

export interface RoleSummary {
  role: string;
  name: string;
  translations?: Translations;
  /** Average head-count of the role over the horizon (mean across runs). */
  headcount: Stat;
  timeShare: Record<Activity, Stat>;
  /** Monthly pay of one manager in this role, pooled over manager-months and runs. */
  payDistribution: Distribution;
}

export interface SchemeSummary {
  id: string;
  name: string;
  description: string;
  translations?: Translations;
  totals: Record<TotalMetric, Stat>;
  end: Record<EndMetric, Stat>;
  timeShare: Record<Activity, Stat>;
  managerMonthlyPay: Stat;
  roles: RoleSummary[];
  monthly: Record<MonthlyMetric, Stat[]>;
}

/** Paired comparison of one metric of a scheme against the baseline, run by run. */
export interface PairedDiff extends Stat {
  /** Share of runs in which the scheme is better than the baseline (ties count half). */
  probBetter: number;
}

export interface Comparison {
  scheme: string;
  vs: string;
  netProfitDiff: Stat;
  probBetter: number;
  /** Paired differences of other key metrics (scheme − baseline). */
  metrics: Record<string, PairedDiff>;
  /** Cumulative net-profit difference by month (scheme − baseline), paired. */
  cumulativeNetProfitDiff: Stat[];
}

export interface Summary {
  version: 1;
  scenario: string;
  /** The scenario's name in other report languages. */
  scenarioTranslations?: Translations;
  seed: number;
  runs: number;
  months: number;
  warmupMonths: number;
  currency: string;
  baseline: string;
  current: string;
  schemes: SchemeSummary[];
  comparisons: Comparison[];
  work: { clientMonths: number; managerMonths: number };
  /** Which confidence level and multiple-comparison adjustment the comparisons use. */
  confidence: { level: number; adjustment: 'bonferroni' | 'none'; comparisons: number; comparisonLevel: number };
  /** Was the book of business stable at the end of the warm-up? */
  warmupCheck?: WarmupCheck;
  /** Running mean of each scheme's net-profit difference against the baseline, as runs accumulate. */
  convergence?: ConvergenceTrace[];
  /** Sequential stopping (--precision): the target, what was reached, the runs used. */
  precision?: { target: number | null; reached: number; runsUsed: number; minRuns: number; maxRuns: number };
  /** The resolved scenario the run assumed (after --set overrides), as plain JSON. */
  assumptions: unknown;
  /** The --set overrides given on the command line, as written. */
  overrides: string[];
  [extra: string]: unknown;
}

export interface WarmupCheck {
  /** Mean (across runs) active clients in each warm-up month under the current scheme. */
  activeClientsByMonth: number[];
  stable: boolean;
  /** Relative change of active clients over the last months of warm-up (e.g. 0.03 = +3 %). */
  relativeDrift: number;
  months: number;
}

export interface ConvergencePoint {
  runs: number;
  mean: number;
  lo: number;
  hi: number;
}

export interface ConvergenceTrace {
  scheme: string;
  points: ConvergencePoint[];
}
