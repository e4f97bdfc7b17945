/**
 * Valuation (docs/model.md, "Valuation"; src/model/valuation.ts, manager-valuation.ts): what one
 * more unit of a basis pays a manager where he stands (marginal rates), what a contracted client
 * activating at each signing age is worth (activation tables), what a new contract is worth, how
 * likely he believes a contract is to activate, and how much screening out a bad payer matters to
 * him. Every expected number is worked by hand next to it.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATE } from '../../src/model/codes.js';
import { believedActivationHazard, prepareValuation } from '../../src/model/manager-valuation.js';
import {
  ACTIVATION_TABLE_MONTHS,
  activationTables,
  activationWindows,
  cumulativeDiscount,
  marginalRates,
  newContractValue,
  type ContractBelief,
  type TablesAt,
} from '../../src/model/valuation.js';
import { SchemeSchema } from '../../src/scenario/schema.js';
import { compileScheme, type CompiledRole } from '../../src/schemes/compile.js';
import { tinyCompany } from './helpers/tiny-company.js';

function roleOf(pay: unknown[]): CompiledRole {
  return compileScheme(SchemeSchema.parse({ id: 'x', name: 'X', roles: { manager: { salary: 10_000, pay } } }), 2).roles[0];
}

/** The marginal rate of a one-component role at `level`, read through `marginalRates` at offsets ≠ 0. */
function rateAt(component: unknown, level: number, typicalMargin: number): number {
  const role = roleOf([component]);
  const sums = new Float64Array(8);
  const out = new Float64Array(8);
  sums[3] = level;
  marginalRates(role, sums, 3, typicalMargin, out, 5);
  return out[5];
}

describe('marginalRates: (pay(level + step) − pay(level)) / step at last month\'s level', () => {
  it('is the rate itself for a flat rate, wherever he stands', () => {
    const flat = { id: 'c', basis: 'margin', rate: 0.1 };
    // (0.1·(300 000 + 22 500) − 0.1·300 000) / 22 500 = 2 250 / 22 500 = 0.1
    expect(rateAt(flat, 300_000, 22_500)).toBeCloseTo(0.1, 12);
    expect(rateAt(flat, 0, 22_500)).toBeCloseTo(0.1, 12);
  });

  it('mixes the two rates across a marginal tier boundary', () => {
    const tiers = { id: 'c', basis: 'margin', tiers: [{ from: 0, rate: 0.05 }, { from: 100_000, rate: 0.15 }] };
    // pay(110 000) = 100 000·0.05 + 10 000·0.15 = 5 000 + 1 500 = 6 500; pay(90 000) = 90 000·0.05 = 4 500
    // (6 500 − 4 500) / 20 000 = 0.1
    expect(rateAt(tiers, 90_000, 20_000)).toBeCloseTo(0.1, 12);
    // Inside the upper tier: (pay(150 000) − pay(130 000)) / 20 000 = 20 000·0.15 / 20 000 = 0.15
    expect(rateAt(tiers, 130_000, 20_000)).toBeCloseTo(0.15, 12);
  });

  it('feels the jump of a retroactive tier on the whole amount', () => {
    const tiers = { id: 'c', basis: 'margin', tierMode: 'retroactive', tiers: [{ from: 0, rate: 0.05 }, { from: 100_000, rate: 0.15 }] };
    // pay(110 000) = 110 000·0.15 = 16 500; pay(90 000) = 90 000·0.05 = 4 500; (16 500 − 4 500) / 20 000 = 0.6
    expect(rateAt(tiers, 90_000, 20_000)).toBeCloseTo(0.6, 12);
  });

  it('sees a threshold from nearby: the whole schedule counts once the step crosses it, nothing far below', () => {
    const threshold = { id: 'c', basis: 'margin', rate: 0.1, threshold: 100_000 };
    // pay(110 000) = 11 000, pay(90 000) = 0 (below the threshold): 11 000 / 20 000 = 0.55
    expect(rateAt(threshold, 90_000, 20_000)).toBeCloseTo(0.55, 12);
    // pay(70 000) = pay(50 000) = 0: rate 0
    expect(rateAt(threshold, 50_000, 20_000)).toBe(0);
    // above: (15 000 + 2 000 − 15 000) / 20 000 = 0.1
    expect(rateAt(threshold, 150_000, 20_000)).toBeCloseTo(0.1, 12);
  });

  it('is 0 above a cap and part of the rate at the cap', () => {
    const capped = { id: 'c', basis: 'margin', rate: 0.1, cap: 10_000 };
    // pay(117 500) = min(11 750, 10 000) = 10 000; pay(95 000) = 9 500: 500 / 22 500 = 0.0222…
    expect(rateAt(capped, 95_000, 22_500)).toBeCloseTo(500 / 22_500, 12);
    expect(rateAt(capped, 200_000, 22_500)).toBe(0); // 10 000 − 10 000
  });

  it('steps counts by 1: a bonus per contract, and a count threshold', () => {
    // (5 000·3 − 5 000·2) / 1 = 5 000
    expect(rateAt({ id: 'c', basis: 'newContracts', rate: 5_000 }, 2, 22_500)).toBe(5_000);
    // threshold 3: pay(3) = 15 000, pay(2) = 0: 15 000 / 1
    expect(rateAt({ id: 'c', basis: 'newContracts', rate: 5_000, threshold: 3 }, 2, 22_500)).toBe(15_000);
  });

  it('values a per-client schedule at one typical client: schedule(step) / step, whatever the level', () => {
    // min(0.1·22 500, 1 000) / 22 500 = 1 000 / 22 500
    expect(rateAt({ id: 'c', basis: 'margin', per: 'client', rate: 0.1, cap: 1_000 }, 500_000, 22_500)).toBeCloseTo(1_000 / 22_500, 12);
    // a client below a per-client threshold of 30 000 pays nothing: 0 / 22 500
    expect(rateAt({ id: 'c', basis: 'margin', per: 'client', rate: 0.1, threshold: 30_000 }, 500_000, 22_500)).toBe(0);
  });

  it('steps money by at least 1 when the typical margin is below 1', () => {
    // step max(0.2, 1) = 1: pay(100 001) − pay(100 000) = 1·0.15 at a threshold-free upper tier
    const tiers = { id: 'c', basis: 'margin', tiers: [{ from: 0, rate: 0.05 }, { from: 100_000, rate: 0.15 }] };
    expect(rateAt(tiers, 100_000, 0.2)).toBeCloseTo(0.15, 9);
  });

  it('writes one rate per component of the role, in order', () => {
    const role = roleOf([
      { id: 'a', basis: 'margin', rate: 0.1 },
      { id: 'b', basis: 'activations', rate: 7_000 },
      { id: 'c', basis: 'margin', rate: 0.1, threshold: 100_000 },
    ]);
    const sums = Float64Array.from([0, 0, 50_000, 4, 90_000]);
    const out = new Float64Array(4);
    marginalRates(role, sums, 2, 20_000, out, 1);
    // [flat 0.1; count 7 000; (11 000 − 0) / 20 000 = 0.55]; out[0] untouched
    expect(Array.from(out)).toEqual([0, 0.1, 7_000, 0.55]);
  });
});

describe('cumulativeDiscount', () => {
  it('sums q^τ over τ < n: with q = 0.5, 0, 1, 1.5, 1.75, …, 2·(1 − 2^−n)', () => {
    const cum = cumulativeDiscount(0.5, 12);
    expect(cum.length).toBe(13);
    expect(Array.from(cum.subarray(0, 4))).toEqual([0, 1, 1.5, 1.75]);
    expect(cum[12]).toBe(2 * (1 - 2 ** -12)); // 1.99951171875, exact in binary
  });
});

const AGES = ACTIVATION_TABLE_MONTHS;

function tablesFor(role: CompiledRole, rates: number[], cumulative: Float64Array, marginRate = 0.15, uncollectedShare = 0): TablesAt {
  const tables: TablesAt = { bonus: new Float64Array(AGES + 2), perMargin: new Float64Array(AGES + 2), offset: 2, ages: AGES };
  tables.bonus.fill(-1); // the tables must be cleared, not added to
  tables.perMargin.fill(-1);
  const windows = activationWindows(role, cumulative, AGES);
  activationTables(role, { rates: Float64Array.from([9, ...rates]), offset: 1 }, { marginRate, uncollectedShare, windows }, tables);
  return tables;
}

function belief(partial: Partial<ContractBelief>): ContractBelief {
  return { expectedMargin: 20_000, activationHazard: 0.5, discount: 0.5, dormantAfter: 12, dormancyHazard: 0, ...partial };
}

describe('activationTables and newContractValue: an activation bonus A in a signing window [0, W)', () => {
  const A = 10_000;
  const W = 3;
  const role = roleOf([{ id: 'act', basis: 'activations', rate: A, monthsSinceSigning: { from: 0, to: W } }]);
  const cumulative = cumulativeDiscount(0.5, 36);

  it('has a bonus table of A for signing ages < W and 0 from W on, and no per-margin stream', () => {
    const t = tablesFor(role, [A], cumulative);
    for (let age = 0; age < AGES; age++) {
      expect(t.bonus[t.offset + age], `age ${age}`).toBe(age < W ? A : 0);
      expect(t.perMargin[t.offset + age]).toBe(0);
    }
    expect(t.bonus[0]).toBe(-1); // nothing written before the offset
  });

  it('values a new contract at Σ_{a<W} h(1 − h)^a δ^a A: h = δ = 0.5, W = 3 gives 6 562.5', () => {
    const t = tablesFor(role, [A], cumulative);
    // a = 0: 0.5·1·1·10 000 = 5 000; a = 1: 0.5·0.5·0.5·10 000 = 1 250; a = 2: 0.5·0.25·0.25·10 000 = 312.5
    // 5 000 + 1 250 + 312.5 = 6 562.5; closed form A·h·(1 − q^W)/(1 − q), q = (1 − h)δ = 0.25:
    // 10 000·0.5·(1 − 1/64)/0.75 = 6 562.5
    const value = newContractValue(role, { rates: Float64Array.from([9, A]), offset: 1 }, t, belief({ activationHazard: 0.5, discount: 0.5 }));
    expect(value).toBe(6_562.5);
  });

  it('matches the closed form A·h·(1 − q^W)/(1 − q) at h = 0.2, δ = 1/1.03, W = 6', () => {
    const role6 = roleOf([{ id: 'act', basis: 'activations', rate: A, monthsSinceSigning: { from: 0, to: 6 } }]);
    const t = tablesFor(role6, [A], cumulative);
    const h = 0.2;
    const delta = 1 / 1.03;
    const q = (1 - h) * delta; // 0.8 / 1.03 = 0.776699…
    // terms 2 000, 1 553.398, 1 206.523, 937.105, 727.849, 565.319: Σ = 6 990.1937637…
    const closedForm = (A * h * (1 - q ** 6)) / (1 - q);
    expect(closedForm).toBeCloseTo(6_990.193763707806, 8);
    const value = newContractValue(role6, { rates: Float64Array.from([9, A]), offset: 1 }, t, belief({ activationHazard: h, discount: delta, dormantAfter: 12, dormancyHazard: 0.06 }));
    expect(value).toBeCloseTo(closedForm, 10); // dormancy from month 12 on does not reach the window
  });

  it('lets dormancy thin the contracts that are still contracted after dormantAfter', () => {
    const t = tablesFor(role, [A], cumulative);
    // dormantAfter 1, d = 0.5: S0 = 1, S1 = 0.5, S2 = 0.5·0.5·(1 − 0.5) = 0.125 (age 1 ≥ 1 thins)
    // 0.5·1·1·A + 0.5·0.5·0.5·A + 0.5·0.125·0.25·A = 5 000 + 1 250 + 156.25 = 6 406.25
    const value = newContractValue(role, { rates: Float64Array.from([9, A]), offset: 1 }, t, belief({ dormantAfter: 1, dormancyHazard: 0.5 }));
    expect(value).toBe(6_406.25);
  });

  it('counts a new-contract bonus once, outside the activation tables', () => {
    const N = 3_000;
    const both = roleOf([
      { id: 'sign', basis: 'newContracts', rate: N },
      { id: 'act', basis: 'activations', rate: A, monthsSinceSigning: { from: 0, to: W } },
    ]);
    const rates = [N, A];
    const t = tablesFor(both, rates, cumulative);
    for (let age = 0; age < AGES; age++) expect(t.bonus[t.offset + age]).toBe(age < W ? A : 0); // N is not in the table
    const value = newContractValue(both, { rates: Float64Array.from([9, ...rates]), offset: 1 }, t, belief({}));
    expect(value).toBe(3_000 + 6_562.5); // N + the activation stream above
    // A signing bonus whose window does not start at signing is never paid on a new contract: not counted.
    const late = roleOf([{ id: 'sign', basis: 'newContracts', rate: N, monthsSinceSigning: { from: 1 } }]);
    const lateTables = tablesFor(late, [N], cumulative);
    expect(newContractValue(late, { rates: Float64Array.from([9, N]), offset: 1 }, lateTables, belief({}))).toBe(0);
  });
});

describe('activationTables: the per-margin stream of money components from window weights', () => {
  const cumulative = cumulativeDiscount(0.5, 36); // cum[n] = 2·(1 − 2^−n)

  it('gives a margin component with a signing window [0, 12) ρ·cum[12 − age] for ages < 12, then 0', () => {
    const role = roleOf([{ id: 'm', basis: 'margin', rate: 0.1, monthsSinceSigning: { from: 0, to: 12 } }]);
    const t = tablesFor(role, [0.1], cumulative);
    const at = (age: number) => t.perMargin[t.offset + age];
    expect(at(0)).toBeCloseTo(0.1 * 1.99951171875, 14); // cum[12] = 2·(1 − 1/4096)
    expect(at(10)).toBeCloseTo(0.1 * 1.5, 14); // cum[2] = 1 + 0.5
    expect(at(11)).toBeCloseTo(0.1, 14); // cum[1] = 1
    expect(at(12)).toBe(0); // the window is over
    expect(at(30)).toBe(0);
    for (let age = 0; age < AGES; age++) expect(t.bonus[t.offset + age]).toBe(0);
  });

  it('divides a revenue component by the margin rate and uses the marginal rate given, not the scheme\'s', () => {
    // revenue at 0.02 (valued at ρ = 0.02), activation window [1, 3): lo = 1, hi = 3 → cum[3] − cum[1] = 0.75
    // per unit of margin 1/m = 1/0.2 = 5: 0.02·0.75·5 = 0.075 at every age
    const role = roleOf([
      { id: 'm', basis: 'margin', rate: 0.1, monthsSinceSigning: { from: 0, to: 12 } },
      { id: 'r', basis: 'revenue', rate: 0.02, monthsSinceActivation: { from: 1, to: 3 } },
    ]);
    const t = tablesFor(role, [0.1, 0.02], cumulative, 0.2);
    expect(t.perMargin[t.offset + 11]).toBeCloseTo(0.1 + 0.075, 14);
    expect(t.perMargin[t.offset + 40]).toBeCloseTo(0.075, 14);
    // the margin component at a marginal rate of 0.04 (a tier he stands in): 0.04·cum[1] = 0.04
    const t2 = tablesFor(role, [0.04, 0], cumulative, 0.2);
    expect(t2.perMargin[t2.offset + 11]).toBeCloseTo(0.04, 14);
  });

  it('values the stream of a new contract up to where fewer than 1e-4 are still contracted', () => {
    // margin at ρ = 0.1 in the first 3 months after activation: Π = 0.1·cum[3] = 0.175 at every age.
    // V = Σ_a S_a·h·δ^a·E·Π with h = δ = 0.5, E = 20 000: terms 1 750·0.25^a. S_{a+1} = 0.5^(a+1) falls
    // below 1e-4 at a + 1 = 14, so ages 0…13 count: 1 750·(1 − 0.25^14)/0.75 = 2 333.33332464…
    const role = roleOf([{ id: 'm', basis: 'margin', rate: 0.1, monthsSinceActivation: { from: 0, to: 3 } }]);
    const t = tablesFor(role, [0.1], cumulative);
    expect(t.perMargin[t.offset + 5]).toBeCloseTo(0.175, 14);
    const value = newContractValue(role, { rates: Float64Array.from([9, 0.1]), offset: 1 }, t, belief({ expectedMargin: 20_000 }));
    expect(value).toBeCloseTo((1_750 * (1 - 0.25 ** 14)) / 0.75, 9);
    expect(value).toBeLessThan(1_750 / 0.75 - 1e-6); // the untruncated series is 2 333.333…
  });
});

describe('believedActivationHazard', () => {
  it('is 1 − exp(−(b0 + k·hoursPerMonth·split_activate / max(1, contracted)))', () => {
    const { company } = tinyCompany({ team: { hoursPerMonth: 120 }, clients: { baseActivation: 0.03, activationPerHour: 0.06 } });
    company.team.split[ACTIVATE] = 0.25; // 120·0.25 = 30 hours of activation
    // no contracted clients: max(1, 0) = 1 → 0.03 + 0.06·30 = 1.83
    expect(believedActivationHazard(company, 0)).toBeCloseTo(1 - Math.exp(-1.83), 14); // 0.83958…
    company.valuation.contractedCount[0] = 3; // 30 / 3 = 10 hours each → 0.03 + 0.6 = 0.63
    expect(believedActivationHazard(company, 0)).toBeCloseTo(1 - Math.exp(-0.63), 14); // 0.46740…
  });
});

describe('prepareValuation: the value of a new contract and the screening incentive', () => {
  const scheme = (pay: unknown[]) => [{ id: 's', name: 'S', roles: { manager: { salary: 20_000, pay } } }];

  it('values an activation bonus as A·p̂·(1 − q^W)/(1 − q) with the believed hazard, and screens nothing for it', () => {
    const A = 10_000;
    const { company } = tinyCompany({
      schemes: scheme([{ id: 'act', basis: 'activations', rate: A, monthsSinceSigning: { from: 0, to: 6 } }]),
      team: { hoursPerMonth: 120 },
      behavior: { discountRate: 0.03 },
    });
    company.team.split[ACTIVATE] = 0.25;
    company.valuation.contractedCount[0] = 3;
    prepareValuation(company, 0);
    const h = 1 - Math.exp(-0.63); // as above: 10 hours a contract
    const q = (1 - h) / 1.03; // δ = 1/(1 + 0.03)
    // S_6 = (1 − h)^6 = 0.0228 > 1e-4 and dormantAfter = 12 ≥ 6: the whole window counts.
    expect(company.valuation.rates[0]).toBe(A); // (A·1 − A·0) / 1
    expect(company.valuation.newContractValue[0]).toBeCloseTo((A * h * (1 - q ** 6)) / (1 - q), 9);
    expect(company.valuation.screening[0]).toBe(0); // a bad payer activates for the same bonus
  });

  it('screens 1 − V_bad/V_good = u_bad for pay on collected revenue (bad payers believed to live as long)', () => {
    const { company } = tinyCompany({
      schemes: scheme([{ id: 'c', basis: 'collectedRevenue', rate: 0.02 }]),
      clients: { badPayerChurn: 0 },
      market: { badUncollected: 0.25 },
    });
    prepareValuation(company, 0);
    // per unit of margin: good (1 − 0)/m, bad (1 − 0.25)/m; same windows and survival → V_bad/V_good = 0.75
    expect(company.valuation.newContractValue[0]).toBeGreaterThan(0);
    expect(company.valuation.screening[0]).toBeCloseTo(0.25, 12);
  });

  it('screens u_bad/m for pay on collected margin, clamped to 1 when a bad payer\'s collected margin is negative', () => {
    const make = (badUncollected: number) => {
      const { company } = tinyCompany({
        schemes: scheme([{ id: 'c', basis: 'collectedMargin', rate: 0.1 }]),
        clients: { badPayerChurn: 0 },
        market: { badUncollected, marginRate: 0.15 },
      });
      prepareValuation(company, 0);
      return company.valuation.screening[0];
    };
    // per unit of margin: good 1, bad 1 − 0.06/0.15 = 0.6 → 1 − 0.6 = 0.4
    expect(make(0.06)).toBeCloseTo(0.4, 12);
    // 1 − 0.25/0.15 = −0.667 < 0: V_bad < 0, 1 − V_bad/V_good = 1.667 → clamped to 1
    expect(make(0.25)).toBe(1);
  });

  it('screens 0 for pay on invoiced margin when bad payers are believed to live as long', () => {
    const { company } = tinyCompany({ schemes: scheme([{ id: 'm', basis: 'margin', rate: 0.1 }]), clients: { badPayerChurn: 0 } });
    prepareValuation(company, 0);
    expect(company.valuation.newContractValue[0]).toBeGreaterThan(0);
    expect(company.valuation.screening[0]).toBe(0);
  });

  it('screens a little even for invoiced margin when bad payers churn sooner: (q_g − q_b)/(1 + q_g) over a 2-month window', () => {
    // Margin in the first 2 active months: W = cum[2] = 1 + q, q_g = δ(1 − c0), q_b = δ(1 − c0 − c_b),
    // δ = 1/1.03, c0 = 0.008, c_b = 0.04. V_bad/V_good = (1 + q_b)/(1 + q_g), so
    // screening = (q_g − q_b)/(1 + q_g) = (0.04/1.03)/(1 + 0.992/1.03) = 0.04/2.022 = 0.0197823…
    const { company } = tinyCompany({
      schemes: scheme([{ id: 'm', basis: 'margin', rate: 0.1, monthsSinceActivation: { from: 0, to: 2 } }]),
      clients: { baseChurn: 0.008, badPayerChurn: 0.04 },
      behavior: { discountRate: 0.03 },
    });
    prepareValuation(company, 0);
    expect(company.valuation.screening[0]).toBeCloseTo(0.04 / 2.022, 12);
    // With a 1-month window W = cum[1] = 1 for both: no screening.
    const { company: oneMonth } = tinyCompany({
      schemes: scheme([{ id: 'm', basis: 'margin', rate: 0.1, monthsSinceActivation: { from: 0, to: 1 } }]),
      clients: { baseChurn: 0.008, badPayerChurn: 0.04 },
    });
    prepareValuation(oneMonth, 0);
    expect(oneMonth.valuation.screening[0]).toBe(0);
  });
});
