/**
 * A worker thread of the runner (runner.ts): receives a point's scenario, then simulates the runs
 * it is given — a whole block (its run outputs, pooled pay folded) or a unit of a block (run
 * outputs and pay, not folded). Runs are identified by number, so which worker computes them does
 * not change their result.
 */
import { parentPort } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import type { BlockRuns } from './aggregate.js';
import { blockBuffers, simulateRuns, simulateUnit, unitBuffers, type UnitRuns } from './blocks.js';
import { setUpExperiment } from './experiment-setup.js';
import type { Experiment } from './protocol.js';

export type WorkerRequest =
  | { type: 'init'; scenario: Scenario; schemes: string[]; seed: number; book?: Book }
  | { type: 'runs'; index: number; firstRun: number; runs: number }
  | { type: 'unit'; index: number; firstRun: number; runs: number };

export type WorkerReply =
  | { type: 'run' }
  | { type: 'error'; message: string }
  | { type: 'runs'; index: number; runs: BlockRuns }
  | { type: 'unit'; index: number; unit: UnitRuns };

let experiment: Experiment | null = null;

const reply = (message: WorkerReply, transfer?: ArrayBuffer[]): void => parentPort?.postMessage(message, transfer);

parentPort?.on('message', (message: WorkerRequest) => {
  try {
    if (message.type === 'init') {
      ({ experiment } = setUpExperiment(message.scenario, { schemes: message.schemes, seed: message.seed, book: message.book }));
      return;
    }
    if (!experiment) throw new Error('worker got runs to simulate before the scenario');
    const onRun = (): void => reply({ type: 'run' });
    if (message.type === 'runs') {
      const runs = simulateRuns(experiment, message.firstRun, message.runs, onRun);
      reply({ type: 'runs', index: message.index, runs }, blockBuffers(runs));
      return;
    }
    const unit = simulateUnit(experiment, message.firstRun, message.runs, onRun);
    reply({ type: 'unit', index: message.index, unit }, unitBuffers(unit));
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
