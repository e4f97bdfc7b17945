/**
 * Latin hypercube sampling (McKay, Beckman & Conover 1979, Technometrics 21:239): n points in k
 * dimensions such that, on every axis, each of the n equal slices of [0, 1) holds exactly one
 * point — the whole range of every parameter is covered with few points, unlike a random sample.
 */
import { DesignPurpose, designPermutation, designUniform } from './design-random.js';

/** n points in [0, 1)^k: point i, dimension j at (slice + jitter) / n, slices permuted per dimension. */
export function latinHypercube(n: number, k: number, seed: number): number[][] {
  const slices = Array.from({ length: k }, (_, j) => designPermutation(seed, DesignPurpose.LatinHypercube, j, n));
  return Array.from({ length: n }, (_, i) => slices.map((order, j) => (order[i] + designUniform(seed, DesignPurpose.LatinHypercube, 1000 + j, i)) / n));
}
