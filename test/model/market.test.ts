/**
 * Market demand (docs/model.md, "Market demand"; src/model/market.ts): the market-wide factor
 * takes one AR(1) step a month on its logarithm, X_m = ρ·X_{m−1} + σ·√(1 − ρ²)·z_m, F_m =
 * exp(X_m − σ²/2); the season S is the scenario's profile divided by its mean, read by calendar
 * month; D = S·F multiplies every client's revenue in moveClients and D^η the Poisson mean of
 * hunting. The MarketDemand die is scripted (z = Φ⁻¹(u)); every expected number is worked by
 * hand in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { allocateHours } from '../../src/model/allocation.js';
import { moveClients } from '../../src/model/clients.js';
import { ACTIVITIES, CONTRACTED, HUNT, MARGIN, OWNED_BASES, REVENUE } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { hunt } from '../../src/model/hunting.js';
import { calendarMonth, moveDemand, seasonalDemand } from '../../src/model/market.js';
import { monthKey, Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { addClient, tinyCompany, tinyScenario, type TinyOptions } from './helpers/tiny-company.js';

/** u with Φ⁻¹(u) = +1, −1 and 0 (Acklam's quantile gives ±1.0000000009 and exactly 0). */
const PLUS_ONE = 0.841344746068543;
const MINUS_ONE = 0.158655253931457;
const ZERO = 0.5;

/** The MarketDemand die of each month from `byMonth` (0.5 otherwise); every other die is quiet. */
function company(options: TinyOptions, byMonth: Record<number, number> = {}, hunting: number = ZERO): Company {
  return tinyCompany({
    ...options,
    script: (purpose, entity, month) => {
      if (purpose === Purpose.MarketDemand) {
        if (entity !== 0) throw new Error('the market die is drawn for entity 0 only');
        return byMonth[month] ?? ZERO;
      }
      if (purpose === Purpose.Hunt) return hunting;
      if (purpose === Purpose.RevenueNoise) return ZERO; // z = 0
      return 0.99; // no activation, dormancy, incident or churn
    },
  }).company;
}

/** σ = 0.2, ρ = 0.6: the month's innovation has sd σ·√(1 − ρ²) = 0.2·0.8 = 0.16; σ²/2 = 0.02. */
const LUCK = { demandVolatility: 0.2, demandPersistence: 0.6 };

describe('moveDemand: the market-wide factor', () => {
  it('follows X_m = ρ·X_{m−1} + σ·√(1 − ρ²)·z_m from X = 0, with F = exp(X − σ²/2)', () => {
    const c = company({ market: LUCK }, { 0: PLUS_ONE, 1: MINUS_ONE, 2: ZERO });
    expect(c.demand.multiplier).toBe(1); // before the market first moves
    moveDemand(c, 0);
    // X₀ = 0.6·0 + 0.16·1 = 0.16; F₀ = exp(0.16 − 0.02) = exp(0.14) = 1.150273799
    expect(c.demand.logFactor).toBeCloseTo(0.16, 8);
    expect(c.demand.multiplier).toBeCloseTo(1.1502737988572274, 8);
    moveDemand(c, 1);
    // X₁ = 0.6·0.16 + 0.16·(−1) = 0.096 − 0.16 = −0.064; F₁ = exp(−0.084) = 0.919431256
    expect(c.demand.logFactor).toBeCloseTo(-0.064, 8);
    expect(c.demand.multiplier).toBeCloseTo(0.9194312560951247, 8);
    moveDemand(c, 2);
    // X₂ = 0.6·(−0.064) + 0.16·0 = −0.0384; F₂ = exp(−0.0584) = 0.943272563: the bad spell fades
    expect(c.demand.logFactor).toBeCloseTo(-0.0384, 8);
    expect(c.demand.multiplier).toBeCloseTo(0.943272562939755, 8);
  });

  it('with σ = 0 and a flat season is exactly 1 whatever the die', () => {
    const c = company({ market: { demandVolatility: 0, demandPersistence: 0.9 } }, { 0: 0.999, 1: 0.001, 2: PLUS_ONE });
    for (let month = 0; month < 3; month++) {
      moveDemand(c, month);
      expect(c.demand.logFactor).toBe(0);
      expect(c.demand.multiplier).toBe(1);
      expect(c.demand.huntingMultiplier).toBe(1);
    }
  });

  it('with ρ = 0 draws a fresh factor every month: X_m = σ·z_m', () => {
    const c = company({ market: { demandVolatility: 0.2, demandPersistence: 0 } }, { 0: PLUS_ONE, 1: ZERO });
    moveDemand(c, 0);
    expect(c.demand.logFactor).toBeCloseTo(0.2, 8); // 0·0 + 0.2·1·1
    moveDemand(c, 1);
    expect(c.demand.logFactor).toBe(0); // 0·0.2 + 0.2·0: nothing of last month is left
    expect(c.demand.multiplier).toBeCloseTo(Math.exp(-0.02), 12); // exp(0 − 0.2²/2) = 0.980198673
  });

  it('gives the hunting multiplier D^η', () => {
    const c = company({ market: { ...LUCK, huntDemandElasticity: 2 } }, { 0: PLUS_ONE });
    moveDemand(c, 0);
    // D = exp(0.14), D² = exp(0.28) = 1.323129812
    expect(c.demand.huntingMultiplier).toBeCloseTo(1.3231298123374369, 8);
  });
});

describe('the season', () => {
  // Monthly volumes pasted as they are: January 30, every other month 36. Mean (30 + 11·36)/12 =
  // 426/12 = 35.5, so January is 30/35.5 = 0.845070423 and the others 36/35.5 = 1.014084507.
  const seasonality = [30, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36, 36];

  it('reads the calendar from the switch: month warmupMonths is switchCalendarMonth, the others count from it', () => {
    const scenario = { ...tinyScenario({ market: { switchCalendarMonth: 3 } }), warmupMonths: 24 };
    expect(calendarMonth(scenario, 24)).toBe(2); // the switch: March (0 = January)
    expect(calendarMonth(scenario, 0)).toBe(2); // two years earlier: March again
    expect(calendarMonth(scenario, 22)).toBe(0); // two months before the switch: January
    expect(calendarMonth(scenario, 34)).toBe(0); // ten months after it: January
    expect(calendarMonth(scenario, 35)).toBe(1); // February
    expect(calendarMonth(scenario, -1)).toBe(1); // the month before the run started: February
  });

  it('divides the profile by its mean and multiplies the month\'s demand by its calendar month\'s value', () => {
    // No warm-up (tiny scenario): month 0 is the switch, in March; month 10 is January.
    const c = company({ market: { seasonality, switchCalendarMonth: 3, demandVolatility: 0 } });
    expect(seasonalDemand(c.params, 10)).toBeCloseTo(0.8450704225352113, 12);
    expect(seasonalDemand(c.params, -2)).toBeCloseTo(0.8450704225352113, 12); // January too
    expect(seasonalDemand(c.params, 0)).toBeCloseTo(1.0140845070422535, 12);
    moveDemand(c, 10);
    expect(c.demand.multiplier).toBeCloseTo(0.8450704225352113, 12); // S · F, F = 1 with σ = 0
    moveDemand(c, 11);
    expect(c.demand.multiplier).toBeCloseTo(1.0140845070422535, 12); // February
    // Over a year the season averages 1: (30/35.5 + 11·36/35.5)/12 = 1.
    let sum = 0;
    for (let month = 0; month < 12; month++) sum += seasonalDemand(c.params, month);
    expect(sum / 12).toBeCloseTo(1, 12);
  });

  it('multiplies season and factor: D = S·F', () => {
    const c = company({ market: { ...LUCK, seasonality, switchCalendarMonth: 1 } }, { 0: PLUS_ONE });
    moveDemand(c, 0); // January: 0.845070423 · exp(0.14) = 0.972062366
    expect(c.demand.multiplier).toBeCloseTo(0.8450704225352113 * 1.1502737988572274, 8);
    expect(c.demand.multiplier).toBeCloseTo(0.9720623652314598, 8);
  });
});

describe('the month\'s demand reaches the money and the hunting', () => {
  it('multiplies every client\'s revenue in moveClients: revenue = potential·share·D', () => {
    const c = company({ market: { ...LUCK, revenueNoise: 0 }, clients: { shareGrowth: 0, shareErosion: 0, contractedShareOfWallet: 0.03 } }, { 5: PLUS_ONE });
    const active = addClient(c, { potential: 1_000_000, share: 0.4, marginRate: 0.15 });
    const contracted = addClient(c, { state: CONTRACTED, signedMonth: 3, potential: 1_000_000, marginRate: 0.15 });
    moveDemand(c, 5); // D = exp(0.14) = 1.150273799
    const tally = new MonthTally();
    tally.reset(c.scheme.roles.length);
    moveClients(c, 5, monthKey(5), c.allocation.attention, tally, c.lostThisMonth(c.book.count));
    // 1 000 000 · 0.4 · 1.150273799 = 460 109.52; margin · 0.15 = 69 016.43 (to 0.001: the die's
    // z is 1 within 1e-9, which moves the revenue by about 0.00007)
    expect(c.book.revenue[active]).toBeCloseTo(460_109.51954289095, 3);
    expect(c.book.margin[active]).toBeCloseTo(69_016.42793143364, 3);
    // Contracted: 1 000 000 · 0.03 · 1.150273799 = 34 508.21
    expect(c.book.revenue[contracted]).toBeCloseTo(34_508.21396571682, 3);
    // The pay rules see the money as it is: the owner's month is the lucky month.
    expect(c.ledger.ownedMoney[0 * OWNED_BASES + REVENUE]).toBeCloseTo(494_617.73350860777, 3);
    expect(c.ledger.ownedMoney[0 * OWNED_BASES + MARGIN]).toBeCloseTo(74_192.66, 2); // 0.15 · 494 617.73
    expect(tally.revenue).toBeCloseTo(494_617.73350860777, 3);
  });

  // Hunting: c = 0.5 contracts per hour, α = 0.5, 16 hours, full skill and market: base mean
  // 0.5·16^0.5 = 2. Season: January 2, February and March 0.5, the rest 1 (mean (2 + 0.5 + 0.5 + 9)/12
  // = 1), σ = 0, switch in January, no warm-up: D = 2 in month 0, 0.5 in month 1.
  const seasonality = [2, 0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  const behavior = { contractsPerHuntHour: 0.5, huntElasticity: 0.5 };

  function huntIn(month: number, huntDemandElasticity: number): number {
    const c = company({ behavior, market: { seasonality, switchCalendarMonth: 1, demandVolatility: 0, huntDemandElasticity } }, {}, ZERO);
    c.allocation.hours[0 * 3 + HUNT] = 16;
    moveDemand(c, month);
    const tally = new MonthTally();
    tally.reset(c.scheme.roles.length);
    hunt(c, month, tally);
    return tally.newContracts;
  }

  it('multiplies the Poisson mean of contracts by D^η', () => {
    // η = 1, January: μ = 2·2 = 4. Poisson(4) at u = 0.5: P(≤3) = 0.433470 < 0.5 ≤ P(≤4) = 0.628837: 4.
    expect(huntIn(0, 1)).toBe(4);
    // η = 0: μ = 2·2⁰ = 2. Poisson(2): P(≤1) = 0.406006 < 0.5 ≤ P(≤2) = 0.676676: 2.
    expect(huntIn(0, 0)).toBe(2);
    // η = 1, February: μ = 2·0.5 = 1. Poisson(1): P(0) = 0.367879 < 0.5 ≤ P(≤1) = 0.735759: 1.
    expect(huntIn(1, 1)).toBe(1);
    // η = 2, February: μ = 2·0.25 = 0.5. Poisson(0.5): P(0) = e^−0.5 = 0.606531 ≥ 0.5: none.
    expect(huntIn(1, 2)).toBe(0);
  });
});

describe('the managers see the month\'s demand when they split their hours', () => {
  // A generalist who values a new contract at V and 10 active clients at a farming stake of 5 000,
  // with no inertia and no noise, so his hours are the optimum of the month. The belief's hunting
  // response is c·skill·A·D^η·h^α, so a market twice as busy (January of the profile below, η = 1)
  // must split his hours exactly as a contract worth twice as much does.
  const seasonality = [2, 0.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  function huntHours(month: number, contractValue: number): number {
    const c = company({ market: { seasonality, demandVolatility: 0, huntDemandElasticity: 1 }, behavior: { inertia: 0, allocationNoise: 0, huntElasticity: 0.5 } });
    moveDemand(c, month);
    c.valuation.newContractValue[0] = contractValue;
    c.valuation.activeCount[0] = 10;
    c.valuation.farmingStake[0] = 5_000;
    allocateHours(c, month);
    return c.allocation.hours[0 * ACTIVITIES + HUNT];
  }

  it('hunts in a busy month as if a contract were worth D^η times more', () => {
    const busy = huntHours(0, 3_000); // January: D = 2
    expect(busy).toBeCloseTo(huntHours(3, 6_000), 8); // April: D = 1, the contract worth 2 × 3 000
    // With α = 0.5, h_hunt = (α·C·V/(λ + c_hunt))², so doubling C nearly quadruples the hours
    // (λ moves a little): 13.72 hours in January against 3.45 in April and 0.86 in February.
    expect(busy).toBeCloseTo(13.72065977846258, 6);
    expect(busy).toBeGreaterThan(huntHours(3, 3_000)); // more than in an ordinary month
    expect(huntHours(1, 3_000)).toBeLessThan(huntHours(3, 3_000)); // and less in a slack February (D = 0.5)
  });
});
