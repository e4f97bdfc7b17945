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
 */
import type { Summary } from '../engine/summary.js';
import { tidy } from './grid.js';
import { latinHypercube } from './latin-hypercube.js';
import { checkObservable, observe, type Observed } from './observables.js';
import type { ExperimentBase, PointSpec } from './points.js';
import { checkTargets, measureTargets, targetSchemeIds, targetVariants, type ResolvedTarget } from './targets.js';

export interface Target {
  path: string;
  low: number;
  high: number;
  /** As written on the command line (or `targets: <id>` for one of the scenario's targets). */
  written: string;
  /** One of the scenario's targets (measured by targets.ts; `path` is then `targets.<id>`). */
  scenarioTarget?: ResolvedTarget;
}

/**
 * The scenario's targets a calibration can measure at each of its points: those measured on the
 * scenario as it is (no variant), comparisons between schemes and measures included. Those that
 * need a variant are left to `compsim targets`; they are returned apart so the command can say so.
 */
export function scenarioCalibrationTargets(targets: readonly ResolvedTarget[]): { usable: Target[]; needVariants: string[] } {
  const usable: Target[] = [];
  const needVariants: string[] = [];
  for (const t of targets) {
    if (targetVariants([t]).length > 1) needVariants.push(t.id);
    else usable.push({ path: `targets.${t.id}`, low: t.low, high: t.high, written: `targets: ${t.id}`, scenarioTarget: t });
  }
  return { usable, needVariants };
}

/** Σ-score term of one target: 0 at the middle of a closed range, 1 at its edge; an open range scores its distance past the bound, relative to the bound. */
function scoreTerm(target: Target, mean: number): number {
  if (Number.isFinite(target.low) && Number.isFinite(target.high)) return ((mean - (target.low + target.high) / 2) / ((target.high - target.low) / 2)) ** 2;
  const bound = Number.isFinite(target.low) ? target.low : target.high;
  const past = mean < target.low ? target.low - mean : mean > target.high ? mean - target.high : 0;
  return past === 0 ? 0 : 1 + (past / Math.max(Math.abs(bound), 1e-9)) ** 2;
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
}

export interface CalibrationResult {
  version: 1;
  kind: 'calibration';
  scenario: string;
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

export function calibrationSpecs(inputs: CalibrationInputs): PointSpec[] {
  const candidates = calibrationCandidates(inputs).map((values) => ({ sets: inputs.parameters.map((p, j) => `${p.path}=${values[j]}`), seed: inputs.seed }));
  return [{ sets: [], seed: inputs.seed }, ...candidates];
}

export function calibrationReduce(inputs: CalibrationInputs): (summary: Summary) => Record<string, Observed> {
  const measured = (t: Target, summary: Summary): Observed => {
    if (!t.scenarioTarget) return observe(summary, t.path);
    const [result] = measureTargets([t.scenarioTarget], [[]], [summary]);
    return { mean: result.mean, sd: 0, ci95: result.ci95 };
  };
  return (summary) => Object.fromEntries(inputs.targets.map((t) => [t.path, measured(t, summary)]));
}

export function analyseCalibration(inputs: CalibrationInputs, results: readonly Record<string, Observed>[]): CalibrationResult {
  const specs = calibrationSpecs(inputs);
  const points = results.map((observed, index): CalibrationPoint => {
    const values: Record<string, number> = {};
    inputs.parameters.forEach((p, j) => {
      values[p.path] = index === 0 ? (p.base ?? NaN) : Number(specs[index].sets[j].slice(p.path.length + 1));
    });
    const inside = inputs.targets.map((t) => observed[t.path].mean >= t.low && observed[t.path].mean <= t.high);
    const plausible = inputs.targets.every((t) => observed[t.path].ci95[1] >= t.low && observed[t.path].ci95[0] <= t.high);
    const score = inputs.targets.reduce((sum, t) => sum + scoreTerm(t, observed[t.path].mean), 0);
    return { index, values, observed, inside, accepted: inside.every(Boolean), plausible, score };
  });
  const accepted = points.filter((p) => p.accepted).map((p) => p.index);
  // The best is a candidate: the scenario's own point is reported beside it, not instead of it.
  const candidates = points.slice(1).map((p) => p.index);
  const acceptedCandidates = candidates.filter((i) => points[i].accepted);
  const pool = acceptedCandidates.length > 0 ? acceptedCandidates : candidates;
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
  };
}
