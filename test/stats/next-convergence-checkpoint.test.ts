import { describe, expect, it } from 'vitest';
import { nextConvergenceCheckpoint } from '../../src/stats/next-convergence-checkpoint.js';

describe('nextConvergenceCheckpoint', () => {
  it('walks the 1-2-5 series from 2 on', () => {
    const checkpoints: number[] = [];
    for (let runs = nextConvergenceCheckpoint(0); runs <= 100_000; runs = nextConvergenceCheckpoint(runs)) checkpoints.push(runs);
    expect(checkpoints).toEqual([2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000]);
  });

  it('gives the first checkpoint strictly after any run count', () => {
    expect(nextConvergenceCheckpoint(1)).toBe(2);
    expect(nextConvergenceCheckpoint(2)).toBe(5);
    expect(nextConvergenceCheckpoint(37)).toBe(50);
    expect(nextConvergenceCheckpoint(199)).toBe(200);
    expect(nextConvergenceCheckpoint(1000)).toBe(2000);
  });

  it('says what it requires', () => {
    expect(() => nextConvergenceCheckpoint(-1)).toThrow('nextConvergenceCheckpoint requires a whole number of runs ≥ 0');
    expect(() => nextConvergenceCheckpoint(2.5)).toThrow('nextConvergenceCheckpoint requires a whole number of runs ≥ 0');
  });
});
