/** The options of `compsim sensitivity`: the design's numbers, --params and --range, read and checked. */
import { describe, expect, it } from 'vitest';
import { parseRange, sensitivityOptions } from '../../src/cli/sensitivity-options.js';
import { loadScenario } from '../../src/scenario/index.js';
import { selectParameters } from '../../src/whatif/parameters.js';
import type { ExperimentBase } from '../../src/whatif/points.js';

const scenario = loadScenario('scenarios/freight.yaml');
const base: ExperimentBase = { scenario, scenarioName: scenario.name, overrides: [], runs: 4 };
const defaults = { metric: 'netProfitDiff', delta: 0.2, 'noise-seeds': 4, trajectories: 4, levels: 4, top: 3, span: 5, steps: 5 };

describe('sensitivity options', () => {
  it('reads the parameters named and their explicit boxes', () => {
    const options = sensitivityOptions({ ...defaults, params: 'behavior.farmingEffortCost,clients.baseChurn', range: 'behavior.farmingEffortCost=-30:30' }, base, 7);
    expect(options.parameters.map((p) => p.path)).toEqual(['clients.baseChurn', 'behavior.farmingEffortCost']);
    expect(options.ranges).toEqual({ 'behavior.farmingEffortCost': { low: -30, high: 30 } });
    expect(options).toMatchObject({ seed: 7, metric: 'netProfitDiff', focus: undefined, delta: 0.2, noiseSeeds: 4, trajectories: 4, levels: 4, top: 3, span: 5, steps: 5 });
  });

  it('names the option and what it should have been', () => {
    expect(() => sensitivityOptions({ ...defaults, delta: 2 }, base, 1)).toThrow('--delta: expected a share between 0 and 1 (0.2 = ±20 %), found 2');
    expect(() => sensitivityOptions({ ...defaults, 'noise-seeds': 0 }, base, 1)).toThrow('--noise-seeds: expected a whole number from 1 to 100, found 0');
    expect(() => sensitivityOptions({ ...defaults, top: 'x' }, base, 1)).toThrow('--top: expected a whole number from 0 to 100, found NaN');
    expect(() => sensitivityOptions({ ...defaults, span: 0 }, base, 1)).toThrow('--span: expected a number from 1 to 100, found 0');
  });

  it('reads a --range against the parameters analysed and their ranges', () => {
    const parameters = selectParameters(scenario, ['behavior']);
    expect(parseRange('behavior.discountRate=0.05:0.2', parameters)).toEqual(['behavior.discountRate', { low: 0.05, high: 0.2 }]);
    expect(() => parseRange('x', parameters)).toThrow('--range x: expected path=low:high, e.g. behavior.farmingEffortCost=-30:30');
    expect(() => parseRange('clients.baseChurn=0:1', parameters)).toThrow('--range clients.baseChurn=0:1: clients.baseChurn is not among the analysed parameters (see --params)');
    expect(() => parseRange('behavior.discountRate=0.2:0.1', parameters)).toThrow('--range behavior.discountRate=0.2:0.1: low and high must be numbers with low < high');
    expect(() => parseRange('behavior.discountRate=-5:0.5', parameters)).toThrow("--range behavior.discountRate=-5:0.5: the parameter's range is 0 to 1");
  });
});
