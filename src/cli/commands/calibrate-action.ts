/** What `compsim calibrate` does (the command is declared in calibrate.ts). */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { checkDesign, checkTargetsAndParameters, parseCalibrationParameter, parseTarget, toleranceOption } from '../calibrate-options.js';
import { messages as m } from '../messages.js';
import { experimentBase, listOption, outputFolder, withProgress } from '../whatif-options.js';
import { whatifMessages as wm } from '../whatif-messages.js';
import { collectPoints } from '../../whatif/experiment.js';
import {
  analyseCalibration,
  calibrationReduce,
  calibrationSpecs,
  checkCalibrationInputs,
  scenarioCalibrationTargets,
  targetSchemes,
  type CalibrationDesign,
  type CalibrationInputs,
  type CalibrationResult,
} from '../../whatif/calibrate.js';
import { calibratedScenarioText } from '../../whatif/calibrated-file.js';
import { checkedScenarioTargets } from './targets-action.js';

/** What the command prints: each target's fit at the best point, the accepted set. */
export function calibrationLines(result: CalibrationResult): string {
  const best = result.points[result.best];
  const lines = [wm.calibrationDesign(result.points.length - 1, result.design, result.runs), wm.calibrationAccepted(result.accepted.length, result.scenarioAccepted, result.points[0].score)];
  for (const [path, [lo, hi]] of Object.entries(result.acceptedRanges)) lines.push(wm.calibrationRange(path, lo, hi));
  lines.push(wm.calibrationBest(best.accepted, Object.entries(best.values), best.score));
  for (const fit of result.fit) lines.push(wm.calibrationFit(fit.path, fit.atBest.mean, fit.atBest.ci95, fit.low, fit.high, fit.inside, fit.atScenario.mean));
  lines.push(wm.calibrationRobustness(result.robustness.accepted, Object.entries(result.robustness.first)));
  return lines.join('\n');
}

/** The comment block the calibrated scenario file starts with: what was fitted to what, and how. */
export function calibrationHeader(result: CalibrationResult, command: string): string[] {
  const best = result.points[result.best];
  return [
    wm.calibratedBy(command),
    ...result.targets.map((t, k) => wm.calibratedTarget(t.path, t.low, t.high, best.observed[t.path].mean, best.observed[t.path].ci95, best.inside[k])),
    wm.calibratedSet(result.accepted.length, result.points.length, Object.entries(result.acceptedRanges)),
    `  ${wm.calibrationRobustness(result.robustness.accepted, Object.entries(result.robustness.first))}.`,
    wm.calibratedRuns(result.runs, result.seed, result.overrides),
  ];
}

export async function calibrateAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  const focus = args.scheme === undefined ? undefined : String(args.scheme);
  const tolerance = toleranceOption(args.tolerance);
  const given = listOption(args.target).map((t) => parseTarget(t, tolerance, focus));
  const { base, seed, workers } = experimentBase(args, given.length > 0 ? targetSchemes(given) : undefined);
  // No --target: the scenario's own targets, measured as `compsim targets` measures them.
  const targets = given.length > 0 ? given : scenarioCalibrationTargets(checkedScenarioTargets(file, base));
  if (given.length === 0 && targets.length > 0) base.schemes ??= targetSchemes(targets);
  const parameters = listOption(args.param).map((p) => parseCalibrationParameter(p, base));
  const design = (args.design as CalibrationDesign | undefined) ?? (parameters.every((p) => p.values) ? 'grid' : 'lhs');
  const inputs: CalibrationInputs = { base, seed, targets, parameters, design, points: Number(args.points), steps: Number(args.steps) };
  checkTargetsAndParameters(inputs);
  checkCalibrationInputs(inputs);
  checkDesign(inputs);
  const specs = calibrationSpecs(inputs);
  const out = outputFolder(args, 'calibrate');
  checkOutputFolder(out);
  const results = await withProgress(specs.length * base.runs, (p) => collectPoints(base, specs, calibrationReduce(inputs), { workers, signal: p.signal, onRun: p.onRun }));
  const result = analyseCalibration(inputs, results);
  const { renderCalibrationPage } = await import('../../report/whatif/calibration-page.js');
  const files = [
    { path: join(out, 'calibration.json'), content: JSON.stringify(result, null, 2) + '\n' },
    { path: join(out, 'calibration.html'), content: renderCalibrationPage(result, args.lang as 'en' | 'ru') },
  ];
  const calibratedName = `${basename(file, extname(file))}.calibrated.yaml`;
  if (result.points[result.best].accepted) {
    const values = Object.fromEntries(parameters.map((p) => [p.path, result.points[result.best].values[p.path]]).filter(([, v]) => Number.isFinite(v)));
    const command = wm.calibrateCommand(file, targets.map((t) => t.written), listOption(args.param), base.runs, seed);
    const text = calibratedScenarioText(readFileSync(file, 'utf8'), values, calibrationHeader(result, command), calibratedName, wm.calibratedNotes());
    files.push({ path: join(out, calibratedName), content: text });
  }
  writeFilesAtomically(files);
  const none = result.points[result.best].accepted ? '' : `\n${wm.noCalibratedFile()}`;
  process.stdout.write(`${calibrationLines(result)}${none}\n${wroteLine(files.map((f) => f.path))}\n`);
  return 0;
}
