/**
 * `compsim payroll <scenario> --book DIR`: for every manager of the company's book, what he earns
 * this month under the current scheme and under each candidate (the book paid by each scheme's
 * rules), and from a simulation started from the book his pay in a year, his chance of leaving
 * within it and the revenue of the clients likely to leave with him. Prints the table and writes
 * summary.json and report.html (with the team section) like `compsim run`.
 */
import type { CommandModule } from '../command.js';
import { withBookOption, withExamples, withRunOptions } from '../shared-options.js';

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
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the table, the report and the messages' })
        .option('format', { choices: ['table', 'json'] as const, default: 'table' as const, describe: 'What to print: the table, or the book part of summary.json' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./payroll-action.js')).payrollAction(args),
  examples: EXAMPLES,
};
