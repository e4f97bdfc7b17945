/**
 * Common random numbers and reproducibility: a scheme compared with an exact copy of itself
 * differs by exactly zero in every run; the same seed gives byte-identical summaries whatever
 * the number of workers and the order in which schemes are listed.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { simulate } from '../../src/engine/simulate.js';

const FILE = 'scenarios/freight.yaml';

describe('common random numbers', () => {
  it('a copy of the baseline under another id differs from it by exactly zero', async () => {
    const scenario = loadScenario(FILE, { set: ['horizonMonths=12', 'warmupMonths=6'] });
    const baseline = scenario.schemes.find((s) => s.id === 'new-client-bonus');
    if (!baseline) throw new Error('no baseline');
    scenario.schemes.push({ ...structuredClone(baseline), id: 'copy-of-current', name: 'Copy' });
    const summary = await simulate(scenario, { runs: 20, seed: 9, schemes: ['copy-of-current'], workers: 1, scenarioName: 'crn' });
    const comparison = summary.comparisons.find((c) => c.scheme === 'copy-of-current');
    expect(comparison?.netProfitDiff.mean).toBe(0);
    expect(comparison?.netProfitDiff.sd).toBe(0);
    expect(comparison?.netProfitDiff.p5).toBe(0);
    expect(comparison?.netProfitDiff.p95).toBe(0);
    expect(comparison?.probBetter).toBe(0.5);
    for (const diff of comparison?.cumulativeNetProfitDiff ?? []) expect(diff.mean).toBe(0);
  });
});

describe('reproducibility', () => {
  const options = { runs: 70, seed: 4, scenarioName: 'repro' };
  const load = () => loadScenario(FILE, { set: ['horizonMonths=6', 'warmupMonths=4'] });

  it('the same seed gives a byte-identical summary with 1, 2 and 3 workers', async () => {
    // 140 runs, blocks of 64, 64 and 12: two workers take the first block whole and share the
    // last two in units of 16 runs; three workers share all three in units, which come back out
    // of order.
    const runs = 140;
    const one = await simulate(load(), { ...options, runs, workers: 1 });
    const two = await simulate(load(), { ...options, runs, workers: 2 });
    const three = await simulate(load(), { ...options, runs, workers: 3 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
    expect(one.runs).toBe(runs);
  });

  it('the order in which schemes are asked for does not change anything', async () => {
    const a = await simulate(load(), { ...options, workers: 1, schemes: ['farmer-handoff', 'lifetime-commission'] });
    const b = await simulate(load(), { ...options, workers: 1, schemes: ['lifetime-commission', 'farmer-handoff'] });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('a different seed gives different results', async () => {
    const a = await simulate(load(), { ...options, runs: 5, workers: 1 });
    const b = await simulate(load(), { ...options, runs: 5, seed: 5, workers: 1 });
    expect(a.schemes[0].totals.netProfit.mean).not.toBe(b.schemes[0].totals.netProfit.mean);
  });
});

describe('worker threads kept between calls', () => {
  const load = (months: number) => loadScenario(FILE, { set: [`horizonMonths=${months}`, 'warmupMonths=4'] });
  const runsOf = async (scenario: ReturnType<typeof load>, workers: number, seed: number, stopAfterFirst = false) => {
    const { runBlocks } = await import('../../src/engine/runner.js');
    const tasks = [0, 1, 2, 3].map((block) => ({ point: 0, block, firstRun: block * 16, runs: 16 }));
    const seen: number[] = [];
    await runBlocks(
      () => ({ scenario, seed }),
      tasks,
      { workers },
      (_task, runs) => {
        for (const output of runs.outputs) seen.push(output.clientMonths, output.records[0].monthly[3]);
      },
      () => stopAfterFirst && seen.length > 0,
    );
    return seen;
  };

  it('give the same runs as one thread after a call stopped early and a call on another scenario', async () => {
    const alone = await runsOf(load(6), 1, 4);
    // A call stopped after its first block (its other threads are stopped mid-piece), one on
    // another horizon and seed, then the first again, all on the kept threads.
    expect((await runsOf(load(6), 2, 4, true)).length).toBeGreaterThan(0);
    const other = await runsOf(load(3), 2, 7);
    expect(other).not.toEqual(alone);
    expect(await runsOf(load(6), 2, 4)).toEqual(alone);
  });
});
