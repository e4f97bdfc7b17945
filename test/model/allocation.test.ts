/**
 * The allocation PHASE (docs/model.md, "Allocation" and "Attention"; src/model/allocation.ts):
 * `allocateHours` gives every employed manager his month's hours, H = hoursPerMonth·(1 − effortCut·g)
 * while he grieves, split by his role's allowed activities, partially adjusted (inertia) from last
 * month's split; `attentionPerClient` spreads his skill-weighted activation and farming hours over
 * his clients by their value to him, or evenly. The optimum the split moves towards is tested in
 * optimal-split.test.ts; here the valuations are left at 0 (nothing is worth anything yet), so the
 * target is the even split over the allowed activities, and the tests look at what the phase does
 * around it.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATE, ACTIVITIES, FARM, HUNT } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { allocateHours, attentionPerClient, believedHuntScale } from '../../src/model/allocation.js';
import { tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const ROLES = {
  generalist: { salary: 20_000 },
  hunter: { salary: 20_000, activities: ['hunt'] },
  keeper: { salary: 20_000, activities: ['activate', 'farm'] },
  developer: { salary: 30_000, activities: ['activate', 'farm'], worksOn: 'team' },
};
const GENERALIST = 0;
const HUNTER = 1;
const KEEPER = 2;
const DEVELOPER = 3;

function company(roles: number[], options: TinyOptions = {}): Company {
  const { company: c } = tinyCompany({ ...options, managers: roles.length, schemes: [{ id: 's', name: 'S', roles: ROLES }] });
  roles.forEach((r, s) => (c.team.role[s] = r));
  return c;
}

const hoursOf = (c: Company, slot: number) => Array.from(c.allocation.hours.subarray(slot * ACTIVITIES, slot * ACTIVITIES + ACTIVITIES));
const splitOf = (c: Company, slot: number) => Array.from(c.team.split.subarray(slot * ACTIVITIES, slot * ACTIVITIES + ACTIVITIES));
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocateHours', () => {
  it('gives a role that may only hunt all of its hours on hunting', () => {
    const c = company([HUNTER]); // hoursPerMonth 140 (default); split 1/3 each before
    allocateHours(c, 0);
    // renormalised over the allowed activities the old split is [1, 0, 0], and so is the target: all 140 hours on hunting
    expect(splitOf(c, 0)).toEqual([1, 0, 0]);
    expect(hoursOf(c, 0)).toEqual([140, 0, 0]);
  });

  it('gives a vacancy 0 hours', () => {
    const c = company([GENERALIST, GENERALIST]);
    c.team.person[1] = -1;
    c.allocation.hours.set([7, 8, 9], 3); // last month's hours of the slot
    allocateHours(c, 0);
    expect(hoursOf(c, 1)).toEqual([0, 0, 0]);
    expect(total(hoursOf(c, 0))).toBeCloseTo(140, 10);
  });

  it('cuts the hours to hoursPerMonth·(1 − effortCut·grievance) while he grieves, and only then', () => {
    const c = company([HUNTER, GENERALIST], { behavior: { effortCut: 0.3 } });
    for (const s of [0, 1]) {
      c.team.grievance[s] = 0.5;
      c.team.grievanceUntil[s] = 3; // grieving in months 0, 1, 2
    }
    allocateHours(c, 2);
    // 140·(1 − 0.3·0.5) = 140·0.85 = 119
    expect(hoursOf(c, 0)[HUNT]).toBeCloseTo(119, 10);
    expect(total(hoursOf(c, 1))).toBeCloseTo(119, 10);
    allocateHours(c, 3); // month 3 ≥ grievanceUntil: full hours again
    expect(hoursOf(c, 0)[HUNT]).toBe(140);
    expect(total(hoursOf(c, 1))).toBeCloseTo(140, 10);
  });

  it('keeps the split as it was with inertia 1 (renormalised over what the role allows)', () => {
    const c = company([GENERALIST, KEEPER], { behavior: { inertia: 1 } });
    c.team.split.set([0.5, 0.3, 0.2], 0);
    c.team.split.set([0.5, 0.3, 0.2], 3);
    allocateHours(c, 0);
    const g = splitOf(c, 0);
    expect(g[HUNT]).toBeCloseTo(0.5, 12);
    expect(g[ACTIVATE]).toBeCloseTo(0.3, 12);
    expect(g[FARM]).toBeCloseTo(0.2, 12);
    const h = hoursOf(c, 0); // 140·[0.5, 0.3, 0.2]
    expect(h[HUNT]).toBeCloseTo(70, 10);
    expect(h[ACTIVATE]).toBeCloseTo(42, 10);
    expect(h[FARM]).toBeCloseTo(28, 10);
    // The keeper may not hunt: [0.3, 0.2] / 0.5 = [0.6, 0.4]
    const k = splitOf(c, 1);
    expect(k[HUNT]).toBe(0);
    expect(k[ACTIVATE]).toBeCloseTo(0.6, 12);
    expect(k[FARM]).toBeCloseTo(0.4, 12);
    expect(hoursOf(c, 1)[ACTIVATE]).toBeCloseTo(84, 10); // 140·0.6
  });

  it('moves all the way to the target with inertia 0 and no noise: the even split when nothing is worth anything', () => {
    const c = company([GENERALIST, KEEPER], { behavior: { inertia: 0, allocationNoise: 0 } });
    c.team.split.set([0.7, 0.2, 0.1], 0);
    allocateHours(c, 0);
    for (const share of splitOf(c, 0)) expect(share).toBeCloseTo(1 / 3, 12);
    expect(splitOf(c, 1)[HUNT]).toBe(0);
    expect(splitOf(c, 1)[ACTIVATE]).toBeCloseTo(0.5, 12); // even over activate and farm
    expect(hoursOf(c, 1)[FARM]).toBeCloseTo(70, 10); // 140·0.5
  });

  it('halves the way with the default inertia 0.5 (no noise): 0.5·old + 0.5·even', () => {
    const c = company([GENERALIST], { behavior: { inertia: 0.5, allocationNoise: 0 } });
    c.team.split.set([0.7, 0.2, 0.1], 0);
    allocateHours(c, 0);
    const s = splitOf(c, 0);
    expect(s[HUNT]).toBeCloseTo(0.5 * 0.7 + 0.5 / 3, 12); // 0.516 666…
    expect(s[ACTIVATE]).toBeCloseTo(0.5 * 0.2 + 0.5 / 3, 12); // 0.266 666…
    expect(s[FARM]).toBeCloseTo(0.5 * 0.1 + 0.5 / 3, 12); // 0.216 666…
  });

  it('never gives a team-wide worker hunting hours, whatever his old split', () => {
    const c = company([DEVELOPER]);
    c.team.split.set([0.9, 0.05, 0.05], 0);
    allocateHours(c, 0);
    expect(hoursOf(c, 0)[HUNT]).toBe(0);
    expect(total(hoursOf(c, 0))).toBeCloseTo(140, 10);
  });
});

describe('attentionPerClient', () => {
  function withHours(roles: number[]): Company {
    const c = company(roles);
    c.allocation.hours.fill(0);
    return c;
  }

  it('gives 2.5 hours per unit of value for 10 activation hours, huntSkill 1, activation weight 4 (byValue 1)', () => {
    const c = withHours([GENERALIST]);
    c.allocation.hours[ACTIVATE] = 10;
    c.valuation.activationWeight[0] = 4;
    c.valuation.contractedCount[0] = 7; // not used when the clients are worth something
    const a = attentionPerClient(c);
    expect(a.activation[0]).toBe(2.5); // 10·1·1 / 4 (ramp-up 1 after 24 months)
    expect(a.activationByValue[0]).toBe(1);
  });

  it('weights the hours by skill and ramp-up', () => {
    const c = withHours([GENERALIST]);
    c.allocation.hours[ACTIVATE] = 10;
    c.allocation.hours[FARM] = 30;
    c.team.huntSkill[0] = 2;
    c.team.farmSkill[0] = 0.5;
    c.team.tenure[0] = 1; // ramp-up (1 + 1)/(rampUpMonths 6 + 1) = 2/7
    c.valuation.activationWeight[0] = 4;
    c.valuation.farmingWeight[0] = 3;
    const a = attentionPerClient(c);
    expect(a.activation[0]).toBeCloseTo((10 * 2 * (2 / 7)) / 4, 14); // 1.428 571…
    expect(a.farming[0]).toBeCloseTo((30 * 0.5 * (2 / 7)) / 3, 14); // 1.428 571…
  });

  it('spreads the hours evenly over max(1, contracted) and max(1, active) when no client is worth anything', () => {
    const c = withHours([GENERALIST, GENERALIST]);
    c.allocation.hours.set([0, 10, 30], 0);
    c.allocation.hours.set([0, 10, 30], 3);
    c.valuation.contractedCount[0] = 4;
    c.valuation.activeCount[0] = 6;
    // slot 1 has no clients: max(1, 0) = 1
    const a = attentionPerClient(c);
    expect(a.activation[0]).toBe(2.5); // 10 / 4
    expect(a.farming[0]).toBe(5); // 30 / 6
    expect(a.activationByValue[0]).toBe(0);
    expect(a.farmingByValue[0]).toBe(0);
    expect(a.activation[1]).toBe(10); // 10 / max(1, 0)
    expect(a.farming[1]).toBe(30);
  });

  it('adds a team-wide worker\'s hours / max(1, count) to teamActivation and teamFarming, not to his own slot', () => {
    const c = withHours([GENERALIST, DEVELOPER, DEVELOPER]);
    c.allocation.hours.set([0, 20, 40], 3); // developer in slot 1
    c.valuation.contractedCount[1] = 5;
    c.valuation.activeCount[1] = 8;
    c.allocation.hours.set([0, 6, 9], 6); // developer in slot 2, no clients counted
    c.valuation.activationWeight[1] = 100; // weights do not matter for team-wide workers
    const a = attentionPerClient(c);
    expect(a.teamActivation).toBe(20 / 5 + 6 / 1); // 4 + 6 = 10
    expect(a.teamFarming).toBe(40 / 8 + 9 / 1); // 5 + 9 = 14
    expect(a.activation[1]).toBe(0);
    expect(a.farming[1]).toBe(0);
    expect(a.activation[2]).toBe(0);
  });

  it('gives a vacancy\'s clients nothing, and starts the team totals from 0 every month', () => {
    const c = withHours([GENERALIST, DEVELOPER]);
    c.team.person[0] = -1;
    c.allocation.hours.set([0, 10, 30], 0);
    c.allocation.attention.activation[0] = 99; // last month's
    c.allocation.attention.teamActivation = 99;
    c.allocation.attention.teamFarming = 99;
    c.allocation.hours.set([0, 3, 4], 3);
    const a = attentionPerClient(c);
    expect(a.activation[0]).toBe(0);
    expect(a.farming[0]).toBe(0);
    expect(a.teamActivation).toBe(3); // 3 / max(1, 0)
    expect(a.teamFarming).toBe(4);
  });
});

describe('believedHuntScale', () => {
  it('is α·c·skill·A·V_new, times (1 − q·τ)^α·(1 − b·e·q) for a manager who screens with intensity q', () => {
    const market = { badPayerShare: 0.2, screeningEfficacy: 0.5, screeningTimeShare: 0.1 };
    const c = company([GENERALIST], { market, behavior: { huntElasticity: 0.5, contractsPerHuntHour: 0.5 } });
    c.valuation.newContractValue[0] = 10_000;
    // q = 0: 0.5·0.5·2·0.8·10 000 = 4 000
    expect(believedHuntScale(c, 0, 2, 0.8)).toBeCloseTo(4_000, 9);
    // q = 1: × √0.9·(1 − 0.1) = 0.948683·0.9 = 0.853815 → 3 415.26
    c.valuation.screening[0] = 1;
    expect(believedHuntScale(c, 0, 2, 0.8)).toBeCloseTo(4_000 * Math.sqrt(0.9) * 0.9, 9);
    expect(believedHuntScale(c, 0, 2, 0.8)).toBeCloseTo(3_415.26, 1);
  });

  it('lowers the hunting hours of a screening manager when hunting and farming compete', () => {
    const c = company([GENERALIST, GENERALIST], { market: { screeningTimeShare: 0.5, screeningEfficacy: 1, badPayerShare: 0.5 }, behavior: { inertia: 0, allocationNoise: 0 } });
    for (const s of [0, 1]) {
      c.valuation.newContractValue[s] = 50_000;
      c.valuation.activeCount[s] = 20;
      c.valuation.farmingStake[s] = 200_000;
    }
    c.valuation.screening[1] = 1; // yield × √0.5·0.5 = 0.354
    allocateHours(c, 0);
    expect(hoursOf(c, 1)[HUNT]).toBeLessThan(hoursOf(c, 0)[HUNT]);
    expect(hoursOf(c, 1)[FARM]).toBeGreaterThan(hoursOf(c, 0)[FARM]);
  });
});
