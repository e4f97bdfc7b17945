/**
 * The options of `compsim sensitivity` once it runs: the numbers of the design checked, the
 * parameters named by --params, and `--range path=low:high` boxes read and checked against those
 * parameters' ranges. The analysis gets them parsed (src/whatif/sensitivity.ts).
 */
import { checkSchemeOption } from './run-options.js';
import { selectParameters, type Parameter } from '../whatif/parameters.js';
import type { ExperimentBase } from '../whatif/points.js';
import type { SensitivityOptions } from '../whatif/sensitivity.js';
import { UserError } from './user-error.js';
import { listOption } from './whatif-options.js';
import { whatifMessages as wm } from './whatif-messages.js';

type Box = { low: number; high: number };

/** Reads one `--range path=low:high` against the parameters analysed. */
export function parseRange(argument: string, parameters: readonly Parameter[]): [string, Box] {
  const match = /^([^=]+)=([^:]+):([^:]+)$/.exec(argument.trim());
  if (!match) throw new UserError(wm.rangeMalformed(argument));
  const [path, lowText, highText] = [match[1].trim(), match[2], match[3]];
  const parameter = parameters.find((p) => p.path === path);
  if (!parameter) throw new UserError(wm.rangeNotAnalysed(argument, path));
  const low = Number(lowText);
  const high = Number(highText);
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) throw new UserError(wm.rangeLowHigh(argument));
  if (low < parameter.min || high > parameter.max) throw new UserError(wm.rangeOutside(argument, parameter.min, parameter.max));
  return [path, { low, high }];
}

/** The analysis options from the command line, every one checked. */
export function sensitivityOptions(args: Record<string, unknown>, base: ExperimentBase, seed: number): SensitivityOptions {
  const whole = (option: string, min: number, max: number): number => {
    const value = Number(args[option]);
    if (!(Number.isInteger(value) && value >= min && value <= max)) throw new UserError(wm.wholeOptionExpected(option, min, max, value));
    return value;
  };
  const delta = Number(args.delta);
  if (!(delta > 0 && delta < 1)) throw new UserError(wm.deltaExpected(delta));
  const noiseSeeds = whole('noise-seeds', 1, 100);
  const trajectories = whole('trajectories', 0, 1000);
  const levels = whole('levels', 2, 20);
  const top = whole('top', 0, 100);
  const steps = whole('steps', 0, 30);
  const span = Number(args.span);
  if (!(span >= 1 && span <= 100)) throw new UserError(wm.spanExpected(span));
  if (args.scheme !== undefined) checkSchemeOption(String(args.scheme), base.scenario, String(args.scenario));
  const names = listOption(args.params).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  const parameters = selectParameters(base.scenario, names);
  const ranges = Object.fromEntries(listOption(args.range).map((r) => parseRange(r, parameters)));
  return {
    seed,
    metric: String(args.metric),
    focus: args.scheme === undefined ? undefined : String(args.scheme),
    parameters,
    ranges,
    delta,
    noiseSeeds,
    trajectories,
    levels,
    top,
    span,
    steps,
  };
}
