import { describe, expect, it } from 'vitest';
import { meanConfidenceInterval } from '../../src/stats/mean-confidence-interval.js';
import { Moments } from '../../src/stats/moments.js';
import { seededNormal, seededUniform } from './seeded-random.js';

const fill = (values: number[]): Moments => {
  const moments = new Moments();
  for (const value of values) moments.add(value);
  return moments;
};

/** Share of `trials` seeded samples of size n whose interval covers the true mean. */
function coverage(draw: () => number, trueMean: number, n: number, trials: number, level: number): number {
  let covered = 0;
  for (let trial = 0; trial < trials; trial++) {
    const moments = new Moments();
    for (let i = 0; i < n; i++) moments.add(draw());
    const [lo, hi] = meanConfidenceInterval(moments, level);
    if (lo <= trueMean && trueMean <= hi) covered++;
  }
  return covered / trials;
}

describe('meanConfidenceInterval', () => {
  it('matches R t.test', () => {
    // R: x <- c(2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0)
    const x = fill([2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.0]);
    // t.test(x)$conf.int = 2.413649 4.461351 (digits from scipy.stats.ttest_1samp(x, 0).confidence_interval())
    const [lo95, hi95] = meanConfidenceInterval(x);
    expect(lo95).toBeCloseTo(2.4136486128348187, 12);
    expect(hi95).toBeCloseTo(4.461351387165181, 12);
    // t.test(x, conf.level = 0.9)$conf.int = 2.617172 4.257828
    const [lo90, hi90] = meanConfidenceInterval(x, 0.9);
    expect(lo90).toBeCloseTo(2.6171722326567224, 12);
    expect(hi90).toBeCloseTo(4.257827767343278, 12);
  });

  it('collapses to [x, x] for one observation', () => {
    expect(meanConfidenceInterval(fill([7.5]))).toEqual([7.5, 7.5]);
  });

  it('covers the true mean of normal samples of 10 in close to 95 % of 4000 seeded trials', () => {
    const normal = seededNormal(2024);
    const share = coverage(() => 100 + 15 * normal(), 100, 10, 4000, 0.95);
    expect(share).toBeGreaterThan(0.93);
    expect(share).toBeLessThan(0.97);
  });

  it('covers close to 90 % at level 0.9, and close to nominal for a skewed distribution with n = 50', () => {
    const normal = seededNormal(7);
    const at90 = coverage(() => normal(), 0, 10, 4000, 0.9);
    expect(at90).toBeGreaterThan(0.88);
    expect(at90).toBeLessThan(0.92);
    // Exponential(1) by inversion: the t interval is only approximately right for skewed data.
    const uniform = seededUniform(8);
    const skewed = coverage(() => -Math.log(1 - uniform()), 1, 50, 4000, 0.95);
    expect(skewed).toBeGreaterThan(0.92);
    expect(skewed).toBeLessThan(0.97);
  });

  it('says what it requires', () => {
    expect(() => meanConfidenceInterval(new Moments())).toThrow('meanConfidenceInterval requires at least one observation');
    expect(() => meanConfidenceInterval(fill([1, 2]), 1)).toThrow('meanConfidenceInterval requires 0 < level < 1');
  });
});
