/**
 * `compsim optimize <scenario> --scheme ID --vary path=low:high ...`: search the numbers of one
 * scheme (rates, windows, thresholds, salaries) for the most value created, with the managers'
 * behaviour in the loop and the owner's constraints checked with their uncertainty. Writes
 * optimize.json, optimize.html and best.yaml (the chosen scheme, ready to paste).
 */
import type { CommandModule } from '../command.js';
import { withBookOption, withCsvOption, withExamples, withSetOption, withShardOption } from '../shared-options.js';
import { defaultWorkers } from '../../engine/workers.js';

const NCB = 'schemes.new-client-bonus.roles.generalist.pay';

const EXAMPLES: [string, string][] = [
  [
    `compsim optimize scenarios/freight.yaml --scheme new-client-bonus --vary ${NCB}.servicing.rate=0.005:0.08 --vary ${NCB}.new-client.rate=0.1:0.4 --budget-runs 20000`,
    "The current scheme's two rates: how large a servicing commission, how large a new-client bonus",
  ],
  [
    "compsim optimize scenarios/freight.yaml --scheme hunter-farmer-split --vary schemes.hunter-farmer-split.roles.farmer.pay.repeat.rate=0.005:0.04 --constraint 'compCost<=baseline+5%' --constraint 'payCut<=baseline+0.05' --budget-runs 8000",
    "How much smaller should the farmer's bonus be, with pay cost and pay cuts kept in check",
  ],
  [
    "compsim optimize my.yaml --scheme threshold-promotion --vary schemes.threshold-promotion.transitions.0.atLeast=300000,500000,700000 --constraint 'activeClients>=switch' --calibration calibration.json",
    'Which promotion threshold keeps the book, rechecked at every accepted calibration point',
  ],
];

export const optimizeCommand: CommandModule = {
  command: 'optimize <scenario>',
  describe: "Search one scheme's numbers for the most value created, under constraints, with behaviour in the loop; write optimize.json, a page and best.yaml",
  builder: (yargs) =>
    withExamples(
      withCsvOption(withShardOption(withBookOption(withSetOption(yargs))))
        .positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)', demandOption: true })
        .option('scheme', { type: 'string', requiresArg: true, demandOption: true, describe: 'The scheme whose numbers are searched (the warm-up and the baseline stay as in the file)' })
        .option('vary', { type: 'string', requiresArg: true, describe: 'A number of the scheme to search: path=low:high or path=v1,v2,... (paths as in --set, starting schemes.<scheme>.); repeatable' })
        .option('objective', { choices: ['valueCreated', 'netProfit'] as const, default: 'valueCreated' as const, describe: 'What is maximised (value created: profit plus the change in the book’s value)' })
        .option('constraint', {
          type: 'string',
          requiresArg: true,
          describe: 'measure<=bound or measure>=bound: compCost, quits, payCut (worst-hit manager of the team at the switch, first 6 months), activeClients; bound a number, baseline±N, baseline+N% or switch; repeatable',
        })
        .option('budget-runs', { type: 'number', default: 20000, requiresArg: true, describe: 'Every simulated run the search may use: candidates, the baseline, the selection and the confirmation' })
        .option('indifference', { type: 'string', default: '1%', requiresArg: true, describe: "The smallest difference worth telling apart: an amount of the objective or a percentage of the baseline's mean" })
        .option('calibration', { type: 'string', requiresArg: true, describe: 'A calibration.json of this scenario: recheck the chosen values against the baseline at every accepted point' })
        .option('seed', { type: 'number', default: 1, requiresArg: true, describe: 'Random seed (racing on it, the selection on seed+1, the confirmation on seed+2)' })
        .option('months', { type: 'number', requiresArg: true, describe: 'Months after the switch (overrides horizonMonths)' })
        .option('workers', { type: 'number', requiresArg: true, describe: `Worker threads (default: all cores, ${defaultWorkers()} here)` })
        .option('out', { type: 'string', requiresArg: true, describe: 'Output folder (default: reports/<scenario file name>-optimize)' })
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report page (what the command prints stays English)' })
        .option('shard-wait', { type: 'number', default: 120, requiresArg: true, describe: "With --shard: minutes to wait for the other shards' part of a round (--out must be a folder every shard sees)" }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./optimize-action.js')).optimizeAction(args),
  examples: EXAMPLES,
};
