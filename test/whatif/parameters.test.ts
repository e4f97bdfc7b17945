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
    expect(list.length).toBe(48);
    expect(list.every((p) => p.base >= p.min && p.base <= p.max)).toBe(true);
    expect(list.map((p) => p.path)).not.toContain('clients.stuckAfterMonths');
    expect(list.find((p) => p.path === 'behavior.discountRate')).toMatchObject({ min: 0, max: 1, whole: false, base: scenario.behavior.discountRate });
    expect(list.find((p) => p.path === 'behavior.grievanceMonths')).toMatchObject({ whole: true });
  });

  it('selects by section or path, and names what it does not know', () => {
    expect(selectParameters(scenario, ['team']).every((p) => p.path.startsWith('team.'))).toBe(true);
    expect(selectParameters(scenario, ['clients.baseChurn', 'behavior.inertia']).map((p) => p.path)).toEqual(['clients.baseChurn', 'behavior.inertia']);
    expect(() => selectParameters(scenario, ['behaviour'])).toThrow(/behaviour names no parameter/);
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

  it('brackets the crossing from the tornado’s end to the far end and halves it', async () => {
    const crossings = await findCrossings([parameter], ends, ['a', 'b'], 'a', { span: 10, steps: 8 }, evaluate);
    const up = crossings.find((c) => c.direction === 'up');
    const down = crossings.find((c) => c.direction === 'down');
    expect(up).toMatchObject({ found: true, newLeader: 'b', searchedTo: 6, evaluations: 9 });
    expect(up?.value).toBeCloseTo(5, 1);
    const [inside, outside] = up?.bracket ?? [0, 0];
    expect(inside).toBeLessThanOrEqual(5);
    expect(outside).toBeGreaterThanOrEqual(5);
    expect(outside - inside).toBeLessThan((6 - 2.4) / 2 ** 7);
    expect(down).toMatchObject({ found: false, searchedTo: 0, evaluations: 1 });
  });

  it('reports no crossing when the search does not reach it', async () => {
    const crossings = await findCrossings([parameter], ends, ['a', 'b'], 'a', { span: 5, steps: 8 }, evaluate);
    expect(crossings.map((c) => [c.direction, c.found, c.searchedTo])).toEqual([
      ['down', false, 0],
      ['up', false, 4],
    ]);
  });
});
