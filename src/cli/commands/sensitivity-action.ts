/**
 * What `compsim sensitivity` does (the command is declared in sensitivity.ts); `compsim merge`
 * finishes a sharded analysis with the same functions.
 */
import { join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { experimentBase, listOption, outputFolder, shardOption, withProgress, type Progressing } from '../whatif-options.js';
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

/** Simulates the crossing search's batches here, with the same base and seed as the design. */
export function crossingEvaluator(inputs: SensitivityInputs, workers: number, progress: Progressing): (sets: string[][]) => Promise<PointValues[]> {
  const reduce = sensitivityReduce(inputs);
  return (sets) => {
    progress.plan(sets.length * inputs.base.runs);
    return collectPoints(inputs.base, sets.map((s) => ({ sets: s, seed: inputs.seed })), reduce, { workers, signal: progress.signal, onRun: progress.onRun });
  };
}

export async function writeSensitivity(result: SensitivityResult, out: string, lang: Lang): Promise<void> {
  const { renderSensitivityPage } = await import('../../report/whatif/sensitivity-page.js');
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

export async function sensitivityAction(args: Record<string, unknown>): Promise<number> {
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
}
