/**
 * Random numbers for common random numbers (CRN): every draw is a pure function of
 * (seed, run, purpose, entity, month, draw index), a counter-based hash rather than a stream.
 * Run r of every scheme therefore sees exactly the same dice for the same client or manager in
 * the same month, however differently the schemes behave, in whatever order runs and schemes are
 * executed, on whatever worker. Nothing is consumed, so nothing can drift out of alignment.
 * The phases of the model draw through a run's `Dice`, so that a test can script every draw.
 *
 * The mixer is Chris Wellons' "lowbias32" integer hash (bias ≈ 0.17, close to the best known
 * 32-bit two-multiply hash), chained over the key words. Measured on the 2-core development box
 * (`npm run bench`): ~6 ns per uniform (~4 ns with the run-and-purpose part hoisted, as the month
 * loop does), against ~25–45 ns for seedrandom's default ARC4 stream, which moreover is a stream
 * and could not give every client its own dice by key.
 */

/**
 * What a draw is for; part of the key so that purposes never share dice. New purposes go at the
 * end: renumbering one would change every draw made for it.
 */
export const Purpose = {
  ClientPotential: 1,
  ClientMargin: 2,
  ClientPayment: 3,
  ClientFrailty: 4,
  ClientStartAge: 5,
  ClientStartShare: 6,
  Activation: 7,
  Dormancy: 8,
  Incident: 9,
  Churn: 10,
  RevenueNoise: 11,
  Follow: 12,
  Handoff: 13,
  Hunt: 14,
  Quit: 15,
  AllocationNoise: 16,
  HireSkill: 17,
  HireTemperament: 18,
  HireTenure: 19,
  /** The market-wide demand factor's shock of the month (market.ts): entity 0, the same for every client and scheme. */
  MarketDemand: 20,
  /** How many of a manager's candidates of the month the counterparty check turns away (hunting.ts). */
  Screening: 21,
  /** How many deals a manager pulls into this month or holds back to the next (hunting.ts, close timing). */
  CloseShift: 22,
  /** How many of the deals he held back are lost in the wait (hunting.ts). */
  HeldClose: 23,
  /** In which month a deal met closes (hunting.ts, the pipeline): entity slot · PIPELINE_MONTHS + months ahead. */
  PipelineClose: 24,
} as const;

/** lowbias32 as a signed 32-bit integer (the same bits), so it never leaves V8's small integers. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return x ^ (x >>> 16);
}

function lowbias32(x: number): number {
  return mix32(x) >>> 0;
}

/** The key of one run under one seed: every draw of the run starts from it. */
export function runKey(seed: number, run: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  return lowbias32(lowbias32(lowbias32(low ^ 0x2545f491) ^ high) ^ lowbias32(run + 0x9e3779b9));
}

/**
 * The three steps of a draw's hash, split so that a hot loop can hoist the first and the last
 * out of its loop over clients: `purposeKey` depends only on the run and the purpose,
 * `monthKey` only on the month and the draw index, and `uniformAt` mixes in the entity.
 * `uniformAt(purposeKey(key, p), e, monthKey(m, d))` is exactly `uniform(key, p, e, m, d)`.
 */
export function purposeKey(key: number, purpose: number): number {
  return mix32(key ^ Math.imul(purpose, 0x9e3779b1));
}

export function monthKey(month: number, draw = 0): number {
  return Math.imul(month + 1, 0x85ebca6b) ^ Math.imul(draw, 0xc2b2ae35);
}

export function uniformAt(purposeKey: number, entity: number, monthKey: number): number {
  // mix32(mix32(purposeKey ^ entity) ^ monthKey), written out: the month loop draws several
  // uniforms per client, and V8 inlines a caller's calls only up to a total bytecode size
  // (--max-inlined-bytecode-size-cumulative, 920): nested calls would exhaust it, and a draw left
  // out of line returns its number boxed (an allocation per draw).
  let x = purposeKey ^ entity;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x = (x ^ (x >>> 16)) ^ monthKey;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return (((x ^ (x >>> 16)) >>> 0) + 0.5) / 4294967296;
}

/** A uniform number strictly inside (0, 1) for this run, purpose, entity, month and draw index. */
export function uniform(key: number, purpose: number, entity: number, month: number, draw = 0): number {
  return uniformAt(purposeKey(key, purpose), entity, monthKey(month, draw));
}

/** `uniformAt`'s shape: the uniform for a purpose's key, an entity and a month's key. */
export type DrawAt = (purposeKey: number, entity: number, monthKey: number) => number;

/**
 * The dice of one run: `uniform(purpose, entity, month, draw)` is `uniform(key, purpose, …)` for
 * the run's key, and the hot loops over the book draw with `at` and the hoisted `purposeKeys`
 * (`at(purposeKeys[p], e, monthKey(m, d))` is the same number). A test passes its own `at` to
 * script the draws (test/model/scripted-dice.ts); the simulation always passes `uniformAt`, so V8
 * sees one target at every call site and inlines it as if it were called directly.
 */
export class Dice {
  readonly key: number;
  /** `purposeKey(key, purpose)` for every purpose, indexed by purpose: hoisted out of hot loops. */
  readonly purposeKeys: Int32Array;
  readonly at: DrawAt;

  constructor(key: number, at: DrawAt = uniformAt) {
    this.key = key;
    this.at = at;
    this.purposeKeys = new Int32Array(Math.max(...Object.values(Purpose)) + 1);
    for (const purpose of Object.values(Purpose)) this.purposeKeys[purpose] = purposeKey(key, purpose);
  }

  /** A uniform number strictly inside (0, 1) for this run, purpose, entity, month and draw index. */
  uniform(purpose: number, entity: number, month: number, draw = 0): number {
    return this.at(this.purposeKeys[purpose], entity, monthKey(month, draw));
  }
}
