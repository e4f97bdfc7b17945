/**
 * `compsim calibrate`: find the values of chosen parameters under which the simulated company
 * shows what the real one shows (time split, churn, conversion, turnover…). Every candidate point
 * of a grid or a Latin hypercube is simulated with replications (runs) and the same seed; a point
 * is accepted when the mean of every observable lies inside its target range. The answer is the
 * accepted set — every combination the observations cannot rule out, with the range each
 * parameter spans in it — not one lucky point; the best point (smallest sum of squared distances
 * from the targets' middles, in half-widths, as scripts/calibrate-defaults.ts scores) is what the
 * calibrated scenario file gets. The scenario's own values are simulated too, as point 0, so the
 * report says whether the file already fits.
 *
 * The scenario's own targets are measured as `compsim targets` measures them: each point is
 * simulated once per variant the targets need (the point's values, then the variant's overrides),
 * on the same seed. At each point the scenario as it is (no variant) simulates every scheme, and the
 * schemes are ranked by value created: over the accepted set this says how often each scheme comes
 * first, so whether the advice survives every fit the observations allow (decision robustness).
 */
import type { Summary } from '../engine/summary.js';
import { tidy } from './grid.js';
import { latinHypercube } from './latin-hypercube.js';
import { checkObservable, observe, type Observed } from './observables.js';
import type { ExperimentBase, PointSpec } from './points.js';
import type { Translations } from '../scenario/schema.js';
import { checkTargets, measureTargetsWith, measurementKey, measurementsOn, targetSchemeIds, targetVariants, type ResolvedTarget } from './targets.js';

export interface Target {
  path: string;
  low: number;
  high: number;
  /** As written on the command line (or `targets: <id>` for one of the scenario's targets). */
  written: string;
  /** One of the scenario's targets (measured by targets.ts; `path` is then `targets.<id>`). */
  scenarioTarget?: ResolvedTarget;
}

/** The scenario's targets as a calibration's targets (`path` is then `targets.<id>`). */
export function scenarioCalibrationTargets(targets: readonly ResolvedTarget[]): Target[] {
  return targets.map((t) => ({ path: `targets.${t.id}`, low: t.low, high: t.high, written: `targets: ${t.id}`, scenarioTarget: t }));
}

/**
 * Σ-score term of one target: 0 at the middle of a closed range, 1 at its edge; an open range scores
 * 1 plus its distance past the bound squared, relative to the bound (a bound of 0, as in "at least
 * no fewer", has no scale: the distance itself).
 */
function scoreTerm(target: Target, mean: number): number {
  if (Number.isFinite(target.low) && Number.isFinite(target.high)) return ((mean - (target.low + target.high) / 2) / ((target.high - target.low) / 2)) ** 2;
  const bound = Number.isFinite(target.low) ? target.low : target.high;
  const past = mean < target.low ? target.low - mean : mean > target.high ? mean - target.high : 0;
  return past === 0 ? 0 : 1 + (past / (bound !== 0 ? Math.abs(bound) : 1)) ** 2;
}

export interface CalibrationParameter {
  path: string;
  /** A continuous range … */
  low?: number;
  high?: number;
  /** … or listed values. */
  values?: number[];
  whole: boolean;
  /** The value the scenario has. */
  base?: number;
}

export type CalibrationDesign = 'grid' | 'lhs';

export interface CalibrationInputs {
  base: ExperimentBase;
  seed: number;
  targets: Target[];
  parameters: CalibrationParameter[];
  design: CalibrationDesign;
  /** Latin hypercube: points; grid: values per range parameter. */
  points: number;
  steps: number;
}

export interface CalibrationPoint {
  index: number;
  /** The parameters' values (point 0: the scenario as it is). */
  values: Record<string, number>;
  observed: Record<string, Observed>;
  /** Per target: is the mean inside the range? */
  inside: boolean[];
  accepted: boolean;
  /** Every target's interval overlaps its range: the point cannot be ruled out yet. */
  plausible: boolean;
  /** Σ ((mean − middle) / half-width)²: 0 at the middles, 1 per target at an edge. */
  score: number;
  /** Mean value created per scheme (the scenario as it is, at this point's values). */
  valueCreated: Record<string, number>;
  /** The scheme ids ranked by value created, best first. */
  ranking: string[];
}

/** How often each scheme comes first by value created over the accepted points. */
export interface DecisionRobustness {
  /** Accepted points ranked (the scenario's own point 0 included when accepted). */
  accepted: number;
  /** Per scheme id, in the scenario's order: the accepted points where it is first. */
  first: Record<string, number>;
}

export interface CalibrationResult {
  version: 1;
  kind: 'calibration';
  scenario: string;
  scenarioTranslations?: Translations;
  /** Every scheme's name and translations, for the page. */
  schemeNames?: Record<string, { name: string; translations?: Translations }>;
  seed: number;
  runs: number;
  months: number;
  design: CalibrationDesign;
  overrides: string[];
  targets: Target[];
  parameters: CalibrationParameter[];
  points: CalibrationPoint[];
  /** Indices of the accepted points (the scenario's own point 0 included if it fits). */
  accepted: number[];
  /** The smallest and largest value of each parameter among the accepted points. */
  acceptedRanges: Record<string, [number, number]>;
  /** The accepted candidate with the smallest score (the closest candidate when none is accepted). */
  best: number;
  /** Does the scenario as it is (point 0) meet every target? */
  scenarioAccepted: boolean;
  fit: { path: string; low: number; high: number; atBest: Observed; inside: boolean; atScenario: Observed }[];
  /** The variants simulated at every point, after the point's values (the first is none). */
  variants: string[][];
  robustness: DecisionRobustness;
}

/** What one simulated point-and-variant keeps: the observed values its targets need and, without a variant, each scheme's value created. */
export interface CalibrationObservation {
  observed: Record<string, Observed>;
  valueCreated: Record<string, number>;
}

/** Simulated schemes: those the targets observe (the baseline is always added). */
export function targetSchemes(targets: readonly Target[]): string[] {
  return [...new Set(targets.flatMap((t) => (t.scenarioTarget ? targetSchemeIds([t.scenarioTarget]) : [t.path.split('.')[1]])))];
}

/**
 * Checks that every target observes something the simulated schemes have. The targets and
 * parameters themselves were read and checked by the caller (src/cli/calibrate-options.ts).
 */
export function checkCalibrationInputs(inputs: CalibrationInputs): void {
  const { base } = inputs;
  const baseline = base.scenario.baseline ?? base.scenario.current;
  const simulated = base.scenario.schemes.map((s) => s.id).filter((id) => !base.schemes || base.schemes.includes(id) || id === baseline);
  for (const target of inputs.targets) {
    if (target.scenarioTarget) checkTargets([target.scenarioTarget], simulated, baseline, base.scenario.horizonMonths);
    else checkObservable(target.path, simulated, baseline, base.scenario.horizonMonths);
  }
}

function rounded(parameter: CalibrationParameter, value: number): number {
  return parameter.whole ? Math.round(value) : tidy(value);
}

/** The candidate points' values (without the scenario's own point). */
export function calibrationCandidates(inputs: CalibrationInputs): number[][] {
  const { parameters } = inputs;
  if (inputs.design === 'grid') {
    const levels = parameters.map((p) =>
      p.values ?? Array.from({ length: inputs.steps }, (_, k) => rounded(p, (p.low as number) + (((p.high as number) - (p.low as number)) * k) / (inputs.steps - 1))),
    );
    return levels.reduce<number[][]>((points, values) => points.flatMap((point) => values.map((v) => [...point, v])), [[]]);
  }
  // Four significant digits are finer than any replication can tell apart, and read well in a scenario file.
  const sampled = (p: CalibrationParameter, u: number): number => {
    const low = p.low as number;
    const high = p.high as number;
    const value = p.whole ? Math.round(low + u * (high - low)) : Number((low + u * (high - low)).toPrecision(4));
    return Math.min(high, Math.max(low, value));
  };
  return latinHypercube(inputs.points, parameters.length, inputs.seed).map((u) =>
    parameters.map((p, j) => (p.values ? p.values[Math.min(p.values.length - 1, Math.floor(u[j] * p.values.length))] : sampled(p, u[j]))),
  );
}

const scenarioTargets = (inputs: CalibrationInputs): ResolvedTarget[] => inputs.targets.flatMap((t) => (t.scenarioTarget ? [t.scenarioTarget] : []));

/** The variants simulated at every point: the scenario as it is, then those the scenario's targets need. */
export function calibrationVariants(inputs: CalibrationInputs): string[][] {
  return targetVariants(scenarioTargets(inputs));
}

/** A command-line target's key among the observed values: its path on the scenario as it is. */
const plainKey = (path: string): string => measurementKey({ scheme: '', set: [], path });

/** Point k's variant v is spec k·V + v; without a variant every scheme is simulated (to rank them), with one only those its targets measure. */
export function calibrationSpecs(inputs: CalibrationInputs): PointSpec[] {
  const candidates = calibrationCandidates(inputs).map((values) => inputs.parameters.map((p, j) => `${p.path}=${values[j]}`));
  const variants = calibrationVariants(inputs);
  const targets = scenarioTargets(inputs);
  const every = inputs.base.scenario.schemes.map((s) => s.id);
  return [[], ...candidates].flatMap((sets) =>
    variants.map((variant, v): PointSpec => {
      const schemes = v === 0 ? every : targetSchemeIds(targets.filter((t) => measurementsOn([t], variant).length > 0));
      return { sets: [...sets, ...variant], seed: inputs.seed, schemes };
    }),
  );
}

export function calibrationReduce(inputs: CalibrationInputs): (summary: Summary, spec: number) => CalibrationObservation {
  const variants = calibrationVariants(inputs);
  const targets = scenarioTargets(inputs);
  return (summary, spec) => {
    const v = spec % variants.length;
    const observed: Record<string, Observed> = {};
    for (const m of measurementsOn(targets, variants[v])) observed[measurementKey(m)] = observe(summary, m.path);
    if (v === 0) for (const t of inputs.targets) if (!t.scenarioTarget) observed[plainKey(t.path)] = observe(summary, t.path);
    const valueCreated = v === 0 ? Object.fromEntries(summary.schemes.map((s) => [s.id, s.totals.valueCreated.mean])) : {};
    return { observed, valueCreated };
  };
}

export function analyseCalibration(inputs: CalibrationInputs, results: readonly CalibrationObservation[]): CalibrationResult {
  const variants = calibrationVariants(inputs);
  const candidates = calibrationCandidates(inputs);
  const points = Array.from({ length: results.length / variants.length }, (_, index): CalibrationPoint => {
    const block = results.slice(index * variants.length, (index + 1) * variants.length);
    const merged: Record<string, Observed> = Object.assign({}, ...block.map((r) => r.observed));
    const measured = (t: Target): Observed => {
      if (!t.scenarioTarget) return merged[plainKey(t.path)];
      const [result] = measureTargetsWith([t.scenarioTarget], (m) => merged[measurementKey(m)]);
      return { mean: result.mean, sd: 0, ci95: result.ci95 };
    };
    const observed = Object.fromEntries(inputs.targets.map((t) => [t.path, measured(t)]));
    const values: Record<string, number> = {};
    inputs.parameters.forEach((p, j) => {
      values[p.path] = index === 0 ? (p.base ?? NaN) : candidates[index - 1][j];
    });
    const inside = inputs.targets.map((t) => observed[t.path].mean >= t.low && observed[t.path].mean <= t.high);
    const plausible = inputs.targets.every((t) => observed[t.path].ci95[1] >= t.low && observed[t.path].ci95[0] <= t.high);
    const score = inputs.targets.reduce((sum, t) => sum + scoreTerm(t, observed[t.path].mean), 0);
    const { valueCreated } = block[0];
    const ranking = Object.keys(valueCreated).sort((a, b) => valueCreated[b] - valueCreated[a]);
    return { index, values, observed, inside, accepted: inside.every(Boolean), plausible, score, valueCreated, ranking };
  });
  const accepted = points.filter((p) => p.accepted).map((p) => p.index);
  // The best is a candidate: the scenario's own point is reported beside it, not instead of it.
  const others = points.slice(1).map((p) => p.index);
  const acceptedCandidates = others.filter((i) => points[i].accepted);
  const pool = acceptedCandidates.length > 0 ? acceptedCandidates : others;
  const best = pool.reduce((a, b) => (points[b].score < points[a].score ? b : a));
  const acceptedRanges: Record<string, [number, number]> = {};
  for (const p of inputs.parameters) {
    const values = accepted.map((i) => points[i].values[p.path]).filter(Number.isFinite);
    if (values.length > 0) acceptedRanges[p.path] = [Math.min(...values), Math.max(...values)];
  }
  return {
    version: 1,
    kind: 'calibration',
    scenario: inputs.base.scenarioName,
    ...(inputs.base.scenario.translations ? { scenarioTranslations: inputs.base.scenario.translations } : {}),
    schemeNames: Object.fromEntries(inputs.base.scenario.schemes.map((s) => [s.id, { name: s.name, ...(s.translations ? { translations: s.translations } : {}) }])),
    seed: inputs.seed,
    runs: inputs.base.runs,
    months: inputs.base.scenario.horizonMonths,
    design: inputs.design,
    overrides: inputs.base.overrides,
    targets: inputs.targets,
    parameters: inputs.parameters,
    points,
    accepted,
    acceptedRanges,
    best,
    scenarioAccepted: points[0].accepted,
    fit: inputs.targets.map((t, k) => ({
      path: t.path,
      low: t.low,
      high: t.high,
      atBest: points[best].observed[t.path],
      inside: points[best].inside[k],
      atScenario: points[0].observed[t.path],
    })),
    variants,
    robustness: {
      accepted: accepted.length,
      first: Object.fromEntries(inputs.base.scenario.schemes.map((s) => [s.id, accepted.filter((i) => points[i].ranking[0] === s.id).length])),
    },
  };
}
