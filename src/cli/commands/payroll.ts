/**
 * `compsim payroll <scenario> --book DIR`: for every manager of the company's book, what he earns
 * this month under the current scheme and under each candidate (the book paid by each scheme's
 * rules), and from a simulation started from the book his pay in a year, his chance of leaving
 * within it and the revenue of the clients likely to leave with him. Prints the table and writes
 * summary.json and report.html (with the team section) like `compsim run`.
 */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { loadScenario } from '../../scenario/index.js';
import { simulate } from '../../engine/simulate.js';
import type { BookSummary } from '../../engine/book-summary.js';
import type { Summary } from '../../engine/summary.js';
import { checkOutputFolder } from '../atomic-write.js';
import { bookFolder, loadBook, withBookOption } from '../book-option.js';
import { payrollTable } from '../payroll-table.js';
import { progressBar } from '../progress.js';
import { UserError } from '../user-error.js';
import { checkRunOptions, defaultOutputFolder, interruptible, renderAndWrite, withRunOptions } from './run.js';
import { setArguments, withExamples } from './validate.js';

const EXAMPLES: [string, string][] = [
  ['compsim payroll scenarios/freight.yaml --book scenarios/book-example', 'Each manager of the example company under every scheme'],
  ['compsim payroll scenarios/freight.yaml --book scenarios/book-example --lang ru --runs 1000', 'In Russian, with more runs'],
];

export const payrollCommand: CommandModule = {
  command: 'payroll <scenario>',
  describe: 'Each manager of the company\'s book under every scheme: pay now, pay in a year, chance of leaving, clients at risk',
  builder: (yargs) =>
    withExamples(
      withBookOption(withRunOptions(yargs))
        .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>)' })
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the table and the report' })
        .option('format', { choices: ['table', 'json'] as const, default: 'table' as const, describe: 'What to print: the table, or the book part of summary.json' }),
      EXAMPLES,
    ),
  handler: async (args) => {
    const file = String(args.scenario);
    const overrides = setArguments(args.set);
    const scenario = loadScenario(file, { set: overrides });
    const options = checkRunOptions(args, scenario);
    const folder = bookFolder(args, file, scenario);
    if (folder === undefined) {
      throw new UserError(`--book: name the folder with managers.csv and clients.csv (or add "book: <folder>" to ${file}); see scenarios/book-example/README.md`);
    }
    const book = loadBook(folder, scenario);
    const out = args.out === undefined ? defaultOutputFolder(file) : String(args.out);
    checkOutputFolder(out);
    const lang = args.lang as 'en' | 'ru';
    const { signal, release } = interruptible();
    let summary: Summary;
    try {
      const bar = progressBar('runs');
      try {
        summary = await simulate(scenario, {
          ...options,
          scenarioName: scenario.name,
          overrides: [...overrides, ...(args.months !== undefined ? [`horizonMonths=${scenario.horizonMonths}`] : [])],
          onProgress: bar.update,
          signal,
          book,
        });
      } catch (error) {
        if (signal.aborted) throw new UserError('interrupted: nothing was written', 130);
        throw error;
      } finally {
        bar.stop();
      }
      await renderAndWrite(summary, out, lang, signal);
    } finally {
      release();
    }
    const part = summary.book as BookSummary;
    if (args.format === 'json') process.stdout.write(JSON.stringify(part, null, 2) + '\n');
    else process.stdout.write(payrollTable(summary, part, folder, lang) + `\n\nWrote ${join(out, 'summary.json')} and ${join(out, 'report.html')}\n`);
    return 0;
  },
  examples: EXAMPLES,
};
