import { regularizedIncompleteBeta } from './regularized-incomplete-beta.js';

/**
 * The cumulative distribution function of Student's t with `df` degrees of freedom: P(T ≤ t).
 *
 * For t > 0, P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1 with 26.5.27; Law &
 * Kelton, Simulation Modeling and Analysis, 5th ed., §4.5). Lower-tail values are computed directly,
 * not as 1 − upper tail, so they stay accurate far into the tail.
 */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) {
    throw new Error(`tCdf requires df > 0 (got ${df})`);
  }
  if (Number.isNaN(t)) {
    throw new Error('tCdf requires a number t (got NaN)');
  }
  if (t === 0) return 0.5;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  const t2 = t * t;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
  return t < 0 ? tail : 1 - tail;
}
