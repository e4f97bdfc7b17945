/**
 * The behavioural targets of DESIGN §4 on the bundled scenario, at a modest number of runs with
 * a fixed seed, and checks that they move when the rules move (so no constant can meet them).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { simulate } from '../../src/engine/simulate.js';
import type { SchemeSummary, Summary } from '../../src/engine/summary.js';

const RUNS = 48;

async function run(schemes: string[], set: string[] = [], runs = RUNS): Promise<Summary> {
  const scenario = loadScenario('scenarios/freight.yaml', { set });
  return simulate(scenario, { runs, seed: 2026, schemes, workers: 1, scenarioName: 'test' });
}

function scheme(summary: Summary, id: string): SchemeSummary {
  const found = summary.schemes.find((s) => s.id === id);
  if (!found) throw new Error(`no scheme ${id}`);
  return found;
}

const huntAndActivate = (s: SchemeSummary): number => s.timeShare.hunt.mean + s.timeShare.activate.mean;

describe('the bundled scenario reproduces what the owner observed', async () => {
  const summary = await run(['lifetime-commission', 'new-client-bonus']);
  const old = scheme(summary, 'lifetime-commission');
  const current = scheme(summary, 'new-client-bonus');

  it('old scheme: 50–70 % of hours on categories 1+2', () => {
    expect(huntAndActivate(old)).toBeGreaterThanOrEqual(0.5);
    expect(huntAndActivate(old)).toBeLessThanOrEqual(0.7);
  });

  it('current scheme: 90–95 % of hours on categories 1+2', () => {
    expect(huntAndActivate(current)).toBeGreaterThanOrEqual(0.9);
    expect(huntAndActivate(current)).toBeLessThanOrEqual(0.95);
  });

  it('the current scheme signs more contracts, leaves more clients hanging and churns more', () => {
    expect(current.totals.newContracts.mean).toBeGreaterThan(old.totals.newContracts.mean);
    expect(current.end.stuckContracted.mean).toBeGreaterThan(1.5 * old.end.stuckContracted.mean);
    expect(current.totals.churnedClients.mean).toBeGreaterThan(old.totals.churnedClients.mean);
  });
});

describe('the targets move when the rules move (multitask substitution)', () => {
  it('raising the servicing commission raises farming time', async () => {
    const low = scheme(await run(['new-client-bonus']), 'new-client-bonus');
    const high = scheme(await run(['new-client-bonus'], ['schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.08']), 'new-client-bonus');
    // About +0.06 at 48 runs (the target servicing-pay-raises-farming asks for at least +0.02).
    expect(high.timeShare.farm.mean).toBeGreaterThan(low.timeShare.farm.mean + 0.04);
  });

  it('raising the new-client bonus raises hunting time', async () => {
    const low = scheme(await run(['new-client-bonus'], ['schemes.new-client-bonus.roles.generalist.pay.new-client.rate=0.1']), 'new-client-bonus');
    const high = scheme(await run(['new-client-bonus']), 'new-client-bonus');
    expect(high.timeShare.hunt.mean).toBeGreaterThan(low.timeShare.hunt.mean + 0.05);
  });

  it('a pay cut raises quits and the clients lost with leaving managers', async () => {
    const set = [
      'schemes.lifetime-commission.roles.generalist.salary=5000',
      'schemes.lifetime-commission.roles.generalist.pay.lifetime.rate=0.03',
    ];
    const normal = scheme(await run(['lifetime-commission']), 'lifetime-commission');
    const cut = scheme(await run(['lifetime-commission'], set), 'lifetime-commission');
    expect(cut.managerMonthlyPay.mean).toBeLessThan(0.7 * normal.managerMonthlyPay.mean);
    expect(cut.totals.managerQuits.mean).toBeGreaterThan(1.3 * normal.totals.managerQuits.mean);
    expect(cut.totals.clientsLostWithManagers.mean).toBeGreaterThan(normal.totals.clientsLostWithManagers.mean);
  });
});

describe('checking counterparties costs contracts (docs/model.md, "Hunting")', () => {
  it('paying the new-client bonus on collected revenue lowers both the bad payers and the new contracts, against paying it on revenue', async () => {
    const basis = (b: string) => [`schemes.new-client-bonus.roles.generalist.pay.new-client.basis=${b}`];
    // The effect on contracts is about 2 % (Kim, Sudhir & Uetake: "slightly"); at 48 runs the ratio
    // swings between 0.97 and 0.99 with unrelated changes of the model, so this pair runs 192.
    const runs = 4 * RUNS;
    const revenue = scheme(await run(['new-client-bonus'], basis('revenue'), runs), 'new-client-bonus');
    const collected = scheme(await run(['new-client-bonus'], basis('collectedRevenue'), runs), 'new-client-bonus');
    const meanBadShare = (s: SchemeSummary) => s.monthly.badPayerShare.reduce((sum, month) => sum + month.mean, 0) / s.monthly.badPayerShare.length;
    // A bad payer's contract is worth less to him when a quarter of its revenue is never collected,
    // so he screens harder: fewer bad payers among his contracted clients, and, since the checks take
    // hunting time and the bad payers caught are contracts not signed, fewer new contracts.
    expect(meanBadShare(collected)).toBeLessThan(0.9 * meanBadShare(revenue));
    expect(collected.totals.newContracts.mean).toBeLessThan(0.99 * revenue.totals.newContracts.mean);
  });
});
