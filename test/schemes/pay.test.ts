/**
 * The payslip calculator on every kind of component, with numbers worked by hand in each test.
 * The month loop pays simulated managers through the same addClient/settle functions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { SchemeSchema } from '../../src/scenario/schema.js';
import { compileScheme } from '../../src/schemes/compile.js';
import { loadStatement } from '../../src/schemes/load-statement.js';
import { payFor } from '../../src/schemes/pay.js';
import type { Statement, StatementClient } from '../../src/schemes/statement.js';

function schemeWith(role: Record<string, unknown>) {
  return compileScheme(SchemeSchema.parse({ id: 'test', name: 'Test', roles: { manager: role } }), 2);
}

function client(fields: Partial<StatementClient> & { margin?: number }): StatementClient {
  return {
    id: 'c',
    state: 'active',
    revenue: (fields.margin ?? 0) / 0.15,
    margin: 0,
    growth: 0,
    monthsSinceSigning: 12,
    monthsSinceActivation: 10,
    owned: true,
    originated: true,
    ...fields,
  };
}

const pay = (role: Record<string, unknown>, clients: StatementClient[]) => payFor(schemeWith(role), 'manager', { clients } as Statement);
const line = (breakdown: ReturnType<typeof pay>, id: string) => breakdown.lines.find((l) => l.id === id)?.amount;

describe('the thread\'s threshold promotion (bundled scenario)', () => {
  const scenario = loadScenario('scenarios/freight.yaml');
  const scheme = compileScheme(scenario.schemes.find((s) => s.id === 'threshold-promotion')!, 2);
  const statement = loadStatement(readFileSync('scenarios/statements/hunter-700k.yaml', 'utf8'), 'hunter-700k.yaml');

  it('a hunter with 700 000 turnover earns 70 000 = 20 000 salary + 50 000 bonus', () => {
    const slip = payFor(scheme, 'hunter', statement);
    expect(slip.total).toBe(70_000);
    expect(line(slip, 'salary')).toBe(20_000);
    expect(slip.total - 20_000).toBe(50_000);
    expect(slip.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(slip.total);
  });

  it('as a farmer he earns 70 000 = 35 000 salary + 35 000 bonus, still 10 % of turnover', () => {
    const slip = payFor(scheme, 'farmer', statement);
    expect(slip.total).toBe(70_000);
    expect(line(slip, 'salary')).toBe(35_000);
    expect(slip.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(slip.total);
  });
});

describe('component kinds', () => {
  it('a flat rate on margin: 8 % of 100 000 + 50 000 = 12 000 over a 20 000 salary', () => {
    const slip = pay({ salary: 20_000, pay: [{ id: 'c', basis: 'margin', rate: 0.08 }] }, [client({ margin: 100_000 }), client({ margin: 50_000 })]);
    expect(line(slip, 'c')).toBeCloseTo(12_000, 9);
    expect(slip.total).toBeCloseTo(32_000, 9);
  });

  it('marginal tiers: 5 % to 100 000, 10 % to 300 000, 15 % above; 400 000 pays 5 000 + 20 000 + 15 000', () => {
    const tiers = [{ from: 0, rate: 0.05 }, { from: 100_000, rate: 0.1 }, { from: 300_000, rate: 0.15 }];
    const slip = pay({ salary: 0, pay: [{ id: 't', basis: 'margin', tiers }] }, [client({ margin: 400_000 })]);
    expect(line(slip, 't')).toBeCloseTo(40_000, 9);
  });

  it('retroactive tiers: the top tier reached (15 %) applies to all 400 000', () => {
    const tiers = [{ from: 0, rate: 0.05 }, { from: 100_000, rate: 0.1 }, { from: 300_000, rate: 0.15 }];
    const slip = pay({ salary: 0, pay: [{ id: 't', basis: 'margin', tiers, tierMode: 'retroactive' }] }, [client({ margin: 400_000 })]);
    expect(line(slip, 't')).toBeCloseTo(60_000, 9);
  });

  it('a threshold pays nothing below it and on the whole basis from it on', () => {
    const role = { salary: 0, pay: [{ id: 'x', basis: 'margin', rate: 0.1, threshold: 200_000 }] };
    expect(line(pay(role, [client({ margin: 150_000 })]), 'x')).toBe(0);
    expect(line(pay(role, [client({ margin: 250_000 })]), 'x')).toBeCloseTo(25_000, 9);
  });

  it('a cap bounds the component: 10 % of 500 000 capped at 30 000', () => {
    const slip = pay({ salary: 0, pay: [{ id: 'x', basis: 'margin', rate: 0.1, cap: 30_000 }] }, [client({ margin: 500_000 })]);
    expect(line(slip, 'x')).toBe(30_000);
  });

  it('per client: a threshold of 50 000 per client counts only the 60 000 client (6 000)', () => {
    const slip = pay({ salary: 0, pay: [{ id: 'x', basis: 'margin', rate: 0.1, threshold: 50_000, per: 'client' }] }, [client({ margin: 40_000 }), client({ margin: 60_000 })]);
    expect(line(slip, 'x')).toBeCloseTo(6_000, 9);
  });

  it('a guaranteed draw: salary 20 000 is a floor, commissions above it replace it', () => {
    const role = { salary: 20_000, salaryIsDraw: true, pay: [{ id: 'x', basis: 'margin', rate: 0.1 }] };
    expect(pay(role, [client({ margin: 150_000 })]).total).toBe(20_000);
    expect(pay(role, [client({ margin: 500_000 })]).total).toBeCloseTo(50_000, 9);
  });

  it('counts: 10 000 per new contract (signed this month) and 5 000 per activation (first shipment this month)', () => {
    const role = {
      salary: 0,
      pay: [
        { id: 'signed', basis: 'newContracts', rate: 10_000 },
        { id: 'activated', basis: 'activations', rate: 5_000 },
      ],
    };
    const slip = pay(role, [
      client({ state: 'contracted', monthsSinceSigning: 0, monthsSinceActivation: undefined }),
      client({ state: 'contracted', monthsSinceSigning: 0, monthsSinceActivation: undefined }),
      client({ monthsSinceSigning: 2, monthsSinceActivation: 0 }),
      client({ monthsSinceSigning: 9, monthsSinceActivation: 5 }),
    ]);
    expect(line(slip, 'signed')).toBe(20_000);
    expect(line(slip, 'activated')).toBe(5_000);
  });

  it('a clawback takes back the 10 000 signing bonus of a client lost within 3 months, not of one lost later', () => {
    const role = { salary: 0, pay: [{ id: 'signed', basis: 'newContracts', rate: 10_000, clawback: { withinMonths: 3 } }] };
    const slip = pay(role, [
      client({ state: 'contracted', monthsSinceSigning: 0, monthsSinceActivation: undefined }),
      client({ state: 'lost', monthsSinceSigning: 2, monthsSinceActivation: undefined }),
      client({ state: 'lost', monthsSinceSigning: 5, monthsSinceActivation: undefined }),
    ]);
    expect(line(slip, 'signed')).toBe(0); // +10 000 − 10 000
  });

  it('a trailing commission pays 2 % only on clients he brought in that someone else services', () => {
    const role = { salary: 0, pay: [{ id: 'trail', basis: 'margin', relation: 'trailing', rate: 0.02 }] };
    const slip = pay(role, [client({ margin: 100_000, owned: false }), client({ margin: 300_000 }), client({ margin: 50_000, originated: false })]);
    expect(line(slip, 'trail')).toBeCloseTo(2_000, 9);
  });

  it('a window from signing: the first 6 months count, the 7th does not', () => {
    const role = { salary: 0, pay: [{ id: 'new', basis: 'margin', rate: 0.3, monthsSinceSigning: { from: 0, to: 6 } }] };
    expect(line(pay(role, [client({ margin: 10_000, monthsSinceSigning: 5, monthsSinceActivation: 3 })]), 'new')).toBeCloseTo(3_000, 9);
    expect(line(pay(role, [client({ margin: 10_000, monthsSinceSigning: 6, monthsSinceActivation: 4 })]), 'new')).toBe(0);
  });

  it('collected margin: margin 15 000 less the 10 000 of revenue never paid = 5 000', () => {
    const role = { salary: 0, pay: [{ id: 'x', basis: 'collectedMargin', rate: 1 }] };
    const slip = pay(role, [client({ revenue: 100_000, margin: 15_000, collectedRevenue: 90_000 })]);
    expect(line(slip, 'x')).toBeCloseTo(5_000, 9);
  });

  it('growth and team bases: 10 % of growth; 1 % of the whole team\'s margin', () => {
    const role = {
      salary: 0,
      pay: [
        { id: 'growth', basis: 'growth', rate: 0.1 },
        { id: 'team', basis: 'margin', relation: 'team', rate: 0.01 },
      ],
    };
    const slip = pay(role, [client({ margin: 100_000, growth: 20_000 }), client({ margin: 200_000, owned: false, originated: false })]);
    expect(line(slip, 'growth')).toBeCloseTo(2_000, 9);
    expect(line(slip, 'team')).toBeCloseTo(3_000, 9);
  });
});
