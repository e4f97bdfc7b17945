/**
 * `compsim sensitivity <scenario> [--scheme ID] [--metric netProfitDiff] [--delta 0.2]`: which
 * assumptions the verdict depends on — tornado, Morris screening, noise floor, and the values at
 * which the ranking of schemes changes. Writes sensitivity.json and sensitivity.html (or, with
 * --shard i/n, this shard's share of the fixed design for `compsim merge`, which then runs the
 * crossing search).
 */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { experimentBase, listOption, outputFolder, shardOption, withExperimentOptions, withProgress, withShardOption, type Progressing } from '../whatif-options.js';
import { withExamples } from './validate.js';
import { collectPoints, writeShard } from '../../whatif/experiment.js';
import { selectParameters } from '../../whatif/parameters.js';
import { plannedTasks } from '../../whatif/points.js';
import {
  analyseSensitivity,
  sensitivityInputs,
  sensitivityReduce,
  sensitivitySpecs,
  type SensitivityInputs,
  type SensitivityResult,
} from '../../whatif/sensitivity.js';
import type { PointValues } from '../../whatif/crossing.js';
import type { Lang } from '../../report/i18n.js';

const EXAMPLES: [string, string][] = [
  ['compsim sensitivity scenarios/freight.yaml --scheme farmer-handoff', 'What the hand-off scheme’s advantage over the current one depends on'],
  ['compsim sensitivity scenarios/freight.yaml --params behavior --range behavior.farmingEffortCost=-30:30 --trajectories 6', 'Only the behaviour parameters, with a box for one whose value is 0'],
  ['compsim sensitivity scenarios/freight.yaml --shard 1/10 --out parts', 'A tenth of the fixed design; `compsim merge parts/*` finishes it'],
];

/** Simulates the crossing search's batches here, with the same base and seed as the design. */
export function crossingEvaluator(inputs: SensitivityInputs, workers: number, progress: Progressing): (sets: string[][]) => Promise<PointValues[]> {
  const reduce = sensitivityReduce(inputs);
  return (sets) => {
    progress.plan(sets.length * inputs.base.runs);
    return collectPoints(inputs.base, sets.map((s) => ({ sets: s, seed: inputs.seed })), reduce, { workers, signal: progress.signal, onRun: progress.onRun });
  };
}

export async function writeSensitivity(result: SensitivityResult, out: string, lang: Lang): Promise<void> {
  const { renderSensitivityPage } = await import('../../report/whatif/sensitivityPage.js');
  const html = await renderSensitivityPage(result, { lang });
  writeFilesAtomically([
    { path: join(out, 'sensitivity.json'), content: JSON.stringify(result, null, 2) + '\n' },
    { path: join(out, 'sensitivity.html'), content: html },
  ]);
}

function format(value: number): string {
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Number(value.toPrecision(4)));
}

export function sensitivityLines(result: SensitivityResult): string {
  const lines = [...result.headline, `Noise floor of ${result.metricPath}: ±${format(result.noise.floor)} (${result.noise.seeds.length} seeds)`, 'Widest swings (tornado):'];
  for (const bar of result.tornado.slice(0, 8)) {
    lines.push(`  ${bar.path} ${format(bar.low)}…${format(bar.high)}: ${format(bar.effectLow)} / ${format(bar.effectHigh)}${bar.aboveNoise ? '' : '  (within noise)'}`);
  }
  return lines.join('\n');
}

export const sensitivityCommand: CommandModule = {
  command: 'sensitivity <scenario>',
  describe: 'Which assumptions the verdict depends on: tornado, Morris screening, where the ranking flips',
  builder: (yargs) =>
    withExamples(
      withShardOption(withExperimentOptions(yargs, 32))
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
  handler: async (args) => {
    const focus = args.scheme === undefined ? undefined : String(args.scheme);
    const { base, seed, workers } = experimentBase(args);
    const inputs = sensitivityInputs(
      base,
      {
        seed,
        metric: String(args.metric),
        focus,
        params: listOption(args.params).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean),
        ranges: listOption(args.range),
        delta: Number(args.delta),
        noiseSeeds: Number(args['noise-seeds']),
        trajectories: Number(args.trajectories),
        levels: Number(args.levels),
        top: Number(args.top),
        span: Number(args.span),
        steps: Number(args.steps),
      },
      (names) => selectParameters(base.scenario, names),
    );
    const specs = sensitivitySpecs(inputs);
    const reduce = sensitivityReduce(inputs);
    const out = outputFolder(args, 'sensitivity');
    checkOutputFolder(out);
    const shard = shardOption(args);
    const { tasks } = plannedTasks(specs.length, base.runs, { shard });
    const runs = tasks.reduce((sum, t) => sum + t.runs, 0);
    if (shard) {
      const written = await withProgress(runs, (p) => writeShard('sensitivity', inputs, base, specs, reduce, { workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
      process.stdout.write(`Shard ${shard.index}/${shard.count}: ${written.owned} of ${written.units} ${written.ownership} → ${written.path}\n`);
      return 0;
    }
    const result = await withProgress(runs, async (p) => {
      const results = await collectPoints(base, specs, reduce, { workers, signal: p.signal, onRun: p.onRun });
      return analyseSensitivity(inputs, results, crossingEvaluator(inputs, workers, p));
    });
    await writeSensitivity(result, out, args.lang as Lang);
    process.stdout.write(`${sensitivityLines(result)}\nWrote ${join(out, 'sensitivity.json')} and ${join(out, 'sensitivity.html')}\n`);
    return 0;
  },
  examples: EXAMPLES,
};
