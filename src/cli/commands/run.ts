/**
 * `compsim run <scenario>`: simulate every scheme (or the listed ones) with common random
 * numbers, print the summary table, write summary.json and report.html atomically.
 */
import { basename, extname, join } from 'node:path';
import type { Argv } from 'yargs';
import type { CommandModule } from '../command.js';
import { loadScenario } from '../../scenario/index.js';
import type { Scenario } from '../../scenario/schema.js';
import { closest } from '../../scenario/similar.js';
import { defaultWorkers, simulate } from '../../engine/simulate.js';
import type { Summary } from '../../engine/summary.js';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { bookFolder, bookNote, loadBook, withBookOption } from '../book-option.js';
import { summaryTable } from '../summary-table.js';
import { UserError } from '../user-error.js';
import { setArguments, withExamples, withSetOption } from './validate.js';
import { progressBar } from '../progress.js';
import { runShard, withRunShardOption } from '../run-shard.js';

/** Client-months one invocation may simulate (about half an hour on this 2-core machine). */
export const MAX_CLIENT_MONTHS = 2e10;

const EXAMPLES: [string, string][] = [
  ['compsim run scenarios/freight.yaml', 'Simulate the bundled scenario (200 runs) and write reports/freight/'],
  ['compsim run scenarios/freight.yaml --runs 1000 --lang ru', 'More runs, report in Russian'],
  ['compsim run scenarios/freight.yaml --schemes lifetime-commission,hunter-farmer-split', 'Only two schemes (and the baseline)'],
  ['compsim run scenarios/freight.yaml --set schemes.threshold-promotion.transitions.0.forMonths=3', 'The 3-month promotion variant'],
  ['compsim run scenarios/freight.yaml --precision 0.02 --max-runs 20000', 'Run until differences are known within 2 % of net profit'],
  ['compsim run scenarios/freight.yaml --book scenarios/book-example', 'Start from the company\'s own managers and clients instead of a warm-up'],
];

export function withRunOptions(yargs: Argv): Argv {
  return withSetOption(yargs)
    .positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)', demandOption: true })
    // requiresArg: a bare `--runs` must not silently fall back to the default.
    .option('runs', { type: 'number', default: 200, requiresArg: true, describe: 'Replications of every scheme' })
    .option('seed', { type: 'number', default: 1, requiresArg: true, describe: 'Random seed (same seed and runs ⇒ same summary.json)' })
    .option('months', { type: 'number', requiresArg: true, describe: 'Months after the switch (overrides horizonMonths)' })
    .option('schemes', { type: 'string', requiresArg: true, describe: 'Comma-separated scheme ids to simulate (the baseline is always added)' })
    .option('workers', { type: 'number', requiresArg: true, describe: `Worker threads (default: all cores, ${defaultWorkers()} here)` });
}

/** Checks the numeric options and applies --months; returns the scenario to simulate. */
export function checkRunOptions(args: Record<string, unknown>, scenario: Scenario): { runs: number; seed: number; workers: number; schemes?: string[] } {
  const whole = (name: string, min: number, max: number): number => {
    const value = args[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      // yargs turns `--runs abc` into NaN, which JSON would show as "null".
      const found = typeof value === 'number' && Number.isNaN(value) ? 'something that is not a number' : JSON.stringify(value);
      throw new UserError(`--${name}: expected a whole number from ${min} to ${max}, found ${found}`);
    }
    return value;
  };
  // Two runs at least: with one there is no spread, and every interval would collapse to a point.
  const runs = whole('runs', 2, 1_000_000);
  const seed = whole('seed', 0, Number.MAX_SAFE_INTEGER);
  const workers = args.workers === undefined ? defaultWorkers() : whole('workers', 1, 256);
  if (args.months !== undefined) scenario.horizonMonths = whole('months', 1, 600 - scenario.warmupMonths);
  let schemes: string[] | undefined;
  if (args.schemes !== undefined) {
    schemes = String(args.schemes).split(',').map((s) => s.trim()).filter(Boolean);
    const ids = scenario.schemes.map((s) => s.id);
    for (const id of schemes) {
      if (!ids.includes(id)) {
        const suggestion = closest(id, ids);
        throw new UserError(`--schemes: no scheme "${id}" in ${String(args.scenario)}; expected one of ${ids.join(', ')}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`);
      }
    }
  }
  checkWorkBound(scenario, runs, schemes);
  return { runs, seed, workers, schemes };
}

/** Refuses an invocation that would simulate more than MAX_CLIENT_MONTHS client-months. */
export function checkWorkBound(scenario: Scenario, runs: number, schemes?: string[]): void {
  const selected = schemes ? schemes.length + 1 : scenario.schemes.length;
  const clientsPerRun = scenario.team.managers * (scenario.team.initialActivePerManager + scenario.team.initialContractedPerManager + 20);
  const work = runs * (scenario.warmupMonths + scenario.horizonMonths * selected) * clientsPerRun;
  if (work > MAX_CLIENT_MONTHS) {
    throw new UserError(
      `this would simulate about ${work.toExponential(1)} client-months, more than the ${MAX_CLIENT_MONTHS.toExponential(0)} one invocation allows; ` +
        'lower --runs (or --max-runs) or --months, simulate fewer --schemes, or split the runs over several invocations with different seeds',
    );
  }
}

export function defaultOutputFolder(file: string): string {
  return join('reports', basename(file, extname(file)));
}

/** Ctrl-C stops the simulation; nothing is written, and the exit code is 130. */
export function interruptible(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.removeListener('SIGINT', onInterrupt) };
}

function interrupted(): UserError {
  return new UserError('interrupted: nothing was written', 130);
}

/** Renders the report and writes both files; a Ctrl-C seen while rendering (`signal`) writes nothing. */
export async function renderAndWrite(summary: Summary, out: string, lang: 'en' | 'ru', signal?: AbortSignal): Promise<void> {
  const { renderReport } = await import('../../report/index.js');
  const html = await renderReport(summary, { lang });
  if (signal?.aborted) throw interrupted();
  writeFilesAtomically([
    { path: join(out, 'summary.json'), content: JSON.stringify(summary, null, 2) + '\n' },
    { path: join(out, 'report.html'), content: html },
  ]);
}

export const runCommand: CommandModule = {
  command: 'run <scenario>',
  describe: 'Simulate the schemes with common random numbers; write summary.json and report.html',
  builder: (yargs) =>
    withExamples(
      withRunShardOption(withBookOption(withRunOptions(yargs)))
        .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>)' })
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report' })
        .option('format', { choices: ['table', 'json'] as const, default: 'table' as const, describe: 'What to print: the table, or summary.json' })
        .option('precision', { type: 'number', requiresArg: true, describe: 'Stop when every net-profit difference is known within this share of the baseline\'s net profit (e.g. 0.02)' })
        .option('min-runs', { type: 'number', requiresArg: true, default: 100, describe: 'With --precision: runs before the first check' })
        .option('max-runs', { type: 'number', requiresArg: true, default: 20000, describe: 'With --precision: runs at most' }),
      EXAMPLES,
    ),
  handler: async (args) => {
    const file = String(args.scenario);
    const overrides = setArguments(args.set);
    const scenario = loadScenario(file, { set: overrides });
    const options = checkRunOptions(args, scenario);
    const folder = bookFolder(args, file, scenario);
    const book = folder === undefined ? undefined : loadBook(folder, scenario);
    const out = args.out === undefined ? defaultOutputFolder(file) : String(args.out);
    checkOutputFolder(out);
    const summaryOverrides = [...overrides, ...(args.months !== undefined ? [`horizonMonths=${scenario.horizonMonths}`] : [])];
    if (args.shard !== undefined) return runShard(args, scenario, { ...options, overrides: summaryOverrides, book }, out);
    let precision: { target: number; minRuns: number; maxRuns: number } | undefined;
    if (args.precision !== undefined) {
      const target = Number(args.precision);
      if (!(target > 0 && target < 1)) {
        const found = Number.isNaN(target) ? 'something that is not a number' : JSON.stringify(args.precision);
        throw new UserError(`--precision: expected a share between 0 and 1 (e.g. 0.02), found ${found}`);
      }
      const minRuns = Number(args['min-runs']);
      const maxRuns = Number(args['max-runs']);
      if (!(Number.isInteger(minRuns) && Number.isInteger(maxRuns) && minRuns >= 2 && maxRuns >= minRuns && maxRuns <= 1_000_000)) {
        throw new UserError(`--min-runs/--max-runs: expected whole numbers with 2 ≤ min-runs ≤ max-runs ≤ 1000000, found ${minRuns} and ${maxRuns}`);
      }
      // With --precision the runs go up to --max-runs, so the bound applies to that.
      checkWorkBound(scenario, maxRuns, options.schemes);
      precision = { target, minRuns, maxRuns };
    }
    // Ctrl-C is caught until the files are written, so it never cuts rendering or writing short.
    const { signal, release } = interruptible();
    let summary: Summary;
    try {
      const bar = progressBar('runs');
      try {
        summary = await simulate(scenario, {
          ...options,
          precision,
          scenarioName: scenario.name,
          overrides: [...overrides, ...(args.months !== undefined ? [`horizonMonths=${scenario.horizonMonths}`] : [])],
          onProgress: bar.update,
          signal,
          book,
        });
      } catch (error) {
        if (signal.aborted) throw interrupted();
        throw error;
      } finally {
        bar.stop();
      }
      await renderAndWrite(summary, out, args.lang as 'en' | 'ru', signal);
    } finally {
      release();
    }
    if (args.format === 'json') process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else process.stdout.write((book && folder ? bookNote(folder, book, scenario) + '\n' : '') + summaryTable(summary) + `\nWrote ${join(out, 'summary.json')} and ${join(out, 'report.html')}\n`);
    return 0;
  },
  examples: EXAMPLES,
};
