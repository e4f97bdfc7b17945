/**
 * Promotions (docs/model.md, "Promotions"; src/model/promotions.ts): a scheme's role transition
 * moves a manager once the month's metric over the clients he owns has been at or above the
 * threshold for N months in a row; a month below starts the count again; activities the new role
 * forbids lose their share of his hours. The bundled scheme is freight.yaml's
 * `threshold-promotion`: hunter → farmer at owned margin ≥ 500 000 a month held 6 months.
 *
 * `promote` is driven month by month with the month's owned money written by hand (cleared with
 * `ledger.beginMonth()` as the month loop does), then one month through `simulateMonth` shows the
 * timing: the month that completes the run is paid in the old role.
 */
import { describe, expect, it } from 'vitest';
import { simulateMonth } from '../../src/engine/month.js';
import { ACTIVATE, ACTIVITIES, FARM, HUNT, MARGIN, NEW_CONTRACTS, OWNED_BASES } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { promote } from '../../src/model/promotions.js';
import { Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { loadScenario } from '../../src/scenario/index.js';
import { addClient, tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const THRESHOLD = 500_000;

/** freight.yaml's threshold-promotion, with `set` overrides applied to the bundled file. */
function bundledScheme(set: string[] = []): unknown {
  const scenario = loadScenario('scenarios/freight.yaml', { set });
  const scheme = scenario.schemes.find((s) => s.id === 'threshold-promotion');
  if (!scheme) throw new Error('freight.yaml has no threshold-promotion scheme');
  return scheme;
}

function promotionCompany(set: string[] = [], options: TinyOptions = {}): Company {
  return tinyCompany({ ...options, schemes: [bundledScheme(set)] }).company;
}

/** Indices of the scheme's roles, looked up by id (not assumed). */
function roleIndex(company: Company, id: string): number {
  const index = company.scheme.roles.findIndex((r) => r.id === id);
  if (index < 0) throw new Error(`no role ${id}`);
  return index;
}

/** Months promoted through `monthWithMargin`, in order, per company (the month index of the next call). */
const monthOf = new WeakMap<Company, number>();

/** One month of `promote` with the slot's owned margin of the month set by hand; returns the month's tally. */
function monthWithMargin(company: Company, margin: number, slot = 0): MonthTally {
  const month = monthOf.get(company) ?? 0;
  monthOf.set(company, month + 1);
  const tally = new MonthTally();
  tally.reset(company.scheme.roles.length);
  company.ledger.beginMonth();
  company.ledger.ownedMoney[slot * OWNED_BASES + MARGIN] = margin;
  promote(company, month, tally);
  return tally;
}

describe('the bundled threshold-promotion scheme', () => {
  it('is hunter → farmer on owned margin at least 500 000 for 6 months; --set forMonths=3 gives the 3-month variant', () => {
    const company = promotionCompany();
    const [t] = company.scheme.transitions;
    expect(company.scheme.transitions).toHaveLength(1);
    expect(t).toEqual({ from: roleIndex(company, 'hunter'), to: roleIndex(company, 'farmer'), basis: MARGIN, atLeast: 500_000, forMonths: 6 });
    expect(company.scheme.roles[t.to].allowed).toEqual([false, true, true]); // the farmer may activate and farm, not hunt
    const three = promotionCompany(['schemes.threshold-promotion.transitions.0.forMonths=3']);
    expect(three.scheme.transitions[0].forMonths).toBe(3);
  });
});

describe('promote: the held count', () => {
  it('keeps a hunter above the threshold for 5 months a hunter, with heldMonths 5', () => {
    const company = promotionCompany();
    const hunter = roleIndex(company, 'hunter');
    for (let m = 1; m <= 5; m++) {
      monthWithMargin(company, 600_000);
      expect(company.team.heldMonths[0], `after month ${m}`).toBe(m); // 600 000 ≥ 500 000: one more month held
    }
    expect(company.team.role[0]).toBe(hunter);
  });

  it('makes him a farmer after the 6th month, resets heldMonths to 0 and zeroes the share of hunting', () => {
    const company = promotionCompany();
    const farmer = roleIndex(company, 'farmer');
    for (let m = 0; m < 6; m++) monthWithMargin(company, 600_000);
    expect(company.team.role[0]).toBe(farmer);
    expect(company.team.heldMonths[0]).toBe(0);
    // The farmer role does not allow hunting: its share goes to 0. The other shares are left as
    // they were (1/3 each, set by tinyCompany), not renormalised: the next allocation does that.
    const split = Array.from(company.team.split.subarray(0, ACTIVITIES));
    expect(split[HUNT]).toBe(0);
    expect(split[ACTIVATE]).toBe(1 / 3);
    expect(split[FARM]).toBe(1 / 3);
  });

  it('with forMonths 3 promotes after the 3rd month', () => {
    const company = promotionCompany(['schemes.threshold-promotion.transitions.0.forMonths=3']);
    const hunter = roleIndex(company, 'hunter');
    const farmer = roleIndex(company, 'farmer');
    monthWithMargin(company, 600_000);
    monthWithMargin(company, 600_000);
    expect(company.team.role[0]).toBe(hunter);
    expect(company.team.heldMonths[0]).toBe(2); // two months held, one to go
    monthWithMargin(company, 600_000);
    expect(company.team.role[0]).toBe(farmer);
    expect(company.team.heldMonths[0]).toBe(0);
  });

  it('restarts the count after a month below the threshold: promoted only after 6 more months above', () => {
    const company = promotionCompany();
    const hunter = roleIndex(company, 'hunter');
    const farmer = roleIndex(company, 'farmer');
    for (let m = 0; m < 3; m++) monthWithMargin(company, 600_000);
    expect(company.team.heldMonths[0]).toBe(3);
    monthWithMargin(company, 499_999); // month 4: 499 999 < 500 000
    expect(company.team.heldMonths[0]).toBe(0);
    for (let m = 1; m <= 5; m++) {
      monthWithMargin(company, 600_000);
      expect(company.team.role[0], `month ${4 + m}`).toBe(hunter);
      expect(company.team.heldMonths[0]).toBe(m);
    }
    monthWithMargin(company, 600_000); // month 10: the 6th month above since the one below
    expect(company.team.role[0]).toBe(farmer);
  });

  it('watches a promotion for 6 months: a month below the threshold he was promoted on counts him as fallen, once', () => {
    const company = promotionCompany();
    const counts = (t: MonthTally): number[] => [t.promotions, t.promotionsWatched, t.promotedFellBelow];
    for (let m = 0; m < 5; m++) expect(counts(monthWithMargin(company, 600_000))).toEqual([0, 0, 0]);
    expect(counts(monthWithMargin(company, 600_000))).toEqual([1, 0, 0]); // month 5: promoted
    expect(company.team.promotedMonth[0]).toBe(5);
    expect(counts(monthWithMargin(company, 600_000))).toEqual([0, 0, 0]); // month 6: still above
    expect(counts(monthWithMargin(company, 499_999))).toEqual([0, 1, 1]); // month 7: below within 6 months
    expect(company.team.promotedMonth[0]).toBe(-1);
    expect(counts(monthWithMargin(company, 100_000))).toEqual([0, 0, 0]); // watched once only
  });

  it('ends the watch as held after 6 months at or above the threshold, and drops it when he leaves', () => {
    const held = promotionCompany();
    for (let m = 0; m < 6; m++) monthWithMargin(held, 600_000); // promoted after month 5
    const tallies = [6, 7, 8, 9, 10, 11].map(() => monthWithMargin(held, THRESHOLD));
    expect(tallies.map((t) => t.promotionsWatched)).toEqual([0, 0, 0, 0, 0, 1]); // month 11 = 5 + 6
    expect(tallies.map((t) => t.promotedFellBelow)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(monthWithMargin(held, 0).promotedFellBelow).toBe(0); // month 12: no longer watched
    const gone = promotionCompany();
    for (let m = 0; m < 6; m++) monthWithMargin(gone, 600_000);
    gone.team.person[0] = -1;
    const after = monthWithMargin(gone, 0);
    expect([after.promotionsWatched, after.promotedFellBelow]).toEqual([0, 0]);
    expect(gone.team.promotedMonth[0]).toBe(-1);
  });

  it('counts a month exactly at the threshold as held (≥)', () => {
    const company = promotionCompany();
    monthWithMargin(company, THRESHOLD);
    expect(company.team.heldMonths[0]).toBe(1); // 500 000 ≥ 500 000
    for (let m = 0; m < 5; m++) monthWithMargin(company, THRESHOLD);
    expect(company.team.role[0]).toBe(roleIndex(company, 'farmer'));
  });

  it('reads each slot\'s own owned money and leaves a vacancy alone', () => {
    const company = promotionCompany([], { managers: 2 });
    company.team.person[1] = -1; // slot 1 vacant, still in the hunter role
    company.team.heldMonths[1] = 5;
    for (let m = 0; m < 6; m++) {
      company.ledger.beginMonth();
      company.ledger.ownedMoney[0 * OWNED_BASES + MARGIN] = 100_000; // slot 0 below
      company.ledger.ownedMoney[1 * OWNED_BASES + MARGIN] = 900_000; // slot 1 above, but vacant
      promote(company, m, new MonthTally());
    }
    expect(company.team.heldMonths[0]).toBe(0);
    expect(company.team.heldMonths[1]).toBe(5); // untouched
    expect(company.team.role[1]).toBe(roleIndex(company, 'hunter'));
  });

  it('does nothing more once he is a farmer: the scheme has no transition from the farmer role', () => {
    const company = promotionCompany();
    for (let m = 0; m < 6; m++) monthWithMargin(company, 600_000);
    for (let m = 0; m < 8; m++) monthWithMargin(company, 600_000);
    expect(company.team.role[0]).toBe(roleIndex(company, 'farmer'));
    expect(company.team.heldMonths[0]).toBe(0);
  });
});

describe('promotion timing in the month loop (simulateMonth)', () => {
  /**
   * Dice: no incident, no churn, nobody quits, no contract signed (a Hunt draw of 1e-12 is below
   * P(0) = e^(−mean) for any mean here), revenue noise at its median (z = 0). Share of wallet
   * neither grows nor erodes and revenue noise is 0, so an active client's revenue is exactly
   * potential × share and its margin revenue × marginRate.
   */
  const script = (purpose: number): number | undefined => {
    if (purpose === Purpose.Incident || purpose === Purpose.Churn || purpose === Purpose.Quit) return 0.999_999;
    if (purpose === Purpose.Hunt) return 1e-12;
    if (purpose === Purpose.RevenueNoise) return 0.5;
    return undefined;
  };

  it('pays the month that completes the run in the hunter role; he works as a farmer from the next month', () => {
    const { company } = tinyCompany({
      schemes: [bundledScheme()],
      script,
      market: { revenueNoise: 0 },
      clients: { shareGrowth: 0, shareErosion: 0 },
    });
    const hunter = roleIndex(company, 'hunter');
    const farmer = roleIndex(company, 'farmer');
    // Two active clients: revenue 5 000 000 × 0.5 = 2 500 000 each, margin 2 500 000 × 0.15 = 375 000 each.
    addClient(company, { potential: 5_000_000, share: 0.5, marginRate: 0.15 });
    addClient(company, { potential: 5_000_000, share: 0.5, marginRate: 0.15 });
    company.team.heldMonths[0] = 5;
    const tally = new MonthTally();

    simulateMonth(company, 0, tally);
    // Owned margin of the month: 375 000 + 375 000 = 750 000 ≥ 500 000, the 6th month held.
    expect(company.ledger.ownedMoney[0 * OWNED_BASES + MARGIN]).toBeCloseTo(750_000, 6);
    expect(tally.newContracts).toBe(0);
    // Paid as a hunter: max(20 000, 10 % × 750 000) = 75 000, booked under the hunter role.
    expect(tally.payRoles).toEqual([hunter]);
    expect(tally.pays[0]).toBeCloseTo(75_000, 8);
    expect(tally.roleHours[hunter * 4]).toBe(1); // head-count of hunters this month
    expect(tally.roleHours[farmer * 4]).toBe(0);
    expect(tally.roleHours[hunter * 4 + 1]).toBeGreaterThan(0); // he hunted this month
    // After the month he is a farmer, with the count reset and no share of hunting.
    expect(company.team.role[0]).toBe(farmer);
    expect(company.team.heldMonths[0]).toBe(0);
    expect(company.team.split[HUNT]).toBe(0);

    simulateMonth(company, 1, tally);
    // Next month: paid and counted as a farmer, no hunting hours. Margin 750 000 again:
    // max(35 000, 10 % × 750 000) = 75 000.
    expect(tally.payRoles).toEqual([farmer]);
    expect(tally.pays[0]).toBeCloseTo(75_000, 8);
    expect(tally.roleHours[farmer * 4]).toBe(1);
    expect(tally.roleHours[hunter * 4]).toBe(0);
    expect(tally.roleHours[farmer * 4 + 1]).toBe(0); // farmer hunt hours
    expect(company.allocation.hours[HUNT]).toBe(0);
    // The activation and farming shares were renormalised by the allocation: they add up to 1.
    expect(company.team.split[ACTIVATE] + company.team.split[FARM]).toBeCloseTo(1, 12);
  });

  it('promotes on the newContracts basis a manager who signs a contract that month (atLeast 1, forMonths 1)', () => {
    // A hunter who may only hunt, with 400 hours: the Poisson mean of his contracts is
    // contractsPerHuntHour · skill · ramp · availability · hours^α = 0.25 · 1 · 1 · 1 · 400^0.5 = 5
    // (availability = min(1, prospectsLeft / prospects) = 1 after the market grows).
    // Poisson(5) at u = 0.5: P(≤4) = e^−5·(1 + 5 + 12.5 + 20.8333 + 26.0417) = 0.44049 < 0.5
    // ≤ P(≤5) = 0.44049 + e^−5·26.0417 = 0.61596, so he signs 5 contracts.
    const scheme = {
      id: 'sign-to-farm',
      name: 'Sign one to become a farmer',
      roles: {
        hunter: { salary: 20_000, activities: ['hunt'] },
        farmer: { salary: 30_000, activities: ['activate', 'farm'] },
      },
      transitions: [{ from: 'hunter', to: 'farmer', basis: 'newContracts', atLeast: 1, forMonths: 1 }],
    };
    const { company } = tinyCompany({
      schemes: [scheme],
      team: { hoursPerMonth: 400 },
      behavior: { huntElasticity: 0.5, contractsPerHuntHour: 0.25 },
      script: (purpose) => (purpose === Purpose.Hunt ? 0.5 : purpose === Purpose.Quit ? 0.999_999 : undefined),
    });
    const tally = new MonthTally();
    simulateMonth(company, 0, tally);
    expect(company.allocation.hours[HUNT]).toBe(400); // all his hours on hunting (split [1, 0, 0])
    expect(tally.newContracts).toBe(5);
    // Hunting's contracts reach the month's owned money (after beginMonth), where promote reads them.
    expect(company.ledger.ownedMoney[0 * OWNED_BASES + NEW_CONTRACTS]).toBe(5);
    expect(tally.payRoles).toEqual([0]); // paid as a hunter (salary 20 000)
    expect(tally.pays).toEqual([20_000]);
    expect(company.team.role[0]).toBe(1); // then a farmer: 5 ≥ 1 held for 1 month
    expect(company.team.split[HUNT]).toBe(0);
  });
});
