import { describe, expect, it } from 'vitest';
import { tCdf } from '../../src/stats/t-cdf.js';

// Reference values: R pt(t, df); digits from scipy.stats.t.cdf (R is not installed in the sandbox the
// tests were written in; pt(2, 5) = 0.9490303 and pt(0.5, 1) = 0.6475836 agree with R's printout).
describe('tCdf', () => {
  it('matches R pt', () => {
    expect(tCdf(2, 5)).toBeCloseTo(0.9490302605850708, 13); // pt(2, 5)
    expect(tCdf(-3, 2)).toBeCloseTo(0.04773298313335456, 14); // pt(-3, 2)
    expect(tCdf(1.5, 30)).toBeCloseTo(0.927967035435677, 13); // pt(1.5, 30)
    expect(tCdf(0.5, 1)).toBeCloseTo(0.6475836176504333, 13); // pt(0.5, 1) = 1/2 + atan(0.5)/π
    expect(tCdf(40, 4)).toBeCloseTo(0.9999988329918387, 13); // pt(40, 4)
    expect(tCdf(-2.5, 2000)).toBeCloseTo(0.006249426299056673, 14); // pt(-2.5, 2000)
  });

  it('keeps relative accuracy deep in the lower tail', () => {
    const p = tCdf(-10, 3); // pt(-10, 3) = 0.0010641995292070751
    expect(Math.abs(p - 0.0010641995292070751) / 0.0010641995292070751).toBeLessThan(1e-12);
  });

  it('is symmetric around 0 and handles the ends', () => {
    expect(tCdf(0, 7)).toBe(0.5);
    expect(tCdf(1.3, 7) + tCdf(-1.3, 7)).toBeCloseTo(1, 15);
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tCdf(-Infinity, 3)).toBe(0);
  });

  it('says what it requires', () => {
    expect(() => tCdf(1, 0)).toThrow('tCdf requires df > 0');
    expect(() => tCdf(Number.NaN, 3)).toThrow('tCdf requires a number t');
  });
});
