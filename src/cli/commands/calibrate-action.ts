/** What `compsim calibrate` does (the command is declared in calibrate.ts). */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkOutputFolder, writeFilesAtomically } from '../atomic-write.js';
import { experimentBase, listOption, outputFolder, withProgress } from '../whatif-options.js';
import { UserError } from '../user-error.js';
import { collectPoints } from '../../whatif/experiment.js';
import {
  analyseCalibration,
  calibrationReduce,
  calibrationSpecs,
  checkCalibrationInputs,
  parseCalibrationParameter,
  parseTarget,
  targetSchemes,
  type CalibrationDesign,
  type CalibrationInputs,
  type CalibrationResult,
} from '../../whatif/calibrate.js';
import { calibratedScenarioText } from '../../whatif/calibrated-file.js';

function format(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** What the command prints: each target's fit at the best point, the accepted set. */
export function calibrationLines(result: CalibrationResult): string {
  const best = result.points[result.best];
  const lines = [
    `${result.points.length - 1} candidate points (${result.design}) × ${result.runs} runs, plus the scenario as it is (point 0)`,
    `Accepted (every target met): ${result.accepted.length} point${result.accepted.length === 1 ? '' : 's'}; the scenario as it is ${result.scenarioAccepted ? 'meets every target' : 'misses some target'} (score ${result.points[0].score.toFixed(2)})`,
  ];
  for (const [path, [lo, hi]] of Object.entries(result.acceptedRanges)) lines.push(`  ${path}: ${format(lo)} … ${format(hi)} in the accepted set`);
  lines.push(`${best.accepted ? 'Best' : 'Closest (no candidate meets every target)'}: ${Object.entries(best.values).map(([p, v]) => `${p}=${v}`).join(' ')} (score ${best.score.toFixed(2)}; 0 = every target at the middle of its range, 1 = one at an edge)`);
  for (const fit of result.fit) {
    const o = fit.atBest;
    lines.push(`  ${fit.path}: ${format(o.mean)} [${format(o.ci95[0])}, ${format(o.ci95[1])}], target ${format(fit.low)}…${format(fit.high)} ${fit.inside ? 'met' : 'MISSED'}; the scenario as it is: ${format(fit.atScenario.mean)}`);
  }
  return lines.join('\n');
}

export function calibrationHeader(result: CalibrationResult, command: string): string[] {
  const best = result.points[result.best];
  return [
    `Calibrated by \`compsim calibrate\` (${command}):`,
    ...result.targets.map((t, k) => `  target ${t.path} in ${t.low}…${t.high}: simulated ${format(best.observed[t.path].mean)} (95 % interval ${format(best.observed[t.path].ci95[0])}…${format(best.observed[t.path].ci95[1])})${best.inside[k] ? '' : ' MISSED'}`),
    `  ${result.accepted.length} of ${result.points.length} points met every target; in that set ${Object.entries(result.acceptedRanges).map(([p, [lo, hi]]) => `${p} ${format(lo)}…${format(hi)}`).join(', ')}.`,
    `  ${result.runs} runs per point, seed ${result.seed}${result.overrides.length > 0 ? `, with ${result.overrides.join(' ')} (not written here)` : ''}.`,
  ];
}

export async function calibrateAction(args: Record<string, unknown>): Promise<number> {
  const focus = args.scheme === undefined ? undefined : String(args.scheme);
  const tolerance = Number(args.tolerance);
  if (!(tolerance > 0 && tolerance < 1)) throw new UserError(`--tolerance: expected a share between 0 and 1, found ${String(args.tolerance)}`);
  const targets = listOption(args.target).map((t) => parseTarget(t, tolerance, focus));
  const { base, seed, workers } = experimentBase(args, targets.length > 0 ? targetSchemes(targets) : undefined);
  const parameters = listOption(args.param).map((p) => parseCalibrationParameter(p, base));
  const design = (args.design as CalibrationDesign | undefined) ?? (parameters.every((p) => p.values) ? 'grid' : 'lhs');
  const inputs: CalibrationInputs = { base, seed, targets, parameters, design, points: Number(args.points), steps: Number(args.steps) };
  checkCalibrationInputs(inputs);
  const specs = calibrationSpecs(inputs);
  const out = outputFolder(args, 'calibrate');
  checkOutputFolder(out);
  const results = await withProgress(specs.length * base.runs, (p) => collectPoints(base, specs, calibrationReduce(inputs), { workers, signal: p.signal, onRun: p.onRun }));
  const result = analyseCalibration(inputs, results);
  const file = String(args.scenario);
  const files = [{ path: join(out, 'calibration.json'), content: JSON.stringify(result, null, 2) + '\n' }];
  const calibratedName = `${basename(file, extname(file))}.calibrated.yaml`;
  if (result.points[result.best].accepted) {
    const values = Object.fromEntries(parameters.map((p) => [p.path, result.points[result.best].values[p.path]]).filter(([, v]) => Number.isFinite(v)));
    const command = ['compsim calibrate', file, ...targets.map((t) => `--target ${t.written}`), ...listOption(args.param).map((p) => `--param ${p}`), `--runs ${base.runs}`, `--seed ${seed}`].join(' ');
    files.push({ path: join(out, calibratedName), content: calibratedScenarioText(readFileSync(file, 'utf8'), values, calibrationHeader(result, command), calibratedName) });
  }
  writeFilesAtomically(files);
  const wrote = files.map((f) => f.path).join(' and ');
  const none = result.points[result.best].accepted ? '' : '\nNo candidate met every target, so no calibrated scenario was written: widen the --param ranges or check the targets.';
  process.stdout.write(`${calibrationLines(result)}${none}\nWrote ${wrote}\n`);
  return 0;
}
