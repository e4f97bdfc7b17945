/**
 * A protected changeover on the bundled scenario, same seed and common random numbers: hunters and
 * farmers with a 3-month hold-harmless beside the same scheme without it. The managers whom the
 * switch would cut are paid their old pay for three months, so fewer of them grieve at the switch
 * (smaller felt cut, less margin leaked) and fewer quit in the first months; the company pays for it
 * in those months.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import type { SchemeSummary } from '../../src/engine/summary.js';
import { loadScenario } from '../../src/scenario/index.js';

const sumOf = (scheme: SchemeSummary, metric: 'managerQuits' | 'compCost', months: number): number =>
  scheme.monthly[metric].slice(0, months).reduce((sum, m) => sum + m.mean, 0);

describe('a hold-harmless changeover', () => {
  it('lowers the switch reaction and the quits of the first months, at a cost in pay', async () => {
    const scenario = loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=12'] });
    const split = scenario.schemes.find((s) => s.id === 'hunter-farmer-split')!;
    const protectedSplit = { ...structuredClone(split), id: 'protected', changeover: { protect: 'holdHarmless' as const, months: 3 } };
    scenario.schemes = [scenario.schemes.find((s) => s.id === scenario.current)!, split, protectedSplit];
    const summary = await simulate(scenario, { runs: 128, seed: 1, workers: 1, scenarioName: 'x' });
    const [plain, held] = ['hunter-farmer-split', 'protected'].map((id) => summary.schemes.find((s) => s.id === id)!);
    // Seed 1, 128 runs × 12 months: the team's felt pay change at the switch −211 000 → −141 000 a month;
    // margin leaked by grievances 6.74 M → 4.53 M; quits in the first 6 months 2.96 → 2.32; pay in the
    // first 3 months 2.28 M → 2.59 M.
    expect(held.totals.switchPayChange.mean).toBeGreaterThan(plain.totals.switchPayChange.mean + 40_000);
    expect(held.totals.leakedMargin.mean).toBeLessThan(plain.totals.leakedMargin.mean * 0.8);
    expect(sumOf(held, 'managerQuits', 6)).toBeLessThan(sumOf(plain, 'managerQuits', 6) - 0.3);
    expect(sumOf(held, 'compCost', 3)).toBeGreaterThan(sumOf(plain, 'compCost', 3) + 150_000);
  }, 120_000);
});
