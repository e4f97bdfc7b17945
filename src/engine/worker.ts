/**
 * A worker thread: receives the scenario once, then simulates the runs it is given: a block for
 * `simulate` (its run outputs, pooled pay folded), a unit of a block (run outputs and pay, not
 * folded) or a block for the what-if pool (its statistics). Runs are
 * identified by number, so which worker computes them does not change their result.
 */
import { parentPort } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { blockBuffers, simulateBlock, simulateRuns, simulateUnit, unitBuffers } from './blocks.js';
import { setUpExperiment } from './experiment-setup.js';
import type { Experiment } from './protocol.js';

export type WorkerRequest =
  | { type: 'init'; scenario: Scenario; schemes: string[]; seed: number; book?: Book }
  | { type: 'block'; index: number; firstRun: number; runs: number }
  | { type: 'runs'; index: number; firstRun: number; runs: number }
  | { type: 'unit'; index: number; firstRun: number; runs: number };

let experiment: Experiment | null = null;
let baseline = 0;

parentPort?.on('message', (message: WorkerRequest) => {
  try {
    if (message.type === 'init') {
      ({ experiment, baseline } = setUpExperiment(message.scenario, { schemes: message.schemes, seed: message.seed, book: message.book }));
      return;
    }
    if (!experiment) throw new Error('worker got a block before the scenario');
    const onRun = (): void => parentPort?.postMessage({ type: 'run' });
    if (message.type === 'runs') {
      const runs = simulateRuns(experiment, message.firstRun, message.runs, onRun);
      parentPort?.postMessage({ type: 'runs', index: message.index, runs }, blockBuffers(runs));
      return;
    }
    if (message.type === 'unit') {
      const unit = simulateUnit(experiment, message.firstRun, message.runs, onRun);
      parentPort?.postMessage({ type: 'unit', index: message.index, unit }, unitBuffers(unit));
      return;
    }
    const block = simulateBlock(experiment, baseline, message.firstRun, message.runs, onRun);
    parentPort?.postMessage({ type: 'block', index: message.index, block });
  } catch (error) {
    parentPort?.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
