import type { Moments } from './moments.js';
import { tQuantile } from './t-quantile.js';

/**
 * The two-sided confidence interval of the mean at `level` (0.95 for 95 %) from independent
 * observations: x̄ ± t_{n−1, 1−α/2} · s/√n, α = 1 − level (Law & Kelton, Simulation Modeling and
 * Analysis, 5th ed., §4.5 and §9.4.1, for independent replications). With one observation there is
 * no spread to measure, so the interval collapses to [x̄, x̄]; callers that need a real interval must
 * run at least two replications.
 */
export function meanConfidenceInterval(moments: Moments, level: number = 0.95): [number, number] {
  if (!(level > 0 && level < 1)) {
    throw new Error(`meanConfidenceInterval requires 0 < level < 1 (got ${level})`);
  }
  const n = moments.count;
  if (n === 0) {
    throw new Error('meanConfidenceInterval requires at least one observation');
  }
  if (n === 1) return [moments.mean, moments.mean];
  const halfWidth = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(moments.variance() / n);
  return [moments.mean - halfWidth, moments.mean + halfWidth];
}
