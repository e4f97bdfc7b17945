/**
 * What `compsim sensitivity` does (the command is declared in sensitivity.ts); `compsim merge`
 * finishes a sharded analysis with the same functions.
 */
import { join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { sensitivityOptions } from '../sensitivity-options.js';
import { experimentBase, outputFolder, shardOption, withProgress, type Progressing } from '../whatif-options.js';
import { whatifMessages as wm } from '../whatif-messages.js';
import { collectPoints, writeShard } from '../../whatif/experiment.js';
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
import type { CsvDialect } from '../../report/csv.js';
import type { Lang } from '../../report/i18n.js';

/** Simulates the crossing search's batches here, with the same base and seed as the design. */
export function crossingEvaluator(inputs: SensitivityInputs, workers: number, progress: Progressing): (sets: string[][]) => Promise<PointValues[]> {
  const reduce = sensitivityReduce(inputs);
  return (sets) => {
    progress.plan(sets.length * inputs.base.runs);
    return collectPoints(inputs.base, sets.map((s) => ({ sets: s, seed: inputs.seed })), reduce, { workers, signal: progress.signal, onRun: progress.onRun });
  };
}

/**
 * sensitivity.json: the result with its findings and the noise floor's method in English words,
 * as the file has always read; a skipped parameter's reason stays a code.
 */
export function sensitivityJson(result: SensitivityResult): string {
  // The findings in English words for people, and as codes (`findings`) for compsim report to word in either language.
  const file = { ...result, noise: { ...result.noise, method: wm.noiseMethod(result.noise.method) }, headline: result.headline.map(wm.finding), findings: result.headline };
  return JSON.stringify(file, null, 2) + '\n';
}

export async function writeSensitivity(result: SensitivityResult, out: string, lang: Lang, csv?: CsvDialect): Promise<string[]> {
  const { renderSensitivityPage } = await import('../../report/whatif/sensitivity-page.js');
  const html = await renderSensitivityPage(result, { lang });
  const files = [
    { path: join(out, 'sensitivity.json'), content: sensitivityJson(result) },
    { path: join(out, 'sensitivity.html'), content: html },
    ...(csv ? (await import('../../report/csv.js')).sensitivityCsv(result, csv).map((f) => ({ path: join(out, f.name), content: f.content })) : []),
  ];
  writeFilesAtomically(files);
  return files.map((f) => f.path);
}

export function sensitivityLines(result: SensitivityResult): string {
  const lines = [...result.headline.map(wm.finding), wm.noiseFloor(result.metricPath, result.noise.floor, result.noise.seeds.length), wm.widestSwings()];
  for (const bar of result.tornado.slice(0, 8)) lines.push(wm.swing(bar.path, bar.low, bar.high, bar.effectLow, bar.effectHigh, bar.aboveNoise));
  return lines.join('\n');
}

export async function sensitivityAction(args: Record<string, unknown>): Promise<number> {
  const { base, seed, workers } = experimentBase(args);
  const inputs = sensitivityInputs(base, sensitivityOptions(args, base, seed));
  const specs = sensitivitySpecs(inputs);
  const reduce = sensitivityReduce(inputs);
  const out = outputFolder(args, 'sensitivity');
  checkOutputFolder(out);
  const shard = shardOption(args);
  const { tasks } = plannedTasks(specs.length, base.runs, { shard });
  const runs = tasks.reduce((sum, t) => sum + t.runs, 0);
  if (shard) {
    const written = await withProgress(runs, (p) => writeShard('sensitivity', inputs, base, specs, reduce, { workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
    process.stdout.write(wm.shardWritten(shard.index, shard.count, written.owned, written.units, written.ownership, written.path) + '\n');
    return 0;
  }
  // The crossing search after the design simulates at most 2 directions × top parameters × (span scan steps + bisection steps) points.
  const { top, span, steps } = inputs.crossings;
  const crossingBound = 2 * top * (Math.ceil(span) + steps) * base.runs;
  const result = await withProgress(runs + crossingBound, async (p) => {
    const results = await collectPoints(base, specs, reduce, { workers, signal: p.signal, onRun: p.onRun });
    return analyseSensitivity(inputs, results, crossingEvaluator(inputs, workers, p));
  });
  const paths = await writeSensitivity(result, out, args.lang as Lang, args.csv as CsvDialect | undefined);
  process.stdout.write(`${sensitivityLines(result)}\n${wroteLine(paths)}\n`);
  return 0;
}
