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
  skipped: { path: string; reason: string }[];
  delta: number;
  noiseSeeds: number;
  morris: { trajectories: number; levels: number };
  crossings: { top: number; span: number; steps: number };
}

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
  noise: { seeds: number[]; values: number[]; sd: number; floor: number; method: string; leaders: string[] };
  tornado: TornadoBar[];
  morris: { trajectories: number; levels: number; effects: MorrisEffect[] };
  crossings: Crossing[];
  /** One plain sentence per finding, in English (the page words them in its own language). */
  headline: string[];
  skipped: { path: string; reason: string }[];
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
  if (inputs.simulated.length < 2) throw new WhatIfError('sensitivity: simulate at least two schemes (a ranking needs two)');
  if (inputs.focus && !inputs.simulated.includes(inputs.focus)) throw new WhatIfError(`--scheme: ${inputs.focus} is not simulated; expected one of ${inputs.simulated.join(', ')}`);
  const list = analysed(inputs);
  if (list.length === 0) throw new WhatIfError(`--metric ${inputs.metric}: no scheme besides the baseline is simulated`);
  for (const scheme of list) checkObservable(observablePath(inputs.metric, scheme), inputs.simulated, inputs.baseline, inputs.base.scenario.horizonMonths);
  if (inputs.parameters.length === 0) throw new WhatIfError('sensitivity: no parameter to analyse (see --params)');
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

const formatValue = (v: number): string => String(Number(v.toPrecision(4)));

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

  const headline: string[] = [];
  // Is the leader itself a matter of luck? Ask the base point re-run under the other seeds.
  const leaders = results.slice(0, 1 + inputs.noiseSeeds).map((v) => leader(v, simulated).leader);
  const others = leaders.filter((l) => l !== winner).length;
  if (others > 0) headline.push(`At the base point ${winner} leads, but under ${others} of ${leaders.length - 1} other seeds another scheme does: the ranking is already uncertain.`);
  for (const c of crossings.filter((c) => c.found)) {
    headline.push(
      `The ranking of schemes changes if ${c.path} moves ${c.direction === 'up' ? 'above' : 'below'} ${formatValue(c.value as number)} (now ${formatValue(c.base)}): ${c.newLeader} then earns more than ${winner}.`,
    );
  }
  if (crossings.length > 0 && crossings.every((c) => !c.found)) {
    headline.push(`${winner} stays first when any of ${[...new Set(crossings.map((c) => c.path))].join(', ')} moves alone within the range searched.`);
  }
  const loud = tornado.filter((bar) => bar.aboveNoise).length;
  headline.push(`${loud} of ${k} parameters move ${inputs.metric} of ${scheme} by more than the noise floor when changed by ±${Math.round(inputs.delta * 100)} %.`);

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
      method: 't(0.975, seeds − 1) · √2 · sd of the metric across seeds: the 95 % half-width of a seed-only difference',
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

export interface SensitivityOptions {
  seed: number;
  metric: string;
  focus?: string;
  /** --params: sections or paths (empty = market, clients, behavior). */
  params: string[];
  /** --range path=low:high: explicit tornado and Morris boxes. */
  ranges: string[];
  delta: number;
  noiseSeeds: number;
  trajectories: number;
  levels: number;
  top: number;
  span: number;
  steps: number;
}

/** Parses `path=low:high`. */
export function parseRange(argument: string, parameters: readonly Parameter[]): [string, { low: number; high: number }] {
  const match = /^([^=]+)=([^:]+):([^:]+)$/.exec(argument.trim());
  const fail = (what: string): never => {
    throw new WhatIfError(`--range ${argument}: ${what}`);
  };
  if (!match) return fail('expected path=low:high, e.g. behavior.farmingEffortCost=-30:30');
  const [path, lowText, highText] = [match[1].trim(), match[2], match[3]];
  const parameter = parameters.find((p) => p.path === path);
  if (!parameter) return fail(`${path} is not among the analysed parameters (see --params)`);
  const low = Number(lowText);
  const high = Number(highText);
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) return fail('low and high must be numbers with low < high');
  if (low < parameter.min || high > parameter.max) return fail(`the parameter's range is ${parameter.min} to ${parameter.max}`);
  return [path, { low, high }];
}

export function sensitivityInputs(base: ExperimentBase, options: SensitivityOptions, select: (names: string[]) => Parameter[]): SensitivityInputs {
  const whole = (name: string, value: number, min: number, max: number): void => {
    if (!(Number.isInteger(value) && value >= min && value <= max)) throw new WhatIfError(`--${name}: expected a whole number from ${min} to ${max}, found ${value}`);
  };
  if (!(options.delta > 0 && options.delta < 1)) throw new WhatIfError(`--delta: expected a share between 0 and 1 (0.2 = ±20 %), found ${options.delta}`);
  whole('noise-seeds', options.noiseSeeds, 1, 100);
  whole('trajectories', options.trajectories, 0, 1000);
  whole('levels', options.levels, 2, 20);
  whole('top', options.top, 0, 100);
  whole('steps', options.steps, 0, 30);
  if (!(options.span >= 1 && options.span <= 100)) throw new WhatIfError(`--span: expected a number from 1 to 100, found ${options.span}`);
  const candidates = select(options.params);
  const explicit = Object.fromEntries(options.ranges.map((r) => parseRange(r, candidates)));
  const parameters: Parameter[] = [];
  const boxes: { low: number; high: number }[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const parameter of candidates) {
    const box = explicit[parameter.path] ?? perturbation(parameter, options.delta);
    if (box.low === box.high) {
      skipped.push({ path: parameter.path, reason: `its value is ${parameter.base}, which ±${Math.round(options.delta * 100)} % does not move; give it a box with --range ${parameter.path}=low:high` });
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
