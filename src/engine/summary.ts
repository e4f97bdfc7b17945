/**
 * The shape of `summary.json` (version 1). Users and tests rely on these names:
 * fields may be added, never renamed.
 */
import type { ConvergencePoint, Distribution, PairedDiff, Stat, WarmupCheck } from '../stats/index.js';

// The statistics' own shapes are defined where they are computed (src/stats/, which imports
// nothing from the engine) and are part of the summary.json contract as they stand there.
export type { ConvergencePoint, Distribution, PairedDiff, Stat, WarmupCheck };

export type { EndMetric, MonthlyMetric, TotalMetric } from './metrics.js';
import type { ActiveLossCause, ContractedLossCause, EndMetric, MonthlyMetric, QuitTenureBand, TenureBand, TotalMetric } from './metrics.js';

export const ACTIVITIES = ['hunt', 'activate', 'farm'] as const;
export type Activity = (typeof ACTIVITIES)[number];

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
  /** Hours one manager works a month over the horizon: the team's hours / manager-months, per run. */
  hoursPerManager: Stat;
  /** Share of the horizon's new contracts signed with a bad payer, per run. */
  newBadPayerShare: Stat;
  /**
   * Annual churn of active clients by tenure (years since the first shipment: year1 = months 1–12,
   * …, year4plus = from month 37): 12 × churned / active client-months at risk, per run.
   */
  churnByTenure: Record<TenureBand, Stat>;
  /**
   * Of the promotions watched to the end of their 6 months (totals.promotionsWatched), the share
   * whose manager fell below the threshold he was promoted on (totals.promotedFellBelow): the
   * ratio of their means over runs; 0 when none was watched.
   */
  promotedFellBelowShare: number;
  /**
   * Active clients lost over the horizon by cause, per run (docs/model.md, "Where clients are
   * lost"): `churn` (their own churn hazard), `handover` (at a scheduled hand-off or a reassignment
   * after a quit), `followedManager` (followed a leaving manager). Each client once; the three add
   * up to totals.churnedClients run by run.
   */
  lostActiveByCause: Record<ActiveLossCause, Stat>;
  /**
   * Contracted clients lost over the horizon by cause, per run: `handover`, `followedManager`,
   * `dormant` (= totals of monthly.dormantClients). Not in churnedClients. Followers of both
   * states add up to totals.clientsLostWithManagers.
   */
  lostContractedByCause: Record<ContractedLossCause, Stat>;
  /**
   * Annual quits of managers by tenure when quits are decided (`months0to6` = months 0–5 in the
   * company, `months6to12`, `year2` = months 12–23, `year3plus`): 12 × quits / manager-months in
   * the band, per run (0 when nobody was in it).
   */
  quitsByTenure: Record<QuitTenureBand, Stat>;
  /** Per role id: the managers employed in the role, one Stat per month (as `monthly`); they add up to monthly.managers. */
  headcountByRole: Record<string, Stat[]>;
  roles: RoleSummary[];
  monthly: Record<MonthlyMetric, Stat[]>;
}

export interface Comparison {
  scheme: string;
  vs: string;
  netProfitDiff: Stat;
  probBetter: number;
  /** Paired difference of value created over the horizon (net profit + change in the book's value), scheme − baseline. */
  valueCreatedDiff: Stat;
  /** Share of runs in which the scheme's value created beats the baseline's (ties count half, as probBetter). */
  probValueBetter: number;
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

export interface ConvergenceTrace {
  scheme: string;
  points: ConvergencePoint[];
}
