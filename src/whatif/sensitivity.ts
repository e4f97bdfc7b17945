/**
 * `compsim sensitivity`: which assumptions the verdict hangs on. A fixed design — the base point,
 * the base point again under a few other seeds (the noise floor), the tornado's one-at-a-time
 * ends and Morris trajectories — all simulated with the base seed except the noise points; then,
 * for the parameters the tornado ranks highest, a bisection for the value at which the scheme
 * ranked first stops being first. The fixed design can be sharded; the bisection is sequential
 * and runs where the results come together (here, or in `compsim merge`).
 *
 * The noise floor is what changing only the seed does to an effect: an effect is a difference of
 * two estimates, so with s the sd of the metric across the seeds, the floor is
 * t(0.975, seeds − 1) · √2 · s, the half-width of a 95 % interval of a seed-only difference.
 * Conservative: the effects are measured with common random numbers, which makes them less noisy.
 */
import type { Translations } from '../scenario/schema.js';
import type { Summary } from '../engine/summary.js';
import { tQuantile } from '../stats/index.js';
import { findCrossings, leader, type Crossing, type PointValues } from './crossing.js';
import { WhatIfError } from './errors.js';
import { morrisDesign, morrisEffects, morrisSets, type MorrisEffect } from './morris.js';
import { checkObservable, isComparison, observablePath, observe, type Observed } from './observables.js';
import { perturbationBox as perturbation, type Parameter } from './parameters.js';
import type { ExperimentBase, PointSpec } from './points.js';
import { simulatedSchemes } from './sweep.js';
import { tornadoBars, tornadoSets, type TornadoBar } from './tornado.js';

export interface SensitivityInputs {
  base: ExperimentBase;
  seed: number;
  /** The metric as asked (default netProfitDiff). */
  metric: string;
  /** The scheme whose metric is analysed; undefined = the leading non-baseline scheme at the base point. */
  focus?: string;
  baseline: string;
  simulated: string[];
  parameters: Parameter[];
  boxes: { low: number; high: number }[];
  /** Parameters left out, and why. */
  skipped: Skipped[];
  delta: number;
  noiseSeeds: number;
  morris: { trajectories: number; levels: number };
  crossings: { top: number; span: number; steps: number };
}

/**
 * Why a parameter was left out: `zero-value`, its value is 0, which ± a share of it does not move
 * (it needs an explicit box); `fixed-range`, its range allows no other value. A code, so that a
 * reader of sensitivity.json can act on it; the page words it (src/report/i18n.ts).
 */
export type SkipReason = 'zero-value' | 'fixed-range';

export interface Skipped {
  path: string;
  reason: SkipReason;
}

/**
 * One finding of the headline, as codes and numbers: the page words it in its language, the command
 * line (and sensitivity.json) in English (src/cli/whatif-messages.ts).
 */
export type SensitivityFinding =
  /** Under `others` of the `seeds` other seeds of the noise floor another scheme leads the base point. */
  | { code: 'leader-uncertain'; winner: string; others: number; seeds: number }
  /** Moving `path` beyond `value` (from `base`) puts `newLeader` ahead of `winner`. */
  | { code: 'ranking-changes'; path: string; direction: 'down' | 'up'; value: number; base: number; newLeader: string; winner: string }
  /** No search along `paths` found a value where `winner` stops leading. */
  | { code: 'leader-stable'; winner: string; paths: string[] }
  /** `loud` of the `parameters` move the metric of `scheme` by more than the noise floor at ± `delta`. */
  | { code: 'above-noise'; loud: number; parameters: number; metric: string; scheme: string; delta: number };

/**
 * How the noise floor was computed: t(0.975, seeds − 1) · √2 · the sd of the metric across the
 * seeds, the 95 % half-width of a seed-only difference (see the top of this file).
 */
export type NoiseMethod = 'seed-difference';

export interface SensitivityResult {
  version: 1;
  kind: 'sensitivity';
  scenario: string;
  currency: string;
  seed: number;
  runs: number;
  months: number;
  baseline: string;
  scheme: string;
  /** Display names of the schemes by id. */
  schemeNames: Record<string, string>;
  /** The schemes' names in other languages, and the scenario's (for the page in that language). */
  schemeTranslations?: Record<string, Translations>;
  scenarioTranslations?: Translations;
  metric: string;
  metricPath: string;
  delta: number;
  overrides: string[];
  atBase: Observed;
  /** Simulated schemes by mean net profit at the base point, best first. */
  ranking: { scheme: string; netProfit: Observed }[];
  /** The leader's lead over the next scheme at the base point (mean net profit). */
  lead: { winner: string; runnerUp: string; gap: number };
  /** The parameters the crossing search looked along: those that shrink the lead most at an end of their box. */
  searched: { path: string; erosion: number }[];
  noise: { seeds: number[]; values: number[]; sd: number; floor: number; method: NoiseMethod; leaders: string[] };
  tornado: TornadoBar[];
  morris: { trajectories: number; levels: number; effects: MorrisEffect[] };
  crossings: Crossing[];
  /** What the analysis found, most important first. */
  headline: SensitivityFinding[];
  skipped: Skipped[];
  points: number;
}

/** The fixed design, in order: base, noise seeds, tornado ends, Morris points. */
export function sensitivitySpecs(inputs: SensitivityInputs): PointSpec[] {
  const { seed } = inputs;
  const design = morrisDesign(inputs.parameters.length, inputs.morris.trajectories, inputs.morris.levels, seed);
  return [
    { sets: [], seed },
    ...Array.from({ length: inputs.noiseSeeds }, (_, k) => ({ sets: [], seed: seed + k + 1 })),
    ...tornadoSets(inputs.parameters, inputs.boxes).map((sets) => ({ sets, seed })),
    ...morrisSets(inputs.parameters, inputs.boxes, design).map((sets) => ({ sets, seed })),
  ];
}

/** The analysed schemes: the focus, or every scheme the metric exists for. */
function analysed(inputs: Pick<SensitivityInputs, 'metric' | 'focus' | 'baseline' | 'simulated'>): string[] {
  if (inputs.metric.startsWith('schemes.') || inputs.metric.startsWith('comparisons.')) return [inputs.metric.split('.')[1]];
  if (inputs.focus) return [inputs.focus];
  return isComparison(inputs.metric) ? inputs.simulated.filter((s) => s !== inputs.baseline) : inputs.simulated;
}

export function checkSensitivityInputs(inputs: SensitivityInputs): void {
  if (inputs.simulated.length < 2) throw new WhatIfError({ code: 'too-few-schemes', simulated: inputs.simulated });
  if (inputs.focus && !inputs.simulated.includes(inputs.focus)) throw new WhatIfError({ code: 'focus-not-simulated', focus: inputs.focus, simulated: inputs.simulated });
  const list = analysed(inputs);
  if (list.length === 0) throw new WhatIfError({ code: 'only-baseline', metric: inputs.metric });
  for (const scheme of list) checkObservable(observablePath(inputs.metric, scheme), inputs.simulated, inputs.baseline, inputs.base.scenario.horizonMonths);
  if (inputs.parameters.length === 0) throw new WhatIfError({ code: 'no-parameters' });
}

/** Keeps the metric of the analysed schemes and every simulated scheme's net profit. */
export function sensitivityReduce(inputs: SensitivityInputs): (summary: Summary) => PointValues {
  const paths = [...new Set([...analysed(inputs).map((s) => observablePath(inputs.metric, s)), ...inputs.simulated.map((s) => observablePath('netProfit', s))])];
  return (summary) => Object.fromEntries(paths.map((p) => [p, observe(summary, p)]));
}

export function simulatedFor(base: ExperimentBase): string[] {
  return simulatedSchemes(base.scenario, base.schemes);
}

function sd(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

export async function analyseSensitivity(
  inputs: SensitivityInputs,
  results: readonly PointValues[],
  evaluate: (sets: string[][]) => Promise<PointValues[]>,
): Promise<SensitivityResult> {
  const { parameters, boxes, simulated } = inputs;
  const k = parameters.length;
  const atBaseValues = results[0];
  const ranking = simulated
    .map((scheme) => ({ scheme, netProfit: atBaseValues[observablePath('netProfit', scheme)] }))
    .sort((a, b) => b.netProfit.mean - a.netProfit.mean);
  const winner = ranking[0].scheme;
  const candidates = analysed(inputs);
  const scheme = inputs.focus ?? (candidates.length === 1 ? candidates[0] : (ranking.find((r) => candidates.includes(r.scheme)) as { scheme: string }).scheme);
  const metricPath = observablePath(inputs.metric, scheme);
  const metric = (values: PointValues): Observed => values[metricPath];

  const noiseValues = results.slice(0, 1 + inputs.noiseSeeds).map((v) => metric(v).mean);
  const spread = noiseValues.length > 1 ? sd(noiseValues) : 0;
  const floor = noiseValues.length > 1 ? tQuantile(0.975, noiseValues.length - 1) * Math.SQRT2 * spread : 0;

  const tornadoStart = 1 + inputs.noiseSeeds;
  const ends = results.slice(tornadoStart, tornadoStart + 2 * k);
  const tornado = tornadoBars(parameters, boxes, metric(atBaseValues), ends.map(metric), floor);

  const morrisStart = tornadoStart + 2 * k;
  const design = morrisDesign(k, inputs.morris.trajectories, inputs.morris.levels, inputs.seed);
  const effects = morrisEffects(parameters, boxes, design, results.slice(morrisStart).map((v) => metric(v).mean));

  // The parameters searched are those that eat most into the leader's lead at an end of their box.
  const lead = leader(atBaseValues, simulated);
  const gapAt = (values: PointValues): number => leader(values, simulated, winner).gap;
  const erosion = parameters
    .map((p, i) => ({ path: p.path, index: i, erosion: lead.gap - Math.min(gapAt(ends[2 * i]), gapAt(ends[2 * i + 1])) }))
    .sort((a, b) => b.erosion - a.erosion || a.path.localeCompare(b.path))
    .slice(0, inputs.crossings.top);
  const topIndex = erosion.map((e) => e.index);
  const crossings =
    inputs.crossings.top > 0 && inputs.crossings.steps >= 0
      ? await findCrossings(
          topIndex.map((i) => parameters[i]),
          topIndex.map((i) => ({ low: boxes[i].low, high: boxes[i].high, atLow: ends[2 * i], atHigh: ends[2 * i + 1] })),
          simulated,
          winner,
          inputs.crossings,
          evaluate,
        )
      : [];

  const headline: SensitivityFinding[] = [];
  // Is the leader itself a matter of luck? Ask the base point re-run under the other seeds.
  const leaders = results.slice(0, 1 + inputs.noiseSeeds).map((v) => leader(v, simulated).leader);
  const others = leaders.filter((l) => l !== winner).length;
  if (others > 0) headline.push({ code: 'leader-uncertain', winner, others, seeds: leaders.length - 1 });
  for (const c of crossings.filter((c) => c.found)) {
    headline.push({ code: 'ranking-changes', path: c.path, direction: c.direction, value: c.value as number, base: c.base, newLeader: c.newLeader as string, winner });
  }
  if (crossings.length > 0 && crossings.every((c) => !c.found)) {
    headline.push({ code: 'leader-stable', winner, paths: [...new Set(crossings.map((c) => c.path))] });
  }
  const loud = tornado.filter((bar) => bar.aboveNoise).length;
  headline.push({ code: 'above-noise', loud, parameters: k, metric: inputs.metric, scheme, delta: inputs.delta });

  return {
    version: 1,
    kind: 'sensitivity',
    scenario: inputs.base.scenarioName,
    currency: inputs.base.scenario.currency,
    seed: inputs.seed,
    runs: inputs.base.runs,
    months: inputs.base.scenario.horizonMonths,
    baseline: inputs.baseline,
    scheme,
    schemeNames: Object.fromEntries(inputs.base.scenario.schemes.map((s) => [s.id, s.name])),
    schemeTranslations: Object.fromEntries(inputs.base.scenario.schemes.filter((s) => s.translations).map((s) => [s.id, s.translations as Translations])),
    ...(inputs.base.scenario.translations ? { scenarioTranslations: inputs.base.scenario.translations } : {}),
    metric: inputs.metric,
    metricPath,
    delta: inputs.delta,
    overrides: inputs.base.overrides,
    atBase: metric(atBaseValues),
    ranking,
    noise: {
      seeds: Array.from({ length: noiseValues.length }, (_, j) => inputs.seed + j),
      values: noiseValues,
      sd: spread,
      floor,
      leaders,
      method: 'seed-difference',
    },
    tornado,
    morris: { ...inputs.morris, effects: effects.sort((a, b) => b.muStar - a.muStar || a.path.localeCompare(b.path)) },
    lead: { winner, runnerUp: ranking[1].scheme, gap: lead.gap },
    searched: erosion.map(({ path, erosion: value }) => ({ path, erosion: value })),
    crossings,
    headline,
    skipped: inputs.skipped,
    points: results.length + crossings.reduce((s, c) => s + c.evaluations, 0),
  };
}

/** What to analyse, as the caller read and checked it (src/cli/sensitivity-options.ts). */
export interface SensitivityOptions {
  seed: number;
  metric: string;
  focus?: string;
  /** The parameters asked for (src/whatif/parameters.ts: selectParameters). */
  parameters: Parameter[];
  /** Explicit tornado and Morris boxes, by path (each inside its parameter's range, low < high). */
  ranges: Readonly<Record<string, { low: number; high: number }>>;
  /** The share each parameter is moved by, in (0, 1). */
  delta: number;
  noiseSeeds: number;
  trajectories: number;
  levels: number;
  top: number;
  span: number;
  steps: number;
}

export function sensitivityInputs(base: ExperimentBase, options: SensitivityOptions): SensitivityInputs {
  const parameters: Parameter[] = [];
  const boxes: { low: number; high: number }[] = [];
  const skipped: Skipped[] = [];
  for (const parameter of options.parameters) {
    const box = options.ranges[parameter.path] ?? perturbation(parameter, options.delta);
    if (box.low === box.high) {
      skipped.push({ path: parameter.path, reason: parameter.base === 0 ? 'zero-value' : 'fixed-range' });
      continue;
    }
    parameters.push(parameter);
    boxes.push(box);
  }
  const baseline = base.scenario.baseline ?? base.scenario.current;
  const inputs: SensitivityInputs = {
    base,
    seed: options.seed,
    metric: options.metric,
    focus: options.focus,
    baseline,
    simulated: simulatedFor(base),
    parameters,
    boxes,
    skipped,
    delta: options.delta,
    noiseSeeds: options.noiseSeeds,
    morris: { trajectories: options.trajectories, levels: options.levels },
    crossings: { top: options.top, span: options.span, steps: options.steps },
  };
  checkSensitivityInputs(inputs);
  return inputs;
}
