/**
 * The static payroll of a small book, worked out by hand: two managers, five clients, four
 * schemes. The replay pays the export month by each scheme's rules through the month loop's own
 * pay code, and gives the same totals as the payslip calculator on the same clients.
 */
import { describe, expect, it } from 'vitest';
import { parseBook } from '../../src/book/index.js';
import { followProbability } from '../../src/engine/book-start.js';
import { bookSummary } from '../../src/engine/book-summary.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { staticPayroll } from '../../src/engine/payroll.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { compileScheme } from '../../src/schemes/compile.js';
import { payFor } from '../../src/schemes/pay.js';

const SCENARIO = `
name: Two managers
current: bonus
market: { lateUncollected: 0.02, badUncollected: 0.25 }
clients: { followMax: 0.5, followMonths: 24 }
schemes:
  - id: bonus
    name: New-client bonus
    roles:
      generalist:
        salary: 20000
        pay:
          - { id: new-client, basis: margin, relation: originated, monthsSinceSigning: { from: 0, to: 6 }, rate: 0.3 }
          - { id: servicing, basis: margin, relation: owned, monthsSinceSigning: { from: 6 }, rate: 0.015 }
  - id: lifetime
    name: Lifetime commission
    roles:
      generalist:
        salary: 20000
        pay:
          - { id: lifetime, basis: margin, relation: originated, rate: 0.08 }
  - id: split
    name: Hunter and farmer
    entryRole: hunter
    roles:
      hunter:
        salary: 20000
        activities: [hunt, activate]
        pay:
          - { id: new-client, basis: margin, relation: originated, monthsSinceSigning: { from: 0, to: 6 }, rate: 0.3 }
          - { id: activation, basis: activations, relation: originated, monthsSinceSigning: { from: 0, to: 6 }, rate: 10000 }
      farmer:
        salary: 35000
        activities: [activate, farm]
        pay:
          - { id: repeat, basis: margin, relation: owned, rate: 0.02 }
          - { id: growth, basis: growth, relation: owned, rate: 0.05 }
    hiring: { headcount: { hunter: 1, farmer: 1 }, assignment: temperament }
  - id: promotion
    name: 10 % of turnover over a 20 000 draw
    roles:
      generalist:
        salary: 20000
        salaryIsDraw: true
        pay:
          - { id: turnover, basis: margin, relation: owned, rate: 0.1 }
  - id: collected
    name: 10 % of collected margin
    roles:
      generalist:
        salary: 10000
        pay:
          - { id: collected, basis: collectedMargin, relation: owned, rate: 0.1 }
`;

const MANAGERS = `id;name;role;monthsInCompany;monthlyPay;hunterAffinity
a;Анна <b>;generalist;30;40 000;0,2
b;Борис;generalist;10;25 000;0,8
`;

// c1: A's own new client; c2: B brought it in, A services it; c3: B signed it this month;
// c4: its originator has left, B services it, pays badly; c5: A's, first shipment this month.
const CLIENTS = `id;name;owner;originator;category;signedMonthsAgo;firstShipmentMonthsAgo;monthlyRevenue;monthlyMargin;payment
c1;Север;a;a;3;3;2;400 000;60 000;on-time
c2;Юг;a;b;3;20;18;1 000 000;150 000;late
c3;Запад;b;b;2;0;;10 000;1 500;on-time
c4;Восток;b;;3;40;39;100 000;30 000;bad
c5;Центр;a;a;3;6;0;100 000;20 000;on-time
`;

const scenario = parseScenarioText(SCENARIO, 'two-managers.yaml');
const book = parseBook({ managers: MANAGERS, clients: CLIENTS });
const { experiment } = setUpExperiment(scenario, { seed: 1, book });
const payroll = staticPayroll(experiment);
const paid = (scheme: string) => {
  const found = payroll.schemes.find((s) => s.scheme === scheme);
  if (!found) throw new Error(scheme);
  return found;
};

describe('static payroll of a two-manager book, by hand', () => {
  it('current scheme (bonus): A 20 000 + 0.3 × 60 000 (c1) + 0.015 × (150 000 + 20 000) (c2, c5) = 40 550', () => {
    expect(payroll.current.scheme).toBe('bonus');
    expect(payroll.current.pay[0]).toBeCloseTo(40_550, 6);
  });

  it('current scheme (bonus): B 20 000 + 0.3 × 1 500 (c3, signed this month) + 0.015 × 30 000 (c4) = 20 900', () => {
    expect(payroll.current.pay[1]).toBeCloseTo(20_900, 6);
    expect(paid('bonus').pay).toEqual(payroll.current.pay);
  });

  it('lifetime: A 20 000 + 0.08 × (60 000 + 20 000) = 26 400; B 20 000 + 0.08 × (150 000 + 1 500) = 32 120 (c2 pays its originator)', () => {
    expect(paid('lifetime').pay[0]).toBeCloseTo(26_400, 6);
    expect(paid('lifetime').pay[1]).toBeCloseTo(32_120, 6);
  });

  it('split by temperament: B (0.8) hunts for 20 000 + 0.3 × 1 500 = 20 450; A (0.2) farms for 35 000 + 0.02 × 230 000 = 39 600', () => {
    expect(paid('split').roles).toEqual(['farmer', 'hunter']);
    expect(paid('split').pay[0]).toBeCloseTo(39_600, 6);
    expect(paid('split').pay[1]).toBeCloseTo(20_450, 6);
  });

  it('draw: A max(20 000, 0.1 × 230 000) = 23 000; B max(20 000, 0.1 × 31 500) = 20 000', () => {
    expect(paid('promotion').pay[0]).toBeCloseTo(23_000, 6);
    expect(paid('promotion').pay[1]).toBeCloseTo(20_000, 6);
  });

  it('collected margin uses the scenario\'s uncollected shares: late 2 %, bad 25 %', () => {
    // A: 60 000 + (150 000 − 0.02 × 1 000 000) + 20 000 = 210 000 → 10 000 + 21 000
    // B: 1 500 + (30 000 − 0.25 × 100 000) = 6 500 → 10 000 + 650
    expect(paid('collected').pay[0]).toBeCloseTo(31_000, 6);
    expect(paid('collected').pay[1]).toBeCloseTo(10_650, 6);
  });

  it('gives the payslip calculator\'s total for the same clients', () => {
    const compiled = compileScheme(scenario.schemes[0], scenario.team.hiringLagMonths);
    const slip = payFor(compiled, 'generalist', {
      clients: [
        { id: 'c1', state: 'active', revenue: 400_000, margin: 60_000, growth: 0, monthsSinceSigning: 3, monthsSinceActivation: 2, owned: true, originated: true },
        { id: 'c2', state: 'active', revenue: 1_000_000, margin: 150_000, growth: 0, monthsSinceSigning: 20, monthsSinceActivation: 18, owned: true, originated: false },
        { id: 'c5', state: 'active', revenue: 100_000, margin: 20_000, growth: 0, monthsSinceSigning: 6, monthsSinceActivation: 0, owned: true, originated: true },
      ],
    });
    expect(slip.total).toBeCloseTo(payroll.current.pay[0], 9);
  });
});

describe('the book part of the summary', () => {
  const summary = bookSummary(experiment, scenario, payroll, null);

  it('keeps the book\'s numbers and names as they are (the report escapes them)', () => {
    expect(summary.people.map((p) => p.name)).toEqual(['Анна <b>', 'Борис']);
    expect(summary.monthlyRevenue).toBe(1_610_000);
    expect(summary.monthlyMargin).toBe(261_500);
    expect(summary.people[0]).toMatchObject({ activeClients: 3, contractedClients: 0, monthlyRevenue: 1_500_000, monthlyPay: 40_000, payNowCurrent: 40_550 });
    expect(summary.assumed).toMatchObject({ clientsWithoutOriginator: 1, managersWithoutTemperament: 0, managersWithoutSkills: 2 });
  });

  it('revenue at risk if A left now: Σ follow(months together) × revenue, months from the later of signing and his first day', () => {
    // c1 3 months, c2 20 months (A has been here 30), c5 6 months; follow = 0.5 (1 − e^(−t/24)).
    const f = (t: number) => followProbability(t, scenario.clients);
    expect(f(24)).toBeCloseTo(0.5 * (1 - Math.exp(-1)), 12);
    expect(summary.people[0].revenueAtRisk).toBeCloseTo(f(3) * 400_000 + f(20) * 1_000_000 + f(6) * 100_000, 6);
    expect(summary.people[0].clientsAtRisk.map((c) => c.id)).toEqual(['c2', 'c1', 'c5']);
    // B has been here 10 months: c4 (signed 40 months ago) has known him for 10.
    expect(summary.people[1].revenueAtRisk).toBeCloseTo(f(0) * 10_000 + f(10) * 100_000, 6);
  });
});
