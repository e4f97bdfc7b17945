/**
 * `--vary path=v1,v2,...` (listed values) or `--vary path=from:to:steps` (evenly spaced, both ends
 * included), one axis per --vary: read, and checked against the scenario before anything is
 * simulated, so a typo fails at once. The sweep itself gets the axes (src/whatif/grid.ts).
 */
import { applyOverrides } from '../scenario/index.js';
import type { Scenario } from '../scenario/schema.js';
import { gridSize, makeAxis, MAX_GRID_POINTS, spacedValues, type Axis } from '../whatif/grid.js';
import { UserError } from './user-error.js';
import { whatifMessages as wm } from './whatif-messages.js';

/** Reads one `--vary` argument. */
export function parseVary(argument: string): Axis {
  const equals = argument.indexOf('=');
  const path = equals > 0 ? argument.slice(0, equals).trim() : '';
  const spec = equals > 0 ? argument.slice(equals + 1).trim() : '';
  const fail = (message: (argument: string) => string): never => {
    throw new UserError(message(argument));
  };
  if (path === '' || spec === '') fail(wm.varyMalformed);
  let values: string[];
  const range = /^([^:]+):([^:]+):([^:]+)$/.exec(spec);
  if (range) {
    const [from, to, steps] = range.slice(1).map(Number);
    if (!Number.isFinite(from) || !Number.isFinite(to)) fail(wm.varyEnds);
    if (!Number.isInteger(steps) || steps < 2 || steps > 1000) fail(wm.varySteps);
    values = spacedValues(from, to, steps);
  } else if (/^[^:,]+:[^:,]+$/.test(spec)) {
    // from:to without the number of values: a sweep needs a grid, not a range.
    values = fail(wm.varyStepsMissing);
  } else {
    values = spec.split(',').map((v) => v.trim());
    if (values.some((v) => v === '')) fail(wm.varyEmptyValue);
  }
  if (new Set(values).size !== values.length) fail(wm.varyValueTwice);
  return makeAxis(path, values);
}

/** Every --vary as an axis, each value checked against the scenario (each alone). */
export function varyOption(arguments_: readonly string[], scenario: Scenario): Axis[] {
  if (arguments_.length === 0) throw new UserError(wm.noVary());
  const axes = arguments_.map(parseVary);
  const paths = axes.map((a) => a.path);
  const repeated = paths.find((p, k) => paths.indexOf(p) !== k);
  if (repeated) throw new UserError(wm.variedTwice(repeated));
  for (const axis of axes) for (const value of axis.values) applyOverrides(scenario, [`${axis.path}=${value}`], { file: wm.varySource(axis.path) });
  return axes;
}

/** Refuses a grid larger than the sweep may simulate. */
export function checkGridSize(axes: readonly Axis[]): void {
  const points = gridSize(axes);
  if (points > MAX_GRID_POINTS) throw new UserError(wm.gridTooLarge(points, MAX_GRID_POINTS));
}
