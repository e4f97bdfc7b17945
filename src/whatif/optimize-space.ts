/**
 * The space `compsim optimize` searches: one dimension per `--vary`, a range (`low:high`, whole
 * numbers where the value must be one) or a list of values. A candidate is a point of the unit
 * cube, one coordinate per dimension, mapped to values here; so the search itself never sees a
 * scenario path. The start is a Latin hypercube; later candidates are drawn around the elites
 * with a spread that shrinks round by round (as irace samples around its elite configurations).
 */
import { latinHypercube } from './latin-hypercube.js';
import { DesignPurpose, designUniform } from './design-random.js';
import { tidy } from './grid.js';

export interface Dimension {
  /** Where the value goes (for the simulator: a `--set` path). */
  path: string;
  low: number;
  high: number;
  /** A list of allowed values instead of a range (then low/high are its ends). */
  values?: number[];
  /** A range of whole numbers. */
  whole: boolean;
}

/** The value of a unit coordinate u ∈ [0, 1] on the dimension. */
export function valueOf(dimension: Dimension, u: number): number {
  const v = Math.min(1, Math.max(0, u));
  if (dimension.values) return dimension.values[Math.min(dimension.values.length - 1, Math.floor(v * dimension.values.length))];
  const value = dimension.low + v * (dimension.high - dimension.low);
  return dimension.whole ? Math.round(value) : tidy(value);
}

/** The unit coordinate of a value (the middle of its cell for a list; clamped to the range). */
export function coordinateOf(dimension: Dimension, value: number): number {
  if (dimension.values) {
    const k = dimension.values.indexOf(value);
    return k < 0 ? 0.5 : (k + 0.5) / dimension.values.length;
  }
  if (dimension.high === dimension.low) return 0.5;
  return Math.min(1, Math.max(0, (value - dimension.low) / (dimension.high - dimension.low)));
}

/** The values of a candidate, one per dimension. */
export function valuesOf(dimensions: readonly Dimension[], u: readonly number[]): number[] {
  return dimensions.map((d, j) => valueOf(d, u[j]));
}

/** A key that is the same for two candidates with the same values (so the search never simulates one twice). */
export function valuesKey(values: readonly number[]): string {
  return values.map((v) => String(v)).join(',');
}

/** `n` space-filling starting points (a Latin hypercube). */
export function startingPoints(n: number, k: number, seed: number): number[][] {
  return latinHypercube(n, k, seed);
}

/**
 * A point around `centre`: each coordinate moved by a triangular step of half-width `spread`
 * (the sum of two uniforms, so small steps are likelier), reflected back into [0, 1].
 * `draw` numbers the point so that every draw is its own, whatever else is drawn.
 */
export function pointAround(centre: readonly number[], spread: number, seed: number, draw: number): number[] {
  return centre.map((c, j) => {
    const step = (designUniform(seed, DesignPurpose.OptimizeLocal, draw, 2 * j) + designUniform(seed, DesignPurpose.OptimizeLocal, draw, 2 * j + 1) - 1) * spread;
    let u = c + step;
    if (u < 0) u = -u;
    if (u > 1) u = 2 - u;
    return Math.min(1, Math.max(0, u));
  });
}
