/**
 * `compsim optimize --shard i/n`: the search on n machines, round by round. The search is
 * sequential (which candidates are raced next depends on the runs so far) but deterministic, so
 * every shard runs the whole search and, in each round (one call of the Evaluator), simulates only
 * its contiguous share of the round's runs, writes them to the shared folder as
 * `rounds/round-000007-part-2-of-4.json`, and waits for the other shards' parts of that round. All
 * shards then hold the same runs, take the same decisions and reach the same result, byte for byte
 * what one machine would have written; shard 1 writes the result files.
 *
 * A part carries a key of the round's requests: parts of a different search (other inputs) in the
 * same folder are refused, not mixed. Parts of the same search, left by an earlier attempt, are the
 * same runs: a shard restarted in the folder reads them instead of simulating again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WhatIfError } from './errors.js';
import type { Evaluator, RunRequest } from './optimize-search.js';
import { shardRange, type Shard } from './shard.js';

export interface RoundOptions {
  /** The folder all shards share (its `rounds/` holds the parts). */
  dir: string;
  /** How long to wait for the other shards' part of a round before giving up. */
  waitMs: number;
  /** How often to look for them. */
  pollMs?: number;
  signal?: AbortSignal;
}

interface RoundPart {
  round: number;
  key: string;
  shard: Shard;
  from: number;
  to: number;
  runs: number[][];
}

export function roundPartName(round: number, shard: Shard): string {
  return `round-${String(round).padStart(6, '0')}-part-${shard.index}-of-${shard.count}.json`;
}

/** Which request and run each unit of a round is: request k's runs from…to−1, in request order. */
function units(requests: readonly RunRequest[]): { request: number; run: number }[] {
  return requests.flatMap((r, request) => Array.from({ length: r.to - r.from }, (_, k) => ({ request, run: r.from + k })));
}

/** Requests covering units [from, to) of a round. */
function slices(requests: readonly RunRequest[], from: number, to: number): RunRequest[] {
  const out: RunRequest[] = [];
  let start = 0;
  for (const r of requests) {
    const size = r.to - r.from;
    const lo = Math.max(from, start);
    const hi = Math.min(to, start + size);
    if (lo < hi) out.push({ ...r, from: r.from + (lo - start), to: r.from + (hi - start) });
    start += size;
  }
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class ShardedEvaluator implements Evaluator {
  private round = 0;
  private readonly folder: string;

  constructor(
    private readonly inner: Evaluator,
    private readonly shard: Shard,
    private readonly options: RoundOptions,
  ) {
    this.folder = join(options.dir, 'rounds');
    mkdirSync(this.folder, { recursive: true });
  }

  async simulate(requests: readonly RunRequest[]): Promise<Float64Array[][]> {
    const round = this.round++;
    const key = createHash('sha256').update(JSON.stringify(requests)).digest('hex').slice(0, 16);
    const all = units(requests);
    const own = shardRange(this.shard, all.length);
    const path = join(this.folder, roundPartName(round, this.shard));
    if (!existsSync(path) || this.read(path, round, key) === null) {
      const simulated = own.to > own.from ? await this.inner.simulate(slices(requests, own.from, own.to)) : [];
      const part: RoundPart = { round, key, shard: this.shard, from: own.from, to: own.to, runs: simulated.flat().map((figures) => Array.from(figures)) };
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(part));
      renameSync(temporary, path);
    }
    const out: Float64Array[][] = requests.map(() => []);
    for (let index = 1; index <= this.shard.count; index++) {
      const part = await this.waitFor(round, { index, count: this.shard.count }, key);
      part.runs.forEach((figures, k) => out[all[part.from + k].request].push(Float64Array.from(figures)));
    }
    return out;
  }

  /** A part of this round, or null when it is not one (another search's): then it is an error for others' parts. */
  private read(path: string, round: number, key: string): RoundPart | null {
    const part = JSON.parse(readFileSync(path, 'utf8')) as RoundPart;
    return part.round === round && part.key === key ? part : null;
  }

  private async waitFor(round: number, shard: Shard, key: string): Promise<RoundPart> {
    const path = join(this.folder, roundPartName(round, shard));
    const deadline = Date.now() + this.options.waitMs;
    for (;;) {
      if (this.options.signal?.aborted) throw new Error('interrupted');
      if (existsSync(path)) {
        const part = this.read(path, round, key);
        if (!part) throw new WhatIfError({ code: 'round-of-another-search', path });
        return part;
      }
      if (Date.now() > deadline) throw new WhatIfError({ code: 'round-not-written', path, round, shard: shard.index, count: shard.count, minutes: this.options.waitMs / 60_000 });
      await sleep(this.options.pollMs ?? 200);
    }
  }
}
