/**
 * Splitting an experiment over machines: shard i (1-based) of n (`--shard i/n`) gets a contiguous
 * range of the experiment's units of work. A unit is a whole experiment point when there are at
 * least as many points as shards (the shard then stores each point already summarised: small), and
 * a block of 64 runs of one point otherwise (the shard stores the blocks' mergeable statistics,
 * and `compsim merge` folds them in block order, exactly as one process would).
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export type Ownership = 'points' | 'blocks';

/** The units [from, to) shard `shard` owns out of `units`: equal contiguous ranges, in shard order. */
export function shardRange(shard: Shard, units: number): { from: number; to: number } {
  return { from: Math.floor(((shard.index - 1) * units) / shard.count), to: Math.floor((shard.index * units) / shard.count) };
}

/** Whole points when every shard can get one, blocks otherwise (runs always shards by blocks). */
export function ownershipFor(points: number, shard: Shard | undefined, forced?: Ownership): Ownership {
  if (forced) return forced;
  return !shard || points >= shard.count ? 'points' : 'blocks';
}
