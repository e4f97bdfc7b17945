/**
 * `compsim sweep <scenario> --vary path=v1,v2,... [--vary path2=from:to:steps]`: the metric over a
 * full grid of parameter values, every point with the same seed; writes sweep.json and sweep.html
 * (or, with --shard i/n, this shard's part file for `compsim merge`).
 */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { experimentBase, listOption, outputFolder, shardOption, withExperimentOptions, withProgress, withShardOption } from '../whatif-options.js';
import { withExamples } from './validate.js';
import { collectPoints, writeShard } from '../../whatif/experiment.js';
import { analyseSweep, sweepInputs, sweepReduce, sweepSpecs, type Goal, type SweepResult } from '../../whatif/sweep.js';
import { plannedTasks } from '../../whatif/points.js';
import type { Lang } from '../../report/i18n.js';

const EXAMPLES: [string, string][] = [
  ['compsim sweep scenarios/freight.yaml --vary behavior.discountRate=0.04:0.16:7', 'Net profit of every scheme as managers get more impatient'],
  [
    'compsim sweep scenarios/freight.yaml --scheme farmer-handoff --metric netProfitDiff --vary schemes.farmer-handoff.roles.hunter.pay.trailing.rate=0.01,0.02,0.04 --vary clients.handoffChurn=0.02:0.1:5',
    'Heat map: the hand-off scheme against the current one over trailing rate × hand-off churn',
  ],
  ['compsim sweep scenarios/freight.yaml --vary behavior.discountRate=0.04:0.16:7 --shard 2/4 --out parts', 'Simulate a quarter of the grid; `compsim merge parts/*` puts it together'],
];

/** sweep.json and sweep.html of a finished sweep, written together or not at all. */
export async function writeSweep(result: SweepResult, out: string, lang: Lang): Promise<void> {
  const { renderSweepPage } = await import('../../report/whatif/sweepPage.js');
  const html = await renderSweepPage(result, { lang });
  writeFilesAtomically([
    { path: join(out, 'sweep.json'), content: JSON.stringify(result, null, 2) + '\n' },
    { path: join(out, 'sweep.html'), content: html },
  ]);
}

/** The lines the command prints: every scheme's best point and flat region. */
export function sweepLines(result: SweepResult): string {
  const lines = [`${result.points.length} points × ${result.runs} runs, metric ${result.metric} (${result.goal === 'max' ? 'higher' : 'lower'} is better)`];
  for (const scheme of result.schemes) {
    const best = result.best[scheme];
    const [lo, hi] = best.ci95;
    lines.push(
      `  ${scheme}: best at ${result.points[best.point].set.join(' ')} = ${format(best.mean)} [${format(lo)}, ${format(hi)}]; flat region ${best.flat.length} of ${result.points.length} points`,
    );
  }
  return lines.join('\n');
}

function format(value: number): string {
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Number(value.toPrecision(4)));
}

export const sweepCommand: CommandModule = {
  command: 'sweep <scenario>',
  describe: 'Simulate a grid of parameter values (same seed everywhere); write sweep.json and sweep.html',
  builder: (yargs) =>
    withExamples(
      withShardOption(withExperimentOptions(yargs, 64))
        .option('vary', { type: 'string', requiresArg: true, describe: 'A parameter and its values: path=v1,v2,... or path=from:to:steps; repeat for a grid' })
        .option('metric', { type: 'string', default: 'netProfit', requiresArg: true, describe: 'What to compare: netProfit, netProfitDiff, huntActivate, annualChurnRate, … or a summary path' })
        .option('scheme', { type: 'string', requiresArg: true, describe: 'Only this scheme (and the baseline): the one the charts centre on' })
        .option('goal', { choices: ['max', 'min'] as const, describe: 'Is higher or lower better (default: from the metric)' }),
      EXAMPLES,
    ),
  handler: async (args) => {
    const focus = args.scheme === undefined ? undefined : String(args.scheme);
    const { base, seed, workers } = experimentBase(args, focus ? [focus] : undefined);
    const inputs = sweepInputs(base, { seed, vary: listOption(args.vary), metric: String(args.metric), goal: args.goal as Goal | undefined, focus });
    const specs = sweepSpecs(inputs);
    const reduce = sweepReduce(inputs);
    const out = outputFolder(args, 'sweep');
    checkOutputFolder(out);
    const shard = shardOption(args);
    const { tasks } = plannedTasks(specs.length, base.runs, { shard });
    const runs = tasks.reduce((sum, t) => sum + t.runs, 0);
    if (shard) {
      const written = await withProgress(runs, (p) => writeShard('sweep', inputs, base, specs, reduce, { workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
      process.stdout.write(`Shard ${shard.index}/${shard.count}: ${written.owned} of ${written.units} ${written.ownership} → ${written.path}\n`);
      return 0;
    }
    const results = await withProgress(runs, (p) => collectPoints(base, specs, reduce, { workers, signal: p.signal, onRun: p.onRun }));
    const result = analyseSweep(inputs, results);
    await writeSweep(result, out, args.lang as Lang);
    process.stdout.write(`${sweepLines(result)}\nWrote ${join(out, 'sweep.json')} and ${join(out, 'sweep.html')}\n`);
    return 0;
  },
  examples: EXAMPLES,
};
