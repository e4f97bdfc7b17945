/**
 * `compsim pay <scenario> --scheme ID --role ROLE --statement FILE`: the payslip calculator —
 * what a manager with this month's clients earns under a scheme, line by line. The month loop
 * pays simulated managers with exactly the same code.
 */
import type { CommandModule } from '../command.js';
import { withExamples, withSetOption } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  [
    'compsim pay scenarios/freight.yaml --scheme threshold-promotion --role hunter --statement scenarios/statements/hunter-700k.yaml',
    'The thread\'s hunter with 700 000 turnover: 70 000',
  ],
  ['compsim pay scenarios/freight.yaml --scheme new-client-bonus --role generalist --statement scenarios/statements/generalist.yaml --json', 'As JSON'],
];

export const payCommand: CommandModule = {
  command: 'pay <scenario>',
  describe: 'Payslip calculator: what one manager\'s month (or period so far) pays under a scheme, line by line',
  builder: (yargs) =>
    withExamples(
      withSetOption(yargs.positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)', demandOption: true }))
        .option('scheme', { type: 'string', requiresArg: true, demandOption: true, describe: 'Scheme id' })
        .option('role', { type: 'string', requiresArg: true, demandOption: true, describe: 'Role id within the scheme' })
        .option('statement', { type: 'string', requiresArg: true, demandOption: true, describe: 'Statement file (YAML or JSON): the manager\'s clients this month, or the months of his period so far' })
        .option('json', { type: 'boolean', default: false, describe: 'Print JSON instead of a table' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./pay-action.js')).payAction(args),
  examples: EXAMPLES,
};
