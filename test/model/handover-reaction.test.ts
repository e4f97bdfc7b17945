/**
 * People, issue 18 (docs/model.md, "People"): what a newcomer is offered (his reference income),
 * the clients a switch's hand-offs will take counting like a pay cut (`anticipateHandOvers`), and
 * a grievance in the quit hazard. Every die is chosen on either side of the probability it decides.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVE, CONTRACTED } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { anticipateHandOvers, offeredPay, quits } from '../../src/model/people.js';
import { Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { chosenDice, type Dice } from './helpers/scripted-dice.js';
import { addClient, tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const MONTH = 30;

function company(options: TinyOptions, table: Dice = {}): Company {
  return tinyCompany({ ...options, script: chosenDice(table) }).company;
}

describe('offeredPay', () => {
  it('is the salary when nobody else holds the role, or nobody has been paid', () => {
    const c = company({ managers: 2 });
    c.team.pay[1] = 0;
    expect(offeredPay(c, 0)).toBe(20_000); // the colleague earned nothing above the salary
    c.team.person[1] = -1;
    c.team.pay[1] = 90_000; // a vacancy's last pay does not count
    expect(offeredPay(c, 0)).toBe(20_000);
  });

  it('adds the role\'s average bonus of last month, times his ramp-up', () => {
    const c = company({ managers: 3, team: { rampUpMonths: 6 } });
    c.team.pay[1] = 62_000; // 42 000 above the 20 000 salary
    c.team.pay[2] = 32_000; // 12 000 above
    c.team.tenure[0] = 3; // ramp-up (3 + 1)/(6 + 1) = 4/7
    // 20 000 + (42 000 + 12 000)/2 · 4/7 = 20 000 + 27 000 · 4/7 = 35 428.571…
    expect(offeredPay(c, 0)).toBeCloseTo(20_000 + (27_000 * 4) / 7, 9);
    c.team.tenure[0] = 10; // fully ramped up
    expect(offeredPay(c, 0)).toBeCloseTo(47_000, 9);
  });
});

describe('anticipateHandOvers', () => {
  const schemes = [
    {
      id: 'split',
      name: 'Split',
      roles: {
        hunter: { salary: 20_000, activities: ['hunt', 'activate'] },
        farmer: { salary: 20_000, activities: ['farm'] },
      },
      handoffs: [{ from: ['hunter'], to: 'farmer', afterActivationMonths: 2 }],
    },
  ];

  it('gives every client due at this month\'s hand-offs to the receiving role, a vacant position too, and draws no die', () => {
    const c = company({ managers: 2, schemes }, {}); // no Handoff die may be drawn
    c.team.role[1] = 1;
    c.team.person[1] = -1; // the farmer is not hired yet
    const due = addClient(c, { owner: 0, activatedMonth: MONTH - 2 }); // 2 ≥ 2
    const notDue = addClient(c, { owner: 0, activatedMonth: MONTH - 1 }); // 1 < 2
    const contracted = addClient(c, { state: CONTRACTED, owner: 0, signedMonth: MONTH - 40 }); // no signing rule
    anticipateHandOvers(c, MONTH);
    expect([c.book.owner[due], c.book.owner[notDue], c.book.owner[contracted]]).toEqual([1, 0, 0]);
    expect(c.book.state[due]).toBe(ACTIVE);
    expect(c.book.originSlot[due]).toBe(0); // he keeps what pays him as its originator
  });
});

describe('quits: a grievance counts like a pay cut', () => {
  // q₀ = 0.01, λ_L = 0.3, λ_O = 0.1; pay = reference = 80 000 above the outside wage 75 000: no gap.
  // Grieving 0.5 (a switch's expected cut, hand-offs included): q = 0.01 + 0.3·max(0, 0.5) = 0.16.
  function grieving(die: number, until: number): Company {
    const c = company(
      { behavior: { quitBase: 0.01, quitLossAversion: 0.3, quitOutside: 0.1, referenceAdaptation: 0.1 }, team: { outsideWage: 75_000 } },
      { [Purpose.Quit]: { 0: die } },
    );
    c.team.referenceIncome[0] = 80_000;
    c.team.pay[0] = 80_000;
    c.team.tenure[0] = 12;
    c.team.grievance[0] = 0.5;
    c.team.grievanceUntil[0] = until;
    return c;
  }
  const quitsAt = (c: Company): number => {
    const tally = new MonthTally();
    tally.reset(c.scheme.roles.length);
    quits(c, MONTH, tally);
    return tally.managerQuits;
  };

  it('quits below 0.16 while he grieves, stays above it', () => {
    expect(quitsAt(grieving(0.1599, MONTH + 1))).toBe(1);
    expect(quitsAt(grieving(0.1601, MONTH + 1))).toBe(0);
  });

  it('once the grievance is over only q₀ is left: 0.0101 ≥ 0.01 stays', () => {
    expect(quitsAt(grieving(0.0101, MONTH))).toBe(0);
    expect(quitsAt(grieving(0.0099, MONTH))).toBe(1);
  });

  it('does not add the grievance to a real pay gap: the larger of the two counts', () => {
    const c = grieving(0.1799, MONTH + 1);
    c.team.pay[0] = 60_000; // gap (80 − 60)/80 = 0.25 < 0.5; outside gap (75 − 60)/75 = 0.2
    // q = 0.01 + 0.3·0.5 + 0.1·0.2 = 0.18
    expect(quitsAt(c)).toBe(1);
    const d = grieving(0.1801, MONTH + 1);
    d.team.pay[0] = 60_000;
    expect(quitsAt(d)).toBe(0);
  });
});
