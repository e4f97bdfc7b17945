/**
 * The month loop pays simulated managers from the book's typed arrays (payAndValueClients: ages
 * from absolute months, money from the book, relation bits from owner and originator slots,
 * team-wide components summed once for the company, through each role's compiled pay kernel,
 * then settleSlot); the payslip calculator pays from a statement (payFor, through the
 * generic addClient of ledger.ts). Both end in the same settle, and here they are checked to agree
 * to the last bit on seeded random statements, for every role of the bundled
 * scenario and for random schemes using every basis, relation, window, tier mode, threshold, cap,
 * per-client schedule and clawback.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVE, CONTRACTED, LOST } from '../../src/model/codes.js';
import { Company } from '../../src/model/company.js';
import { deriveParameters } from '../../src/model/parameters.js';
import { PAY, payAndValueClients } from '../../src/model/pay-and-value.js';
import { settleSlot } from '../../src/model/pay.js';
import { uniform } from '../../src/model/random.js';
import { loadScenario } from '../../src/scenario/index.js';
import { BASES, RELATIONS, SchemeSchema, type Scenario } from '../../src/scenario/schema.js';
import { compileScheme, type CompiledScheme } from '../../src/schemes/compile.js';
import { payKernel } from '../../src/schemes/pay-kernel.js';
import { payFor } from '../../src/schemes/pay.js';
import type { Statement, StatementClient } from '../../src/schemes/statement.js';

const scenario = loadScenario('scenarios/freight.yaml');
/** The month the statements describe (any month after every signing in them). */
const MONTH = 300;

/** Seeded dice for test case `n`: die k is uniform in (0, 1). */
const dice = (n: number, salt: number) => (k: number) => uniform(0x5eed, salt, n, 0, k);

function randomStatement(n: number): Statement {
  const u = dice(n, 1);
  const count = 1 + Math.floor(u(0) * 12);
  const clients: StatementClient[] = [];
  for (let c = 0; c < count; c++) {
    const v = (k: number) => u(1 + c * 16 + k);
    const state = v(0) < 0.45 ? 'active' : v(0) < 0.8 ? 'contracted' : 'lost';
    const monthsSinceSigning = Math.floor(v(1) * 40);
    const shipped = state === 'active' || (state === 'lost' && v(2) < 0.6);
    const monthsSinceActivation = shipped ? Math.floor(v(3) * (monthsSinceSigning + 1)) : undefined;
    // Whole roubles: the book stores growth as margin − base margin, exact for whole numbers.
    const revenue = state === 'lost' ? 0 : Math.round(v(4) * 2_000_000);
    const margin = Math.round(revenue * (0.05 + v(5) * 0.2));
    const collectedRevenue = v(6) < 0.3 ? Math.round(revenue * v(7)) : undefined;
    const growth = v(8) < 0.5 ? 0 : Math.round(margin * v(9));
    clients.push({
      id: `c${c}`,
      state,
      revenue,
      margin,
      ...(collectedRevenue === undefined ? {} : { collectedRevenue }),
      growth,
      ...(v(12) < 0.4 ? { peakRevenue: Math.round(v(13) * 2_000_000) } : {}),
      monthsSinceSigning,
      ...(monthsSinceActivation === undefined ? {} : { monthsSinceActivation }),
      ...(state === 'lost' ? { wasActive: shipped } : {}),
      owned: v(10) < 0.7,
      originated: v(11) < 0.6,
    });
  }
  return { clients };
}

function randomScheme(n: number): CompiledScheme {
  const u = dice(n, 2);
  const components = Array.from({ length: 1 + Math.floor(u(0) * 4) }, (_, c) => {
    const v = (k: number) => u(1 + c * 24 + k);
    const basis = BASES[Math.floor(v(0) * BASES.length)];
    const isCount = basis === 'newContracts' || basis === 'activations' || basis === 'volumeReached';
    const window = (k: number) => (v(k) < 0.5 ? undefined : { from: Math.floor(v(k + 1) * 6), ...(v(k + 2) < 0.5 ? {} : { to: 7 + Math.floor(v(k + 3) * 20) }) });
    const tiered = v(5) < 0.4;
    return {
      id: `k${c}`,
      basis,
      ...(u(200 + c) < 0.2 ? { credit: { owner: 0.6, originator: 0.3 } } : { relation: RELATIONS[Math.floor(v(1) * RELATIONS.length)] }),
      state: (['contracted', 'active', 'any'] as const)[Math.floor(v(2) * 3)],
      ...(window(6) ? { monthsSinceSigning: window(6) } : {}),
      ...(window(10) ? { monthsSinceActivation: window(10) } : {}),
      ...(tiered
        ? { tiers: [{ from: 0, rate: isCount ? 1000 : 0.05 }, { from: isCount ? 2 : 300_000, rate: isCount ? 3000 : 0.1 }], tierMode: v(14) < 0.5 ? 'marginal' : 'retroactive' }
        : { rate: isCount ? Math.round(v(15) * 20_000) : v(15) * 0.3 }),
      ...(v(16) < 0.3 ? { threshold: isCount ? 1 : Math.round(v(17) * 400_000) } : {}),
      ...(v(18) < 0.3 ? { cap: Math.round(v(19) * 80_000) } : {}),
      ...(v(20) < 0.25 ? { per: 'client' } : {}),
      ...(isCount && basis !== 'volumeReached' && v(21) < 0.5 ? { clawback: { withinMonths: 1 + Math.floor(v(22) * 6), share: v(23) } } : {}),
      ...(basis === 'volumeReached' ? { volume: Math.round(v(21) * 1_500_000) } : {}),
    };
  });
  const role = { salary: Math.round(u(100) * 50_000), salaryIsDraw: u(101) < 0.3, pay: components };
  return compileScheme(SchemeSchema.parse({ id: `random-${n}`, name: 'Random', roles: { manager: role, other: { salary: 10_000 } } }), 2);
}

/**
 * The pay of slot 0 for the month as the month loop computes it: the statement's clients are
 * put into a company's book (owned by slot 0 or by a colleague in slot 1, brought in by one of
 * them) and go through addToPay, then settleSlot.
 */
function monthLoopPay(base: Scenario, scheme: CompiledScheme, role: number, statement: Statement): number {
  const company = new Company(deriveParameters(base), 1, [scheme], scheme);
  const { team } = company;
  for (const slot of [0, 1]) {
    team.role[slot] = slot === 0 ? role : 0;
    team.person[slot] = slot;
  }
  return monthOfPay(company, statement.clients!);
}

/**
 * One month through the month loop's code: the clients put into the book, then pay and settle
 * (with `month`, the periods move on; with `protectMonth`, a changeover's protection of that month).
 */
function monthOfPay(company: Company, clients: StatementClient[], month?: number, protectMonth = month): number {
  const { book } = company;
  book.count = 0;
  company.ledger.beginMonth();
  company.valuation.clearClients();
  const lost = new Int32Array(clients.length);
  let lostCount = 0;
  for (const client of clients) {
    const i = book.add();
    const state = client.state === 'active' ? ACTIVE : client.state === 'contracted' ? CONTRACTED : LOST;
    book.state[i] = state;
    book.signedMonth[i] = MONTH - client.monthsSinceSigning;
    book.activatedMonth[i] = client.monthsSinceActivation === undefined ? -1 : MONTH - client.monthsSinceActivation;
    book.revenue[i] = client.revenue;
    book.margin[i] = client.margin;
    book.collected[i] = client.collectedRevenue ?? client.revenue;
    book.baseMargin[i] = client.margin - client.growth;
    book.peakRevenue[i] = client.peakRevenue ?? 0;
    book.owner[i] = client.owned ? 0 : 1;
    book.originSlot[i] = client.originated ? 0 : 1;
    book.originPerson[i] = book.originSlot[i];
    const wasActive = client.state === 'active' || (client.state === 'lost' && (client.wasActive ?? client.monthsSinceActivation !== undefined));
    if (state === LOST) lost[lostCount++] = wasActive ? -1 - i : i;
  }
  payAndValueClients(company, PAY, MONTH, 0, lost, lostCount);
  const pay = settleSlot(company, 0, month, protectMonth);
  company.ledger.endMonth();
  return pay;
}

/**
 * A statement of several months through the month loop: the same company month after month, its
 * ledger carrying slot 0's periods, each month settled as payEveryone settles it (settleSlot with
 * the simulation month whose calendar month is the statement's).
 */
function monthLoopPeriodPay(base: Scenario, scheme: CompiledScheme, statement: Statement): number[] {
  const company = new Company(deriveParameters(base), 1, [scheme], scheme);
  const { team } = company;
  for (const slot of [0, 1]) {
    team.role[slot] = 0;
    team.person[slot] = slot;
  }
  // Simulation month of the statement's first month: calendarMonth = switchCalendarMonth − 1 + month − warmupMonths.
  const first = base.warmupMonths + ((statement.fromMonth ?? 1) - base.market.switchCalendarMonth);
  return statement.months!.map((month, m) => monthOfPay(company, month.clients, first + m));
}

/** A random scheme of periodic components: every period, payout, quota form, tier kind and mode, ratchet, paidAbove, threshold and cap. */
function randomPeriodicScheme(n: number): CompiledScheme {
  const u = dice(n, 3);
  const components = Array.from({ length: 1 + Math.floor(u(0) * 3) }, (_, c) => {
    const v = (k: number) => u(1 + c * 24 + k);
    const basis = BASES[Math.floor(v(0) * BASES.length)];
    const isCount = basis === 'newContracts' || basis === 'activations';
    const scale = isCount ? 3 : 600_000;
    const period = (['month', 'quarter', 'year'] as const)[Math.floor(v(1) * 3)];
    const quota =
      v(2) < 0.2
        ? undefined
        : v(3) < 0.4
          ? Math.round(v(4) * scale * 3)
          : v(3) < 0.7
            ? { amount: Math.round(v(4) * scale * 3), ratchet: 0.5 + v(5) }
            : { fromBook: 0.5 + v(5), atLeast: Math.round(v(6) * scale), ...(v(7) < 0.5 ? { ratchet: 0.8 + v(8) * 0.4 } : {}) };
    const byAttainment = quota !== undefined && v(9) < 0.6;
    const rates = isCount ? [500, 2000, 4000] : [0.02, 0.06, 0.1];
    const pay =
      quota !== undefined && v(10) < 0.2
        ? { rate: rates[1], paidAbove: 'quota' as const }
        : v(11) < 0.3
          ? { rate: rates[1] }
          : {
              tiers: byAttainment
                ? [{ attainment: 0, rate: 0 }, { attainment: 0.5, rate: rates[0] }, { attainment: 1, rate: rates[2] }]
                : [{ from: 0, rate: rates[0] }, { from: Math.round(scale * (0.5 + v(12))), rate: rates[2] }],
              tierMode: v(13) < 0.5 ? 'marginal' : 'retroactive',
            };
    return {
      id: `p${c}`,
      basis,
      relation: RELATIONS[Math.floor(v(14) * 3)],
      ...(v(15) < 0.3 ? { monthsSinceSigning: { to: 6 + Math.floor(v(16) * 12) } } : {}),
      ...(period === 'month' ? {} : { period, ...(v(17) < 0.5 ? { payout: 'monthlyAdvance' } : {}) }),
      ...(quota === undefined ? {} : { quota }),
      ...pay,
      ...(v(18) < 0.2 ? { threshold: isCount ? 1 : Math.round(v(19) * 300_000) } : {}),
      ...(v(20) < 0.2 ? { cap: Math.round(v(21) * 200_000) } : {}),
    };
  });
  const role = { salary: Math.round(u(100) * 50_000), salaryIsDraw: u(101) < 0.3, pay: components };
  return compileScheme(SchemeSchema.parse({ id: `periodic-${n}`, name: 'Periodic', roles: { manager: role } }), 2);
}

/** A random statement of 1 to 12 months from a random calendar month; clients age a month each month. */
function randomPeriodStatement(n: number): Statement {
  const u = dice(n, 4);
  const count = 1 + Math.floor(u(0) * 12);
  const fromMonth = 1 + Math.floor(u(1) * 12);
  const months = Array.from({ length: count }, (_, m) => ({
    clients: randomStatement(50_000 + n * 16 + m).clients!.map((client) => ({
      ...client,
      owned: true,
      monthsSinceSigning: client.monthsSinceSigning + m,
      ...(client.monthsSinceActivation === undefined ? {} : { monthsSinceActivation: client.monthsSinceActivation + m }),
    })),
  }));
  return { fromMonth, months, ...(u(2) < 0.3 ? { quota: {} } : {}) };
}

/**
 * A month through the month loop with a changeover in force: slot 0 was a `roleAtSwitch` of the
 * old scheme at the switch, `t` months before MONTH; settled with the protection of MONTH.
 */
function monthLoopChangeoverPay(base: Scenario, scheme: CompiledScheme, old: CompiledScheme, role: number, oldRole: number, t: number, clients: StatementClient[]): number {
  const company = new Company(deriveParameters(base), 1, [old, scheme], scheme);
  const { team } = company;
  for (const slot of [0, 1]) {
    team.role[slot] = slot === 0 ? role : 0;
    team.person[slot] = slot;
  }
  const oldRoles = new Int32Array(team.capacity).fill(0);
  oldRoles[0] = oldRole;
  company.changeover.begin(scheme, old, old.roles.map((r) => payKernel(r, false)), team.person, oldRoles, MONTH - t);
  return monthOfPay(company, clients, undefined, MONTH);
}

describe('the month loop pays what the payslip says', () => {
  it('with a protected changeover (hold-harmless, blend, grandfathering), on 100 random statements per role and kind', () => {
    const old = compileScheme(scenario.schemes.find((s) => s.id === scenario.current)!, 2);
    const kinds = [{ protect: 'holdHarmless', months: 3 }, { protect: 'blend', months: 6 }, { grandfatherMonths: 12 }, { protect: 'holdHarmless', months: 4, grandfatherMonths: 6 }] as const;
    let protectedMonths = 0;
    for (const id of ['hunter-farmer-split', 'threshold-promotion', 'farmer-handoff']) {
      kinds.forEach((kind, j) => {
        const spec = { ...structuredClone(scenario.schemes.find((s) => s.id === id)!), changeover: kind };
        const scheme = compileScheme(SchemeSchema.parse(spec), 2);
        scheme.roles.forEach((role, r) => {
          for (let n = 0; n < 100; n++) {
            const statement = randomStatement(20_000 + n);
            const t = Math.floor(dice(n, 5 + j)(0) * 14);
            const clients = statement.clients!;
            const payslip = payFor(scheme, role.id, { clients, monthsSinceSwitch: t, roleAtSwitch: 'generalist' }, old);
            expect(monthLoopChangeoverPay(scenario, scheme, old, r, 0, t, clients), `${id}/${role.id} ${JSON.stringify(kind)} statement ${n}`).toBe(payslip.total);
            if (payslip.lines.some((l) => (l.id === 'protection' || l.id === 'grandfathered') && l.amount !== 0)) protectedMonths++;
          }
        });
      });
    }
    expect(protectedMonths).toBeGreaterThan(500);
  });


  it('for every role of the bundled scenario, on 300 random statements each', () => {
    let checked = 0;
    for (const spec of scenario.schemes) {
      const scheme = compileScheme(spec, scenario.team.hiringLagMonths);
      scheme.roles.forEach((role, r) => {
        for (let n = 0; n < 300; n++) {
          const statement = randomStatement(n);
          expect(monthLoopPay(scenario, scheme, r, statement), `${scheme.id}/${role.id} statement ${n}`).toBe(payFor(scheme, role.id, statement).total);
          checked++;
        }
      });
    }
    expect(checked).toBe(300 * scenario.schemes.reduce((sum, s) => sum + Object.keys(s.roles).length, 0));
  });

  it('month after month, for 300 random schemes with periods and quotas on random statements of several months', () => {
    let periodic = 0;
    for (let n = 0; n < 300; n++) {
      const scheme = randomPeriodicScheme(n);
      const statement = randomPeriodStatement(n);
      const payslip = payFor(scheme, 'manager', statement);
      expect(monthLoopPeriodPay(scenario, scheme, statement), `scheme ${n}`).toEqual(payslip.months!.map((month) => month.total));
      if (scheme.hasPeriodic) periodic++;
    }
    expect(periodic).toBeGreaterThan(250);
  });

  it('for 400 random schemes with every kind of component', () => {
    for (let n = 0; n < 400; n++) {
      const scheme = randomScheme(n);
      const statement = randomStatement(10_000 + n);
      expect(monthLoopPay(scenario, scheme, 0, statement), `scheme ${n}`).toBe(payFor(scheme, 'manager', statement).total);
    }
  });
});
