/**
 * `compsim sweep <scenario> --vary path=v1,v2,... [--vary path2=from:to:steps]`: the metric over a
 * full grid of parameter values, every point with the same seed; writes sweep.json and sweep.html
 * (or, with --shard i/n, this shard's part file for `compsim merge`).
 */
import type { CommandModule } from '../command.js';
import { withCsvOption, withExamples, withExperimentOptions, withShardOption } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim sweep scenarios/freight.yaml --vary behavior.discountRate=0.04:0.16:7', 'Net profit of every scheme as managers get more impatient'],
  [
    'compsim sweep scenarios/freight.yaml --scheme farmer-handoff --metric netProfitDiff --vary schemes.farmer-handoff.roles.hunter.pay.trailing.rate=0.01,0.02,0.04 --vary clients.handoffChurn=0.02:0.1:5',
    'Heat map: the hand-off scheme against the current one over trailing rate × hand-off churn',
  ],
  ['compsim sweep scenarios/freight.yaml --vary behavior.discountRate=0.04:0.16:7 --shard 2/4 --out parts', 'Simulate a quarter of the grid; `compsim merge parts/*` puts it together'],
];

export const sweepCommand: CommandModule = {
  command: 'sweep <scenario>',
  describe: 'Simulate a grid of parameter values (same seed everywhere); write sweep.json and sweep.html',
  builder: (yargs) =>
    withExamples(
      withCsvOption(withShardOption(withExperimentOptions(yargs, 64)))
        .option('vary', { type: 'string', requiresArg: true, describe: 'A parameter and its values: path=v1,v2,... or path=from:to:steps; repeat for a grid' })
        .option('metric', { type: 'string', default: 'netProfit', requiresArg: true, describe: 'What to compare: netProfit, netProfitDiff, huntActivate, annualChurnRate, … or a summary path' })
        .option('scheme', { type: 'string', requiresArg: true, describe: 'Only this scheme (and the baseline): the one the charts centre on' })
        .option('goal', { choices: ['max', 'min'] as const, describe: 'Is higher or lower better (default: from the metric)' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./sweep-action.js')).sweepAction(args),
  examples: EXAMPLES,
};
