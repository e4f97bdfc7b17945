import { describe, expect, it } from 'vitest';
import { bonferroniLevel } from '../../src/stats/bonferroni-level.js';

describe('bonferroniLevel', () => {
  it('splits the error rate evenly over the comparisons: 1 − (1 − level)/m', () => {
    expect(bonferroniLevel(0.95, 1)).toBeCloseTo(0.95, 15);
    expect(bonferroniLevel(0.95, 4)).toBeCloseTo(0.9875, 15);
    expect(bonferroniLevel(0.9, 5)).toBeCloseTo(0.98, 15);
  });

  it('says what it requires', () => {
    expect(() => bonferroniLevel(1, 2)).toThrow('bonferroniLevel requires 0 < level < 1');
    expect(() => bonferroniLevel(0.95, 0)).toThrow('bonferroniLevel requires a whole number of comparisons ≥ 1');
    expect(() => bonferroniLevel(0.95, 1.5)).toThrow('bonferroniLevel requires a whole number of comparisons ≥ 1');
  });
});
