import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile.js';
import { tCdf } from '../../src/stats/t-cdf.js';
import { tQuantile } from '../../src/stats/t-quantile.js';

/** |actual − expected| / |expected|. */
const relativeError = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);

// Reference values: R qt(p, df). The first six are R's printout as given in the brief; the others were
// computed with scipy.stats.t.ppf 1.17 (R is not installed in the sandbox the tests were written in).
const REFERENCE: [p: number, df: number, quantile: number, call: string][] = [
  [0.975, 1, 12.7062047, 'qt(0.975, 1)'],
  [0.975, 2, 4.30265273, 'qt(0.975, 2)'],
  [0.975, 5, 2.57058184, 'qt(0.975, 5)'],
  [0.975, 30, 2.04227246, 'qt(0.975, 30)'],
  [0.95, 10, 1.81246112, 'qt(0.95, 10)'],
  [0.995, 3, 5.84090931, 'qt(0.995, 3)'],
  [0.9975, 9, 3.689662392304245, 'qt(0.9975, 9)'],
  [0.975, 10, 2.228138851986274, 'qt(0.975, 10)'],
  [0.975, 100, 1.9839715185235518, 'qt(0.975, 100)'],
  [0.999, 4, 7.173182219782307, 'qt(0.999, 4)'],
  [0.9, 1, 3.0776835371752544, 'qt(0.9, 1)'],
  [0.025, 7, -2.3646242515927844, 'qt(0.025, 7)'],
  [0.05, 3, -2.353363434801824, 'qt(0.05, 3)'],
  [0.99, 2.5, 5.353111173030872, 'qt(0.99, 2.5)'],
  [0.975, 1000, 1.9623390808264083, 'qt(0.975, 1000)'],
  [0.975, 2500, 1.960913344795567, 'qt(0.975, 2500)'],
  [0.975, 1e6, 1.959966356814107, 'qt(0.975, 1e6)'],
];

describe('tQuantile', () => {
  it.each(REFERENCE)('qt(%s, %s) = %s', (p, df, quantile) => {
    // The brief's R values are printed to 9 significant digits, so 1e-8 relative is all they can show.
    expect(relativeError(tQuantile(p, df), quantile)).toBeLessThan(1e-8);
  });

  it('matches the more precise references to 1e-12', () => {
    for (const [p, df, quantile] of REFERENCE.slice(6)) expect(relativeError(tQuantile(p, df), quantile)).toBeLessThan(1e-12);
  });

  it('inverts tCdf across df and far tails', () => {
    for (const df of [1, 1.5, 2, 3, 4.5, 9, 29, 150, 1999]) {
      for (const p of [1e-9, 1e-4, 0.01, 0.2, 0.45, 0.7, 0.99, 0.999999]) {
        const t = tQuantile(p, df);
        const tail = p < 0.5 ? tCdf(t, df) : 1 - tCdf(t, df);
        expect(relativeError(tail, Math.min(p, 1 - p))).toBeLessThan(1e-9);
      }
    }
  });

  it('tends to the normal quantile as df grows', () => {
    // t − z ≈ z(z² + 1)/(4ν) (A&S 26.7.5): 1.2e-12 relative at ν = 1e12.
    expect(relativeError(tQuantile(0.975, 1e12), normalQuantile(0.975))).toBeLessThan(2e-12);
    expect(tQuantile(0.975, 1e4)).toBeGreaterThan(normalQuantile(0.975));
  });

  it('is odd around p = ½', () => {
    expect(tQuantile(0.5, 4)).toBe(0);
    expect(tQuantile(0.1, 6)).toBeCloseTo(-tQuantile(0.9, 6), 12);
  });

  it('is fast enough to call thousands of times per summary', () => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) tQuantile(0.975, 2 + i);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('says what it requires', () => {
    expect(() => tQuantile(0, 3)).toThrow('tQuantile requires 0 < p < 1');
    expect(() => tQuantile(1, 3)).toThrow('tQuantile requires 0 < p < 1');
    expect(() => tQuantile(0.9, 0)).toThrow('tQuantile requires df > 0');
  });
});
