/**
 * What the what-if commands (sweep, sensitivity, calibrate, merge) share once they run: repeatable
 * list options, --shard (read here, so the what-if stage gets a parsed shard), the output folder, the resolved base of the experiment, and a progress
 * bar with the time left over all points. Their options are declared in shared-options.ts.
 */
import { basename, extname, join } from 'node:path';
import { loadScenario } from '../scenario/index.js';
import type { ExperimentBase } from '../whatif/points.js';
import type { Shard } from '../whatif/shard.js';
import { interruptible, interrupted } from './interrupt.js';
import { progressBar } from './progress.js';
import { resolveRunOptions } from './run-options.js';
import { setArguments } from './shared-options.js';
import { UserError } from './user-error.js';
import { whatifMessages as wm } from './whatif-messages.js';

/** A repeatable option's values as a list. */
export function listOption(value: unknown): string[] {
  return setArguments(value);
}

/** `3/8` → shard 3 of 8. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(Number.isInteger(index) && Number.isInteger(count) && count >= 1 && count <= 100_000 && index >= 1 && index <= count)) {
    throw new UserError(wm.shardMalformed(text));
  }
  return { index, count };
}

export function shardOption(args: Record<string, unknown>): Shard | undefined {
  return args.shard === undefined ? undefined : parseShard(String(args.shard));
}

export function outputFolder(args: Record<string, unknown>, command: string): string {
  if (args.out !== undefined) return String(args.out);
  const file = String(args.scenario);
  return join('reports', `${basename(file, extname(file))}-${command}`);
}

/** Loads the scenario with --set and --months and checks the run options: the experiment's base. */
export function experimentBase(args: Record<string, unknown>, schemes?: string[]): { base: ExperimentBase; seed: number; workers: number } {
  const file = String(args.scenario);
  const overrides = setArguments(args.set);
  const { scenario, options, overrides: recorded } = resolveRunOptions(args, loadScenario(file, { set: overrides }), overrides);
  return {
    base: {
      scenario,
      scenarioName: scenario.name,
      overrides: recorded,
      runs: options.runs,
      schemes: options.schemes ?? schemes,
    },
    seed: options.seed,
    workers: options.workers,
  };
}

export interface Progressing {
  signal: AbortSignal;
  /** Call once per simulated run. */
  onRun: () => void;
  /** `moreRuns` are about to be simulated (a search that goes on): the total grows only if the plan had no room for them. */
  plan: (moreRuns: number) => void;
}

/**
 * Runs `work` with a progress bar over `plannedRuns` (stderr, terminals only) and Ctrl-C handling:
 * an interruption writes nothing and exits with 130.
 */
export async function withProgress<T>(plannedRuns: number, work: (progress: Progressing) => Promise<T>): Promise<T> {
  const { signal, release } = interruptible();
  const bar = progressBar();
  let done = 0;
  let total = plannedRuns;
  try {
    const result = await work({
      signal,
      onRun: () => bar.update(++done, Math.max(total, done)),
      // More runs than planned only raise the total past what is left of the plan, so the bar
      // never jumps back when the work was planned with room for them (a search's bound).
      plan: (more) => {
        total = Math.max(total, done + more);
      },
    });
    // A search that needed fewer runs than its bound ends the bar at 100 %.
    if (done > 0) bar.update(done, done);
    return result;
  } catch (error) {
    if (signal.aborted) throw interrupted();
    throw error;
  } finally {
    bar.stop();
    release();
  }
}
