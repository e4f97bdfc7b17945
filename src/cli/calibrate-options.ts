/**
 * The options of `compsim calibrate` once it runs: `--target observable=low:high` (or `=value`
 * widened by ± --tolerance), `--param path=low:high` or `path=v1,v2,...` (every value checked
 * against the scenario), and the design's numbers. The calibration gets them parsed
 * (src/whatif/calibrate.ts).
 */
import { applyOverrides } from '../scenario/index.js';
import type { CalibrationInputs, CalibrationParameter, Target } from '../whatif/calibrate.js';
import { tidy } from '../whatif/grid.js';
import { observablePath } from '../whatif/observables.js';
import { schemaParameters, SECTIONS, type Section } from '../whatif/parameters.js';
import type { ExperimentBase } from '../whatif/points.js';
import { valueAtPath } from '../whatif/scenario-path.js';
import { UserError } from './user-error.js';
import { whatifMessages as wm } from './whatif-messages.js';

/** --tolerance: the share a target given as one value is widened by, in (0, 1). */
export function toleranceOption(value: unknown): number {
  const tolerance = Number(value);
  if (!(tolerance > 0 && tolerance < 1)) throw new UserError(wm.toleranceExpected(value));
  return tolerance;
}

/** `path=low:high`, or `path=value` widened by ± `tolerance` of the value; a shorthand needs the scheme `focus`. */
export function parseTarget(argument: string, tolerance: number, focus?: string): Target {
  const fail = (message: (argument: string) => string): never => {
    throw new UserError(message(argument));
  };
  const equals = argument.indexOf('=');
  if (equals <= 0) fail(wm.targetMalformed);
  const name = argument.slice(0, equals).trim();
  const spec = argument.slice(equals + 1).trim();
  const path = name.startsWith('schemes.') || name.startsWith('comparisons.') ? name : focus ? observablePath(name, focus) : fail(wm.targetNeedsScheme);
  const range = /^([^:]+):([^:]+)$/.exec(spec);
  let low: number;
  let high: number;
  if (range) {
    [low, high] = [Number(range[1]), Number(range[2])];
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) fail(wm.targetLowHigh);
  } else {
    const value = Number(spec);
    if (spec === '' || !Number.isFinite(value)) fail(wm.targetNotANumber);
    const half = Math.abs(value) * tolerance;
    if (half === 0) fail(wm.targetZero);
    [low, high] = [tidy(value - half), tidy(value + half)];
  }
  return { path, low, high, written: argument };
}

/** `path=low:high` (a range) or `path=v1,v2,...` (values), every value checked against the scenario. */
export function parseCalibrationParameter(argument: string, base: ExperimentBase): CalibrationParameter {
  const fail = (message: (argument: string) => string): never => {
    throw new UserError(message(argument));
  };
  const equals = argument.indexOf('=');
  if (equals <= 0) fail(wm.paramMalformed);
  const path = argument.slice(0, equals).trim();
  const spec = argument.slice(equals + 1).trim();
  const known = schemaParameters(base.scenario, Object.keys(SECTIONS) as Section[]).find((p) => p.path === path);
  const whole = known?.whole ?? false;
  const check = (value: number): void => {
    applyOverrides(base.scenario, [`${path}=${value}`], { file: wm.paramSource(path) });
  };
  const range = /^([^:,]+):([^:,]+)$/.exec(spec);
  const current = valueAtPath(base.scenario, path);
  const parameter: CalibrationParameter = { path, whole, base: typeof current === 'number' ? current : undefined };
  if (range) {
    const [low, high] = [Number(range[1]), Number(range[2])];
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) fail(wm.paramLowHigh);
    check(low);
    check(high);
    parameter.low = low;
    parameter.high = high;
  } else {
    const values = spec.split(',').map((v) => Number(v.trim()));
    if (values.length === 0 || values.some((v) => !Number.isFinite(v))) fail(wm.paramNotNumbers);
    values.forEach(check);
    parameter.values = values;
  }
  return parameter;
}

/** Targets and parameters given at all (before the stage checks what the targets observe). */
export function checkTargetsAndParameters(inputs: Pick<CalibrationInputs, 'targets' | 'parameters'>): void {
  if (inputs.targets.length === 0) throw new UserError(wm.noTargets());
  if (inputs.parameters.length === 0) throw new UserError(wm.noParams());
}

/** Each parameter once, and the design's numbers in range. */
export function checkDesign(inputs: Pick<CalibrationInputs, 'parameters' | 'design' | 'points' | 'steps'>): void {
  const paths = inputs.parameters.map((p) => p.path);
  const repeated = paths.find((p, k) => paths.indexOf(p) !== k);
  if (repeated) throw new UserError(wm.paramTwice(repeated));
  if (inputs.design === 'lhs' && !(Number.isInteger(inputs.points) && inputs.points >= 2 && inputs.points <= 10_000)) throw new UserError(wm.pointsExpected(inputs.points));
  if (!(Number.isInteger(inputs.steps) && inputs.steps >= 2 && inputs.steps <= 1000)) throw new UserError(wm.stepsExpected(inputs.steps));
}
