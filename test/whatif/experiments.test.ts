/**
 * Sweeps, sensitivity and calibration on a small company (few months, few managers, few runs,
 * fixed seeds): common random numbers across points, exact agreement with `compsim run`, the
 * tornado and crossing search on real simulations, and the accepted set of a calibration.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import { analyseCalibration, calibrationReduce, calibrationSpecs, calibrationVariants, scenarioCalibrationTargets, type CalibrationInputs } from '../../src/whatif/calibrate.js';
import { resolveTarget } from '../../src/whatif/targets.js';
import { TargetSchema } from '../../src/scenario/schema.js';
import { collectPoints } from '../../src/whatif/experiment.js';
import { makeAxis } from '../../src/whatif/grid.js';
import { whatifProblem } from '../../src/cli/whatif-messages.js';
import { WhatIfError } from '../../src/whatif/errors.js';
import { checkObservable, observe } from '../../src/whatif/observables.js';
import { selectParameters } from '../../src/whatif/parameters.js';
import type { ExperimentBase } from '../../src/whatif/points.js';
import { analyseSensitivity, sensitivityInputs, sensitivityReduce, sensitivitySpecs } from '../../src/whatif/sensitivity.js';
import { analyseSweep, sweepInputs, sweepReduce, sweepSpecs } from '../../src/whatif/sweep.js';

const SMALL = ['horizonMonths=6', 'warmupMonths=4', 'team.managers=4'];
const load = () => loadScenario('scenarios/freight.yaml', { set: SMALL });
const base = (runs: number, schemes?: string[], extra: string[] = []): ExperimentBase => {
  const overrides = [...SMALL, ...extra];
  const scenario = loadScenario('scenarios/freight.yaml', { set: overrides });
  return { scenario, scenarioName: scenario.name, overrides, runs, schemes };
};

describe('observables', () => {
  it('derive categories 1+2, annual churn, conversion and turnover from a summary', async () => {
    const scenario = load();
    const summary = await simulate(scenario, { runs: 6, seed: 5, schemes: ['lifetime-commission'], workers: 1, scenarioName: 'x' });
    const scheme = summary.schemes.find((s) => s.id === 'lifetime-commission');
    if (!scheme) throw new Error('no scheme');
    const huntActivate = observe(summary, 'schemes.lifetime-commission.timeShare.huntActivate');
    expect(huntActivate.mean).toBeCloseTo(scheme.timeShare.hunt.mean + scheme.timeShare.activate.mean, 12);
    const averageActive = scheme.monthly.activeClients.reduce((s, m) => s + m.mean, 0) / 6;
    expect(observe(summary, 'schemes.lifetime-commission.annualChurnRate').mean).toBeCloseTo((scheme.totals.churnedClients.mean / averageActive) * 2, 12);
    expect(observe(summary, 'schemes.lifetime-commission.conversion').mean).toBeCloseTo(scheme.totals.activations.mean / scheme.totals.newContracts.mean, 12);
    const { mean, sd, ci95 } = summary.comparisons[0].netProfitDiff;
    expect(observe(summary, 'comparisons.lifetime-commission.netProfitDiff')).toEqual({ mean, sd, ci95 });
  });

  it('names what a metric path should have been', () => {
    const schemes = ['lifetime-commission', 'new-client-bonus'];
    /** The problem thrown, as the command line words it. */
    const said = (check: () => unknown): string => {
      try {
        check();
      } catch (error) {
        if (error instanceof WhatIfError) return whatifProblem(error.problem);
        throw error;
      }
      return 'no problem';
    };
    expect(checkObservable('schemes.lifetime-commission.totals.netProfit', schemes, 'new-client-bonus', 6)).toBe('lifetime-commission');
    expect(said(() => checkObservable('schemes.lifetime.totals.netProfit', schemes, 'new-client-bonus', 6))).toMatch(/no simulated scheme "lifetime"; expected one of lifetime-commission, new-client-bonus/);
    expect(said(() => checkObservable('comparisons.new-client-bonus.netProfitDiff', schemes, 'new-client-bonus', 6))).toMatch(/not compared with itself/);
    expect(said(() => checkObservable('schemes.lifetime-commission.totals.profit', schemes, 'new-client-bonus', 6))).toMatch(/totals\.<revenue\|margin/);
    expect(said(() => checkObservable('schemes.lifetime-commission.monthly.revenue.6', schemes, 'new-client-bonus', 6))).toMatch(/month index 0 to 5/);
  });
});

describe('sweep', () => {
  it('simulates every point with the same seed: the point at the scenario’s own value is the plain run', async () => {
    const experiment = base(10, ['farmer-handoff']);
    const inputs = sweepInputs(experiment, { seed: 3, axes: [makeAxis('behavior.discountRate', ['0.06', '0.1', '0.14'])], metric: 'netProfitDiff', focus: 'farmer-handoff' });
    const results = await collectPoints(experiment, sweepSpecs(inputs), sweepReduce(inputs), { workers: 1 });
    const result = analyseSweep(inputs, results);
    const plain = await simulate(load(), { runs: 10, seed: 3, schemes: ['farmer-handoff'], workers: 1, scenarioName: 'x' });
    expect(result.points[1].set).toEqual(['behavior.discountRate=0.1']);
    expect(result.points[1].metric['farmer-handoff'].mean).toBe(plain.comparisons[0].netProfitDiff.mean);
    expect(result.points.map((p) => p.values[0])).toEqual([0.06, 0.1, 0.14]);
    expect(result.schemes).toEqual(['farmer-handoff']);
    expect(result.goal).toBe('max');
    const best = result.best['farmer-handoff'];
    expect(best.flat).toContain(best.point);
    expect(Math.max(...result.points.map((p) => p.metric['farmer-handoff'].mean))).toBe(best.mean);
  });

  it('refuses a metric or a scheme the experiment does not have, before simulating', () => {
    const experiment = base(4);
    const axes = [makeAxis('behavior.discountRate', ['0.1', '0.2'])];
    expect(() => sweepInputs(experiment, { seed: 1, axes, metric: 'netProfitDif' })).toThrow(
      expect.objectContaining({ problem: expect.objectContaining({ code: 'bad-metric', path: expect.stringMatching(/^schemes\.[a-z-]+\.netProfitDif$/) }) }),
    );
    expect(() => sweepInputs(experiment, { seed: 1, axes, metric: 'netProfitDiff', focus: 'new-client-bonus' })).toThrow(
      expect.objectContaining({ problem: { code: 'focus-is-baseline', metric: 'netProfitDiff', baseline: 'new-client-bonus' } }),
    );
    expect(() => sweepInputs(base(4, ['new-client-bonus']), { seed: 1, axes, metric: 'netProfitDiff', focus: 'farmer-handoff' })).toThrow(
      expect.objectContaining({ problem: { code: 'focus-not-simulated', focus: 'farmer-handoff', simulated: ['new-client-bonus'] } }),
    );
    expect(() => sweepInputs(base(4, ['new-client-bonus']), { seed: 1, axes, metric: 'netProfitDiff' })).toThrow(expect.objectContaining({ problem: { code: 'only-baseline', metric: 'netProfitDiff' } }));
  });
});

describe('sensitivity', () => {
  // The felt cost of farming at 0: a parameter whose ±20 % does not move it.
  const ZERO_COST = ['behavior.farmingEffortCost=0'];
  const options = {
    seed: 2,
    metric: 'netProfitDiff',
    focus: 'lifetime-commission',
    ranges: {},
    delta: 0.2,
    noiseSeeds: 2,
    trajectories: 2,
    levels: 4,
    top: 1,
    span: 5,
    steps: 2,
  };

  const named = (experiment: ExperimentBase) => selectParameters(experiment.scenario, ['behavior.discountRate', 'clients.baseChurn', 'behavior.farmingEffortCost']);

  it('skips a parameter at 0 unless it gets a box, and says why with a code', () => {
    const experiment = base(6, ['lifetime-commission'], ZERO_COST);
    expect(sensitivityInputs(experiment, { ...options, parameters: named(experiment) }).skipped).toEqual([{ path: 'behavior.farmingEffortCost', reason: 'zero-value' }]);
    const boxed = sensitivityInputs(experiment, { ...options, parameters: named(experiment), ranges: { 'behavior.farmingEffortCost': { low: -30, high: 30 } } });
    expect(boxed.skipped).toEqual([]);
    expect(boxed.boxes[boxed.parameters.findIndex((p) => p.path === 'behavior.farmingEffortCost')]).toEqual({ low: -30, high: 30 });
  });

  it('refuses to rank fewer than two schemes or to analyse no parameter', () => {
    expect(() => sensitivityInputs(base(6, ['new-client-bonus'], ZERO_COST), { ...options, focus: undefined, parameters: named(base(6, undefined, ZERO_COST)) })).toThrow(
      expect.objectContaining({ problem: { code: 'too-few-schemes', simulated: ['new-client-bonus'] } }),
    );
    const experiment = base(6, ['lifetime-commission'], ZERO_COST);
    const zero = selectParameters(experiment.scenario, ['behavior.farmingEffortCost']);
    expect(() => sensitivityInputs(experiment, { ...options, parameters: zero })).toThrow(expect.objectContaining({ problem: { code: 'no-parameters' } }));
  });

  it('runs the fixed design then the crossing search', async () => {
    const experiment = base(6, ['lifetime-commission'], ZERO_COST);
    const inputs = sensitivityInputs(experiment, { ...options, parameters: named(experiment) });
    expect(inputs.parameters.map((p) => p.path)).toEqual(['clients.baseChurn', 'behavior.discountRate']);
    expect(inputs.boxes).toEqual([{ low: 0.0056, high: 0.0084 }, { low: 0.08, high: 0.12 }]);
    const specs = sensitivitySpecs(inputs);
    // base + 2 noise seeds + 2 × 2 tornado ends + 2 trajectories × 3 Morris points
    expect(specs).toHaveLength(1 + 2 + 4 + 6);
    expect(specs.slice(0, 3).map((s) => s.seed)).toEqual([2, 3, 4]);
    const reduce = sensitivityReduce(inputs);
    const results = await collectPoints(experiment, specs, reduce, { workers: 1 });
    const asked: string[][] = [];
    const result = await analyseSensitivity(inputs, results, (sets) => {
      asked.push(...sets);
      return collectPoints(experiment, sets.map((s) => ({ sets: s, seed: 2 })), reduce, { workers: 1 });
    });
    expect(result.tornado.map((b) => b.path).sort()).toEqual(['behavior.discountRate', 'clients.baseChurn']);
    expect(result.tornado[0].swing).toBeGreaterThanOrEqual(result.tornado[1].swing);
    const bar = result.tornado.find((b) => b.path === 'behavior.discountRate');
    // Points: 0 base, 1–2 noise seeds, 3–4 baseChurn low/high, 5–6 discountRate low/high.
    const diff = (k: number) => results[k]['comparisons.lifetime-commission.netProfitDiff'].mean;
    expect(bar?.effectHigh).toBe(diff(6) - diff(0));
    expect(bar?.effectLow).toBe(diff(5) - diff(0));
    expect(result.noise.values).toHaveLength(3);
    expect(result.noise.floor).toBeGreaterThan(0);
    expect(result.morris.effects).toHaveLength(2);
    expect(result.ranking.map((r) => r.scheme).sort()).toEqual(['lifetime-commission', 'new-client-bonus']);
    // One parameter searched both ways: a far point each, then bisection only where the leader changed.
    expect(result.crossings).toHaveLength(2);
    expect(asked.length).toBe(result.crossings.reduce((s, c) => s + c.evaluations, 0));
    // The headline ends with how many parameters are louder than the noise floor.
    expect(result.headline.at(-1)).toEqual({
      code: 'above-noise',
      loud: result.tornado.filter((b) => b.aboveNoise).length,
      parameters: 2,
      metric: 'netProfitDiff',
      scheme: 'lifetime-commission',
      delta: 0.2,
    });
    expect(result.noise.method).toBe('seed-difference');
  });
});

describe('calibration', () => {
  it('accepts every point whose means fall in every range and picks the one nearest the middles', async () => {
    const experiment = base(8, ['lifetime-commission'], ['behavior.farmingEffortCost=0']);
    const targets = [
      { path: 'schemes.lifetime-commission.timeShare.huntActivate', low: 0.3, high: 0.9, written: 'schemes.lifetime-commission.timeShare.huntActivate=0.3:0.9' },
      { path: 'schemes.new-client-bonus.timeShare.huntActivate', low: 0.85, high: 0.99, written: 'schemes.new-client-bonus.timeShare.huntActivate=0.85:0.99' },
    ];
    const parameters = [{ path: 'behavior.farmingEffortCost', whole: false, base: 0, values: [-200, 0, 200] }];
    const inputs: CalibrationInputs = { base: experiment, seed: 4, targets, parameters, design: 'grid', points: 0, steps: 5 };
    const results = await collectPoints(experiment, calibrationSpecs(inputs), calibrationReduce(inputs), { workers: 1 });
    const result = analyseCalibration(inputs, results);
    expect(result.points.map((p) => p.values['behavior.farmingEffortCost'])).toEqual([0, -200, 0, 200]);
    // The scenario's own point and the candidate with the same value saw the same markets.
    expect(result.points[2].observed).toEqual(result.points[0].observed);
    const share = result.points.map((p) => p.observed['schemes.lifetime-commission.timeShare.huntActivate'].mean);
    // A comfortable farm (negative cost) pulls hours towards farming, an unpleasant one away from it.
    expect(share[1]).toBeLessThan(share[2]);
    expect(share[3]).toBeGreaterThan(share[2]);
    for (const p of result.points) expect(p.accepted).toBe(p.inside.every(Boolean));
    expect(result.accepted).toEqual(result.points.filter((p) => p.accepted).map((p) => p.index));
    expect(result.best).toBeGreaterThan(0);
    if (result.accepted.length > 0) expect(result.points[result.best].accepted).toBe(true);
  });

  it('measures a target that needs a variant at every point, and counts the accepted points where each scheme is first by value created', async () => {
    const experiment = base(6, ['lifetime-commission'], ['behavior.farmingEffortCost=0']);
    // A variant target: a larger servicing commission raises the share of time spent farming.
    const raises = resolveTarget(
      TargetSchema.parse({
        id: 'servicing-raises-farming', source: 'hand', measure: 'farm', scheme: 'new-client-bonus',
        set: ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'], against: { set: [] }, as: 'difference', min: -1, max: 1,
      }),
    );
    const targets = [...scenarioCalibrationTargets([raises]), { path: 'schemes.lifetime-commission.timeShare.huntActivate', low: 0, high: 0.75, written: 'schemes.lifetime-commission.timeShare.huntActivate=0:0.75' }];
    const parameters = [{ path: 'behavior.farmingEffortCost', whole: false, base: 0, values: [-300, 300] }];
    const inputs: CalibrationInputs = { base: experiment, seed: 3, targets, parameters, design: 'grid', points: 0, steps: 2 };
    const specs = calibrationSpecs(inputs);
    expect(calibrationVariants(inputs)).toEqual([[], ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08']]);
    // Three points (the scenario's own, −300, +300) × two variants; without a variant every scheme, with one only the scheme it measures.
    expect(specs.map((s) => s.sets)).toEqual([
      [], ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'],
      ['behavior.farmingEffortCost=-300'], ['behavior.farmingEffortCost=-300', 'schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'],
      ['behavior.farmingEffortCost=300'], ['behavior.farmingEffortCost=300', 'schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'],
    ]);
    expect(specs[0].schemes).toEqual(experiment.scenario.schemes.map((s) => s.id));
    expect(specs[1].schemes).toEqual(['new-client-bonus']);
    const results = await collectPoints(experiment, specs, calibrationReduce(inputs), { workers: 1 });
    const result = analyseCalibration(inputs, results);
    expect(result.points).toHaveLength(3);
    // The variant target is the difference of two simulations of the same point, measured as compsim targets measures it.
    const alone = await simulate(loadScenario('scenarios/freight.yaml', { set: [...SMALL, 'behavior.farmingEffortCost=0'] }), { runs: 6, seed: 3, schemes: ['new-client-bonus'], workers: 1, scenarioName: 'x' });
    const raised = await simulate(loadScenario('scenarios/freight.yaml', { set: [...SMALL, 'behavior.farmingEffortCost=0', 'schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08'] }), { runs: 6, seed: 3, schemes: ['new-client-bonus'], workers: 1, scenarioName: 'x' });
    const farm = (s: typeof alone) => s.schemes.find((x) => x.id === 'new-client-bonus')!.timeShare.farm.mean;
    expect(result.points[0].observed['targets.servicing-raises-farming'].mean).toBeCloseTo(farm(raised) - farm(alone), 12);
    // Every scheme is ranked at every point, by its mean value created.
    for (const p of result.points) {
      expect([...p.ranking].sort()).toEqual(experiment.scenario.schemes.map((s) => s.id).sort());
      for (let k = 1; k < p.ranking.length; k++) expect(p.valueCreated[p.ranking[k - 1]]).toBeGreaterThanOrEqual(p.valueCreated[p.ranking[k]]);
    }
    // Robustness counts firsts over the accepted points only: a comfortable farm (−300) pulls the old scheme's hours below 75 % on categories 1+2, an unpleasant one (+300) does not.
    expect(result.points.map((p) => p.accepted)).toEqual([true, true, false]);
    expect(result.robustness.accepted).toBe(2);
    const firsts = Object.values(result.robustness.first);
    expect(firsts.reduce((a, b) => a + b, 0)).toBe(2);
    for (const [id, count] of Object.entries(result.robustness.first)) expect(count).toBe([0, 1].filter((i) => result.points[i].ranking[0] === id).length);
  });
});

describe('worker threads', () => {
  it('give the same points as this thread (blocks folded in block order)', async () => {
    const experiment = base(70, ['threshold-promotion']);
    const inputs = sweepInputs(experiment, { seed: 6, axes: [makeAxis('clients.baseChurn', ['0.006', '0.01'])], metric: 'netProfit' });
    const one = await collectPoints(experiment, sweepSpecs(inputs), sweepReduce(inputs), { workers: 1 });
    const two = await collectPoints(experiment, sweepSpecs(inputs), sweepReduce(inputs), { workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });
});
