/**
 * The one experiment runner: simulates blocks of runs of experiment points on worker threads (or on
 * this thread) and hands every block's runs to the caller in task order, whichever worker made it.
 * `compsim run` is one point; sweeps, sensitivity, calibration and their shards are many. A block
 * is identified by its point and its first run, so which worker computes it does not change it.
 *
 * Workers take whole blocks (their pooled pay folded where the runs are made), and the last block
 * per worker is cut into units of UNIT_RUNS runs that this thread puts together in run order
 * (`foldUnits`), so the workers finish together: two workers doing 200 runs would otherwise get
 * 128 and 72. A worker is told a new point's scenario only when its next task needs it; blocks
 * wait here only until the ones before them are in (at most about one per worker). Threads with
 * nothing in flight when a call ends wait, unref'd, for the next call of this process (a search
 * makes hundreds): `compsim optimize --budget-runs 2000` took 20.7 s with fresh threads per call
 * and 10.7 s with them kept, byte-identical.
 */
import { Worker } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { BLOCK_RUNS, type BlockRuns } from './aggregate.js';
import { foldUnits, simulateRuns, type UnitRuns } from './blocks.js';
import { setUpExperiment } from './experiment-setup.js';
import type { WorkerReply, WorkerRequest } from './worker.js';
import { WORKER_RESOURCE_LIMITS, workerScript } from './workers.js';
import { addWorkDone } from './work-done.js';

/** One block of one point: runs firstRun … firstRun + runs − 1 of that point's scenario and seed. */
export interface BlockTask {
  point: number;
  block: number;
  firstRun: number;
  runs: number;
}

/** What a point is: its scenario, seed and schemes (the baseline is always added), and its book if runs start from one. */
export interface PointSetup {
  scenario: Scenario;
  seed: number;
  schemes?: string[];
  book?: Book;
}

export interface RunnerOptions {
  /** Worker threads (1 = this thread). */
  workers: number;
  /** Set by the caller (e.g. on Ctrl-C) to stop; the promise then rejects with "interrupted". */
  signal?: AbortSignal;
  /** Called after every simulated run, for progress bars. */
  onRun?: () => void;
}

/** The block's runs, counted in the process's work done (work-done.ts). */
function counted(runs: BlockRuns): BlockRuns {
  for (const output of runs.outputs) addWorkDone(output.clientMonths);
  return runs;
}

/** The fixed blocks `runs` replications are cut into (the same cut for every command and worker count). */
export function blocksOf(runs: number): { firstRun: number; runs: number }[] {
  return Array.from({ length: Math.ceil(runs / BLOCK_RUNS) }, (_, b) => ({ firstRun: b * BLOCK_RUNS, runs: Math.min(BLOCK_RUNS, runs - b * BLOCK_RUNS) }));
}

/** Runs per unit of work when a block is shared between workers: a quarter of a block. */
const UNIT_RUNS = 16;

/**
 * Simulates the tasks and hands each block's runs to `accept` in the order of `tasks`. After each
 * accepted block, `done()` may say that no more are needed (a precision target reached): tasks
 * still running are then dropped and the promise resolves.
 */
export async function runBlocks(
  setup: (point: number) => PointSetup,
  tasks: readonly BlockTask[],
  options: RunnerOptions,
  accept: (task: BlockTask, runs: BlockRuns) => void,
  done: () => boolean = () => false,
): Promise<void> {
  const script = workerScript();
  const workers = Math.max(1, Math.min(options.workers, Math.ceil(tasks.reduce((sum, t) => sum + t.runs, 0) / UNIT_RUNS)));
  if (workers === 1 || !script) return runHere(setup, tasks, options, accept, done);
  return runOnWorkers(script, workers, setup, tasks, options, accept, done);
}

async function runHere(
  setup: (point: number) => PointSetup,
  tasks: readonly BlockTask[],
  options: RunnerOptions,
  accept: (task: BlockTask, runs: BlockRuns) => void,
  done: () => boolean,
): Promise<void> {
  let current = -1;
  let experiment: ReturnType<typeof setUpExperiment>['experiment'] | undefined;
  for (const task of tasks) {
    if (options.signal?.aborted) throw new Error('interrupted');
    if (task.point !== current || !experiment) {
      const { scenario, seed, schemes, book } = setup(task.point);
      experiment = setUpExperiment(scenario, { schemes, seed, book }).experiment;
      current = task.point;
    }
    accept(task, counted(simulateRuns(experiment, task.firstRun, task.runs, options.onRun)));
    if (done()) return;
    // Let Ctrl-C and progress redraws through between blocks.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Worker threads left idle by an earlier call, by script, to be taken again: a search (optimize,
 * sensitivity's crossings) calls the runner hundreds of times with a few small blocks each, and a
 * fresh thread costs its start-up and the JIT's warm-up of the hot loops every time. An idle thread
 * is unref'd, so it never keeps the process alive; one that dies leaves the pool.
 */
const idleWorkers = new Map<string, Worker[]>();

function takeWorker(script: string): Worker {
  const idle = idleWorkers.get(script);
  const reused = idle?.pop();
  if (reused) {
    reused.ref();
    return reused;
  }
  const thread = new Worker(script, { resourceLimits: WORKER_RESOURCE_LIMITS });
  // Permanent listeners: a pooled thread that fails or exits leaves the pool (a call's own
  // listeners, removed when the call ends, report failures while it works).
  thread.on('error', () => undefined);
  thread.on('exit', () => {
    const pool = idleWorkers.get(script);
    const at = pool?.indexOf(thread) ?? -1;
    if (pool && at >= 0) pool.splice(at, 1);
  });
  return thread;
}

/** Back to the pool, with nothing of the call left on it; its next call starts by telling it a point. */
function releaseWorker(script: string, { thread, listeners }: Thread): void {
  thread.off('message', listeners.message);
  thread.off('error', listeners.error);
  thread.unref();
  let pool = idleWorkers.get(script);
  if (!pool) idleWorkers.set(script, (pool = []));
  pool.push(thread);
}

/** A worker as one call uses it: the point it was last told, the pieces it has in flight, this call's listeners on it. */
interface Thread {
  thread: Worker;
  point: number;
  busy: number;
  listeners: { message: (message: WorkerReply) => void; error: (error: Error) => void };
}

/** A piece of work for a worker: a whole block, or a unit (part) of one. */
interface Piece {
  task: number;
  part: number;
  firstRun: number;
  runs: number;
  whole: boolean;
}

function runOnWorkers(
  script: string,
  count: number,
  setup: (point: number) => PointSetup,
  tasks: readonly BlockTask[],
  options: RunnerOptions,
  accept: (task: BlockTask, runs: BlockRuns) => void,
  done: () => boolean,
): Promise<void> {
  // The work in order: whole blocks, then the last `count` blocks as units (parts of their block).
  const pieces: Piece[] = [];
  const partsOf: number[] = [];
  tasks.forEach((task, t) => {
    const whole = t < tasks.length - count;
    partsOf[t] = whole ? 1 : Math.ceil(task.runs / UNIT_RUNS);
    for (let part = 0; part < partsOf[t]; part++) {
      const firstRun = task.firstRun + part * UNIT_RUNS;
      pieces.push({ task: t, part, firstRun, runs: whole ? task.runs : Math.min(UNIT_RUNS, task.runs - part * UNIT_RUNS), whole });
    }
  });
  const units = new Map<number, UnitRuns[]>();
  const finished = new Map<number, BlockRuns>();
  let nextToAccept = 0;
  let stopped = false;
  return new Promise((resolve, reject) => {
    const threads: Thread[] = [];
    let nextPiece = 0;
    let ended = false;
    const onAbort = (): void => finish(new Error('interrupted'));
    const finish = (error?: Error): void => {
      if (ended) return;
      ended = true;
      stopped = true;
      // A search calls the runner many times with one signal: leave no listener behind.
      options.signal?.removeEventListener('abort', onAbort);
      // A thread with nothing in flight goes back to the pool; one still computing a piece
      // nobody needs (a stopping rule met, a failure) is stopped.
      for (const entry of threads) {
        if (!error && entry.busy === 0) releaseWorker(script, entry);
        else void entry.thread.terminate();
      }
      if (error) reject(error);
      else resolve();
    };
    /** Hands over the finished blocks that are next in task order. */
    const deliver = (t: number, runs: BlockRuns): void => {
      finished.set(t, counted(runs));
      while (!stopped && finished.has(nextToAccept)) {
        accept(tasks[nextToAccept], finished.get(nextToAccept) as BlockRuns);
        finished.delete(nextToAccept);
        nextToAccept++;
        if (nextToAccept >= tasks.length || done()) stopped = true;
      }
    };
    const feed = (thread: Worker, state: Thread): void => {
      if (stopped || nextPiece >= pieces.length) return;
      const index = nextPiece++;
      const piece = pieces[index];
      const task = tasks[piece.task];
      if (state.point !== task.point) {
        const { scenario, seed, schemes, book } = setup(task.point);
        const init: WorkerRequest = { type: 'init', scenario, schemes: schemes ?? [], seed, book };
        thread.postMessage(init);
        state.point = task.point;
      }
      const request: WorkerRequest = { type: piece.whole ? 'runs' : 'unit', index, firstRun: piece.firstRun, runs: piece.runs };
      thread.postMessage(request);
      state.busy++;
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    for (let w = 0; w < count; w++) {
      const thread = takeWorker(script);
      // A pooled thread still holds an earlier call's point: the first piece tells it this call's.
      const state: Thread = { thread, point: -1, busy: 0, listeners: { message: () => undefined, error: () => undefined } };
      state.listeners.message = (message: WorkerReply): void => {
        if (message.type === 'run') return options.onRun?.();
        state.busy--;
        if (message.type === 'error') return finish(new Error(message.message));
        // The next piece first, so the worker computes while this thread folds the one it sent.
        feed(thread, state);
        try {
          const piece = pieces[message.index];
          if (message.type === 'runs') deliver(piece.task, message.runs);
          else {
            let parts = units.get(piece.task);
            if (!parts) units.set(piece.task, (parts = []));
            parts[piece.part] = message.unit;
            if (parts.filter(Boolean).length === partsOf[piece.task]) {
              units.delete(piece.task);
              deliver(piece.task, foldUnits(parts));
            }
          }
        } catch (error) {
          return finish(error instanceof Error ? error : new Error(String(error)));
        }
        if (stopped) finish();
      };
      state.listeners.error = (error: Error): void => finish(error);
      threads.push(state);
      thread.on('message', state.listeners.message);
      thread.on('error', state.listeners.error);
      feed(thread, state);
    }
  });
}
