/**
 * Simulating one block of runs and folding it into a BlockAccumulator: the unit of work a
 * worker thread (or the main thread) does.
 */
import { BlockAccumulator, type BlockAccumulatorJSON } from './aggregate.js';
import { simulateRun, type Experiment } from './protocol.js';

export function simulateBlock(experiment: Experiment, baseline: number, firstRun: number, runs: number, onRun?: () => void): BlockAccumulatorJSON {
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const block = new BlockAccumulator(shapes, baseline, experiment.scenario.horizonMonths, experiment.scenario.warmupMonths, firstRun);
  for (let run = firstRun; run < firstRun + runs; run++) {
    block.addRun(simulateRun(experiment, run));
    onRun?.();
  }
  return block.toJSON();
}
