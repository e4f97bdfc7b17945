/**
 * `compsim sensitivity <scenario> [--scheme ID] [--metric netProfitDiff] [--delta 0.2]`: which
 * assumptions the verdict depends on — tornado, Morris screening, noise floor, and the values at
 * which the ranking of schemes changes. Writes sensitivity.json and sensitivity.html (or, with
 * --shard i/n, this shard's share of the fixed design for `compsim merge`, which then runs the
 * crossing search).
 */
import type { CommandModule } from '../command.js';
import { withCsvOption, withExamples, withExperimentOptions, withShardOption } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim sensitivity scenarios/freight.yaml --scheme farmer-handoff', 'What the hand-off scheme’s advantage over the current one depends on'],
  ['compsim sensitivity scenarios/freight.yaml --params behavior --range behavior.farmingEffortCost=-30:30 --trajectories 6', 'Only the behaviour parameters, with a box for one whose value is 0'],
  ['compsim sensitivity scenarios/freight.yaml --shard 1/10 --out parts', 'A tenth of the fixed design; `compsim merge parts/*` finishes it'],
];

export const sensitivityCommand: CommandModule = {
  command: 'sensitivity <scenario>',
  describe: 'Which assumptions the verdict depends on: tornado, Morris screening, where the ranking flips',
  builder: (yargs) =>
    withExamples(
      withCsvOption(withShardOption(withExperimentOptions(yargs, 32)))
        .option('scheme', { type: 'string', requiresArg: true, describe: 'The scheme whose metric is analysed (default: the best one besides the baseline)' })
        .option('metric', { type: 'string', default: 'netProfitDiff', requiresArg: true, describe: 'What to analyse: netProfitDiff, netProfit, huntActivate, … or a summary path' })
        .option('delta', { type: 'number', default: 0.2, requiresArg: true, describe: 'Move each parameter by ± this share of its value (clamped to its range)' })
        .option('params', { type: 'string', requiresArg: true, describe: 'Sections or paths to analyse, comma-separated (default: market, clients, behavior)' })
        .option('range', { type: 'string', requiresArg: true, describe: 'An explicit box for one parameter: path=low:high (repeatable)' })
        .option('noise-seeds', { type: 'number', default: 4, requiresArg: true, describe: 'Extra seeds the base point is re-run with, for the noise floor' })
        .option('trajectories', { type: 'number', default: 4, requiresArg: true, describe: 'Morris trajectories (0 = no Morris screening)' })
        .option('levels', { type: 'number', default: 4, requiresArg: true, describe: 'Morris grid levels' })
        .option('top', { type: 'number', default: 3, requiresArg: true, describe: 'Parameters searched for the value where the ranking changes (those that shrink the leader’s lead most)' })
        .option('span', { type: 'number', default: 5, requiresArg: true, describe: 'How far that search looks, in multiples of ±delta (scanned at 2, 3, … of them)' })
        .option('steps', { type: 'number', default: 5, requiresArg: true, describe: 'Bisection steps of that search' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./sensitivity-action.js')).sensitivityAction(args),
  examples: EXAMPLES,
};
