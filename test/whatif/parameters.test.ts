/**
 * The parameters sensitivity perturbs (from the schema, with their stated ranges), their boxes,
 * and the bisection for the value at which the leading scheme changes.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { findCrossings, type PointValues } from '../../src/whatif/crossing.js';
import { clampValue, parseRange, perturbationBox, schemaParameters, selectParameters, type Parameter } from '../../src/whatif/parameters.js';

const scenario = loadScenario('scenarios/freight.yaml');

describe('parameters from the schema', () => {
  it('reads ranges and whole-number flags from descriptions', () => {
    expect(parseRange('Monthly rate (fraction per month) [range 0 to 1]')).toEqual({ min: 0, max: 1, whole: false });
    expect(parseRange('Months [whole number, range 1 to 240]')).toEqual({ min: 1, max: 240, whole: true });
    expect(parseRange('Felt cost [range -100000 to 100000]')).toEqual({ min: -100000, max: 100000, whole: false });
    expect(parseRange('no range here')).toBeUndefined();
  });

  it('lists every number of market, clients and behavior, with its value in the scenario', () => {
    const list = schemaParameters(scenario);
    // 48 before issue 17, + demandVolatility, demandPersistence, huntDemandElasticity (market luck; the
    // seasonality list is not a number, switchCalendarMonth is a definition), + effortPrice and
    // hoursElasticity (effort), + screeningTimeShare (costly screening), + handoffAttentionHours,
    // handoffsPerMonth and handoverAversion (hand-overs), + companyDiscountRate (the book's value),
    // + closeMonths, closeShiftCost and closeShiftShare (the pipeline, close timing across a period's end).
    expect(list.length).toBe(61);
    expect(list.every((p) => p.base >= p.min && p.base <= p.max)).toBe(true);
    expect(list.map((p) => p.path)).not.toContain('clients.stuckAfterMonths');
    expect(list.map((p) => p.path)).not.toContain('market.switchCalendarMonth');
    expect(list.find((p) => p.path === 'behavior.discountRate')).toMatchObject({ min: 0, max: 1, whole: false, base: scenario.behavior.discountRate });
    expect(list.find((p) => p.path === 'behavior.grievanceMonths')).toMatchObject({ whole: true });
  });

  it('selects by section or path, and names what it does not know', () => {
    expect(selectParameters(scenario, ['team']).every((p) => p.path.startsWith('team.'))).toBe(true);
    expect(selectParameters(scenario, ['clients.baseChurn', 'behavior.inertia']).map((p) => p.path)).toEqual(['clients.baseChurn', 'behavior.inertia']);
    expect(() => selectParameters(scenario, ['behaviour'])).toThrow(expect.objectContaining({ problem: { code: 'unknown-parameter', name: 'behaviour', sections: ['market', 'clients', 'team', 'behavior'] } }));
  });

  it('keeps boxes inside the range and moves whole numbers by at least one', () => {
    const fraction: Parameter = { path: 'clients.followMax', description: '', min: 0, max: 1, whole: false, base: 0.9 };
    expect(perturbationBox(fraction, 0.2)).toEqual({ low: 0.72, high: 1 });
    const months: Parameter = { path: 'behavior.grievanceMonths', description: '', min: 0, max: 120, whole: true, base: 2 };
    expect(perturbationBox(months, 0.2)).toEqual({ low: 1, high: 3 });
    const cost: Parameter = { path: 'behavior.farmingEffortCost', description: '', min: -1e5, max: 1e5, whole: false, base: -30 };
    expect(perturbationBox(cost, 0.2)).toEqual({ low: -36, high: -24 });
    expect(clampValue(months, 2.6)).toBe(3);
  });
});

describe('where the ranking changes', () => {
  // Scheme a earns 100; scheme b earns 50 + 10·p: b overtakes a when p passes 5.
  const values = (p: number): PointValues => ({
    'schemes.a.totals.netProfit': { mean: 100, sd: 0, ci95: [100, 100] },
    'schemes.b.totals.netProfit': { mean: 50 + 10 * p, sd: 0, ci95: [0, 0] },
  });
  const parameter: Parameter = { path: 'x.p', description: '', min: 0, max: 100, whole: false, base: 2 };
  const ends = [{ low: 1.6, high: 2.4, atLow: values(1.6), atHigh: values(2.4) }];
  const evaluate = async (sets: string[][]) => sets.map((s) => values(Number(s[0].split('=')[1])));

  it('scans outwards in steps of the box distance, then halves the first bracket', async () => {
    const asked: number[][] = [];
    const crossings = await findCrossings([parameter], ends, ['a', 'b'], 'a', { span: 10, steps: 8 }, (sets) => {
      asked.push(sets.map((s) => Number(s[0].split('=')[1])));
      return evaluate(sets);
    });
    // One batch: up 2.8, 3.2 … 6 (2 to 10 box distances of 0.4) and down 1.2, 0.8, 0.4, 0 (clamped, once).
    expect(asked[0]).toEqual([1.2, 0.8, 0.4, 0, 2.8, 3.2, 3.6, 4, 4.4, 4.8, 5.2, 5.6, 6]);
    const up = crossings.find((c) => c.direction === 'up');
    const down = crossings.find((c) => c.direction === 'down');
    // The first flip is between 4.8 and 5.2; eight halvings leave a bracket of 0.4 / 256.
    expect(up).toMatchObject({ found: true, newLeader: 'b', searchedTo: 6, evaluations: 9 + 8 });
    expect(up?.value).toBeCloseTo(5, 2);
    const [inside, outside] = up?.bracket ?? [0, 0];
    expect(inside).toBeLessThanOrEqual(5);
    expect(outside).toBeGreaterThanOrEqual(5);
    expect(outside - inside).toBeCloseTo(0.4 / 256, 12);
    expect(down).toMatchObject({ found: false, searchedTo: 0, evaluations: 4 });
  });

  it('finds a lead that dips below zero and comes back, which the far end alone would miss', async () => {
    // b overtakes a only for 3 < p < 4.
    const dip = (p: number): PointValues => ({ ...values(p), 'schemes.b.totals.netProfit': { mean: p > 3 && p < 4 ? 120 : 80, sd: 0, ci95: [0, 0] } });
    const crossings = await findCrossings([parameter], [{ ...ends[0], atLow: dip(1.6), atHigh: dip(2.4) }], ['a', 'b'], 'a', { span: 5, steps: 4 }, async (sets) => sets.map((s) => dip(Number(s[0].split('=')[1]))));
    const up = crossings.find((c) => c.direction === 'up');
    expect(up).toMatchObject({ found: true, newLeader: 'b', bracket: [expect.closeTo(3, 1), expect.closeTo(3, 1)] });
  });

  it('reports no crossing when the search does not reach it', async () => {
    const crossings = await findCrossings([parameter], ends, ['a', 'b'], 'a', { span: 5, steps: 8 }, evaluate);
    expect(crossings.map((c) => [c.direction, c.found, c.searchedTo, c.evaluations])).toEqual([
      ['down', false, 0, 4],
      ['up', false, 4, 4],
    ]);
  });
});
