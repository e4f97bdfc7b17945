/**
 * `compsim run <scenario>`: simulate every scheme (or the listed ones) with common random
 * numbers, print the summary table, write summary.json and report.html atomically.
 */
import type { CommandModule } from '../command.js';
import { withBookOption, withCsvOption, withEvidenceOptions, withExamples, withRunOptions, withRunShardOption } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim run scenarios/freight.yaml', 'Simulate the bundled scenario (200 runs) and write reports/freight/'],
  ['compsim run scenarios/freight.yaml --runs 1000 --lang ru', 'More runs, report in Russian'],
  ['compsim run scenarios/freight.yaml --schemes lifetime-commission,hunter-farmer-split', 'Only two schemes (and the baseline)'],
  ['compsim run scenarios/freight.yaml --set schemes.threshold-promotion.transitions.0.forMonths=3', 'The 3-month promotion variant'],
  ['compsim run scenarios/freight.yaml --precision 0.02 --max-runs 20000', 'Run until differences are known within 2 % of net profit'],
  ['compsim run scenarios/freight.yaml --book scenarios/book-example', 'Start from the company\'s own managers and clients instead of a warm-up'],
  ['compsim run scenarios/freight.yaml --targets reports/freight-targets/targets.json --calibration reports/freight-calibrate/calibration.json', 'The report says how far to trust it: every target measured, and how often each scheme is best over the calibration\'s accepted set'],
];

export const runCommand: CommandModule = {
  command: 'run <scenario>',
  describe: 'Simulate the schemes with common random numbers; write summary.json and report.html',
  builder: (yargs) =>
    withExamples(
      withCsvOption(withEvidenceOptions(withRunShardOption(withBookOption(withRunOptions(yargs)))))
        .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>)' })
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report and of what the command prints' })
        .option('format', { choices: ['table', 'json'] as const, default: 'table' as const, describe: 'What to print: the table, or summary.json' })
        .option('precision', { type: 'number', requiresArg: true, describe: 'Stop when every value-created difference is known within this share of the baseline\'s net profit (e.g. 0.02)' })
        .option('min-runs', { type: 'number', requiresArg: true, default: 100, describe: 'With --precision: runs before the first check' })
        .option('max-runs', { type: 'number', requiresArg: true, default: 20000, describe: 'With --precision: runs at most' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./run-action.js')).runAction(args),
  examples: EXAMPLES,
};
