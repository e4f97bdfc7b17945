/** `compsim report <summary.json>`: re-render report.html from a saved summary, without simulating. */
import type { CommandModule } from '../command.js';
import { withCsvOption, withEvidenceOptions } from '../shared-options.js';

export const reportCommand: CommandModule = {
  command: 'report <summary>',
  describe: 'Re-render report.html from a saved summary.json (no simulation)',
  builder: (yargs) =>
    withCsvOption(withEvidenceOptions(yargs))
      .positional('summary', { type: 'string', describe: 'A result file: summary.json (compsim run), or sweep.json, sensitivity.json, calibration.json, targets.json, optimize.json', demandOption: true })
      .option('out', { type: 'string', requiresArg: true, describe: 'Where to write the report (default: report.html next to the summary)' })
      .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report and of what the command prints' }),
  handler: async (args) => (await import('./report-action.js')).reportAction(args),
  examples: [
    ['compsim report reports/freight/summary.json --lang ru', 'The same results, report in Russian'],
    ['compsim report reports/freight/summary.json --targets reports/freight-targets/targets.json', 'With every target of the scenario in "How far to trust these numbers"'],
  ],
};
