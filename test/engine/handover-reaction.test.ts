/**
 * Resistance to hand-overs (docs/model.md, "Grievance after a switch"), paired through `--set` on
 * the bundled scenario, same seed: a scheme that hands a hunter's clients to farmers makes the
 * team feel a larger cut at the switch, and leak more margin while it grieves, than the same
 * scheme without its hand-offs; and the felt loss of the clients taken is what makes the
 * difference (handoverAversion 0 leaves only the money).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { SchemeSummary } from '../../src/engine/summary.js';

const SCHEME = 'hunter-farmer-split';

async function split(set: string[]): Promise<SchemeSummary> {
  const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=12', ...set] });
  const summary = await simulate(scenario, { runs: 16, seed: 4, workers: 1, scenarioName: 'x', schemes: [SCHEME] });
  const scheme = summary.schemes.find((s) => s.id === SCHEME);
  if (!scheme) throw new Error(`${SCHEME} was not simulated`);
  return scheme;
}

describe('the clients a scheme takes count like a pay cut', () => {
  it('hand-offs make the switch a larger cut and the grievance leak more margin', async () => {
    const withHandoffs = await split([]);
    const without = await split([`schemes.${SCHEME}.handoffs=[]`]);
    const moneyOnly = await split(['behavior.handoverAversion=0']);
    // The hunters' bonus is on clients they originated, so the money they lose to a hand-off is
    // small; the clients taken are felt as a loss all the same.
    expect(withHandoffs.totals.switchPayChange.mean).toBeLessThan(without.totals.switchPayChange.mean);
    expect(withHandoffs.totals.switchPayChange.mean).toBeLessThan(moneyOnly.totals.switchPayChange.mean);
    expect(withHandoffs.totals.leakedMargin.mean).toBeGreaterThan(without.totals.leakedMargin.mean);
    expect(withHandoffs.totals.leakedMargin.mean).toBeGreaterThan(moneyOnly.totals.leakedMargin.mean);
    // Nobody gains at a switch in this scenario: the change is a cut.
    expect(without.totals.switchPayChange.mean).toBeLessThan(0);
  });
});
