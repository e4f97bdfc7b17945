/** What `compsim optimize` does (the command is declared in optimize.ts). */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkOutputFolder, writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { bookFolder, loadBook } from '../book-option.js';
import { messages as m } from '../messages.js';
import { budgetOption, parseConstraint, parseIndifference, parseVary, recheckSets } from '../optimize-options.js';
import { checkSchemeOption } from '../run-options.js';
import { UserError } from '../user-error.js';
import { experimentBase, listOption, outputFolder, shardOption, withProgress } from '../whatif-options.js';
import { whatifMessages as wm } from '../whatif-messages.js';
import { optimize, optimizedId, optimizedScheme, type OptimizeInputs } from '../../whatif/optimize.js';
import { optimizationResult, type OptimizationResult } from '../../whatif/optimize-result.js';
import type { Objective } from '../../whatif/optimize-measures.js';
import type { CsvDialect } from '../../report/csv.js';

/** What the command prints: what was searched, the chosen numbers, how they compare with the baseline, the constraints, the budget. */
export function optimizationLines(result: OptimizationResult): string {
  const objective = result.confirmation.measures[result.objective];
  const racing = result.candidates.length;
  const lines = [
    wm.optimizeSearched(racing, result.method.iterations, result.spent.racing, result.selection.finalists.length, result.spent.selection, result.seed),
    wm.optimizeChosen(Object.entries(result.chosen.values), result.chosen.own),
    wm.optimizeVersusBaseline(
      result.objective,
      result.baseline,
      objective.difference.mean,
      objective.difference.ci95[0],
      objective.difference.ci95[1],
      objective.chosen.mean,
      objective.baseline.mean,
      result.confirmation.runs,
      result.confirmation.seed,
    ),
    wm.optimizeSelection(result.selection.ended, result.selection.delta, result.selection.alpha),
  ];
  if (result.atEdge.length > 0) lines.push(wm.optimizeAtEdge(result.atEdge));
  for (const c of result.confirmation.constraints) {
    const binding = result.binding.find((b) => b.written === c.written);
    lines.push(wm.optimizeConstraint(c.written, c.verdict, c.slack.mean, c.slack.ci95[0], c.slack.ci95[1], binding?.keptOut ?? 0));
  }
  if (result.recheck) lines.push(wm.optimizeRecheck(result.recheck.beats, result.recheck.points, result.recheck.runs));
  lines.push(wm.optimizeSpent(result.spent.total, result.budget, result.spent));
  return lines.join('\n');
}

export async function optimizeAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  // The search decides how many runs each candidate gets; `runs` only satisfies the shared checks.
  const { base, seed, workers } = experimentBase({ ...args, runs: 2 });
  const { scenario } = base;
  const scheme = String(args.scheme);
  checkSchemeOption(scheme, scenario, file);
  const varies = listOption(args.vary);
  if (varies.length === 0) throw new UserError(wm.optimizeNoVary());
  const dimensions = varies.map((v) => parseVary(v, scenario, scheme));
  const twice = dimensions.find((d, j) => dimensions.findIndex((e) => e.path === d.path) !== j);
  if (twice) throw new UserError(wm.variedTwice(twice.path));
  const constraints = listOption(args.constraint).map(parseConstraint);
  const budget = budgetOption(args['budget-runs']);
  const indifference = parseIndifference(args.indifference);
  const recheck = recheckSets(args.calibration === undefined ? undefined : String(args.calibration), base.scenarioName, scenario);
  const folder = bookFolder(args, file, scenario);
  if (folder !== undefined) base.book = loadBook(folder, scenario, args.lang === 'ru' ? 'ru' : 'en');
  const out = outputFolder(args, 'optimize');
  checkOutputFolder(out);
  const shard = shardOption(args);
  const wait = Number(args['shard-wait']);
  if (!(wait > 0)) throw new UserError(wm.shardWaitExpected(args['shard-wait']));
  const inputs: OptimizeInputs = { base, scheme, dimensions, objective: args.objective as Objective, constraints, budget, indifference, seed, recheck };
  const rounds = shard ? { shard, dir: out, waitMs: wait * 60_000 } : undefined;
  const search = await withProgress(shard ? Math.ceil(budget / shard.count) : budget, (p) => optimize(inputs, { workers, signal: p.signal, onRun: p.onRun }, rounds));
  const result = optimizationResult(inputs, search);
  // Every shard reaches the same result; the first writes it (the others render nothing).
  if (shard && shard.index !== 1) {
    process.stdout.write(`${optimizationLines(result)}\n${wm.optimizeShardDone(shard.index, shard.count, out)}\n`);
    return 0;
  }
  const chosen = search.candidates[search.chosen].values;
  const objective = result.confirmation.measures[result.objective].difference;
  const command = wm.optimizeCommandLine(file, scheme, varies, constraints.map((c) => c.written), budget, seed);
  const header = wm.bestHeader(command, scheme, optimizedId(scheme), objective.mean, objective.ci95[0], objective.ci95[1]);
  const best = `${header.map((line) => `# ${line}`).join('\n')}\n${stringify([optimizedScheme(scenario, inputs, chosen)])}`;
  const { renderOptimizationPage } = await import('../../report/index.js');
  const files = [
    { path: join(out, 'optimize.json'), content: JSON.stringify(result, null, 2) + '\n' },
    { path: join(out, 'optimize.html'), content: await renderOptimizationPage(result, args.lang as 'en' | 'ru') },
    { path: join(out, 'best.yaml'), content: best },
    ...(args.csv ? (await import('../../report/csv.js')).optimizationCsv(result, args.csv as CsvDialect).map((f) => ({ path: join(out, f.name), content: f.content })) : []),
  ];
  writeFilesAtomically(files);
  process.stdout.write(`${optimizationLines(result)}\n${wroteLine(files.map((f) => f.path))}\n`);
  return 0;
}
