/**
 * Where the verdict flips: along one parameter (the others at their values), the net-profit gap
 * between the scheme ranked first at the base point and the best of the others, found by
 * bisection. The search starts from what the tornado already knows (the base and the ±box ends),
 * scans outwards in whole multiples of the box distance up to `span` of them (within the
 * parameter's range), and where the leader has changed, halves the bracket `steps` times. Every point is
 * simulated with the same seed, so the gap is a smooth function of the parameter rather than noise.
 * The searches of all parameters and both directions advance together, so each round is one batch
 * of points that the workers share.
 */
import { observablePath, type Observed } from './observables.js';
import { clampValue, setArgument, type Parameter } from './parameters.js';

export type PointValues = Record<string, Observed>;

/** The scheme with the highest mean net profit at a point, and its lead over the next one. */
export function leader(values: PointValues, schemes: readonly string[], first?: string): { leader: string; gap: number } {
  const profit = (s: string): number => values[observablePath('netProfit', s)].mean;
  const best = schemes.reduce((a, b) => (profit(b) > profit(a) ? b : a));
  const top = first ?? best;
  const rival = schemes.filter((s) => s !== top).reduce((a, b) => (profit(b) > profit(a) ? b : a));
  return { leader: best, gap: profit(top) - profit(rival) };
}

export interface Crossing {
  path: string;
  direction: 'down' | 'up';
  base: number;
  /** How far the search looked. */
  searchedTo: number;
  found: boolean;
  /** The value at which the leader changes (middle of the final bracket). */
  value?: number;
  /** Last value with the old leader, first value with a new one. */
  bracket?: [number, number];
  /** Who leads beyond the crossing. */
  newLeader?: string;
  /** Points simulated for this search (the tornado's not counted). */
  evaluations: number;
}

interface Search {
  parameter: Parameter;
  direction: 'down' | 'up';
  inside: number;
  outside?: number;
  far: number;
  newLeader?: string;
  evaluations: number;
  done: boolean;
}

export interface CrossingOptions {
  /** How far to look, in multiples of the distance from the base to the tornado's box end (scanned at 2, 3, … span). */
  span: number;
  /** Bisection steps once a bracket is found. */
  steps: number;
}

/** The scan of a search: the base moved by 2, 3, … whole box distances, and the far end. */
function scanValues(search: Search, span: number): number[] {
  const { parameter } = search;
  const step = search.inside - parameter.base;
  const values: number[] = [];
  for (let j = 2; j < span; j++) values.push(clampValue(parameter, parameter.base + step * j));
  values.push(search.far);
  return values.filter((v, k) => v !== search.inside && values.indexOf(v) === k);
}

/**
 * Finds the crossings of `parameters` in both directions. `ends[k]` is the tornado's box of
 * parameter k and the metric values there; `evaluate` simulates a batch of --set lists.
 */
export async function findCrossings(
  parameters: readonly Parameter[],
  ends: readonly { low: number; high: number; atLow: PointValues; atHigh: PointValues }[],
  schemes: readonly string[],
  winner: string,
  options: CrossingOptions,
  evaluate: (sets: string[][]) => Promise<PointValues[]>,
): Promise<Crossing[]> {
  const searches: Search[] = [];
  parameters.forEach((parameter, k) => {
    for (const direction of ['down', 'up'] as const) {
      const end = direction === 'down' ? ends[k].low : ends[k].high;
      const atEnd = direction === 'down' ? ends[k].atLow : ends[k].atHigh;
      const far = clampValue(parameter, parameter.base + (end - parameter.base) * options.span);
      const search: Search = { parameter, direction, inside: parameter.base, far, evaluations: 0, done: false };
      if (end === parameter.base) search.done = true;
      else {
        const there = leader(atEnd, schemes, winner);
        if (there.gap < 0) {
          search.outside = end;
          search.newLeader = there.leader;
        } else {
          search.inside = end;
          if (far === end) search.done = true;
        }
      }
      searches.push(search);
    }
  });
  const round = async (pick: (s: Search) => number | undefined): Promise<void> => {
    const batch = searches.map((s) => ({ s, value: s.done ? undefined : pick(s) })).filter((b): b is { s: Search; value: number } => b.value !== undefined);
    if (batch.length === 0) return;
    const results = await evaluate(batch.map((b) => [setArgument(b.s.parameter, b.value)]));
    batch.forEach((b, k) => {
      b.s.evaluations++;
      const there = leader(results[k], schemes, winner);
      if (there.gap < 0) {
        b.s.outside = b.value;
        b.s.newLeader = there.leader;
      } else b.s.inside = b.value;
    });
  };
  // Where the tornado's end did not already flip the ranking, scan outwards in whole multiples of
  // the box distance up to the far end (one batch), so a lead that dips below zero and comes back
  // is not missed; the first flip from the base brackets the crossing.
  const open = searches.filter((s) => !s.done && s.outside === undefined);
  const scans = open.map((s) => scanValues(s, options.span));
  const batch = open.flatMap((s, k) => scans[k].map((value) => ({ s, value })));
  if (batch.length > 0) {
    const results = await evaluate(batch.map((b) => [setArgument(b.s.parameter, b.value)]));
    open.forEach((s, k) => {
      s.evaluations += scans[k].length;
      for (const [j, b] of batch.entries()) {
        if (b.s !== s) continue;
        const there = leader(results[j], schemes, winner);
        if (there.gap < 0) {
          s.outside = b.value;
          s.newLeader = there.leader;
          break;
        }
        s.inside = b.value;
      }
    });
  }
  for (const s of searches) if (s.outside === undefined) s.done = true;
  for (let step = 0; step < options.steps; step++) {
    await round((s) => {
      const outside = s.outside as number;
      const middle = clampValue(s.parameter, (s.inside + outside) / 2);
      return middle === s.inside || middle === outside ? undefined : middle;
    });
  }
  return searches.map((s): Crossing => {
    const found = s.outside !== undefined;
    return {
      path: s.parameter.path,
      direction: s.direction,
      base: s.parameter.base,
      searchedTo: s.far,
      found,
      value: found ? clampValue(s.parameter, (s.inside + (s.outside as number)) / 2) : undefined,
      bracket: found ? [s.inside, s.outside as number] : undefined,
      newLeader: s.newLeader,
      evaluations: s.evaluations,
    };
  });
}
