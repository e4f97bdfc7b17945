/**
 * The one fold of runs into statistics (BlockAccumulator.addRuns): its moments and quantiles are
 * those of the runs' own figures, computed here directly; and a block folded on its own, sent as
 * JSON and merged (a shard's block) gives the same total as folding it straight in, through the
 * blocks where the quantile sketches start compacting.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_RUNS, BlockAccumulator } from '../../src/engine/aggregate.js';
import { simulateRuns } from '../../src/engine/blocks.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { runFigures } from '../../src/engine/run-figures.js';
import { loadScenario } from '../../src/scenario/index.js';

describe('folding blocks of runs', () => {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=3', 'warmupMonths=2'] });
  const { experiment, baseline } = setUpExperiment(scenario, { seed: 11, schemes: ['hunter-farmer-split'] });
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const fresh = (firstRun: number) => new BlockAccumulator(shapes, baseline, scenario.horizonMonths, scenario.warmupMonths, firstRun);

  it('gives the mean, spread, extremes and median of the runs\' own figures', () => {
    const total = fresh(0);
    const values: number[] = [];
    for (let b = 0; b < 2; b++) {
      const runs = simulateRuns(experiment, b * BLOCK_RUNS, 20);
      total.addRuns(runs, b * BLOCK_RUNS);
      for (const output of runs.outputs) values.push(runFigures(output.records[0])['total.netProfit']);
    }
    const n = values.length;
    const mean = values.reduce((a, v) => a + v, 0) / n;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
    const sorted = [...values].sort((a, b) => a - b);
    const stat = total.schemes[0].figures.get('total.netProfit')?.toStat();
    expect(total.runs).toBe(40);
    expect(stat?.mean).toBeCloseTo(mean, 6);
    expect((stat?.sd ?? 0) / sd).toBeCloseTo(1, 10);
    // 40 values fit the sketch whole, so its median is the sample's (the mean of the 20th and 21st).
    expect(stat?.p50).toBeCloseTo((sorted[19] + sorted[20]) / 2, 6);
    expect(total.convergence[0]).toHaveLength(2);
  });

  it('a block folded alone, shipped as JSON and merged equals folding it straight in (10 blocks, 640 runs)', () => {
    const blocks = 10;
    const viaMerge = fresh(0);
    const direct = fresh(0);
    for (let b = 0; b < blocks; b++) {
      const firstRun = b * BLOCK_RUNS;
      const runs = simulateRuns(experiment, firstRun, BLOCK_RUNS);
      expect(runs.outputs[0].records[0].rolePays).toEqual([]);
      const block = fresh(firstRun);
      block.addRuns(runs, firstRun);
      viaMerge.merge(BlockAccumulator.fromJSON(structuredClone(block.toJSON())));
      direct.addRuns(runs, firstRun);
      if (b === 0 || b >= 8) expect(JSON.stringify(viaMerge.toJSON())).toBe(JSON.stringify(direct.toJSON()));
    }
    expect(direct.runs).toBe(blocks * BLOCK_RUNS);
  });
});
