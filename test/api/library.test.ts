/** Analysts script compsim as a library: the package entry point exposes the same pieces the CLI uses. */
import { describe, expect, it } from 'vitest';
import * as compsim from '../../src/index.js';

describe('the library API', () => {
  it('loads a scenario and prices a payslip', () => {
    const scenario = compsim.loadScenario('scenarios/freight.yaml');
    const scheme = compsim.compileScheme(scenario.schemes.find((s) => s.id === 'lifetime-commission')!, scenario.team.hiringLagMonths);
    const slip = compsim.payFor(scheme, 'generalist', {
      clients: [{ id: 'a', state: 'active', revenue: 1_000_000, margin: 150_000, growth: 0, monthsSinceSigning: 20, monthsSinceActivation: 18, owned: true, originated: true }],
    });
    expect(slip.total).toBeCloseTo(20_000 + 0.08 * 150_000, 9);
  });

  it('simulates and reports problems as ScenarioError', async () => {
    expect(() => compsim.loadScenario('scenarios/freight.yaml', { set: ['team.managers=0'] })).toThrow(compsim.ScenarioError);
    const scenario = compsim.loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=3', 'warmupMonths=2'] });
    const summary = await compsim.simulate(scenario, { runs: 2, seed: 1, workers: 1, scenarioName: scenario.name, schemes: ['lifetime-commission'] });
    expect(summary.version).toBe(1);
    expect(summary.schemes.map((s) => s.id)).toEqual(['lifetime-commission', 'new-client-bonus']);
  });
});
