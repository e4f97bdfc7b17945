import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../src/stats/regularized-incomplete-beta.js';

// Reference values: R pbeta(x, a, b); digits from scipy.stats.beta.cdf (R is not installed in the
// sandbox the tests were written in; both implement the same function to ~1e-15).
describe('regularizedIncompleteBeta', () => {
  it('matches R pbeta', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 13); // pbeta(0.3, 2, 5), exactly 0.579825
    expect(regularizedIncompleteBeta(0.9, 0.5, 0.5)).toBeCloseTo(0.7951672353008665, 12); // pbeta(0.9, 0.5, 0.5)
    expect(regularizedIncompleteBeta(0.5, 10, 0.5)).toBeCloseTo(0.00023344743474862207, 15); // pbeta(0.5, 10, 0.5)
    expect(regularizedIncompleteBeta(0.99, 50, 3)).toBeCloseTo(0.9846473742663409, 12); // pbeta(0.99, 50, 3)
    expect(regularizedIncompleteBeta(0.001, 0.5, 20)).toBeCloseTo(0.15758381398363844, 12); // pbeta(0.001, 0.5, 20)
  });

  it('is 0 at x = 0, 1 at x = 1, and satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(0.37, 2.5, 7)).toBeCloseTo(1 - regularizedIncompleteBeta(0.63, 7, 2.5), 14);
  });

  it('says what it requires', () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow('regularizedIncompleteBeta requires 0 ≤ x ≤ 1');
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow('regularizedIncompleteBeta requires a > 0 and b > 0');
  });
});
