/**
 * The design of a sweep: one axis per varied parameter, with listed values or evenly spaced ones
 * (both ends included), and every combination of them (a full factorial grid, first axis
 * slowest). Values are `--set` values, so any scenario path can be varied. The command line reads
 * the axes from `--vary` (src/cli/sweep-options.ts).
 */
import { parseSetValue } from '../scenario/index.js';

export interface Axis {
  path: string;
  /** Values as written for `--set`. */
  values: string[];
  /** The same values as numbers, when every one is a number (charts then use a numeric scale). */
  numbers?: number[];
}

/** The most points a sweep may have (the grid is simulated in full; the CLI refuses more). */
export const MAX_GRID_POINTS = 10_000;

/** A number without floating-point dust: 0.1 + 0.2 → 0.3, 2 − 5 × 0.4 → 0 (no parameter is meaningfully below 1e-12). */
export function tidy(value: number): number {
  return Math.abs(value) < 1e-12 ? 0 : Number(value.toPrecision(12));
}

/**
 * `steps` evenly spaced values from `from` to `to`, both ends included, as `--set` values without
 * floating-point dust (`0.02:0.12:6` → 0.02, 0.04, …, 0.12).
 */
export function spacedValues(from: number, to: number, steps: number): string[] {
  return Array.from({ length: steps }, (_, k) => String(tidy(from + ((to - from) * k) / (steps - 1))));
}

/** An axis of `path` over `values` (as written for `--set`), numeric when every value is a number. */
export function makeAxis(path: string, values: string[]): Axis {
  const parsed = values.map((v) => parseSetValue(v));
  const numbers = parsed.every((p) => p.ok && typeof p.value === 'number') ? parsed.map((p) => (p as { value: number }).value) : undefined;
  return { path, values, numbers };
}

/** The number of points of the full grid over `axes`. */
export function gridSize(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * a.values.length, 1);
}

/** Every combination of the axes' values, first axis slowest: the `--set` list of each point. */
export function gridPoints(axes: readonly Axis[]): string[][] {
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
