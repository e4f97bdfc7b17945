/**
 * The allocation solver's shortcut (Newton, then the bisection replayed where it matters) against
 * the definition, plain 50-step bisection: the same shares bit for bit, on seeded random problems
 * of every shape the month loop builds (hunting only, no activity worth anything, roots outside
 * the bisection's range) and from any warm start.
 */
import { describe, expect, it } from 'vitest';
import { bisectionSplit, optimalSplit, type AllocationProblem } from '../../src/model/optimal-split.js';
import { uniform } from '../../src/model/random.js';

/** A problem drawn from the dice of draw `n` (the ranges cover what managers face and beyond). */
function randomProblem(n: number): AllocationProblem {
  const u = (k: number) => uniform(20260101, 1, n, 0, k);
  const logUniform = (k: number, lo: number, hi: number) => Math.exp(Math.log(lo) + u(k) * (Math.log(hi) - Math.log(lo)));
  const shape = Math.floor(u(0) * 6);
  const allowed: [boolean, boolean, boolean] = shape === 0 ? [true, true, false] : shape === 1 ? [false, true, true] : [true, true, true];
  const zero = (k: number) => (u(k) < 0.15 ? 0 : 1);
  return {
    hours: shape === 5 ? 0 : 20 + u(1) * 200,
    allowed,
    huntScale: zero(2) * logUniform(3, 1e-3, 1e6),
    huntElasticity: 0.1 + u(4) * 0.8,
    activateScale: zero(5) * logUniform(6, 1e-3, 1e6),
    activateHoursPerE: logUniform(7, 0.1, 1000),
    farmScale: zero(8) * logUniform(9, 1e-3, 1e6),
    farmHoursPerE: logUniform(10, 0.1, 1000),
    cost: [-300 + u(11) * 900, -100 + u(12) * 300, -200 + u(13) * 300],
  };
}

describe('optimalSplit', () => {
  it('gives the shares of plain bisection, bit for bit, on 20 000 random problems and warm starts', () => {
    const fast = new Float64Array(3);
    const slow = new Float64Array(3);
    const warm = new Float64Array(1);
    let differing = 0;
    for (let n = 0; n < 20_000; n++) {
      const problem = randomProblem(n);
      warm[0] = n % 3 === 0 ? 0 : -40 + uniform(7, 2, n, 0) * 120;
      optimalSplit(problem, fast, 0, warm, 0);
      bisectionSplit(problem, slow, 0);
      if (fast[0] !== slow[0] || fast[1] !== slow[1] || fast[2] !== slow[2]) differing++;
    }
    expect(differing).toBe(0);
  });

  it('starting from last month\'s price changes nothing', () => {
    const problem = randomProblem(42);
    const a = new Float64Array(3);
    const b = new Float64Array(3);
    optimalSplit(problem, a, 0);
    const warm = new Float64Array([a[0] > 0 ? 3 : -3]);
    optimalSplit(problem, b, 0, warm, 0);
    expect([...b]).toEqual([...a]);
  });
});
