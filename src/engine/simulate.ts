/**
 * The experiment runner: cuts the runs into fixed blocks, has worker threads (or this thread)
 * simulate them, merges their statistics in block order and builds the summary. With a
 * precision target it keeps adding blocks until every scheme's net-profit difference against
 * the baseline is known within the target, checking only at block boundaries so the answer is
 * the same whatever the number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { BLOCK_RUNS, BlockAccumulator, type BlockRuns } from './aggregate.js';
import { foldUnits, simulateRuns, type UnitRuns } from './blocks.js';
import { bookSummary } from './book-summary.js';
import { setUpExperiment } from './experiment-setup.js';
import { staticPayroll } from './payroll.js';
import type { Experiment } from './protocol.js';
import { buildSummary, CONFIDENCE_LEVEL } from './summarize.js';
import type { Summary } from './summary.js';
import { bonferroniLevel } from '../stats/index.js';
import { defaultWorkers, WORKER_RESOURCE_LIMITS, workerScript } from './workers.js';

export interface SimulateOptions {
  runs: number;
  seed: number;
  /** Scheme ids to simulate; the baseline is always added. */
  schemes?: string[];
  /** Worker threads (default: all cores; 1 = this thread). */
  workers?: number;
  /** Sequential stopping: relative half-width target of the net-profit differences. */
  precision?: { target: number; minRuns: number; maxRuns: number };
  scenarioName: string;
  overrides?: string[];
  onProgress?: (runsDone: number, runsPlanned: number) => void;
  /** Set by the caller (e.g. on Ctrl-C) to stop early; the promise then rejects. */
  signal?: AbortSignal;
  /** Start every run from the company's book instead of a warm-up; the summary gets a `book` part. */
  book?: Book;
}

export { defaultWorkers };

export async function simulate(given: Scenario, options: SimulateOptions): Promise<Summary> {
  const { experiment, baseline } = setUpExperiment(given, { schemes: options.schemes, seed: options.seed, book: options.book });
  const scenario = experiment.scenario;
  const shapes = experiment.selected.map((index) => ({ index, roles: experiment.schemes[index].roles.length }));
  const maxRuns = options.precision ? options.precision.maxRuns : options.runs;
  const totalBlocks = Math.ceil(maxRuns / BLOCK_RUNS);
  const blockRuns = (b: number): number => Math.min(BLOCK_RUNS, maxRuns - b * BLOCK_RUNS);
  const total = new BlockAccumulator(shapes, baseline, scenario.horizonMonths, scenario.warmupMonths, 0);
  const comparisons = shapes.length - 1;
  const level = comparisons > 1 ? bonferroniLevel(CONFIDENCE_LEVEL, comparisons) : CONFIDENCE_LEVEL;
  let reached = Infinity;

  /** True once merged blocks satisfy the precision target (never without one). */
  const precise = (): boolean => {
    if (!options.precision || total.runs < Math.max(2, options.precision.minRuns)) return false;
    const k = total.schemes.findIndex((s) => s.shape.index === baseline);
    const baselineProfit = Math.abs(total.schemes[k].figures.get('total.netProfit')?.toStat().mean ?? 0);
    let worst = 0;
    total.schemes.forEach((s) => {
      if (s.shape.index === baseline) return;
      const diff = s.paired[0].toPairedDiff(level);
      worst = Math.max(worst, (diff.ci95[1] - diff.ci95[0]) / 2 / Math.max(baselineProfit, 1));
    });
    reached = worst;
    return worst <= options.precision.target;
  };

  let runsDone = 0;
  const progress = (): void => options.onProgress?.(++runsDone, maxRuns);
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), Math.ceil(maxRuns / UNIT_RUNS)));
  const pending = new Map<number, BlockRuns>();
  let nextToMerge = 0;
  let done = false;
  const accept = (index: number, runs: BlockRuns): void => {
    pending.set(index, runs);
    while (!done && pending.has(nextToMerge)) {
      total.addRuns(pending.get(nextToMerge) as BlockRuns, nextToMerge * BLOCK_RUNS);
      pending.delete(nextToMerge);
      nextToMerge++;
      if (nextToMerge >= totalBlocks || precise()) done = true;
    }
  };

  if (workers === 1 || !workerScript()) {
    for (let b = 0; b < totalBlocks && !done; b++) {
      if (options.signal?.aborted) throw new Error('interrupted');
      accept(b, simulateRuns(experiment, b * BLOCK_RUNS, blockRuns(b), progress));
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    const init = { scenario: given, schemes: experiment.selected.map((i) => experiment.schemes[i].id), seed: options.seed, book: options.book };
    await runOnWorkers(workers, experiment, totalBlocks, blockRuns, init, accept, () => done, progress, options.signal);
  }
  if (options.precision) precise();
  const summary = buildSummary(total, {
    scenario,
    scenarioName: options.scenarioName,
    seed: options.seed,
    schemes: experiment.schemes,
    baseline,
    overrides: options.overrides ?? [],
    precision: options.precision
      ? { target: options.precision.target, reached: Number.isFinite(reached) ? reached : 0, runsUsed: total.runs, minRuns: options.precision.minRuns, maxRuns: options.precision.maxRuns }
      : undefined,
  });
  if (options.book) summary.book = bookSummary(experiment, given, staticPayroll(experiment), total.managers, CONFIDENCE_LEVEL);
  return summary;
}

/**
 * Runs per unit of work when a block is shared between workers: a quarter of a block. The last
 * blocks (one per worker) are cut into units so that the workers finish together (with whole
 * blocks, two workers doing 200 runs would get 128 and 72). A whole block comes back with its
 * pooled pay folded by the worker; the units of a block come back with their pay unfolded, and
 * this thread folds it in the same order (`foldUnits`), so either way the block is the one a
 * single thread makes.
 */
const UNIT_RUNS = 16;

function runOnWorkers(
  count: number,
  experiment: Experiment,
  totalBlocks: number,
  blockRuns: (b: number) => number,
  init: { scenario: Scenario; schemes: string[]; seed: number; book?: Book },
  accept: (index: number, runs: BlockRuns) => void,
  isDone: () => boolean,
  progress: () => void,
  signal?: AbortSignal,
): Promise<void> {
  const script = workerScript() as string;
  // The work in order: whole blocks, then the last `count` blocks as units (parts of their block).
  const tasks: { block: number; part: number; firstRun: number; runs: number; whole: boolean }[] = [];
  const partsOf: number[] = [];
  for (let b = 0; b < totalBlocks; b++) {
    const whole = b < totalBlocks - count;
    partsOf[b] = whole ? 1 : Math.ceil(blockRuns(b) / UNIT_RUNS);
    for (let part = 0; part < partsOf[b]; part++) {
      const firstRun = b * BLOCK_RUNS + part * UNIT_RUNS;
      tasks.push({ block: b, part, firstRun, runs: whole ? blockRuns(b) : Math.min(UNIT_RUNS, blockRuns(b) - part * UNIT_RUNS), whole });
    }
  }
  const arrived = new Map<number, UnitRuns[]>();
  return new Promise((resolve, reject) => {
    const threads: Worker[] = [];
    let nextTask = 0;
    let failed = false;
    const finish = (error?: Error): void => {
      if (failed) return;
      if (error) failed = true;
      for (const thread of threads) void thread.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (thread: Worker): void => {
      if (isDone() || nextTask >= tasks.length) return;
      const index = nextTask++;
      const { firstRun, runs, whole } = tasks[index];
      thread.postMessage({ type: whole ? 'runs' : 'unit', index, firstRun, runs });
    };
    signal?.addEventListener('abort', () => finish(new Error('interrupted')), { once: true });
    for (let w = 0; w < count; w++) {
      const thread = new Worker(script, { resourceLimits: WORKER_RESOURCE_LIMITS });
      threads.push(thread);
      thread.on('message', (message: { type: string; index?: number; runs?: BlockRuns; unit?: UnitRuns; message?: string }) => {
        if (message.type === 'run') return progress();
        if (message.type === 'error') return finish(new Error(message.message));
        // The next task first, so the worker computes while this thread folds the one it sent.
        feed(thread);
        const { block, part } = tasks[message.index as number];
        if (message.type === 'runs') accept(block, message.runs as BlockRuns);
        else {
          let parts = arrived.get(block);
          if (!parts) arrived.set(block, (parts = []));
          parts[part] = message.unit as UnitRuns;
          if (parts.filter(Boolean).length === partsOf[block]) {
            arrived.delete(block);
            accept(block, foldUnits(experiment, parts));
          }
        }
        // Every block merged, or the precision reached (tasks still running are not needed).
        if (isDone()) finish();
      });
      thread.on('error', (error) => finish(error));
      thread.postMessage({ type: 'init', ...init });
      feed(thread);
    }
  });
}
