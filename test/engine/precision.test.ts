/**
 * Sequential stopping (--precision): blocks of runs are added until every value-created difference
 * against the baseline is known within the target; the stopping point depends on the seed only.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { simulate } from '../../src/engine/simulate.js';

const load = () => loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=6', 'warmupMonths=3', 'team.managers=4'] });
const base = { runs: 0, seed: 12, scenarioName: 'precision', schemes: ['lifetime-commission'] };

describe('sequential stopping to a precision target', () => {
  it('stops at the first block boundary where the target is met, the same with 1 and 2 workers', async () => {
    const precision = { target: 0.05, minRuns: 64, maxRuns: 640 };
    const one = await simulate(load(), { ...base, precision, workers: 1 });
    const two = await simulate(load(), { ...base, precision, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const used = one.precision?.runsUsed ?? 0;
    expect(used % 64 === 0 || used === 640).toBe(true);
    if (used < 640) expect(one.precision?.reached).toBeLessThanOrEqual(0.05);
    expect(one.runs).toBe(used);
    // What it reached is the value-created difference's half-width relative to the baseline's net profit.
    const diff = one.comparisons[0].valueCreatedDiff;
    const baselineProfit = Math.abs(one.schemes.find((s) => s.id === one.baseline)!.totals.netProfit.mean);
    expect(one.precision?.reached).toBeCloseTo((diff.ci95[1] - diff.ci95[0]) / 2 / baselineProfit, 6);
  });

  it('a tighter target needs at least as many runs, and stops at the maximum when it cannot be met', async () => {
    // The value-created difference carries the book's own noise: over 6 months it is far wider than net profit's.
    const loose = await simulate(load(), { ...base, precision: { target: 0.6, minRuns: 64, maxRuns: 640 }, workers: 1 });
    const tight = await simulate(load(), { ...base, precision: { target: 0.0001, minRuns: 64, maxRuns: 192 }, workers: 1 });
    expect(loose.precision?.runsUsed).toBe(64);
    expect(tight.precision?.runsUsed).toBe(192);
    expect(tight.precision?.reached).toBeGreaterThan(0.0001);
  });

  it('the summary names the confidence level and the Bonferroni adjustment of the comparisons', async () => {
    const summary = await simulate(load(), { ...base, runs: 8, schemes: ['lifetime-commission', 'farmer-handoff'], workers: 1 });
    expect(summary.confidence.adjustment).toBe('bonferroni');
    expect(summary.confidence.comparisons).toBe(2);
    expect(summary.confidence.comparisonLevel).toBeCloseTo(0.975, 12);
    expect(summary.warmupCheck?.activeClientsByMonth.length).toBeGreaterThan(0);
    expect(summary.convergence?.length).toBe(2);
  });
});
