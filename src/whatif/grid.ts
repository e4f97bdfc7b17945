/**
 * The design of a sweep: `--vary path=v1,v2,...` (listed values) or `--vary path=from:to:steps`
 * (evenly spaced, both ends included), one axis per --vary, every combination (a full factorial
 * grid, first axis slowest). Values are `--set` values, so any scenario path can be varied.
 */
import { applyOverrides, parseSetValue } from '../scenario/index.js';
import type { Scenario } from '../scenario/schema.js';
import { WhatIfError } from './errors.js';

export interface Axis {
  path: string;
  /** Values as written for `--set`. */
  values: string[];
  /** The same values as numbers, when every one is a number (charts then use a numeric scale). */
  numbers?: number[];
}

/** The most points a sweep may have (the grid is simulated in full). */
export const MAX_GRID_POINTS = 10_000;

/** A number without floating-point dust: 0.1 + 0.2 → 0.3, 2 − 5 × 0.4 → 0 (no parameter is meaningfully below 1e-12). */
export function tidy(value: number): number {
  return Math.abs(value) < 1e-12 ? 0 : Number(value.toPrecision(12));
}

/** Parses one `--vary` argument. */
export function parseAxis(argument: string): Axis {
  const equals = argument.indexOf('=');
  const path = equals > 0 ? argument.slice(0, equals).trim() : '';
  const spec = equals > 0 ? argument.slice(equals + 1).trim() : '';
  const fail = (what: string): never => {
    throw new WhatIfError(`--vary ${argument}: ${what}`);
  };
  if (path === '' || spec === '') fail('expected path=v1,v2,... or path=from:to:steps, e.g. behavior.discountRate=0.02:0.12:6');
  let values: string[];
  const range = /^([^:]+):([^:]+):([^:]+)$/.exec(spec);
  if (range) {
    const [from, to, steps] = range.slice(1).map(Number);
    if (!Number.isFinite(from) || !Number.isFinite(to)) fail('from and to must be numbers');
    if (!Number.isInteger(steps) || steps < 2 || steps > 1000) fail('steps must be a whole number from 2 to 1000 (the number of values, both ends included)');
    values = Array.from({ length: steps }, (_, k) => String(tidy(from + ((to - from) * k) / (steps - 1))));
  } else {
    values = spec.split(',').map((v) => v.trim());
    if (values.some((v) => v === '')) fail('an empty value in the list');
  }
  if (new Set(values).size !== values.length) fail('a value is listed twice');
  const parsed = values.map((v) => parseSetValue(v));
  const numbers = parsed.every((p) => p.ok && typeof p.value === 'number') ? parsed.map((p) => (p as { value: number }).value) : undefined;
  return { path, values, numbers };
}

/** Checks every value of every axis against the scenario (each alone), so a typo fails before any simulation. */
export function checkAxes(base: Scenario, axes: readonly Axis[]): void {
  const paths = axes.map((a) => a.path);
  const repeated = paths.find((p, k) => paths.indexOf(p) !== k);
  if (repeated) throw new WhatIfError(`--vary: ${repeated} is varied twice`);
  for (const axis of axes) for (const value of axis.values) applyOverrides(base, [`${axis.path}=${value}`], { file: `--vary ${axis.path}` });
}

/** Every combination of the axes' values, first axis slowest: the `--set` list of each point. */
export function gridPoints(axes: readonly Axis[]): string[][] {
  const size = axes.reduce((n, a) => n * a.values.length, 1);
  if (size > MAX_GRID_POINTS) throw new WhatIfError(`--vary: the grid has ${size} points, more than ${MAX_GRID_POINTS}; use fewer values`);
  return axes.reduce<string[][]>((points, axis) => points.flatMap((p) => axis.values.map((v) => [...p, `${axis.path}=${v}`])), [[]]);
}

/** The coordinates (value index on every axis) of grid point `point`. */
export function gridCoordinates(axes: readonly Axis[], point: number): number[] {
  const coordinates: number[] = new Array(axes.length);
  let rest = point;
  for (let a = axes.length - 1; a >= 0; a--) {
    coordinates[a] = rest % axes[a].values.length;
    rest = Math.floor(rest / axes[a].values.length);
  }
  return coordinates;
}
