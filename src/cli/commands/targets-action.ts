/** What `compsim targets` does (the command is declared in targets.ts). */
import { join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { UserError } from '../user-error.js';
import { experimentBase, outputFolder, withProgress } from '../whatif-options.js';
import { isWhatIfError, wantedRange, whatifMessages as wm, whatifProblem } from '../whatif-messages.js';
import { collectPoints } from '../../whatif/experiment.js';
import { applyOverrides } from '../../scenario/index.js';
import type { Summary } from '../../engine/summary.js';
import { checkTargets, measureTargets, resolveTarget, targetSchemeIds, targetSpecs, targetVariants, type ResolvedTarget, type TargetsResult } from '../../whatif/targets.js';
import type { ExperimentBase } from '../../whatif/points.js';

/** A number as the table prints it: four significant digits. */
function shown(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}

/** The lines the command prints: the count met, then per target its measurement, what is wanted and its source. */
export function targetsLines(result: TargetsResult): string {
  const lines = [wm.targetsSummary(result.met, result.targets.length, result.runs, result.seed, result.variants.length)];
  for (const t of result.targets) {
    const wanted = wantedRange(t.low ?? -Infinity, t.high ?? Infinity);
    lines.push(wm.targetLine(t.met, t.id, shown(t.mean), `${shown(t.ci95[0])} … ${shown(t.ci95[1])}`, wanted, t.intervalInside, shown(t.distance)));
    lines.push(wm.targetDetail(t.measure, t.against, t.form));
    lines.push(wm.targetSource(t.source));
  }
  return lines.join('\n');
}

/**
 * The scenario's targets resolved and checked against the schemes simulated (--schemes and the
 * baseline, or all), with every variant's overrides tried on the scenario: a problem names the
 * file and the target.
 */
export function checkedScenarioTargets(file: string, base: ExperimentBase): ResolvedTarget[] {
  const { scenario } = base;
  const baseline = scenario.baseline ?? scenario.current;
  const schemes = base.schemes ? [...base.schemes, baseline] : scenario.schemes.map((s) => s.id);
  const guarded = <T>(index: number, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (isWhatIfError(error)) throw new UserError(wm.targetProblem(file, index, scenario.targets[index].id, whatifProblem(error.problem)));
      throw error;
    }
  };
  const targets = scenario.targets.map((target, i) => guarded(i, () => resolveTarget(target)));
  targets.forEach((t, i) => guarded(i, () => checkTargets([t], schemes, baseline, scenario.horizonMonths)));
  scenario.targets.forEach((target, i) => {
    for (const set of [target.set, target.against?.set ?? []]) applyOverrides(scenario, set, { file: wm.targetSetSource(file, i) });
  });
  return targets;
}

export async function targetsAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  const { base, seed, workers } = experimentBase(args);
  const { scenario } = base;
  if (scenario.targets.length === 0) throw new UserError(wm.noScenarioTargets(file));
  const baseline = scenario.baseline ?? scenario.current;
  const targets = checkedScenarioTargets(file, base);
  const schemes = base.schemes ?? [...new Set([...targetSchemeIds(targets), baseline])];
  base.schemes = schemes;
  const variants = targetVariants(targets);
  const out = outputFolder(args, 'targets');
  checkOutputFolder(out);
  const specs = targetSpecs(targets, seed);
  const summaries = await withProgress(specs.length * base.runs, (p) => collectPoints<Summary>(base, specs, (summary) => summary, { workers, signal: p.signal, onRun: p.onRun }));
  const measured = measureTargets(targets, variants, summaries);
  const result: TargetsResult = {
    version: 1,
    kind: 'targets',
    scenario: base.scenarioName,
    ...(scenario.translations ? { scenarioTranslations: scenario.translations } : {}),
    seed,
    runs: base.runs,
    months: scenario.horizonMonths,
    overrides: base.overrides,
    variants,
    targets: measured,
    met: measured.filter((t) => t.met).length,
  };
  const path = join(out, 'targets.json');
  const page = join(out, 'targets.html');
  const { renderTargetsPage } = await import('../../report/index.js');
  writeFilesAtomically([
    { path, content: JSON.stringify(result, null, 2) + '\n' },
    { path: page, content: renderTargetsPage(result, args.lang as 'en' | 'ru') },
  ]);
  process.stdout.write(args.json ? JSON.stringify(result, null, 2) + '\n' : `${targetsLines(result)}\n${wroteLine([path, page])}\n`);
  return 0;
}
