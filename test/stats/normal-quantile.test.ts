import { probit } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal-quantile.js';

// Reference values: R qnorm (the same AS 241 algorithm); digits as printed by scipy.stats.norm.ppf.
describe('normalQuantile', () => {
  it('matches R qnorm to double precision', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14); // qnorm(0.975)
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514729, 14); // qnorm(0.05)
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 14); // qnorm(0.999)
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 13); // qnorm(1e-10)
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is symmetric: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    for (const p of [0.001, 0.02, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
  });

  it('is far more accurate than simple-statistics probit (why it exists)', () => {
    expect(Math.abs(probit(0.975) - 1.959963984540054)).toBeGreaterThan(1e-3);
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-14);
  });

  it('says what it requires', () => {
    expect(() => normalQuantile(0)).toThrow('normalQuantile requires 0 < p < 1');
    expect(() => normalQuantile(1)).toThrow('normalQuantile requires 0 < p < 1');
    expect(() => normalQuantile(Number.NaN)).toThrow('normalQuantile requires 0 < p < 1');
  });
});
