/**
 * The fast fold of a block of runs (BlockAccumulator.addRuns, what `simulate` uses) against the
 * definition it replaces: the block's runs added to a fresh block accumulator, shipped as JSON
 * and merged in block order. The totals must agree number for number after every block, through
 * the blocks where their quantile sketches start compacting (beyond 512 runs).
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_RUNS, BlockAccumulator } from '../../src/engine/aggregate.js';
import { simulateRuns } from '../../src/engine/blocks.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { simulateRun } from '../../src/engine/protocol.js';
import { loadScenario } from '../../src/scenario/index.js';

describe('folding blocks of runs', () => {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=3', 'warmupMonths=2'] });
  const { experiment, baseline } = setUpExperiment(scenario, { seed: 11, schemes: ['hunter-farmer-split'] });
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const fresh = (firstRun: number) => new BlockAccumulator(shapes, baseline, scenario.horizonMonths, scenario.warmupMonths, firstRun);

  it('addRuns gives the totals of add-to-a-block, JSON round trip and merge (10 blocks, 640 runs)', () => {
    const blocks = 10;
    const viaMerge = fresh(0);
    const viaFold = fresh(0);
    for (let b = 0; b < blocks; b++) {
      const firstRun = b * BLOCK_RUNS;
      const block = fresh(firstRun);
      for (let run = firstRun; run < firstRun + BLOCK_RUNS; run++) block.addRun(simulateRun(experiment, run));
      viaMerge.merge(BlockAccumulator.fromJSON(structuredClone(block.toJSON())));
      const runs = simulateRuns(experiment, firstRun, BLOCK_RUNS);
      expect(runs.outputs[0].records[0].rolePays).toEqual([]);
      viaFold.addRuns(runs, firstRun);
      if (b === 0 || b >= 8) expect(JSON.stringify(viaFold.toJSON())).toBe(JSON.stringify(viaMerge.toJSON()));
    }
    expect(viaFold.runs).toBe(blocks * BLOCK_RUNS);
  });
});
