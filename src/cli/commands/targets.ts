/**
 * `compsim targets <scenario>`: measure the scenario's `targets:` section — what the simulated
 * company should reproduce — and print, per target, its source, what is wanted, the measured mean
 * with its 95 % interval, and met or missed. It measures; it does not validate: the exit code is 0
 * whether targets are met or not.
 */
import type { CommandModule } from '../command.js';
import { withExamples, withExperimentOptions } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim targets scenarios/freight.yaml --runs 200 --seed 1', 'How far the bundled scenario reproduces its targets (thread, published rates)'],
  ['compsim targets my.yaml --set clients.baseChurn=0.01 --json', 'The same for your own scenario with a changed churn, as JSON'],
];

export const targetsCommand: CommandModule = {
  command: 'targets <scenario>',
  describe: "Measure the scenario's targets (time split, churn, turnover, responses to pay): met or missed, with intervals",
  builder: (yargs) =>
    withExamples(
      withExperimentOptions(yargs, 200).option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON (for machines) instead of a table' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./targets-action.js')).targetsAction(args),
  examples: EXAMPLES,
};
