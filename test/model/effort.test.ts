/**
 * Effort (src/model/effort.ts): the hours a manager works are where the split's shadow price of an
 * hour meets the marginal felt cost E'(H) = κ (H/H₀)^(1/ε), within the floor and the ceiling.
 * The problems are chosen so the answer has a closed form, worked by hand in each comment.
 */
import { describe, expect, it } from 'vitest';
import { chosenHours, hoursSupplied, marginalEffortCost, type Effort } from '../../src/model/effort.js';
import { totalHoursAndSlope, type AllocationProblem } from '../../src/model/optimal-split.js';

const effort = (overrides: Partial<Effort> = {}): Effort => ({ normalHours: 140, minHours: 50, maxHours: 250, price: 200, elasticity: 1, ...overrides });

/** Hunting only, α = 0.5, no felt cost: the split wants h(λ) = (A/λ)² hours. */
function huntingOnly(huntScale: number): AllocationProblem {
  return {
    hours: 0, allowed: [true, true, true], huntScale, huntElasticity: 0.5,
    activateScale: 0, activateHoursPerE: 0, farmScale: 0, farmHoursPerE: 0, cost: [0, 0, 0],
  };
}

describe('the felt cost of effort', () => {
  it('E\'(H) = κ (H/H₀)^(1/ε) and H(λ) = H₀ (λ/κ)^ε are each other\'s inverse', () => {
    const e = effort({ elasticity: 0.5 });
    expect(marginalEffortCost(e, 140)).toBe(200); // the normal month's last hour costs κ
    expect(marginalEffortCost(e, 280)).toBeCloseTo(800, 9); // 200 · 2^(1/0.5) = 200 · 4
    expect(hoursSupplied(e, 800)).toBeCloseTo(280, 9); // 140 · 4^0.5
    expect(hoursSupplied(e, 0)).toBe(0);
  });
});

describe('chosenHours', () => {
  // With ε = 1, κ = 200, H₀ = 140 he supplies H = 0.7 λ; the split wants (A/λ)². They meet at
  // λ³ = A²/0.7. A² = 0.7 · 200³ = 5 600 000 puts the meeting at λ = 200, H = 140 exactly.
  const A = Math.sqrt(5_600_000);

  it('works the normal month when an hour brings exactly κ at 140 hours', () => {
    expect(chosenHours(huntingOnly(A), effort(), new Float64Array(1), 0)).toBeCloseTo(140, 9);
  });

  it('works more when the margin pays more: A doubled gives λ³ = 4 · 5.6e6 / 0.7, λ = 317.480…, H = 222.236…', () => {
    const lambda = Math.cbrt((4 * 5_600_000) / 0.7);
    expect(chosenHours(huntingOnly(2 * A), effort(), new Float64Array(1), 0)).toBeCloseTo(0.7 * lambda, 9);
    expect(0.7 * lambda).toBeCloseTo(222.2362, 3);
    // …but never past the ceiling.
    expect(chosenHours(huntingOnly(2 * A), effort({ maxHours: 200 }), new Float64Array(1), 0)).toBe(200);
  });

  it('works less when the margin pays less: A halved gives λ³ = 5.6e6 / 4 / 0.7, λ = 125.99…, H = 88.19…, and not below the floor', () => {
    const lambda = Math.cbrt(5_600_000 / 4 / 0.7);
    expect(chosenHours(huntingOnly(A / 2), effort(), new Float64Array(1), 0)).toBeCloseTo(0.7 * lambda, 9);
    expect(0.7 * lambda).toBeCloseTo(88.1945, 3);
    expect(chosenHours(huntingOnly(A / 2), effort({ minHours: 100 }), new Float64Array(1), 0)).toBe(100);
  });

  it('works the floor when no activity pays at the margin (every component capped)', () => {
    expect(chosenHours(huntingOnly(0), effort({ minHours: 100 }), new Float64Array(1), 0)).toBe(100);
  });

  it('with farming only, stops where the split\'s wanted hours equal his supply: P·ln(S/λ) = 0.7 λ', () => {
    const problem: AllocationProblem = { ...huntingOnly(0), farmScale: 2000, farmHoursPerE: 60 };
    const warm = new Float64Array(1);
    const hours = chosenHours(problem, effort(), warm, 0);
    const lambda = hours / 0.7;
    expect(60 * Math.log(2000 / lambda)).toBeCloseTo(hours, 7);
    expect(Math.exp(warm[0])).toBeCloseTo(lambda, 7); // the warm start keeps this month's λ
    // From that warm start the same problem gives the same hours.
    expect(chosenHours(problem, effort(), warm, 0)).toBeCloseTo(hours, 9);
  });

  it('finds the root in a handful of evaluations, to the last bits: at most 8 from a cold start, 3 from last month\'s answer', () => {
    // Counts the split's evaluations of its total hours: each one reads huntElasticity once.
    const counted = (huntScale: number, farmScale: number): { problem: AllocationProblem; evaluations: () => number } => {
      let reads = 0;
      const problem = { ...huntingOnly(huntScale), farmScale, farmHoursPerE: 60 };
      Object.defineProperty(problem, 'huntElasticity', { get: () => (reads++, 0.5) });
      return { problem, evaluations: () => { const n = reads; reads = 0; return n; } };
    };
    // A doubled (hunting only): H = 0.7 · ∛(4 · 5.6e6 / 0.7) = 222.2361472755479…
    const exact = 0.7 * Math.cbrt((4 * 5_600_000) / 0.7);
    const { problem, evaluations } = counted(2 * A, 0);
    const warm = new Float64Array(1);
    const cold = chosenHours(problem, effort(), warm, 0);
    expect(Math.abs(cold - exact) / exact).toBeLessThan(1e-13);
    expect(evaluations()).toBeLessThanOrEqual(8);
    expect(chosenHours(problem, effort(), warm, 0)).toBe(cold);
    expect(evaluations()).toBeLessThanOrEqual(3); // the ceiling's and the floor's checks, one Newton step
    // Hunting and farming together: the root where (A/λ)² + 60 ln(2000/λ) = 0.7 λ.
    const mixed = counted(3000, 2000);
    const hours = chosenHours(mixed.problem, effort(), new Float64Array(1), 0);
    const lambda = hours / 0.7;
    expect((3000 / lambda) ** 2 + 60 * Math.log(2000 / lambda)).toBeCloseTo(hours, 9);
    expect(mixed.evaluations()).toBeLessThanOrEqual(8);
  });

  it('an activity that feels pleasant at any price (negative cost above the ceiling\'s price) takes him to the ceiling', () => {
    const problem: AllocationProblem = { ...huntingOnly(A), cost: [-1000, 0, 0] };
    expect(totalHoursAndSlope(problem, marginalEffortCost(effort(), 250), new Float64Array(1))).toBe(Infinity);
    expect(chosenHours(problem, effort(), new Float64Array(1), 0)).toBe(250);
  });
});
