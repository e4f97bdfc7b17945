/**
 * `compsim sweep`: a full grid over one or more parameters, every point simulated with the same
 * seed (common random numbers: the points differ by the parameters, not by the dice), and for each
 * scheme the metric at every point with its interval, the best point, and the flat region around
 * it — the points whose interval overlaps the best one's, i.e. what the data cannot tell apart
 * from the best (Mesa's batch runner turns a design into tidy rows the same way; here rows are
 * reduced as soon as a point is done, so memory does not grow with the grid).
 */
import type { Translations } from '../scenario/schema.js';
import type { Summary } from '../engine/summary.js';
import type { Scenario } from '../scenario/schema.js';
import { WhatIfError } from './errors.js';
import { gridCoordinates, gridPoints, type Axis } from './grid.js';
import { checkObservable, isComparison, lowerIsBetter, observablePath, observe, type Observed } from './observables.js';
import type { ExperimentBase, PointSpec } from './points.js';

export type Goal = 'max' | 'min';

/**
 * How the intervals of a sweep were computed: paired intervals of the difference from the baseline
 * (95 %, Bonferroni-adjusted over the schemes compared) for a difference metric, else the 95 %
 * interval of the mean across runs. sweep.json says it in words (src/cli/whatif-messages.ts).
 */
export type IntervalKind = 'paired-difference' | 'mean';

export interface SweepInputs {
  base: ExperimentBase;
  seed: number;
  axes: Axis[];
  /** The metric as asked: a shorthand (netProfit, netProfitDiff, huntActivate…) or a full path. */
  metric: string;
  goal: Goal;
  /** The schemes whose metric is analysed (each gets its best point and flat region). */
  schemes: string[];
  baseline: string;
  /** The scheme the charts centre on. */
  focus?: string;
}

/** What is kept of each point: every observable the sweep needs, by full path. */
export type PointValues = Record<string, Observed>;

export interface SweepPoint {
  index: number;
  /** The point's overrides, as `--set` would take them. */
  set: string[];
  /** The point's value on every axis (numbers where the axis is numeric). */
  values: (number | string)[];
  /** The metric for every analysed scheme. */
  metric: Record<string, Observed>;
  /** The analysed scheme with the best metric here (the baseline, at 0, when the metric is a difference). */
  winner: string;
}

export interface BestPoint {
  point: number;
  mean: number;
  ci95: [number, number];
  /** Points whose interval overlaps the best point's (the best point included). */
  flat: number[];
}

export interface SweepResult {
  version: 1;
  kind: 'sweep';
  scenario: string;
  currency: string;
  seed: number;
  runs: number;
  months: number;
  baseline: string;
  metric: string;
  goal: Goal;
  /** How the intervals were computed. */
  interval: IntervalKind;
  overrides: string[];
  axes: Axis[];
  schemes: string[];
  /** Display names of the schemes by id. */
  schemeNames: Record<string, string>;
  /** The schemes' names in other languages, and the scenario's (for the page in that language). */
  schemeTranslations?: Record<string, Translations>;
  scenarioTranslations?: Translations;
  focus: string;
  points: SweepPoint[];
  best: Record<string, BestPoint>;
}

/**
 * The sweep of `axes` (read and checked against the scenario by the caller: src/cli/sweep-options.ts),
 * with the metric checked against the schemes simulated.
 */
export function sweepInputs(
  base: ExperimentBase,
  options: { seed: number; axes: Axis[]; metric: string; goal?: Goal; focus?: string },
): SweepInputs {
  const { axes } = options;
  const baseline = base.scenario.baseline ?? base.scenario.current;
  const simulated = simulatedSchemes(base.scenario, base.schemes);
  const analysed = analysedSchemes(options.metric, simulated, baseline, options.focus);
  for (const scheme of analysed) checkObservable(observablePath(options.metric, scheme), simulated, baseline, base.scenario.horizonMonths);
  const goal = options.goal ?? (lowerIsBetter(observablePath(options.metric, analysed[0])) ? 'min' : 'max');
  return { base, seed: options.seed, axes, metric: options.metric, goal, schemes: analysed, baseline, focus: options.focus };
}

/** The schemes a run of `base` simulates, in file order. */
export function simulatedSchemes(scenario: Scenario, schemes?: string[]): string[] {
  const baseline = scenario.baseline ?? scenario.current;
  return scenario.schemes.map((s) => s.id).filter((id) => !schemes || schemes.length === 0 || schemes.includes(id) || id === baseline);
}

function analysedSchemes(metric: string, simulated: string[], baseline: string, focus?: string): string[] {
  if (metric.startsWith('schemes.') || metric.startsWith('comparisons.')) return [metric.split('.')[1]];
  if (focus) {
    if (!simulated.includes(focus)) throw new WhatIfError({ code: 'focus-not-simulated', focus, simulated });
    if (isComparison(metric) && focus === baseline) throw new WhatIfError({ code: 'focus-is-baseline', metric, baseline });
    return [focus];
  }
  const list = isComparison(metric) ? simulated.filter((id) => id !== baseline) : simulated;
  if (list.length === 0) throw new WhatIfError({ code: 'only-baseline', metric });
  return list;
}

export function sweepSpecs(inputs: SweepInputs): PointSpec[] {
  return gridPoints(inputs.axes).map((sets) => ({ sets, seed: inputs.seed }));
}

/** Keeps only the metric of every analysed scheme. */
export function sweepReduce(inputs: SweepInputs): (summary: Summary) => PointValues {
  const paths = inputs.schemes.map((s) => observablePath(inputs.metric, s));
  return (summary) => Object.fromEntries(paths.map((p) => [p, observe(summary, p)]));
}

/** The best point under `goal` and the points whose interval overlaps its interval. */
export function bestAndFlat(values: readonly Observed[], goal: Goal): BestPoint {
  let best = 0;
  values.forEach((v, k) => {
    if (goal === 'max' ? v.mean > values[best].mean : v.mean < values[best].mean) best = k;
  });
  const [lo, hi] = values[best].ci95;
  const flat = values.map((v, k) => (v.ci95[1] >= lo && v.ci95[0] <= hi ? k : -1)).filter((k) => k >= 0);
  return { point: best, mean: values[best].mean, ci95: values[best].ci95, flat };
}

export function analyseSweep(inputs: SweepInputs, results: readonly PointValues[]): SweepResult {
  const { base, axes, goal } = inputs;
  const paths = inputs.schemes.map((s) => observablePath(inputs.metric, s));
  const comparison = isComparison(inputs.metric);
  const points: SweepPoint[] = results.map((values, index) => {
    const metric = Object.fromEntries(inputs.schemes.map((s, k) => [s, values[paths[k]]]));
    const candidates: [string, number][] = inputs.schemes.map((s) => [s, metric[s].mean]);
    if (comparison) candidates.push([inputs.baseline, 0]);
    const winner = candidates.reduce((a, b) => ((goal === 'max' ? b[1] > a[1] : b[1] < a[1]) ? b : a))[0];
    const coordinates = gridCoordinates(axes, index);
    return {
      index,
      set: axes.map((a, k) => `${a.path}=${a.values[coordinates[k]]}`),
      values: axes.map((a, k) => (a.numbers ? a.numbers[coordinates[k]] : a.values[coordinates[k]])),
      metric,
      winner,
    };
  });
  const best = Object.fromEntries(inputs.schemes.map((s) => [s, bestAndFlat(points.map((p) => p.metric[s]), goal)]));
  const focus =
    inputs.focus ??
    inputs.schemes.reduce((a, b) => ((goal === 'max' ? best[b].mean > best[a].mean : best[b].mean < best[a].mean) ? b : a));
  return {
    version: 1,
    kind: 'sweep',
    scenario: base.scenarioName,
    currency: base.scenario.currency,
    seed: inputs.seed,
    runs: base.runs,
    months: base.scenario.horizonMonths,
    baseline: inputs.baseline,
    metric: inputs.metric,
    goal,
    interval: comparison ? 'paired-difference' : 'mean',
    overrides: base.overrides,
    axes,
    schemes: inputs.schemes,
    schemeNames: Object.fromEntries(base.scenario.schemes.map((s) => [s.id, s.name])),
    schemeTranslations: Object.fromEntries(base.scenario.schemes.filter((s) => s.translations).map((s) => [s.id, s.translations as Translations])),
    ...(base.scenario.translations ? { scenarioTranslations: base.scenario.translations } : {}),
    focus,
    points,
    best,
  };
}
