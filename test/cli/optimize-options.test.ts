import { describe, expect, it } from 'vitest';
import { parseConstraint, parseIndifference, parseVary } from '../../src/cli/optimize-options.js';
import { loadScenario } from '../../src/scenario/index.js';
import { MEASURES, MEASURE_INDEX, slackIn, type RunPair } from '../../src/whatif/optimize-measures.js';

const scenario = loadScenario('scenarios/freight.yaml');

/** A run pair with the given figures (the rest 0). */
function pair(candidate: Partial<Record<(typeof MEASURES)[number], number>>, baseline: Partial<Record<(typeof MEASURES)[number], number>>): RunPair {
  const of = (figures: Partial<Record<string, number>>): Float64Array => Float64Array.from(MEASURES, (name) => figures[name] ?? 0);
  return { candidate: of(candidate), baseline: of(baseline) };
}

describe('--constraint', () => {
  it('reads a bound relative to the baseline, as an amount or a percentage, and checks it per run', () => {
    const cost = parseConstraint('compCost<=baseline+5%');
    expect(cost).toEqual({ measure: 'compCost', op: '<=', against: 'baseline', amount: 5, percent: true, written: 'compCost<=baseline+5%' });
    // Baseline 100, bound 105: a candidate at 103 has 2 to spare, one at 108 is 3 over.
    expect(slackIn(cost, pair({ compCost: 103 }, { compCost: 100 }))).toBeCloseTo(2, 12);
    expect(slackIn(cost, pair({ compCost: 108 }, { compCost: 100 }))).toBeCloseTo(-3, 12);
    const quits = parseConstraint('quits <= baseline + 1');
    expect(quits).toMatchObject({ measure: 'managerQuits', against: 'baseline', amount: 1, percent: false });
    expect(slackIn(quits, pair({ managerQuits: 9 }, { managerQuits: 7 }))).toBe(-1);
  });

  it('reads an absolute bound (a share may be written as a percentage) and the book at the switch', () => {
    expect(parseConstraint('payCut<=15%')).toMatchObject({ measure: 'worstPayCut', against: 'value', amount: 0.15 });
    expect(slackIn(parseConstraint('payCut<=0.15'), pair({ worstPayCut: 0.1 }, {}))).toBeCloseTo(0.05, 12);
    const book = parseConstraint('activeClients>=switch');
    expect(book).toMatchObject({ measure: 'activeClients', op: '>=', against: 'switch', amount: 0 });
    // 480 active at the horizon against 500 at the switch: 20 short.
    expect(slackIn(book, pair({ activeClients: 480, activeClientsAtSwitch: 500 }, {}))).toBe(-20);
    expect(slackIn(parseConstraint('book>=switch-30'), pair({ activeClients: 480, activeClientsAtSwitch: 500 }, {}))).toBe(10);
    expect(MEASURE_INDEX.activeClientsAtSwitch).toBe(MEASURES.length - 1);
  });
});

describe('--vary and --indifference', () => {
  it('takes a range or a list, and knows a path that takes whole numbers only', () => {
    expect(parseVary('schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.005:0.08', scenario, 'new-client-bonus')).toEqual({
      path: 'schemes.new-client-bonus.roles.generalist.pay.servicing.rate',
      low: 0.005,
      high: 0.08,
      whole: false,
    });
    expect(parseVary('schemes.threshold-promotion.transitions.0.forMonths=2:8', scenario, 'threshold-promotion')).toMatchObject({ low: 2, high: 8, whole: true });
    expect(parseVary('schemes.threshold-promotion.transitions.0.atLeast=300000,500000,700000', scenario, 'threshold-promotion')).toMatchObject({
      low: 300000,
      high: 700000,
      values: [300000, 500000, 700000],
    });
  });

  it('reads the indifference as an amount or a percentage of the baseline', () => {
    expect(parseIndifference('1%')).toEqual({ amount: 1, percent: true });
    expect(parseIndifference('2000000')).toEqual({ amount: 2000000, percent: false });
  });
});
