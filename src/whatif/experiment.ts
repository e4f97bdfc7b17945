/**
 * The three ways a list of experiment points becomes results: all of them here (`collectPoints`),
 * one shard's share written to a part file (`writeShard`), or the part files of every shard read
 * back (`mergeParts`), which yields exactly what `collectPoints` would have.
 */
import { evaluatePoints, PointFolder, pointScenario, summarizeBlocks, type EvaluateOptions, type ExperimentBase, type PointSpec } from './points.js';
import type { Summary } from '../engine/summary.js';
import { blocksOf } from '../engine/runner.js';
import { WhatIfError } from './errors.js';
import { partFileName, PartWriter, readPart, readPartHeader, type ExperimentKind, type PartHeader, type PartLine } from './part-file.js';
import { plannedTasks } from './points.js';
import type { Ownership, Shard } from './shard.js';
import { join } from 'node:path';

export type Reduce<R> = (summary: Summary, point: number) => R;

/** Simulates every point here and returns the reduced results in point order. */
export async function collectPoints<R>(base: ExperimentBase, specs: readonly PointSpec[], reduce: Reduce<R>, options: EvaluateOptions): Promise<R[]> {
  const results: R[] = [];
  await evaluatePoints(base, specs, reduce, { result: (point, value) => (results[point] = value), block: () => undefined }, options);
  return results;
}

export interface ShardWritten {
  path: string;
  shard: Shard;
  ownership: Ownership;
  /** Units (points or blocks) of the whole experiment, and how many this shard simulated. */
  units: number;
  owned: number;
}

/** Simulates one shard's share and writes it as `dir/part-i-of-n.jsonl.gz`. */
export async function writeShard<R>(
  kind: ExperimentKind,
  inputs: unknown,
  base: ExperimentBase,
  specs: readonly PointSpec[],
  reduce: Reduce<R>,
  options: EvaluateOptions & { shard: Shard; dir: string },
): Promise<ShardWritten> {
  const { ownership, units, tasks } = plannedTasks(specs.length, base.runs, options);
  const owned = ownership === 'points' ? new Set(tasks.map((t) => t.point)).size : tasks.length;
  const path = join(options.dir, partFileName(options.shard));
  const writer = PartWriter.open(path, { kind, shard: options.shard, ownership, units, inputs });
  try {
    await evaluatePoints(
      base,
      specs,
      reduce,
      {
        result: (point, result) => writer.write({ point, result }),
        block: (point, block, accumulator) => writer.write({ point, block, accumulator }),
      },
      { ...options, ownership },
    );
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.close();
  return { path, shard: options.shard, ownership, units, owned };
}

/** Reads the headers of part files and checks that they are every shard of one experiment, once. */
export async function checkParts(files: readonly string[]): Promise<{ header: PartHeader; files: string[] }> {
  if (files.length === 0) throw new WhatIfError({ code: 'no-parts' });
  const headers = await Promise.all(files.map(async (file) => ({ file, header: await readPartHeader(file) })));
  const first = headers[0];
  for (const { file, header } of headers) {
    if (header.kind !== first.header.kind) throw new WhatIfError({ code: 'parts-of-different-kinds', file, kind: header.kind, firstFile: first.file, firstKind: first.header.kind });
    if (header.inputsKey !== first.header.inputsKey || header.shard.count !== first.header.shard.count) {
      throw new WhatIfError({ code: 'parts-of-different-experiments', file, firstFile: first.file });
    }
  }
  const count = first.header.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, header } of headers) {
    const twice = byIndex.get(header.shard.index);
    if (twice) throw new WhatIfError({ code: 'shard-given-twice', index: header.shard.index, count, first: twice, second: file });
    byIndex.set(header.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new WhatIfError({ code: 'shards-missing', missing, count });
  return { header: first.header, files: Array.from({ length: count }, (_, i) => byIndex.get(i + 1) as string) };
}

/** Every line of the parts, in shard order (so points and blocks come in experiment order). */
export async function* partLines(files: readonly string[]): AsyncGenerator<PartLine> {
  for (const file of files) {
    for await (const item of readPart(file)) if ('line' in item) yield item.line;
  }
}

/**
 * The reduced results of every point from the part files: stored results as they are, blocks
 * folded in block order and reduced, as the unsharded experiment would have done.
 */
export async function mergeParts<R>(base: ExperimentBase, specs: readonly PointSpec[], reduce: Reduce<R>, files: readonly string[]): Promise<R[]> {
  const results: R[] = [];
  const folder = new PointFolder(blocksOf(base.runs).length, (point, total) => {
    results[point] = reduce(summarizeBlocks(base, specs[point], pointScenario(base, specs[point].sets), total), point);
  });
  for await (const line of partLines(files)) {
    if ('result' in line) results[line.point] = line.result as R;
    else folder.accept(line.point, line.block, line.accumulator);
  }
  const missing = specs.map((_, k) => k).filter((k) => results[k] === undefined);
  if (missing.length > 0) throw new WhatIfError({ code: 'points-missing', missing: missing.length, first: missing[0] });
  return results;
}
