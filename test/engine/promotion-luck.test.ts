/**
 * Market luck and the promotion rule (docs/model.md, "Market demand" and "Promotions"): the seed
 * thread's reply to the 3-month rule — "three months is too short: they may just have fallen on
 * a lucky period for the market as a whole; six months" — on the bundled `threshold-promotion`
 * scheme (hunter → farmer at owned margin ≥ 500 000 a month), 3 vs 6 months through `--set`
 * overrides, same seed, so both rules branch from the same warm-up and see the same dice.
 *
 * A promotion is a slot whose hunter became a farmer during a month (same person before and
 * after). He is *mis-promoted* if his owned margin falls below the threshold in any of the 6
 * months after the one that promoted him; promotions whose 6 months run past the horizon, or
 * whose farmer leaves within them, are left out of the share. This is measured here from the
 * company itself, month by month, not from summary.json.
 *
 * Without market luck (σ = 0, flat season) the two rules promote the same people, the 6-month
 * rule three months later, and hardly anybody falls back: the rule changes only the timing. Not
 * exactly the same people: once somebody is promoted under one rule the two companies differ (a
 * farmer no longer hunts), so later promotions can differ. With the bundled market luck the
 * 3-month rule promotes more people who were only riding a good market.
 */
import { describe, expect, it } from 'vitest';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { simulateMonth } from '../../src/engine/month.js';
import { branchAtSwitch, RECORDED_INDEX, simulateRun, warmUp } from '../../src/engine/protocol.js';
import { MARGIN, OWNED_BASES } from '../../src/model/codes.js';
import { MonthTally } from '../../src/model/tally.js';
import { loadScenario } from '../../src/scenario/index.js';

const SEED = 7;
const RUNS = 40;
const FOLLOW_MONTHS = 6;
const THREE = 'schemes.threshold-promotion.transitions.0.forMonths=3';
const SIX = 'schemes.threshold-promotion.transitions.0.forMonths=6';
/** Two years after the switch keep the test short; almost every promotion comes in the first. */
const SHORT = ['horizonMonths=24'];
const CALM = ['market.demandVolatility=0', 'market.seasonality=[1,1,1,1,1,1,1,1,1,1,1,1]'];

interface Promotion {
  run: number;
  person: number;
  slot: number;
  /** Horizon month (0 = the switch) whose end promoted him. */
  month: number;
  /** Below the threshold in one of the 6 months after; null when not followed for 6 months. */
  fellBelow: boolean | null;
}

interface Watched {
  promotions: Promotion[];
  /** Run 0's revenue of every horizon month, to check this loop against simulateRun. */
  revenue: number[];
}

/**
 * The threshold-promotion scheme's horizon in every run, as engine/protocol.ts simulates a
 * branch (warm-up under the current scheme, switch, grievances, valuation), watching roles and
 * each slot's owned margin after every month.
 */
function watch(set: string[]): Watched {
  const scenario = loadScenario('scenarios/freight.yaml', { set: [...SHORT, ...set] });
  const { experiment } = setUpExperiment(scenario, { seed: SEED, schemes: ['threshold-promotion'] });
  const scheme = experiment.schemes.find((s) => s.id === 'threshold-promotion');
  if (!scheme) throw new Error('freight.yaml has no threshold-promotion scheme');
  const [transition] = scheme.transitions;
  const { warmupMonths: warmup, horizonMonths: horizon } = scenario;
  const promotions: Promotion[] = [];
  const revenue: number[] = [];
  const tally = new MonthTally();
  for (let run = 0; run < RUNS; run++) {
    // The run's company at the switch, exactly as the engine makes it (engine/protocol.ts).
    const { branch } = branchAtSwitch(experiment, warmUp(experiment, run), experiment.schemes.indexOf(scheme));

    const team = branch.team;
    const people: Int32Array[] = [];
    const margins: Float64Array[] = [];
    const ofRun: Promotion[] = [];
    for (let m = 0; m < horizon; m++) {
      const roles = Int32Array.from(team.role);
      people.push(Int32Array.from(team.person));
      simulateMonth(branch, warmup + m, tally);
      if (run === 0) revenue.push(tally.revenue);
      margins.push(Float64Array.from({ length: team.capacity }, (_, s) => branch.ledger.ownedMoney[s * OWNED_BASES + MARGIN]));
      for (let s = 0; s < team.capacity; s++) {
        if (roles[s] === transition.from && team.role[s] === transition.to && people[m][s] === team.person[s]) {
          ofRun.push({ run, person: team.person[s], slot: s, month: m, fellBelow: null });
        }
      }
    }
    people.push(Int32Array.from(team.person));
    for (const p of ofRun) {
      if (p.month + FOLLOW_MONTHS >= horizon) continue;
      let stayed = true;
      let fell = false;
      for (let k = 1; k <= FOLLOW_MONTHS; k++) {
        // people[m + 1] is who held the slot after month m (before month m + 1).
        if (people[p.month + k + 1][p.slot] !== p.person) stayed = false;
        if (margins[p.month + k][p.slot] < transition.atLeast) fell = true;
      }
      if (stayed) p.fellBelow = fell;
    }
    promotions.push(...ofRun);
  }
  return { promotions, revenue };
}

/** Mis-promoted ÷ promoted and followed for 6 months. */
function misPromotedShare(promotions: Promotion[]): { share: number; fell: number; followed: number } {
  const followed = promotions.filter((p) => p.fellBelow !== null);
  const fell = followed.filter((p) => p.fellBelow).length;
  return { share: fell / followed.length, fell, followed: followed.length };
}

/** People promoted in the first year under the 3-month rule, matched with the 6-month rule's. */
function matched(three: Promotion[], six: Promotion[]): { both: number; onlyThree: number; onlySix: number; delays: number[] } {
  let both = 0;
  let onlyThree = 0;
  let onlySix = 0;
  const delays: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const byThree = new Map(three.filter((p) => p.run === run && p.month < 12).map((p) => [p.person, p.month]));
    // The 6-month rule gets the three months more it needs.
    const bySix = new Map(six.filter((p) => p.run === run && p.month < 15).map((p) => [p.person, p.month]));
    for (const [person, month] of byThree) {
      const later = bySix.get(person);
      if (later === undefined) onlyThree++;
      else {
        both++;
        delays.push(later - month);
      }
    }
    for (const [person, month] of bySix) if (!byThree.has(person) && month < 12) onlySix++;
  }
  return { both, onlyThree, onlySix, delays };
}

describe('3 vs 6 months held before a promotion, with and without market luck', () => {
  const calm = { three: watch([...CALM, THREE]), six: watch([...CALM, SIX]) };
  const lucky = { three: watch([THREE]), six: watch([SIX]) };

  it('watches the months as the engine simulates them: run 0\'s revenue is simulateRun\'s', () => {
    const scenario = loadScenario('scenarios/freight.yaml', { set: [...SHORT, THREE] });
    const { experiment } = setUpExperiment(scenario, { seed: SEED, schemes: ['threshold-promotion'] });
    const record = simulateRun(experiment, 0).records.find((r) => experiment.schemes[r.scheme].id === 'threshold-promotion');
    const months = scenario.horizonMonths;
    const recorded = Array.from(record?.monthly.subarray(RECORDED_INDEX.revenue * months, (RECORDED_INDEX.revenue + 1) * months) ?? []);
    expect(recorded).toEqual(lucky.three.revenue);
  });

  it('without market luck the two rules promote the same people, the 6-month rule three months later', () => {
    const { both, onlyThree, onlySix, delays } = matched(calm.three.promotions, calm.six.promotions);
    // Seed 7: 267 people promoted in the first year under both rules, 17 only under 3 months, 5 only
    // under 6 (seeds 3, 5, 11: at most 12 % of those under both).
    expect(both).toBeGreaterThan(200);
    expect(onlyThree + onlySix).toBeLessThan(0.15 * both);
    // The 6-month rule promotes them later or at the same time (all but one of 267 at seed 7,
    // 2 months earlier, where the companies had already parted), three months later on average.
    expect(delays.filter((d) => d >= 0).length).toBeGreaterThanOrEqual(0.99 * both);
    const meanDelay = delays.reduce((a, b) => a + b, 0) / delays.length;
    expect(meanDelay).toBeGreaterThan(2.8);
    expect(meanDelay).toBeLessThan(3.2);
  });

  it('without market luck hardly anybody promoted falls back below the threshold, under either rule', () => {
    const three = misPromotedShare(calm.three.promotions);
    const six = misPromotedShare(calm.six.promotions);
    // Seed 7: 3 of 271 (1.1 %) under 3 months, 2 of 262 (0.8 %) under 6 (0.8–2.4 % at seeds 3, 5, 11).
    expect(three.share).toBeLessThan(0.03);
    expect(six.share).toBeLessThan(0.03);
  });

  it('with the bundled market luck the 3-month rule mis-promotes more than the 6-month rule', () => {
    const three = misPromotedShare(lucky.three.promotions);
    const six = misPromotedShare(lucky.six.promotions);
    // Seed 7: 13 of 269 (4.8 %) under 3 months, 5 of 248 (2.0 %) under 6 (seeds 3, 5, 11: 2.3 vs
    // 1.3 %, 3.3 vs 0.8 %, 2.5 vs 1.2 %). The bundled luck is modest, and most managers hold far
    // more than 500 000: only those near the threshold can be fooled.
    expect(three.share).toBeGreaterThan(six.share + 0.01);
    // And more than without luck: the extra fall-backs are the market's.
    expect(three.share).toBeGreaterThan(misPromotedShare(calm.three.promotions).share);
  });
});
