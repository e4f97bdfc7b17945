/**
 * Extreme but valid scenarios — the corners of every range the schema allows — run to finite,
 * consistent and sensible numbers: one manager for one month without warm-up, every pay rate or
 * every hazard at zero, clients worth a billion a month, a market that never grows, a scheme whose
 * only role is a company-wide developer, a team that quits every month. Each case also checks
 * what its corner implies (zero rates pay exactly the salary, nobody hunting means no contracts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { simulate } from '../../src/engine/simulate.js';
import type { Summary } from '../../src/engine/summary.js';
import { loadScenario, parseScenarioText, type Scenario } from '../../src/scenario/index.js';
import { senseProblems, summaryProblems } from './helpers/summary-checks.js';

const FREIGHT = 'scenarios/freight.yaml';
const TINY = ['horizonMonths=3', 'warmupMonths=2', 'team.managers=2'];

async function run(scenario: Scenario, runs = 2): Promise<Summary> {
  const summary = await simulate(scenario, { runs, seed: 11, workers: 1, scenarioName: scenario.name });
  expect(summaryProblems(summary)).toEqual([]);
  expect(senseProblems(summary)).toEqual([]);
  expect(summary.months).toBe(scenario.horizonMonths);
  for (const scheme of summary.schemes) for (const series of Object.values(scheme.monthly)) expect(series).toHaveLength(scenario.horizonMonths);
  return summary;
}

/** The bundled scenario with every pay rate (single rates and tier rates) set to zero. */
function withZeroPayRates(): string {
  const document = parse(readFileSync(FREIGHT, 'utf8')) as { schemes: { roles: Record<string, { pay?: { rate?: number; tiers?: { rate: number }[] }[] }> }[] };
  for (const scheme of document.schemes) {
    for (const role of Object.values(scheme.roles)) {
      for (const component of role.pay ?? []) {
        if (component.rate !== undefined) component.rate = 0;
        for (const tier of component.tiers ?? []) tier.rate = 0;
      }
    }
  }
  return stringify(document);
}

const scheme = (id: string, roles: string) => `  - id: ${id}\n    name: ${id}\n    roles:\n${roles}`;

describe('extreme but valid scenarios give finite, sensible numbers', () => {
  it('one manager, one month, no warm-up', async () => {
    const summary = await run(loadScenario(FREIGHT, { set: ['team.managers=1', 'horizonMonths=1', 'warmupMonths=0'] }));
    for (const s of summary.schemes) expect(s.monthly.netProfit).toHaveLength(1);
  });

  it('every pay rate zero: everybody earns exactly the salary', async () => {
    const scenario = parseScenarioText(withZeroPayRates(), 'zero-rates.yaml', { set: TINY });
    const summary = await run(scenario);
    for (const s of summary.schemes) {
      const definition = scenario.schemes.find((d) => d.id === s.id)!;
      for (const role of s.roles) {
        // A role nobody holds reports an empty distribution.
        if (role.payDistribution.count === 0) continue;
        const salary = definition.roles[role.role].salary;
        expect(role.payDistribution.p5, `${s.id}/${role.role}`).toBeCloseTo(salary, 6);
        expect(role.payDistribution.p95, `${s.id}/${role.role}`).toBeCloseTo(salary, 6);
      }
    }
  });

  it('every hazard, spread and selling rate zero: a frozen company', async () => {
    const zero = [
      'market.marginRate=0', 'market.marginRateSd=0', 'market.potentialSigma=0', 'market.revenueNoise=0', 'market.latePayerShare=0',
      'market.badPayerShare=0', 'market.incidentRate=0', 'market.newProspectsPerMonth=0', 'clients.baseActivation=0',
      'clients.activationPerHour=0', 'clients.baseChurn=0', 'clients.neglectChurn=0', 'clients.churnHeterogeneity=0',
      'clients.dormancyHazard=0', 'clients.shareGrowth=0', 'clients.shareErosion=0', 'behavior.contractsPerHuntHour=0',
      'behavior.quitBase=0', 'behavior.quitLossAversion=0', 'behavior.quitOutside=0', 'behavior.discountRate=0',
      'behavior.allocationNoise=0', 'behavior.leakRate=0', 'behavior.effortCut=0', 'team.skillSd=0',
      // The hand-over risk too: a client lost at a hand-off is an active client lost (churnedClients).
      'clients.handoffChurn=0',
    ];
    const summary = await run(loadScenario(FREIGHT, { set: [...TINY, ...zero] }));
    for (const s of summary.schemes) {
      // Every client's margin rate is drawn at least 1 % (world.ts), so margin is 1 % of revenue.
      expect(s.totals.margin.mean / s.totals.revenue.mean, `${s.id}: margin at the 1 % floor`).toBeCloseTo(0.01, 9);
      expect(s.totals.newContracts.mean, `${s.id}: nobody signs`).toBe(0);
      expect(s.totals.churnedClients.mean, `${s.id}: nobody leaves`).toBe(0);
      expect(s.totals.managerQuits.mean, `${s.id}: nobody quits`).toBe(0);
    }
  });

  it('a zero margin rate is valued as the 1 % floor clients get, not as 0 × ∞', async () => {
    // Regression: valuing revenue-based pay divided by the market's margin rate; at 0 the value of
    // a new client was NaN, so managers stopped hunting although clients still had 1 % margin.
    const at = (rate: string) =>
      loadScenario(FREIGHT, {
        set: [...TINY, `market.marginRate=${rate}`, 'market.marginRateSd=0', 'schemes.lifetime-commission.roles.generalist.pay.lifetime.basis=revenue', 'schemes.lifetime-commission.roles.generalist.pay.lifetime.rate=0.01'],
      });
    const [zero, floor] = [await run(at('0')), await run(at('0.01'))];
    expect(zero.schemes).toEqual(floor.schemes);
  });

  it('very large clients (potentialMedian 1e9, widest spreads) stay finite', async () => {
    const summary = await run(
      loadScenario(FREIGHT, { set: [...TINY, 'market.potentialMedian=1e9', 'market.potentialSigma=3', 'market.revenueNoise=2', 'clients.churnHeterogeneity=10', 'team.skillSd=2'] }),
    );
    for (const s of summary.schemes) expect(s.totals.revenue.mean).toBeGreaterThan(1e9);
  });

  it('the largest money the schema allows (1e12 a month) stays finite', async () => {
    await run(loadScenario(FREIGHT, { set: [...TINY, 'market.potentialMedian=1e12', 'team.outsideWage=1e12', 'team.hiringCost=1e12'] }));
  });

  it('a market that never grows and has one prospect: at most one new contract', async () => {
    const summary = await run(loadScenario(FREIGHT, { set: [...TINY, 'market.prospects=1', 'market.newProspectsPerMonth=0'] }));
    for (const s of summary.schemes) expect(s.totals.newContracts.p95).toBeLessThanOrEqual(1);
  });

  it('an empty company: no clients and no way to sign any', async () => {
    const summary = await run(
      loadScenario(FREIGHT, {
        set: ['horizonMonths=2', 'warmupMonths=0', 'team.managers=1', 'team.initialActivePerManager=0', 'team.initialContractedPerManager=0', 'behavior.contractsPerHuntHour=0'],
      }),
    );
    for (const s of summary.schemes) {
      expect(s.totals.revenue.mean).toBe(0);
      expect(s.end.activeClients.mean).toBe(0);
      expect(s.totals.netProfit.mean).toBeLessThan(0);
    }
  });

  it('a scheme whose only role is a company-wide developer', async () => {
    const text = [
      'name: Developer only',
      'current: developer-only',
      'horizonMonths: 3',
      'warmupMonths: 0',
      'team: { managers: 1 }',
      'schemes:',
      scheme(
        'developer-only',
        '      developer:\n        salary: 50000\n        activities: [activate, farm]\n        worksOn: team\n        pay:\n' +
          '          - { id: growth, basis: growth, relation: team, rate: 0.01 }\n          - { id: activations, basis: activations, relation: team, rate: 3000 }',
      ),
      scheme('generalists', '      generalist: { salary: 20000 }'),
    ].join('\n');
    const summary = await run(parseScenarioText(text, 'developer-only.yaml'));
    const developer = summary.schemes.find((s) => s.id === 'developer-only')!;
    expect(developer.timeShare.hunt.mean, 'a developer never hunts').toBe(0);
    expect(developer.totals.newContracts.mean).toBe(0);
  });

  it('a team that quits every month, with hires two years away', async () => {
    const summary = await run(
      loadScenario(FREIGHT, { set: [...TINY, 'warmupMonths=0', 'behavior.quitBase=1', 'behavior.quitLossAversion=10', 'behavior.quitOutside=10', 'team.hiringLagMonths=24'] }),
    );
    for (const s of summary.schemes) {
      // The two starting managers leave at once (hires arriving later may still be there at the end).
      expect(s.totals.managerQuits.p5, `${s.id}: the starting team leaves`).toBeGreaterThanOrEqual(2);
    }
  });

  it('every effort cost at its bounds, hours at 1 and at 400', async () => {
    await run(loadScenario(FREIGHT, { set: [...TINY, 'team.minHoursPerMonth=0', 'team.hoursPerMonth=1', 'team.maxHoursPerMonth=1', 'clients.attentionHours=0.01', 'behavior.huntElasticity=0.95', 'behavior.huntingEffortCost=100000', 'behavior.activationEffortCost=-100000', 'behavior.farmingEffortCost=100000'] }));
    await run(loadScenario(FREIGHT, { set: [...TINY, 'team.hoursPerMonth=400', 'team.maxHoursPerMonth=744', 'behavior.hoursElasticity=10', 'clients.attentionHours=200', 'behavior.huntElasticity=0.05', 'behavior.attentionFocus=0', 'behavior.inertia=1', 'team.hunterAffinityConcentration=0.1'] }));
  });

  it('a single scheme: nothing to compare, still a complete summary', async () => {
    const summary = await run(loadScenario(FREIGHT, { set: [...TINY, 'schemes=[{"id":"only","name":"Only","roles":{"generalist":{"salary":20000}}}]', 'current=only', 'baseline=only', 'targets=[]'] }));
    expect(summary.schemes).toHaveLength(1);
    expect(summary.comparisons).toEqual([]);
  });

  it('a role with nobody in it and everybody handed over at once', async () => {
    const text = [
      'name: Empty role',
      'current: generalists',
      'horizonMonths: 3',
      'warmupMonths: 1',
      'team: { managers: 2, hiringLagMonths: 0 }',
      'schemes:',
      scheme('generalists', '      generalist: { salary: 20000 }'),
      scheme('split', '      hunter: { salary: 20000, activities: [hunt] }\n      farmer: { salary: 30000, activities: [farm] }') +
        '\n    entryRole: hunter\n    hiring: { headcount: { hunter: 0, farmer: 1 }, lagMonths: 0 }' +
        '\n    handoffs: [{ from: [hunter], to: farmer, afterSigningMonths: 0 }]' +
        '\n    transitions: [{ from: hunter, to: farmer, atLeast: 0, forMonths: 1 }]',
    ].join('\n');
    await run(parseScenarioText(text, 'empty-role.yaml'));
  });
});
