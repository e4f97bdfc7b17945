/**
 * `compsim calibrate <scenario> --target observable=low:high ... --param path=low:high ...`: fit
 * parameters so that the simulated company shows what the real one shows. Writes
 * calibration.json (every point, the accepted set, the fit of each target) and, when some point
 * meets every target, `<scenario>.calibrated.yaml`: the scenario file with the best point's values
 * written in place (every other line and comment kept).
 */
import type { CommandModule } from '../command.js';
import { withExamples, withExperimentOptions } from '../shared-options.js';

const OBSERVED_SPLITS =
  "--target 'schemes.lifetime-commission.timeShare.huntActivate=0.5:0.7' --target 'schemes.new-client-bonus.timeShare.huntActivate=0.9:0.95'";

/** The uncertain parameters of the bundled calibration, each over a range around scenarios/freight.yaml's value. */
export const BUNDLED_CALIBRATION = [
  'clients.baseChurn=0.006:0.008',
  'clients.churnHeterogeneity=1.5:2.5',
  'clients.attentionHours=5:7',
  'behavior.contractsPerHuntHour=0.25:0.35',
  'behavior.effortPrice=80:120',
  'behavior.huntingEffortCost=210:270',
  'behavior.farmingEffortCost=-20:20',
  'behavior.quitBase=0.010:0.014',
];

const BUNDLED_PARAMETERS = BUNDLED_CALIBRATION.map((p) => `--param ${p}`).join(' ');

const EXAMPLES: [string, string][] = [
  [
    `compsim calibrate scenarios/freight.yaml --design lhs --points 60 --runs 64 --seed 11 ${BUNDLED_PARAMETERS}`,
    "Reproduce the bundled calibration (scripts/calibrate-defaults.ts): every target of the scenario's targets: section, and how often each scheme is best over the accepted set",
  ],
  [
    `compsim calibrate scenarios/freight.yaml ${OBSERVED_SPLITS} --param behavior.discountRate=0.06,0.08,0.1,0.12,0.14 --param behavior.farmingEffortCost=-60,-30,0,30,60 --runs 32 --seed 11`,
    'Only the two time splits the owner observed, on a grid',
  ],
  [
    'compsim calibrate my.yaml --scheme new-client-bonus --target annualChurnRate=0.12 --tolerance 0.1 --target conversion=0.4:0.6 --param clients.baseChurn=0.004:0.02 --param clients.activationPerHour=0.02:0.1 --design lhs --points 40',
    'Fit churn and activation to your own churn rate and conversion with a Latin hypercube',
  ],
];

export const calibrateCommand: CommandModule = {
  command: 'calibrate <scenario>',
  describe: 'Fit parameters to observed values (grid or Latin hypercube); write calibration.json and a calibrated scenario file',
  builder: (yargs) =>
    withExamples(
      withExperimentOptions(yargs, 32)
        .option('target', { type: 'string', requiresArg: true, describe: 'An observed value: observable=low:high or observable=value (± --tolerance); repeatable' })
        .option('param', { type: 'string', requiresArg: true, describe: 'A parameter to fit: path=low:high or path=v1,v2,...; repeatable' })
        .option('scheme', { type: 'string', requiresArg: true, describe: 'The scheme shorthand targets refer to (huntActivate, annualChurnRate, conversion, managerTurnover, …)' })
        .option('tolerance', { type: 'number', default: 0.05, requiresArg: true, describe: 'Relative tolerance of a target given as one value' })
        .option('design', { choices: ['grid', 'lhs'] as const, describe: 'grid (every combination) or lhs (Latin hypercube); default: grid when every --param lists values' })
        .option('points', { type: 'number', default: 30, requiresArg: true, describe: 'Latin hypercube: number of points' })
        .option('steps', { type: 'number', default: 5, requiresArg: true, describe: 'Grid: values per low:high parameter' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./calibrate-action.js')).calibrateAction(args),
  examples: EXAMPLES,
};
