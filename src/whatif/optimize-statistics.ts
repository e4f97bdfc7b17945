/**
 * The statistics the optimiser decides with, over the first n runs of candidates simulated on the
 * same random numbers: a mean with its t interval, a one-sided bound, a paired t test. Textbook
 * formulas (Law & Kelton, Simulation Modeling and Analysis, 5th ed., §4.5 and §10.2): the mean
 * x̄ ± t_{n−1, 1−α/2} · s / √n; a paired comparison works on the per-run differences, which is
 * where common random numbers pay: the differences vary far less than either side.
 */
import { tQuantile } from '../stats/index.js';

export interface MeanInterval {
  mean: number;
  sd: number;
  n: number;
  ci95: [number, number];
}

/** Mean, standard deviation and 95 % interval of `value(r)` for r < n. */
export function meanOf(n: number, value: (r: number) => number): MeanInterval {
  let sum = 0;
  for (let r = 0; r < n; r++) sum += value(r);
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (let r = 0; r < n; r++) squares += (value(r) - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const half = n > 1 ? (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : 0;
  return { mean, sd, n, ci95: [mean - half, mean + half] };
}

/** The one-sided upper bound of the mean at confidence 1 − α (the mean itself from one run). */
export function upperBound({ mean, sd, n }: MeanInterval, alpha: number): number {
  return n > 1 ? mean + (tQuantile(1 - alpha, n - 1) * sd) / Math.sqrt(n) : mean;
}

/** The one-sided lower bound of the mean at confidence 1 − α. */
export function lowerBound({ mean, sd, n }: MeanInterval, alpha: number): number {
  return n > 1 ? mean - (tQuantile(1 - alpha, n - 1) * sd) / Math.sqrt(n) : mean;
}

/**
 * Whether the per-run differences `difference(r)` (r < n) show, at one-sided level α, that their
 * mean is above 0: the paired t test (with differences all equal, whether they are positive).
 */
export function confidentlyPositive(n: number, difference: (r: number) => number, alpha: number): boolean {
  const stat = meanOf(n, difference);
  if (stat.sd === 0) return stat.mean > 0;
  return lowerBound(stat, alpha) > 0;
}

/** The empirical p-quantile of `value(r)` for r < n (type 7, as R's default and simple-statistics'). */
export function quantileOf(n: number, value: (r: number) => number, p: number): number {
  if (n === 0) return 0;
  const sorted = Array.from({ length: n }, (_, r) => value(r)).sort((a, b) => a - b);
  const h = (n - 1) * p;
  const low = Math.floor(h);
  return low + 1 < n ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
}
