/**
 * What `compsim sweep` does (the command is declared in sweep.ts); `compsim merge` writes a merged
 * sweep with the same functions.
 */
import { join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { experimentBase, listOption, outputFolder, shardOption, withProgress } from '../whatif-options.js';
import { collectPoints, writeShard } from '../../whatif/experiment.js';
import { analyseSweep, sweepInputs, sweepReduce, sweepSpecs, type Goal, type SweepResult } from '../../whatif/sweep.js';
import { plannedTasks } from '../../whatif/points.js';
import type { Lang } from '../../report/i18n.js';

/** sweep.json and sweep.html of a finished sweep, written together or not at all. */
export async function writeSweep(result: SweepResult, out: string, lang: Lang): Promise<void> {
  const { renderSweepPage } = await import('../../report/whatif/sweep-page.js');
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

export async function sweepAction(args: Record<string, unknown>): Promise<number> {
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
}
