/**
 * Random numbers for experimental designs (Latin hypercubes, Morris trajectories): a pure function
 * of (seed, purpose, i, j) built on the engine's counter-based hash, so a design is the same on
 * every machine and every shard, and never shares dice with the simulation (its own purposes).
 */
import { runKey, uniform } from '../model/random.js';

/** Purposes far above the engine's (1–19), so designs and simulations never draw the same numbers. */
export const DesignPurpose = { LatinHypercube: 1001, MorrisStart: 1002, MorrisOrder: 1003, OptimizeLocal: 1004 } as const;

/** A uniform number in (0, 1) for draw (i, j) of a design. */
export function designUniform(seed: number, purpose: number, i: number, j = 0): number {
  return uniform(runKey(seed, 0x7fffffff), purpose, i, 0, j);
}

/** A random permutation of 0 … n−1 (Fisher–Yates with the design's dice). */
export function designPermutation(seed: number, purpose: number, i: number, n: number): number[] {
  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const swap = Math.floor(designUniform(seed, purpose, i, k) * (k + 1));
    [order[k], order[swap]] = [order[swap], order[k]];
  }
  return order;
}
