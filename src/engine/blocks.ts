/**
 * Simulating one block of runs: the unit of work a worker thread (or the main thread) does.
 * `simulate` folds the runs itself (`simulateRuns`, then BlockAccumulator.addRuns), which is
 * much cheaper than building and sending the block's accumulators; `simulateBlock` gives the
 * block's statistics as data, for callers that store or ship them (the what-if shards).
 */
import { Accumulator } from '../stats/index.js';
import { BlockAccumulator, type BlockAccumulatorJSON, type BlockRuns } from './aggregate.js';
import { simulateRun, type Experiment, type RunOutput } from './protocol.js';

/**
 * The runs of a block, for BlockAccumulator.addRuns. The pooled pay distributions (every
 * manager-month's pay, about 400 numbers per scheme and run) are folded here, where the runs
 * are made (on the worker threads, in parallel), and leave the run records.
 */
export function simulateRuns(experiment: Experiment, firstRun: number, runs: number, onRun?: () => void): BlockRuns {
  const outputs: RunOutput[] = [];
  const rolePay = experiment.selected.map((index) => experiment.schemes[index].roles.map(() => new Accumulator()));
  for (let run = firstRun; run < firstRun + runs; run++) {
    const output = simulateRun(experiment, run);
    output.records.forEach((record, k) => {
      record.rolePays.forEach((pays, role) => {
        for (const pay of pays) rolePay[k][role].add(pay);
      });
      record.rolePays = [];
    });
    outputs.push(output);
    onRun?.();
  }
  return { outputs, rolePay: rolePay.map((roles) => roles.map((accumulator) => accumulator.toJSON())) };
}

/** The typed arrays' buffers of some runs, to hand them to another thread without copying. */
export function runBuffers({ outputs }: BlockRuns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: Float64Array | undefined): void => {
    if (array && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  for (const output of outputs) {
    add(output.warmupActive);
    for (const record of output.records) {
      add(record.monthly);
      add(record.roleTotals);
      add(record.managers);
    }
  }
  return [...buffers];
}

export function simulateBlock(experiment: Experiment, baseline: number, firstRun: number, runs: number, onRun?: () => void): BlockAccumulatorJSON {
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const block = new BlockAccumulator(shapes, baseline, experiment.scenario.horizonMonths, experiment.scenario.warmupMonths, firstRun);
  for (let run = firstRun; run < firstRun + runs; run++) {
    block.addRun(simulateRun(experiment, run));
    onRun?.();
  }
  return block.toJSON();
}
