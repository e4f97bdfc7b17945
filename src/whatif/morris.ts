/**
 * Morris elementary-effects screening (Morris 1991, Technometrics 33:161; μ* from Campolongo,
 * Cariboni & Saltelli 2007, Environ. Model. Softw. 22:1509). Each parameter's box is scaled to
 * [0, 1] and cut into p levels; a trajectory starts at a random grid point and moves one parameter
 * at a time, in random order, by Δ = p / (2(p − 1)) (up when it can, down otherwise). The
 * elementary effect of a parameter is the change of the metric divided by its move, in units of
 * the box width (so for a straight-line response it equals the tornado swing):
 *   μ*  = mean |EE| — overall influence,
 *   σ   = sd of EE  — how much the effect depends on where the others are (interactions, curvature).
 * Cost: r (k + 1) points for k parameters and r trajectories.
 */
import { DesignPurpose, designPermutation, designUniform } from './design-random.js';
import type { Parameter } from './parameters.js';
import { clampValue, setArgument } from './parameters.js';

export interface MorrisTrajectory {
  /** k + 1 points, each the k parameters' positions in [0, 1]. */
  points: number[][];
  /** The parameter moved between point j and j + 1. */
  moved: number[];
}

export interface MorrisEffect {
  path: string;
  /** Mean elementary effect (signed). */
  mu: number;
  /** Mean absolute elementary effect. */
  muStar: number;
  /** Standard deviation of the elementary effects (0 with fewer than 2). */
  sigma: number;
  /** Elementary effects that entered (a whole-number parameter may round a move away). */
  effects: number;
}

/** r trajectories over k parameters with p levels, drawn from the design's seed. */
export function morrisDesign(k: number, r: number, levels: number, seed: number): MorrisTrajectory[] {
  const delta = levels / (2 * (levels - 1));
  return Array.from({ length: r }, (_, t) => {
    const start = Array.from({ length: k }, (_, i) => Math.floor(designUniform(seed, DesignPurpose.MorrisStart, t, i) * levels) / (levels - 1));
    const order = designPermutation(seed, DesignPurpose.MorrisOrder, t, k);
    const points = [start];
    for (const i of order) {
      const next = [...points[points.length - 1]];
      next[i] = next[i] + delta <= 1 + 1e-12 ? next[i] + delta : next[i] - delta;
      points.push(next);
    }
    return { points, moved: order };
  });
}

/** A position in [0, 1] of a parameter's box as a value of the parameter. */
export function morrisValue(parameter: Parameter, box: { low: number; high: number }, position: number): number {
  return clampValue(parameter, box.low + position * (box.high - box.low));
}

/** The --set list of every point of every trajectory, trajectory after trajectory. */
export function morrisSets(parameters: readonly Parameter[], boxes: readonly { low: number; high: number }[], design: readonly MorrisTrajectory[]): string[][] {
  return design.flatMap((t) => t.points.map((x) => parameters.map((p, i) => setArgument(p, morrisValue(p, boxes[i], x[i])))));
}

/** μ, μ* and σ of every parameter from the metric at every design point (in morrisSets order). */
export function morrisEffects(parameters: readonly Parameter[], boxes: readonly { low: number; high: number }[], design: readonly MorrisTrajectory[], values: readonly number[]): MorrisEffect[] {
  const effects: number[][] = parameters.map(() => []);
  let offset = 0;
  for (const trajectory of design) {
    trajectory.moved.forEach((i, j) => {
      const width = boxes[i].high - boxes[i].low;
      const from = morrisValue(parameters[i], boxes[i], trajectory.points[j][i]);
      const to = morrisValue(parameters[i], boxes[i], trajectory.points[j + 1][i]);
      const step = width > 0 ? (to - from) / width : 0;
      if (step !== 0) effects[i].push((values[offset + j + 1] - values[offset + j]) / step);
    });
    offset += trajectory.points.length;
  }
  return parameters.map((p, i) => {
    const list = effects[i];
    const n = list.length;
    const mu = n > 0 ? list.reduce((s, e) => s + e, 0) / n : 0;
    const muStar = n > 0 ? list.reduce((s, e) => s + Math.abs(e), 0) / n : 0;
    const sigma = n > 1 ? Math.sqrt(list.reduce((s, e) => s + (e - mu) ** 2, 0) / (n - 1)) : 0;
    return { path: p.path, mu, muStar, sigma, effects: n };
  });
}
