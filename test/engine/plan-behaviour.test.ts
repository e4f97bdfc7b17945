/**
 * Behaviour under the scheme language's periods (scenarios/software.yaml, same seed, common random
 * numbers): a ratchet makes a good quarter raise the next bar, so managers hunt less than under the
 * same plan without it; a quarter-end accelerator makes them pull closes into the quarter's last
 * month (Oyer 1998; Larkin 2014), which a plan measured month by month never does. Both come
 * from the valuation (valuation.ts periodMarginalRate, hunting.ts closeShift), not from a rule
 * per scheme.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { Scheme } from '../../src/scenario/schema.js';
import { compileScheme } from '../../src/schemes/compile.js';
import { periodMarginalRate } from '../../src/model/valuation.js';

const LOGOS = 'new-logo-accelerator';

/** The software scenario's new-customer plan, and `twin(plan)` beside it under another id. */
async function withTwin(id: string, twin: (plan: Scheme) => void, tierMode: 'marginal' | 'retroactive') {
  const scenario = loadScenario('scenarios/software.yaml');
  const plan = scenario.schemes.find((s) => s.id === LOGOS)!;
  plan.roles.executive.pay[1].tierMode = tierMode;
  const other: Scheme = structuredClone(plan);
  other.id = id;
  twin(other);
  scenario.schemes = [plan, other];
  scenario.current = scenario.baseline = LOGOS;
  return simulate(scenario, { runs: 200, seed: 1, workers: 1, scenarioName: 'x' });
}

describe('a ratchet', () => {
  it('lowers the marginal pay of a unit above the quota by next quarter\'s raised bar (worked by hand)', () => {
    const scenario = loadScenario('scenarios/software.yaml');
    const bonus = (id: string) => compileScheme(scenario.schemes.find((s) => s.id === id)!, 2).roles[0].components[1];
    // A fresh quarter at 5 000 a month: 15 000 projected against 12 000, in the 20 % tier (12 000 to 18 000).
    expect(periodMarginalRate(bonus('quarterly-quota'), 5000, 100, undefined, 0)).toBeCloseTo(0.2, 12);
    // With the ratchet the next quota is 15 000; 100 more now raises it by 100, and at 15 000 next quarter
    // each unit of quota takes 0.05 (the 10 % tier starts at half the quota): −0.05, discounted 3 months (δ = 1: none here).
    expect(periodMarginalRate(bonus('quota-with-ratchet'), 5000, 100, undefined, 0)).toBeCloseTo(0.15, 12);
    // Below the quota the ratchet does not bind: the same rate (10 % tier).
    expect(periodMarginalRate(bonus('quota-with-ratchet'), 3000, 100, undefined, 0)).toBeCloseTo(periodMarginalRate(bonus('quarterly-quota'), 3000, 100, undefined, 0), 12);
  });

  it('lowers hunting and new contracts relative to the same plan without it', async () => {
    const summary = await withTwin('with-ratchet', (plan) => (plan.roles.executive.pay[1].quota = { amount: 3, ratchet: 1 }), 'marginal');
    const [plain, ratchet] = summary.schemes;
    const huntHours = (s: typeof plain) => s.timeShare.hunt.mean * s.hoursPerManager.mean;
    // Seed 1, 200 runs × 24 months: 10.6 hunting hours a manager-month without the ratchet, 9.3 with it;
    // new contracts −9.1 (95 %: −9.9 … −8.3) on the same runs.
    expect(huntHours(ratchet)).toBeLessThan(huntHours(plain) - 1);
    const contracts = summary.comparisons.find((c) => c.scheme === 'with-ratchet')!.metrics.newContracts;
    expect(contracts.ci95[1]).toBeLessThan(0); // paired over the same 200 runs
  }, 60_000);
});

describe('a quarter-end accelerator', () => {
  it('bunches contracts in the quarter\'s last month; the same plan month by month does not', async () => {
    const summary = await withTwin(
      'monthly',
      (plan) => {
        const logos = plan.roles.executive.pay[1];
        logos.period = 'month';
        logos.quota = 1;
      },
      'retroactive',
    );
    const lastMonthShare = (id: string): number => {
      const months = summary.schemes.find((s) => s.id === id)!.monthly.newContracts.map((m) => m.mean);
      const total = months.reduce((a, b) => a + b, 0);
      return months.filter((_, m) => m % 3 === 2).reduce((a, b) => a + b, 0) / total; // the horizon starts in January
    };
    // Seed 1, 200 runs × 24 months: 0.356 of a quarter's contracts in its last month, against 0.338 month by
    // month (a third: 0.333); about 24 000 contracts each, so a share is known within ±0.006 (95 %).
    expect(lastMonthShare(LOGOS)).toBeGreaterThan(0.345);
    expect(lastMonthShare(LOGOS)).toBeGreaterThan(lastMonthShare('monthly') + 0.01);
    expect(Math.abs(lastMonthShare('monthly') - 1 / 3)).toBeLessThan(0.01);
  }, 60_000);
});
