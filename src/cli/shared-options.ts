/**
 * The options several commands share, as yargs declarations only. Every command definition
 * imports this module, and so does `compsim --help`, so it imports nothing but yargs' types and
 * Node's own modules (and the engine's one-function workers.ts, for the default of --workers). What the options mean once a command runs (checking --runs against the
 * scenario, reading --book, parsing --shard) lives with the handlers: run-options.ts,
 * book-option.ts, whatif-options.ts.
 */
import type { Argv } from 'yargs';
import { defaultWorkers } from '../engine/workers.js';

/** Examples also shown by `compsim <command> --help` (the top-level help lists them too). */
export function withExamples(yargs: Argv, examples: [string, string][]): Argv {
  return examples.reduce((parser, [example, description]) => parser.example(example, description), yargs);
}

/** The `--set` option, as every command that reads a scenario takes it. */
export function withSetOption(yargs: Argv): Argv {
  return yargs.option('set', {
    type: 'string',
    requiresArg: true,
    describe: 'Change one value of the scenario: a dotted path (list items by id) = a number, true/false, JSON or text; repeatable',
  });
}

/** The `--set` values as a list, however often the option was given. */
export function setArguments(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** The scenario and the options of a simulation: runs, seed, months, schemes, workers (checked by run-options.ts). */
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

/** `--book DIR` (read by book-option.ts). */
export function withBookOption(yargs: Argv): Argv {
  return yargs.option('book', {
    type: 'string',
    requiresArg: true,
    describe: "Folder with the company's managers.csv and clients.csv: start from that book instead of a warm-up (default: the scenario's book key)",
  });
}

/** `--targets` and `--calibration` of run and report (evidence-options.ts). */
export function withEvidenceOptions(yargs: Argv): Argv {
  return yargs
    .option('targets', { type: 'string', requiresArg: true, describe: 'A targets.json from compsim targets on this scenario: the report shows every target it measured' })
    .option('calibration', { type: 'string', requiresArg: true, describe: 'A calibration.json from compsim calibrate on this scenario: the report says how often each scheme is best over its accepted set' });
}

/** `compsim run --shard i/n` (run-shard.ts). */
export function withRunShardOption(yargs: Argv): Argv {
  return yargs.option('shard', {
    type: 'string',
    requiresArg: true,
    describe: 'Simulate only share i of n of the runs (e.g. 2/8) and write a part file to --out; `compsim merge` combines the parts',
  });
}

/** The run options of the what-if commands, with `runs` meaning runs per experiment point. */
export function withExperimentOptions(yargs: Argv, defaultRuns: number): Argv {
  return withRunOptions(yargs)
    .option('runs', { type: 'number', default: defaultRuns, requiresArg: true, describe: 'Runs (replications) at every point, all with the same seed' })
    .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>-<command>)' })
    .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report page (what the command prints stays English)' });
}

/** `--shard i/n` of sweep and sensitivity (whatif-options.ts). */
export function withShardOption(yargs: Argv): Argv {
  return yargs.option('shard', {
    type: 'string',
    requiresArg: true,
    describe: 'Simulate only share i of n (e.g. 2/8) and write a part file to --out; `compsim merge` combines the parts',
  });
}

/** `--csv standard|excel-ru`: tidy CSV files beside the JSON (src/report/csv.ts). */
export function withCsvOption(yargs: Argv): Argv {
  return yargs.option('csv', {
    choices: ['standard', 'excel-ru'] as const,
    describe: 'Also write the results as tidy CSV beside the JSON: standard (comma, decimal point) or excel-ru (semicolon, decimal comma, BOM: Excel with Russian settings)',
  });
}
