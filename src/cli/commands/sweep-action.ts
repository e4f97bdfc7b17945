/**
 * What `compsim sweep` does (the command is declared in sweep.ts); `compsim merge` writes a merged
 * sweep with the same functions.
 */
import { join } from 'node:path';
import { checkSchemeOption } from '../run-options.js';
import { checkOutputFolder, writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { checkGridSize, varyOption } from '../sweep-options.js';
import { experimentBase, listOption, outputFolder, shardOption, withProgress } from '../whatif-options.js';
import { whatifMessages as wm } from '../whatif-messages.js';
import { collectPoints, writeShard } from '../../whatif/experiment.js';
import { analyseSweep, sweepInputs, sweepReduce, sweepSpecs, type Goal, type SweepResult } from '../../whatif/sweep.js';
import { plannedTasks } from '../../whatif/points.js';
import type { CsvDialect } from '../../report/csv.js';
import type { Lang } from '../../report/i18n.js';

/** sweep.json as the file has always read: the result, with how its intervals were computed in words. */
export function sweepJson(result: SweepResult): string {
  return JSON.stringify({ ...result, interval: wm.sweepInterval(result.interval) }, null, 2) + '\n';
}

/** sweep.json and sweep.html of a finished sweep, written together or not at all. */
export async function writeSweep(result: SweepResult, out: string, lang: Lang, csv?: CsvDialect): Promise<string[]> {
  const { renderSweepPage } = await import('../../report/whatif/sweep-page.js');
  const html = await renderSweepPage(result, { lang });
  const files = [
    { path: join(out, 'sweep.json'), content: sweepJson(result) },
    { path: join(out, 'sweep.html'), content: html },
    ...(csv ? (await import('../../report/csv.js')).sweepCsv(result, csv).map((f) => ({ path: join(out, f.name), content: f.content })) : []),
  ];
  writeFilesAtomically(files);
  return files.map((f) => f.path);
}

/** The lines the command prints: every scheme's best point and flat region. */
export function sweepLines(result: SweepResult): string {
  const lines = [wm.sweepSummary(result.points.length, result.runs, result.metric, result.goal)];
  for (const scheme of result.schemes) {
    const best = result.best[scheme];
    lines.push(wm.sweepBest(scheme, result.points[best.point].set, best.mean, best.ci95, best.flat.length, result.points.length));
  }
  return lines.join('\n');
}

export async function sweepAction(args: Record<string, unknown>): Promise<number> {
  const focus = args.scheme === undefined ? undefined : String(args.scheme);
  const { base, seed, workers } = experimentBase(args, focus ? [focus] : undefined);
  if (focus) checkSchemeOption(focus, base.scenario, String(args.scenario));
  const axes = varyOption(listOption(args.vary), base.scenario);
  const inputs = sweepInputs(base, { seed, axes, metric: String(args.metric), goal: args.goal as Goal | undefined, focus });
  checkGridSize(axes);
  const specs = sweepSpecs(inputs);
  const reduce = sweepReduce(inputs);
  const out = outputFolder(args, 'sweep');
  checkOutputFolder(out);
  const shard = shardOption(args);
  const { tasks } = plannedTasks(specs.length, base.runs, { shard });
  const runs = tasks.reduce((sum, t) => sum + t.runs, 0);
  if (shard) {
    const written = await withProgress(runs, (p) => writeShard('sweep', inputs, base, specs, reduce, { workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
    process.stdout.write(wm.shardWritten(shard.index, shard.count, written.owned, written.units, written.ownership, written.path) + '\n');
    return 0;
  }
  const results = await withProgress(runs, (p) => collectPoints(base, specs, reduce, { workers, signal: p.signal, onRun: p.onRun }));
  const result = analyseSweep(inputs, results);
  const paths = await writeSweep(result, out, args.lang as Lang, args.csv as CsvDialect | undefined);
  process.stdout.write(`${sweepLines(result)}\n${wroteLine(paths)}\n`);
  return 0;
}
