/**
 * The options of `compsim optimize` once it runs: `--vary path=low:high` or `path=v1,v2,...` (a path
 * of the scheme optimised, every value tried on the scenario), `--constraint measure<=bound` in the
 * owner's terms, `--indifference`, `--budget-runs`, `--calibration`. The search gets them parsed
 * (src/whatif/optimize.ts).
 */
import { applyOverrides, ScenarioError } from '../scenario/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { CalibrationResult } from '../whatif/calibrate.js';
import type { Constraint, Measure } from '../whatif/optimize-measures.js';
import type { Dimension } from '../whatif/optimize-space.js';
import { valueAtPath } from '../whatif/scenario-path.js';
import { loadEvidence } from './evidence-options.js';
import { UserError } from './user-error.js';
import { whatifMessages as wm } from './whatif-messages.js';

/** The names a constraint may use for each measure (the first is the one summary.json uses). */
export const CONSTRAINT_MEASURES: Record<string, Measure> = {
  compCost: 'compCost',
  quits: 'managerQuits',
  managerQuits: 'managerQuits',
  payCut: 'worstPayCut',
  worstPayCut: 'worstPayCut',
  activeClients: 'activeClients',
  book: 'activeClients',
  valueCreated: 'valueCreated',
  netProfit: 'netProfit',
};

/** `--vary path=low:high` or `path=v1,v2,...` on scheme `scheme`: every value tried on the scenario; whole when the path takes whole numbers only. */
export function parseVary(argument: string, scenario: Scenario, scheme: string): Dimension {
  const fail = (message: (argument: string) => string): never => {
    throw new UserError(message(argument));
  };
  const equals = argument.indexOf('=');
  if (equals <= 0) fail(wm.optimizeVaryMalformed);
  const path = argument.slice(0, equals).trim();
  const spec = argument.slice(equals + 1).trim();
  if (!path.startsWith(`schemes.${scheme}.`)) throw new UserError(wm.optimizeVaryOtherScheme(argument, scheme));
  if (typeof valueAtPath(scenario, path) !== 'number') throw new UserError(wm.optimizeVaryNotANumber(argument, scheme));
  const tries = (value: number): boolean => {
    try {
      applyOverrides(scenario, [`${path}=${value}`]);
      return true;
    } catch (error) {
      if (error instanceof ScenarioError) return false;
      throw error;
    }
  };
  const check = (value: number): void => {
    applyOverrides(scenario, [`${path}=${value}`], { file: wm.optimizeVarySource(path) });
  };
  const range = /^([^:,]+):([^:,]+)$/.exec(spec);
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) fail(wm.optimizeVaryLowHigh);
    check(low);
    check(high);
    // Whole numbers only when a fraction between the ends is refused and a whole number is not.
    const middle = low + (high - low) * 0.5;
    const fraction = Number.isInteger(middle) ? middle + 0.5 : middle;
    const whole = Number.isInteger(low) && Number.isInteger(high) && !tries(Math.min(fraction, high)) && tries(Math.round(middle));
    return { path, low, high, whole };
  }
  const values = spec.split(',').map((v) => Number(v.trim()));
  if (values.length < 2 || values.some((v) => !Number.isFinite(v))) fail(wm.optimizeVaryValues);
  if (new Set(values).size !== values.length) fail(wm.varyValueTwice);
  values.forEach(check);
  return { path, low: Math.min(...values), high: Math.max(...values), values, whole: values.every(Number.isInteger) };
}

/** `measure<=bound` or `measure>=bound`; a bound is a number, `baseline` (± an amount or a percentage) or, for the active book, `switch`. */
export function parseConstraint(argument: string): Constraint {
  const match = /^\s*([A-Za-z]+)\s*(<=|>=)\s*(.+?)\s*$/.exec(argument);
  if (!match) throw new UserError(wm.constraintMalformed(argument));
  const measure = CONSTRAINT_MEASURES[match[1]];
  if (!measure) throw new UserError(wm.constraintMeasure(argument, Object.keys(CONSTRAINT_MEASURES)));
  const op = match[2] as '<=' | '>=';
  const bound = match[3];
  const relative = /^(baseline|switch)\s*(?:([+-])\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%)?)?$/i.exec(bound);
  if (relative) {
    const against = relative[1].toLowerCase() as 'baseline' | 'switch';
    if (against === 'switch' && measure !== 'activeClients') throw new UserError(wm.constraintSwitch(argument));
    const amount = relative[3] === undefined ? 0 : Number(relative[3]) * (relative[2] === '-' ? -1 : 1);
    const percent = relative[4] !== undefined;
    if (percent && against === 'switch') throw new UserError(wm.constraintSwitch(argument));
    return { measure, op, against, amount, percent, written: argument.trim() };
  }
  const value = Number(bound.endsWith('%') ? bound.slice(0, -1) : bound);
  if (bound === '' || !Number.isFinite(value)) throw new UserError(wm.constraintBound(argument));
  return { measure, op, against: 'value', amount: bound.endsWith('%') ? value / 100 : value, percent: false, written: argument.trim() };
}

/** `--indifference 2%` (of the baseline's mean objective) or an amount of the objective. */
export function parseIndifference(value: unknown): { amount: number; percent: boolean } {
  const text = String(value ?? '').trim();
  const percent = text.endsWith('%');
  const amount = Number(percent ? text.slice(0, -1) : text);
  if (text === '' || !(amount > 0) || !Number.isFinite(amount)) throw new UserError(wm.indifferenceExpected(value));
  return { amount, percent };
}

/** `--budget-runs`: a whole number of simulated runs. */
export function budgetOption(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10_000_000) throw new UserError(wm.budgetExpected(value));
  return value;
}

/** The accepted points of a calibration.json on this scenario, each as --set arguments (the scenario's own point as none). */
export function recheckSets(file: string | undefined, scenarioName: string, scenario: Scenario): string[][] {
  if (file === undefined) return [];
  const calibration = loadEvidence({ calibration: file }, scenarioName).calibration as CalibrationResult;
  const accepted = Array.isArray(calibration.accepted) ? calibration.accepted : [];
  const sets = accepted.map((index) => {
    const point = calibration.points[index];
    if (!point || typeof point.values !== 'object') throw new UserError(wm.calibrationPoint(file, index));
    return Object.entries(point.values)
      .filter(([, v]) => Number.isFinite(v))
      .map(([path, v]) => `${path}=${v}`);
  });
  sets.forEach((set, k) => applyOverrides(scenario, set, { file: wm.calibrationPointSource(file, accepted[k]) }));
  if (sets.length === 0) throw new UserError(wm.calibrationNoneAccepted(file));
  return sets;
}
