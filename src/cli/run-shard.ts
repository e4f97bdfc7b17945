/**
 * `compsim run --shard i/n`: shard i simulates its contiguous share of the run's blocks of 64 runs
 * and writes their mergeable statistics to `--out/part-i-of-n.jsonl.gz`; `compsim merge` turns the
 * parts into the summary.json and report.html the unsharded run would have written.
 */
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { plannedTasks } from '../whatif/points.js';
import { runInputs, writeRunShard } from '../whatif/run-shard.js';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';
import { parseShard, withProgress } from './whatif-options.js';

/** Simulates this shard's blocks and writes its part file; returns the exit code. */
export async function runShard(
  args: Record<string, unknown>,
  scenario: Scenario,
  options: { runs: number; seed: number; workers: number; schemes?: string[]; overrides: string[]; book?: Book },
  out: string,
): Promise<number> {
  if (args.precision !== undefined) throw new UserError(m.shardWithPrecision());
  const shard = parseShard(String(args.shard));
  const inputs = runInputs(scenario, options);
  const runs = plannedTasks(1, options.runs, { shard, ownership: 'blocks' }).tasks.reduce((sum, t) => sum + t.runs, 0);
  const written = await withProgress(runs, (p) => writeRunShard(inputs, { workers: options.workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
  process.stdout.write(m.runShardWritten(shard.index, shard.count, written.owned, written.units, runs, written.path, out) + '\n');
  return 0;
}
