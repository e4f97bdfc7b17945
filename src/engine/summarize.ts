/**
 * From the merged statistics of all runs to `summary.json` (README, "summary.json"): Stats across runs for
 * every scheme, paired comparisons with the baseline at a Bonferroni-adjusted level, the warm-up
 * check and the convergence of the net-profit differences.
 */
import type { Scenario } from '../scenario/schema.js';
import type { CompiledScheme } from '../schemes/compile.js';
import { bonferroniLevel, ConvergenceRecorder, warmupCheck, type Accumulator } from '../stats/index.js';
import type { BlockAccumulator, SchemeAccumulator } from './aggregate.js';
import {
  END_METRICS, LOST_ACTIVE_SERIES, LOST_CONTRACTED_SERIES, MONTHLY_METRICS, PAIRED_METRICS, QUIT_TENURE_BANDS, TENURE_BANDS, TOTAL_METRICS,
} from './metrics.js';
import {
  ACTIVITIES,
  type Comparison,
  type ConvergenceTrace,
  type Distribution,
  type MonthlyMetric,
  type SchemeSummary,
  type Stat,
  type Summary,
} from './summary.js';

export const CONFIDENCE_LEVEL = 0.95;

export interface SummaryMeta {
  scenario: Scenario;
  scenarioName: string;
  seed: number;
  schemes: CompiledScheme[];
  baseline: number;
  overrides: string[];
  precision?: Summary['precision'];
}

const EMPTY_DISTRIBUTION: Distribution = { mean: 0, p5: 0, p25: 0, p50: 0, p75: 0, p95: 0, count: 0 };
const ZERO_STAT: Stat = { mean: 0, sd: 0, p5: 0, p50: 0, p95: 0, ci95: [0, 0], p25: 0, p75: 0 };

function stat(accumulator: Accumulator | undefined): Stat {
  return accumulator && accumulator.count > 0 ? accumulator.toStat(CONFIDENCE_LEVEL) : ZERO_STAT;
}

/** Of the promotions watched to their end, the share that fell below the threshold: a ratio of the means over runs. */
function fellBelowShare(fell: Stat, watched: Stat): number {
  return watched.mean > 0 ? fell.mean / watched.mean : 0;
}

function schemeSummary(accumulator: SchemeAccumulator, scheme: CompiledScheme): SchemeSummary {
  const n = accumulator.months;
  const figure = (name: string): Stat => stat(accumulator.figures.get(name));
  const monthly = {} as Record<MonthlyMetric, Stat[]>;
  MONTHLY_METRICS.forEach((name, k) => {
    monthly[name] = accumulator.monthly.slice(k * n, (k + 1) * n).map(stat);
  });
  return {
    id: scheme.id,
    name: scheme.name,
    description: scheme.description,
    ...(scheme.translations ? { translations: scheme.translations } : {}),
    totals: Object.fromEntries(TOTAL_METRICS.map((name) => [name, figure(`total.${name}`)])) as SchemeSummary['totals'],
    end: Object.fromEntries(END_METRICS.map((name) => [name, figure(`end.${name}`)])) as SchemeSummary['end'],
    timeShare: Object.fromEntries(ACTIVITIES.map((a) => [a, figure(a)])) as SchemeSummary['timeShare'],
    managerMonthlyPay: figure('managerMonthlyPay'),
    hoursPerManager: figure('hoursPerManager'),
    newBadPayerShare: figure('newBadPayerShare'),
    churnByTenure: Object.fromEntries(TENURE_BANDS.map((band) => [band, figure(`churnByTenure.${band}`)])) as SchemeSummary['churnByTenure'],
    promotedFellBelowShare: fellBelowShare(figure('total.promotedFellBelow'), figure('total.promotionsWatched')),
    lostActiveByCause: Object.fromEntries(LOST_ACTIVE_SERIES.map(({ cause }) => [cause, figure(`lostActiveByCause.${cause}`)])) as SchemeSummary['lostActiveByCause'],
    lostContractedByCause: Object.fromEntries(
      LOST_CONTRACTED_SERIES.map(({ cause }) => [cause, figure(`lostContractedByCause.${cause}`)]),
    ) as SchemeSummary['lostContractedByCause'],
    quitsByTenure: Object.fromEntries(QUIT_TENURE_BANDS.map((band) => [band, figure(`quitsByTenure.${band}`)])) as SchemeSummary['quitsByTenure'],
    headcountByRole: Object.fromEntries(scheme.roles.map((role, r) => [role.id, accumulator.roleHeadcountByMonth.slice(r * n, (r + 1) * n).map(stat)])),
    roles: scheme.roles.map((role, r) => ({
      role: role.id,
      name: role.name,
      ...(role.translations ? { translations: role.translations } : {}),
      headcount: stat(accumulator.roleHeadcount[r]),
      timeShare: Object.fromEntries(ACTIVITIES.map((a, k) => [a, stat(accumulator.roleShares[r * ACTIVITIES.length + k])])) as SchemeSummary['timeShare'],
      payDistribution: accumulator.rolePay[r].count > 0 ? accumulator.rolePay[r].toDistribution() : EMPTY_DISTRIBUTION,
    })),
    monthly,
  };
}

export function buildSummary(total: BlockAccumulator, meta: SummaryMeta): Summary {
  const { scenario } = meta;
  const shapes = total.shapes;
  const baselineScheme = meta.schemes[meta.baseline];
  const comparisons = shapes.filter((shape) => shape.index !== meta.baseline).length;
  const comparisonLevel = comparisons > 1 ? bonferroniLevel(CONFIDENCE_LEVEL, comparisons) : CONFIDENCE_LEVEL;
  const summaries = shapes.map((shape, k) => schemeSummary(total.schemes[k], meta.schemes[shape.index]));
  const comparisonList: Comparison[] = [];
  const convergence: ConvergenceTrace[] = [];
  shapes.forEach((shape, k) => {
    if (shape.index === meta.baseline) return;
    const accumulator = total.schemes[k];
    const metrics = Object.fromEntries(PAIRED_METRICS.map((m, j) => [m.name, accumulator.paired[j].toPairedDiff(comparisonLevel)]));
    const netProfit = metrics.netProfit;
    const { probBetter, ...netProfitDiff } = netProfit;
    const { probBetter: probValueBetter, ...valueCreatedDiff } = metrics.valueCreated;
    comparisonList.push({
      scheme: meta.schemes[shape.index].id,
      vs: baselineScheme.id,
      netProfitDiff,
      probBetter,
      valueCreatedDiff,
      probValueBetter,
      metrics,
      cumulativeNetProfitDiff: accumulator.cumulativeDiff.map((a) => (a.count > 1 ? a.toStat(comparisonLevel) : stat(a))),
    });
    const recorder = new ConvergenceRecorder(comparisonLevel);
    for (const block of total.convergence[k]) recorder.addBlock(block);
    convergence.push({ scheme: meta.schemes[shape.index].id, points: recorder.runs > 1 ? recorder.points() : [] });
  });
  const warmupMeans = total.warmupActive.map((a) => (a.count > 0 ? a.toStat().mean : 0));
  return {
    version: 1,
    scenario: meta.scenarioName,
    ...(scenario.translations ? { scenarioTranslations: scenario.translations } : {}),
    seed: meta.seed,
    runs: total.runs,
    months: scenario.horizonMonths,
    warmupMonths: scenario.warmupMonths,
    currency: scenario.currency,
    baseline: baselineScheme.id,
    current: scenario.current,
    schemes: summaries,
    comparisons: comparisonList,
    work: { clientMonths: total.clientMonths, managerMonths: total.managerMonths },
    confidence: {
      level: CONFIDENCE_LEVEL,
      adjustment: comparisons > 1 ? 'bonferroni' : 'none',
      comparisons,
      comparisonLevel,
    },
    warmupCheck: warmupMeans.length >= 2 ? warmupCheck(warmupMeans) : undefined,
    convergence,
    precision: meta.precision,
    assumptions: scenario,
    overrides: meta.overrides,
  };
}
