/**
 * `compsim run --shard i/n`: shard i simulates its contiguous share of the run's blocks of 64 runs
 * and writes their mergeable statistics to `--out/part-i-of-n.jsonl.gz`; `compsim merge` turns the
 * parts into the summary.json and report.html the unsharded run would have written.
 */
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { plannedTasks } from '../whatif/points.js';
import { runInputs, writeRunShard } from '../whatif/run-shard.js';
import { parseShard } from '../whatif/shard.js';
import { UserError } from './user-error.js';
import { withProgress } from './whatif-options.js';

/** Simulates this shard's blocks and writes its part file; returns the exit code. */
export async function runShard(
  args: Record<string, unknown>,
  scenario: Scenario,
  options: { runs: number; seed: number; workers: number; schemes?: string[]; overrides: string[]; book?: Book },
  out: string,
): Promise<number> {
  if (args.precision !== undefined) throw new UserError('--shard: cannot be combined with --precision (the stopping rule needs every run in one place); give --runs');
  const shard = parseShard(String(args.shard));
  const inputs = runInputs(scenario, options);
  const runs = plannedTasks(1, options.runs, { shard, ownership: 'blocks' }).tasks.reduce((sum, t) => sum + t.runs, 0);
  const written = await withProgress(runs, (p) => writeRunShard(inputs, { workers: options.workers, shard, dir: out, signal: p.signal, onRun: p.onRun }));
  process.stdout.write(`Shard ${shard.index}/${shard.count}: ${written.owned} of ${written.units} blocks (${runs} runs) → ${written.path}\nWhen every shard is done: compsim merge ${out}/part-*-of-*.jsonl.gz --out DIR\n`);
  return 0;
}
