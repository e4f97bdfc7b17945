/**
 * A worker thread: receives the scenario once, then simulates the blocks of runs it is given
 * and sends back their statistics. Runs are identified by number, so which worker computes a
 * block does not change its result.
 */
import { parentPort } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { runBuffers, simulateBlock, simulateRuns } from './blocks.js';
import { setUpExperiment } from './experiment-setup.js';
import type { Experiment } from './protocol.js';

export type WorkerRequest =
  | { type: 'init'; scenario: Scenario; schemes: string[]; seed: number; book?: Book }
  | { type: 'block'; index: number; firstRun: number; runs: number }
  | { type: 'runs'; index: number; firstRun: number; runs: number };

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
      parentPort?.postMessage({ type: 'runs', index: message.index, runs }, runBuffers(runs));
      return;
    }
    const block = simulateBlock(experiment, baseline, message.firstRun, message.runs, () => parentPort?.postMessage({ type: 'run' }));
    parentPort?.postMessage({ type: 'block', index: message.index, block });
  } catch (error) {
    parentPort?.postMessage({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
