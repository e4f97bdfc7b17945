/**
 * Targets are data (the scenario's `targets:` section): what the simulated company should
 * reproduce, each with its source. `compsim targets` simulates the scenario once per variant a
 * target needs (its `set` overrides, every variant on the same seed, so on the same random
 * numbers), and measures each target from the summaries:
 *
 *   value        the measure (an observable of observables.ts) on its scheme and variant;
 *   difference   measure − against (another scheme, variant or measure);
 *   ratio        measure / against;
 *   elasticity   ln(measure / against) / ln(by / by against): the arc elasticity of the measure
 *                with respect to `by` between the two variants.
 *
 * A target is met when the measured mean lies in the wanted range; whether the whole 95 % interval
 * does is said beside it. The interval of a comparison combines the two measurements' standard
 * errors as if they were independent (a ratio and an elasticity by the delta method on logs). The
 * variants share their random numbers, which makes their difference more precise than that: the
 * intervals are wider than they need be, never narrower.
 */
import type { Summary } from '../engine/summary.js';
import type { ScenarioTarget, Translations as ScenarioTranslations } from '../scenario/schema.js';
import { checkObservable, observablePath, observe, type Observed } from './observables.js';
import { tidy } from './grid.js';
import type { PointSpec } from './points.js';

const Z95 = 1.959963984540054;

export type TargetForm = 'value' | 'difference' | 'ratio' | 'elasticity';

/** One measurement: an observable of one scheme in one variant. */
export interface TargetMeasurement {
  scheme: string;
  set: string[];
  /** Full summary path of the observable. */
  path: string;
}

/** A target resolved against its scenario: what to measure and what is wanted. */
export interface ResolvedTarget {
  id: string;
  source: string;
  /** The source in other report languages, as the scenario gives it. */
  translations?: ScenarioTarget['translations'];
  form: TargetForm;
  of: TargetMeasurement;
  against?: TargetMeasurement;
  /** Elasticity: the denominator's two measurements. */
  by?: TargetMeasurement;
  byAgainst?: TargetMeasurement;
  /** The wanted range (−∞ / +∞ for an open end). */
  low: number;
  high: number;
}

export interface TargetResult {
  id: string;
  source: string;
  translations?: ScenarioTarget['translations'];
  form: TargetForm;
  measure: string;
  against?: string;
  low: number | null;
  high: number | null;
  mean: number;
  ci95: [number, number];
  /** The mean lies in the wanted range. */
  met: boolean;
  /** The whole 95 % interval lies in the wanted range. */
  intervalInside: boolean;
  /** How far the mean is outside the range (0 when met), in the measure's units. */
  distance: number;
}

export interface TargetsResult {
  version: 1;
  kind: 'targets';
  scenario: string;
  /** The scenario's name in other report languages. */
  scenarioTranslations?: ScenarioTranslations;
  seed: number;
  runs: number;
  months: number;
  overrides: string[];
  /** The variants simulated: each a list of overrides (the first is the scenario as it is). */
  variants: string[][];
  targets: TargetResult[];
  met: number;
}

/** The wanted range of a target: min/max (either may be open) or value ± tolerance. */
export function wantedRange(target: Pick<ScenarioTarget, 'min' | 'max' | 'value' | 'tolerance'>): [number, number] {
  if (target.value !== undefined) {
    const half = Math.abs(target.value) * (target.tolerance ?? 0);
    return [tidy(target.value - half), tidy(target.value + half)];
  }
  return [target.min ?? -Infinity, target.max ?? Infinity];
}

/** The target's measurements as full paths (shorthands resolved on their schemes). */
export function resolveTarget(target: ScenarioTarget): ResolvedTarget {
  const form: TargetForm = target.as ?? (target.against ? 'ratio' : 'value');
  const of: TargetMeasurement = { scheme: target.scheme, set: target.set, path: observablePath(target.measure, target.scheme) };
  const [low, high] = wantedRange(target);
  const resolved: ResolvedTarget = { id: target.id, source: target.source, ...(target.translations ? { translations: target.translations } : {}), form, of, low, high };
  if (target.against) {
    const scheme = target.against.scheme ?? target.scheme;
    const set = target.against.set ?? target.set;
    resolved.against = { scheme, set, path: observablePath(target.against.measure ?? target.measure, scheme) };
    if (target.by !== undefined) {
      resolved.by = { scheme: of.scheme, set: of.set, path: observablePath(target.by, of.scheme) };
      resolved.byAgainst = { scheme, set, path: observablePath(target.by, scheme) };
    }
  }
  return resolved;
}

const measurements = (t: ResolvedTarget): TargetMeasurement[] => [t.of, t.against, t.by, t.byAgainst].filter((m): m is TargetMeasurement => m !== undefined);

const variantKey = (set: readonly string[]): string => JSON.stringify(set);

/** The distinct variants the targets need, the scenario as it is first, in the order first needed. */
export function targetVariants(targets: readonly ResolvedTarget[]): string[][] {
  const variants = new Map<string, string[]>([[variantKey([]), []]]);
  for (const t of targets) for (const m of measurements(t)) if (!variants.has(variantKey(m.set))) variants.set(variantKey(m.set), m.set);
  return [...variants.values()];
}

export function targetSpecs(targets: readonly ResolvedTarget[], seed: number): PointSpec[] {
  return targetVariants(targets).map((sets) => ({ sets, seed }));
}

/** The schemes the targets measure. */
export function targetSchemeIds(targets: readonly ResolvedTarget[]): string[] {
  return [...new Set(targets.flatMap((t) => measurements(t).map((m) => m.scheme)))];
}

/** Checks that every measurement names something a summary of `schemes` holds (observables.ts's messages). */
export function checkTargets(targets: readonly ResolvedTarget[], schemes: readonly string[], baseline: string, months: number): void {
  for (const t of targets) for (const m of measurements(t)) checkObservable(m.path, schemes, baseline, months);
}

const standardError = (o: Observed): number => (o.ci95[1] - o.ci95[0]) / (2 * Z95);

/** The measured value of a comparison of two observed values, with its (independent-errors) interval. */
export function combine(form: TargetForm, a: Observed, b?: Observed, byA?: Observed, byB?: Observed): { mean: number; ci95: [number, number] } {
  const interval = (mean: number, se: number): { mean: number; ci95: [number, number] } => ({ mean, ci95: [mean - Z95 * se, mean + Z95 * se] });
  if (form === 'value' || !b) return { mean: a.mean, ci95: [a.ci95[0], a.ci95[1]] };
  const relative = (o: Observed): number => (o.mean !== 0 ? standardError(o) / Math.abs(o.mean) : Infinity);
  if (form === 'difference') return interval(a.mean - b.mean, Math.hypot(standardError(a), standardError(b)));
  const ratio = a.mean / b.mean;
  if (form === 'ratio') return interval(ratio, Math.abs(ratio) * Math.hypot(relative(a), relative(b)));
  // resolveTarget gives an elasticity both of its `by` measurements (references.ts checks `by` is there).
  if (!byA || !byB) return { mean: NaN, ci95: [NaN, NaN] };
  const denominator = Math.log(byA.mean / byB.mean);
  const elasticity = Math.log(ratio) / denominator;
  const se = Math.hypot(relative(a), relative(b), elasticity * relative(byA), elasticity * relative(byB)) / Math.abs(denominator);
  return interval(elasticity, se);
}

/** Every target measured from the variants' summaries (in the order of targetVariants). */
export function measureTargets(targets: readonly ResolvedTarget[], variants: readonly string[][], summaries: readonly Summary[]): TargetResult[] {
  const summaryOf = (m: TargetMeasurement): Summary => summaries[variants.findIndex((v) => variantKey(v) === variantKey(m.set))];
  return measureTargetsWith(targets, (m) => observe(summaryOf(m), m.path));
}

/** A measurement's key among those observed: its variant and its path. */
export function measurementKey(m: TargetMeasurement): string {
  return `${variantKey(m.set)} ${m.path}`;
}

/** The measurements the targets take on one variant. */
export function measurementsOn(targets: readonly ResolvedTarget[], set: readonly string[]): TargetMeasurement[] {
  return targets.flatMap(measurements).filter((m) => variantKey(m.set) === variantKey(set));
}

/** Every target measured from observed values of its measurements (calibrate keeps only those, not whole summaries). */
export function measureTargetsWith(targets: readonly ResolvedTarget[], observedOf: (m: TargetMeasurement) => Observed): TargetResult[] {
  const observed = (m: TargetMeasurement | undefined): Observed | undefined => (m ? observedOf(m) : undefined);
  return targets.map((t): TargetResult => {
    const { mean, ci95 } = combine(t.form, observed(t.of) as Observed, observed(t.against), observed(t.by), observed(t.byAgainst));
    const met = mean >= t.low && mean <= t.high;
    return {
      id: t.id,
      source: t.source,
      ...(t.translations ? { translations: t.translations } : {}),
      form: t.form,
      measure: describeMeasurement(t.of),
      ...(t.against ? { against: describeMeasurement(t.against) } : {}),
      low: Number.isFinite(t.low) ? t.low : null,
      high: Number.isFinite(t.high) ? t.high : null,
      mean,
      ci95,
      met,
      intervalInside: ci95[0] >= t.low && ci95[1] <= t.high,
      distance: met || Number.isNaN(mean) ? 0 : mean < t.low ? t.low - mean : mean - t.high,
    };
  });
}

/** `schemes.x.totals.newContracts` with `[set a=1]` when the measurement is on a variant. */
export function describeMeasurement(m: TargetMeasurement): string {
  return m.set.length > 0 ? `${m.path} [${m.set.join(', ')}]` : m.path;
}

/** The targets one run's summary can measure by itself, and those it cannot (with why). */
export interface OwnTargets {
  measured: TargetResult[];
  /** Targets that compare the scenario with variants of it (`compsim targets` simulates those). */
  needVariants: string[];
  /** Targets on a scheme this run did not simulate. */
  notSimulated: string[];
}

/**
 * The scenario's targets as one run measures them (the report's "How far to trust these numbers"):
 * those on the scenario as it is and on schemes the run simulated, from its own summary.
 */
export function measureOwnTargets(targets: readonly ScenarioTarget[], summary: Summary): OwnTargets {
  const simulated = new Set(summary.schemes.map((s) => s.id));
  const own: OwnTargets = { measured: [], needVariants: [], notSimulated: [] };
  for (const target of targets) {
    const resolved = resolveTarget(target);
    if (measurements(resolved).some((m) => m.set.length > 0)) own.needVariants.push(resolved.id);
    else if (!targetSchemeIds([resolved]).every((id) => simulated.has(id))) own.notSimulated.push(resolved.id);
    else own.measured.push(...measureTargetsWith([resolved], (m) => observe(summary, m.path)));
  }
  return own;
}
