import { describe, expect, it } from 'vitest';
import { warmupCheck } from '../../src/stats/warmup-check.js';

describe('warmupCheck', () => {
  it('calls a settled book stable and reports the change of the last 6 months against the 6 before', () => {
    const series = [100, 140, 170, 190, 200, 204, 206, 207, 208, 208, 209, 210, 210, 211, 211, 212, 212, 212];
    const check = warmupCheck(series);
    // Last 6 months average 1268/6 = 211.33, the 6 before 1248/6 = 208: drift (1268 − 1248)/1248 = +1.6 %.
    expect(check.relativeDrift).toBeCloseTo(20 / 1248, 14);
    expect(check.stable).toBe(true);
    expect(check.months).toBe(6);
    expect(check.activeClientsByMonth).toEqual(series);
  });

  it('calls a still-growing book unstable', () => {
    const growing = Array.from({ length: 24 }, (_, month) => 100 * 1.02 ** month); // +2 % a month
    const check = warmupCheck(growing);
    expect(check.relativeDrift).toBeCloseTo(1.02 ** 6 - 1, 12); // windows 6 months apart: +12.6 %
    expect(check.stable).toBe(false);
    expect(warmupCheck(growing, 6, 0.2).stable).toBe(true);
  });

  it('notices a shrinking book as a negative drift', () => {
    const check = warmupCheck([100, 100, 100, 100, 90, 90, 90, 90], 4);
    expect(check.relativeDrift).toBeCloseTo(-0.1, 14);
    expect(check.stable).toBe(false);
  });

  it('halves the window when the warm-up is short, and copes with an empty book', () => {
    expect(warmupCheck([10, 11, 12]).months).toBe(1);
    expect(warmupCheck([0, 0, 0, 0]).relativeDrift).toBe(0);
    expect(warmupCheck([0, 0, 5, 5]).relativeDrift).toBe(1);
  });

  it('says what it requires', () => {
    expect(() => warmupCheck([5])).toThrow('warmupCheck requires at least 2 months of warm-up');
    expect(() => warmupCheck([5, 6], 0)).toThrow('warmupCheck requires lastMonths to be a whole number ≥ 1');
    expect(() => warmupCheck([5, Number.NaN])).toThrow('warmupCheck requires finite numbers (month 2 is NaN)');
  });
});
