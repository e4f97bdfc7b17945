/**
 * One-at-a-time sensitivity (the tornado chart of Crystal Ball and @RISK): every parameter moved
 * alone to the low and high end of its box (± a share of its value, clamped to its range) with the
 * others at their values, the same seed at every point (common random numbers). The bars are the
 * changes of the metric from the base point; they are sorted by swing, the distance between the
 * two ends. An effect smaller than the noise floor could be the dice and is marked so.
 */
import type { Observed } from './observables.js';
import { perturbationBox, setArgument, type Parameter } from './parameters.js';

export interface TornadoBar {
  path: string;
  base: number;
  low: number;
  high: number;
  /** The metric with the parameter at its low and high value. */
  atLow: Observed;
  atHigh: Observed;
  /** Metric at low − metric at base, and at high − at base. */
  effectLow: number;
  effectHigh: number;
  /** |metric at high − metric at low|. */
  swing: number;
  /** Whether either effect is larger than the noise floor. */
  aboveNoise: boolean;
}

/** The box of every parameter: ± `share` of its value, or an explicit low:high given for it. */
export function tornadoBoxes(parameters: readonly Parameter[], share: number, explicit: Readonly<Record<string, { low: number; high: number }>> = {}): { low: number; high: number }[] {
  return parameters.map((p) => explicit[p.path] ?? perturbationBox(p, share));
}

/** The two overrides of every parameter: low, then high. */
export function tornadoSets(parameters: readonly Parameter[], boxes: readonly { low: number; high: number }[]): string[][] {
  return parameters.flatMap((p, k) => [[setArgument(p, boxes[k].low)], [setArgument(p, boxes[k].high)]]);
}

export function tornadoBars(
  parameters: readonly Parameter[],
  boxes: readonly { low: number; high: number }[],
  atBase: Observed,
  atEnds: readonly Observed[],
  noiseFloor: number,
): TornadoBar[] {
  const bars = parameters.map((p, k): TornadoBar => {
    const atLow = atEnds[2 * k];
    const atHigh = atEnds[2 * k + 1];
    const effectLow = atLow.mean - atBase.mean;
    const effectHigh = atHigh.mean - atBase.mean;
    return {
      path: p.path,
      base: p.base,
      low: boxes[k].low,
      high: boxes[k].high,
      atLow,
      atHigh,
      effectLow,
      effectHigh,
      swing: Math.abs(atHigh.mean - atLow.mean),
      aboveNoise: Math.max(Math.abs(effectLow), Math.abs(effectHigh)) > noiseFloor,
    };
  });
  return bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
}
