/**
 * `compsim run --shard i/n`: shard i simulates a contiguous range of the run's blocks of 64 runs
 * and stores their mergeable statistics; `compsim merge` folds every block in block order and
 * builds summary.json exactly as the unsharded run does (same blocks, same order, same code).
 */
import type { Book } from '../book/types.js';
import type { Summary } from '../engine/summary.js';
import type { Scenario } from '../scenario/schema.js';
import { mergeParts, writeShard, type ShardWritten } from './experiment.js';
import type { EvaluateOptions, ExperimentBase, PointSpec } from './points.js';
import type { Shard } from './shard.js';

export interface RunInputs {
  base: ExperimentBase;
  seed: number;
}

export function runInputs(scenario: Scenario, options: { runs: number; seed: number; schemes?: string[]; overrides: string[]; book?: Book }): RunInputs {
  const base: ExperimentBase = { scenario, scenarioName: scenario.name, overrides: options.overrides, runs: options.runs, schemes: options.schemes };
  if (options.book) base.book = options.book;
  return { base, seed: options.seed };
}

const onePoint = (inputs: RunInputs): PointSpec[] => [{ sets: [], seed: inputs.seed }];
const keepSummary = (summary: Summary): Summary => summary;

export function writeRunShard(inputs: RunInputs, options: Omit<EvaluateOptions, 'shard' | 'ownership'> & { shard: Shard; dir: string }): Promise<ShardWritten> {
  return writeShard('run', inputs, inputs.base, onePoint(inputs), keepSummary, { ...options, ownership: 'blocks' });
}

export async function mergeRunParts(inputs: RunInputs, files: readonly string[]): Promise<Summary> {
  const [summary] = await mergeParts(inputs.base, onePoint(inputs), keepSummary, files);
  return summary;
}
