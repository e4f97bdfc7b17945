/**
 * Effort on the bundled scenario, through `--set` as an analyst would, same seed: a cap that binds
 * makes the managers it binds work less and bring less money in; a higher marginal rate makes
 * them work more. The lifetime commission is the managers' only pay component, so a cap on it
 * binds a manager's whole pay at the margin once he reaches it.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { SchemeSummary } from '../../src/engine/summary.js';

const COMMISSION = 'schemes.lifetime-commission.roles.generalist.pay.0';

async function lifetime(set: string[]): Promise<SchemeSummary> {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=12', 'warmupMonths=12', ...set] });
  const summary = await simulate(scenario, { runs: 16, seed: 3, workers: 1, scenarioName: 'x', schemes: ['lifetime-commission'] });
  const scheme = summary.schemes.find((s) => s.id === 'lifetime-commission');
  if (!scheme) throw new Error('lifetime-commission was not simulated');
  return scheme;
}

describe('effort responds to the pay rules', () => {
  it('a binding cap lowers hours and revenue; a higher rate raises hours', async () => {
    const plain = await lifetime([]);
    const capped = await lifetime([`${COMMISSION}.cap=30000`]);
    const richer = await lifetime([`${COMMISSION}.rate=0.1`]);
    expect(capped.hoursPerManager.mean).toBeLessThan(plain.hoursPerManager.mean - 5);
    expect(capped.totals.revenue.mean).toBeLessThan(plain.totals.revenue.mean);
    expect(richer.hoursPerManager.mean).toBeGreaterThan(plain.hoursPerManager.mean + 2);
  });
});
