/**
 * What the what-if commands (sweep, sensitivity, calibrate, merge) share on the command line: the
 * run options with a smaller default number of runs per point, repeatable list options, --shard,
 * the resolved base of the experiment, and a progress bar with the time left over all points.
 */
import { basename, extname, join } from 'node:path';
import type { Argv } from 'yargs';
import { loadScenario } from '../scenario/index.js';
import type { ExperimentBase } from '../whatif/points.js';
import { parseShard, type Shard } from '../whatif/shard.js';
import { checkRunOptions, interruptible, withRunOptions } from './commands/run.js';
import { setArguments } from './commands/validate.js';
import { progressBar } from './progress.js';
import { UserError } from './user-error.js';

/** The run options, with `runs` meaning runs per experiment point. */
export function withExperimentOptions(yargs: Argv, defaultRuns: number): Argv {
  return withRunOptions(yargs)
    .option('runs', { type: 'number', default: defaultRuns, requiresArg: true, describe: 'Runs (replications) at every point, all with the same seed' })
    .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>-<command>)' })
    .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report page' });
}

export function withShardOption(yargs: Argv): Argv {
  return yargs.option('shard', {
    type: 'string',
    requiresArg: true,
    describe: 'Simulate only share i of n (e.g. 2/8) and write a part file to --out; `compsim merge` combines the parts',
  });
}

/** A repeatable option's values as a list. */
export function listOption(value: unknown): string[] {
  return setArguments(value);
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
  const scenario = loadScenario(file, { set: overrides });
  const options = checkRunOptions(args, scenario);
  return {
    base: {
      scenario,
      scenarioName: scenario.name,
      overrides: [...overrides, ...(args.months !== undefined ? [`horizonMonths=${scenario.horizonMonths}`] : [])],
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
  /** More runs are planned than first thought (a search that goes on). */
  plan: (moreRuns: number) => void;
}

/**
 * Runs `work` with a progress bar over `plannedRuns` (stderr, terminals only) and Ctrl-C handling:
 * an interruption writes nothing and exits with 130.
 */
export async function withProgress<T>(plannedRuns: number, work: (progress: Progressing) => Promise<T>): Promise<T> {
  const { signal, release } = interruptible();
  const bar = progressBar('runs');
  let done = 0;
  let total = plannedRuns;
  try {
    return await work({
      signal,
      onRun: () => bar.update(++done, Math.max(total, done)),
      plan: (more) => {
        total += more;
      },
    });
  } catch (error) {
    if (signal.aborted) throw new UserError('interrupted: nothing was written', 130);
    throw error;
  } finally {
    bar.stop();
    release();
  }
}
