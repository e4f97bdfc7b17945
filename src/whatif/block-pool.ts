/**
 * Running blocks of runs for many experiment points on the engine's worker threads (or on this
 * thread). A block is identified by its point and its first run, so which worker computes it does
 * not change its result; the caller folds blocks in block order. Workers are re-initialised only
 * when the point they simulate changes, and tasks are handed out in order, so at most one block
 * per worker waits to be folded (memory does not grow with the size of the experiment).
 */
import { Worker } from 'node:worker_threads';
import { BLOCK_RUNS, type BlockAccumulatorJSON } from '../engine/aggregate.js';
import { simulateBlock } from '../engine/blocks.js';
import { setUpExperiment } from '../engine/experiment-setup.js';
import type { WorkerRequest } from '../engine/worker.js';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { WORKER_RESOURCE_LIMITS, workerScript } from '../engine/workers.js';

/** One block of one point: runs firstRun … firstRun + runs − 1 of that point's scenario and seed. */
export interface BlockTask {
  point: number;
  block: number;
  firstRun: number;
  runs: number;
}

/** The scenario and seed of a point, as the engine needs them. */
export interface PointSetup {
  scenario: Scenario;
  seed: number;
  book?: Book;
}

/** The fixed blocks `runs` replications are cut into (the same cut as `simulate`). */
export function blocksOf(runs: number): { firstRun: number; runs: number }[] {
  return Array.from({ length: Math.ceil(runs / BLOCK_RUNS) }, (_, b) => ({ firstRun: b * BLOCK_RUNS, runs: Math.min(BLOCK_RUNS, runs - b * BLOCK_RUNS) }));
}

export interface PoolOptions {
  workers: number;
  /** Scheme ids to simulate (the baseline is always added). */
  schemes?: string[];
  signal?: AbortSignal;
  /** Called after every simulated run, for progress bars. */
  onRun?: () => void;
}

/** Simulates every task and hands each block to `accept` (in completion order, not block order). */
export async function runBlocks(
  setup: (point: number) => PointSetup,
  tasks: readonly BlockTask[],
  options: PoolOptions,
  accept: (task: BlockTask, block: BlockAccumulatorJSON) => void,
): Promise<void> {
  const script = workerScript();
  const workers = Math.max(1, Math.min(options.workers, tasks.length));
  if (workers === 1 || !script) return runHere(setup, tasks, options, accept);
  return runOnWorkers(script, workers, setup, tasks, options, accept);
}

async function runHere(setup: (point: number) => PointSetup, tasks: readonly BlockTask[], options: PoolOptions, accept: (task: BlockTask, block: BlockAccumulatorJSON) => void): Promise<void> {
  let current = -1;
  let experiment: ReturnType<typeof setUpExperiment> | undefined;
  for (const task of tasks) {
    if (options.signal?.aborted) throw new Error('interrupted');
    if (task.point !== current || !experiment) {
      const { scenario, seed, book } = setup(task.point);
      experiment = setUpExperiment(scenario, { schemes: options.schemes, seed, book });
      current = task.point;
    }
    accept(task, simulateBlock(experiment.experiment, experiment.baseline, task.firstRun, task.runs, options.onRun));
    // Let Ctrl-C and progress redraws through between blocks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runOnWorkers(
  script: string,
  count: number,
  setup: (point: number) => PointSetup,
  tasks: readonly BlockTask[],
  options: PoolOptions,
  accept: (task: BlockTask, block: BlockAccumulatorJSON) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const threads: Worker[] = [];
    let next = 0;
    let busy = 0;
    let finished = false;
    const finish = (error?: Error): void => {
      if (finished) return;
      finished = true;
      for (const thread of threads) void thread.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (thread: Worker, state: { point: number; task?: BlockTask }): void => {
      if (finished) return;
      if (next >= tasks.length) {
        if (busy === 0) finish();
        return;
      }
      const task = tasks[next++];
      busy++;
      state.task = task;
      if (state.point !== task.point) {
        const { scenario, seed, book } = setup(task.point);
        const init: WorkerRequest = { type: 'init', scenario, schemes: options.schemes ?? [], seed, book };
        thread.postMessage(init);
        state.point = task.point;
      }
      const request: WorkerRequest = { type: 'block', index: task.block, firstRun: task.firstRun, runs: task.runs };
      thread.postMessage(request);
    };
    options.signal?.addEventListener('abort', () => finish(new Error('interrupted')), { once: true });
    for (let w = 0; w < count; w++) {
      const thread = new Worker(script, { resourceLimits: WORKER_RESOURCE_LIMITS });
      const state: { point: number; task?: BlockTask } = { point: -1 };
      threads.push(thread);
      thread.on('message', (message: { type: string; block?: BlockAccumulatorJSON; message?: string }) => {
        if (message.type === 'run') return options.onRun?.();
        if (message.type === 'error') return finish(new Error(message.message));
        busy--;
        try {
          accept(state.task as BlockTask, message.block as BlockAccumulatorJSON);
        } catch (error) {
          return finish(error instanceof Error ? error : new Error(String(error)));
        }
        feed(thread, state);
      });
      thread.on('error', (error) => finish(error));
      feed(thread, state);
    }
  });
}
