/**
 * The scheme's hiring policy (docs/model.md, "Hiring policy"): `hiring.keep` opens vacancies in a
 * role that promotions or quits left short (src/model/hiring.ts `keepHeadcount`), up to the
 * scheme's position limit (`positionLimit`, and the team's capacity sized for it); `refillRole`
 * and `leaverClientsTo` in `quits`; `promotedClientsTo` in `promote`. On a handful of managers,
 * every die chosen by the test, every number worked in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVE, CONTRACTED, LOST, LOST_AT_HANDOVER, MARGIN, OWNED_BASES } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { keepHeadcount } from '../../src/model/hiring.js';
import { arrivals, quits } from '../../src/model/people.js';
import { promote } from '../../src/model/promotions.js';
import { Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { positionLimit } from '../../src/schemes/compile.js';
import { chosenDice, type Dice } from './helpers/scripted-dice.js';
import { addClient, tinyCompany } from './helpers/tiny-company.js';

const MONTH = 30;
const HUNTER = 0;
const FARMER = 1;

/** A hunter/farmer scheme (hunter first: the entry role) with the hiring section the test writes. */
function scheme(hiring?: Record<string, unknown>): unknown {
  return {
    id: 'promote',
    name: 'Promote',
    roles: {
      hunter: { salary: 20_000 },
      farmer: { salary: 35_000, activities: ['activate', 'farm'] },
    },
    transitions: [{ from: 'hunter', to: 'farmer', basis: 'margin', atLeast: 500_000, forMonths: 1 }],
    ...(hiring ? { hiring } : {}),
  };
}

/** `managers` people, slots 0… in the given roles (person = slot, tenure 24, skills 1), lag 2. */
function company(roles: number[], hiring?: Record<string, unknown>, dice: Dice = {}): Company {
  const { company: c } = tinyCompany({
    managers: roles.length,
    schemes: [scheme(hiring)],
    team: { hiringLagMonths: 2, hiringCost: 60_000 },
    behavior: { quitBase: 0.01, quitLossAversion: 0.3, quitOutside: 0.1, referenceAdaptation: 0.1 },
    clients: { followMax: 0.5, followMonths: 24, handoffChurn: 0.05 },
    script: chosenDice(dice),
  });
  roles.forEach((role, s) => (c.team.role[s] = role));
  return c;
}

function newTally(c: Company): MonthTally {
  const tally = new MonthTally();
  tally.reset(c.scheme.roles.length);
  return tally;
}

/** Slots in `role`: [employed, vacant]. */
function positions(c: Company, role: number): [number, number] {
  let employed = 0;
  let vacant = 0;
  for (let s = 0; s < c.team.capacity; s++) {
    if (c.team.role[s] !== role) continue;
    if (c.team.person[s] >= 0) employed++;
    else vacant++;
  }
  return [employed, vacant];
}

describe('positionLimit and the team capacity', () => {
  it('is the larger of team.managers and the head-count, plus the sum of keep, or maxPositions', () => {
    // managers 3, no head-count, keep hunter 2: max(3, 0) + 2 = 5
    const c = company([HUNTER, HUNTER, FARMER], { keep: { hunter: 2 } });
    expect(positionLimit(c.scheme, 3)).toBe(5);
    expect(c.team.capacity).toBe(5); // max(3 + 0 head-count slots, 5)
    // managers 3, head-count hunter 4 + farmer 2 = 6, keep hunter 4: max(3, 6) + 4 = 10; capacity max(3 + 6, 10) = 10
    const counted = company([HUNTER, HUNTER, FARMER], { headcount: { hunter: 4, farmer: 2 }, keep: { hunter: 4 } });
    expect(positionLimit(counted.scheme, 3)).toBe(10);
    expect(counted.team.capacity).toBe(10);
    const capped = company([HUNTER, HUNTER, FARMER], { keep: { hunter: 2 }, maxPositions: 4 });
    expect(positionLimit(capped.scheme, 3)).toBe(4);
    expect(capped.team.capacity).toBe(4);
  });

  it('leaves a scheme without keep at the positions it starts with, and its capacity as before', () => {
    const c = company([HUNTER, HUNTER, FARMER], { headcount: { hunter: 2, farmer: 2 } });
    expect(positionLimit(c.scheme, 3)).toBe(4); // max(3, 4), nothing kept
    expect(c.team.capacity).toBe(7); // 3 managers + 4 head-count slots, as before keep existed
    expect(company([HUNTER]).team.capacity).toBe(1);
  });
});

describe('keepHeadcount', () => {
  it('opens a hunter vacancy in the lowest free slot when a promotion leaves 1 of 2 kept hunters, hired at month + 1 + lag', () => {
    // Slots 0 hunter, 1 hunter promoted to farmer, 2 farmer: hunters 1 < keep 2 → one vacancy.
    const c = company([HUNTER, FARMER, FARMER], { keep: { hunter: 2 } });
    expect(keepHeadcount(c, MONTH)).toBe(1);
    expect(c.team.role[3]).toBe(HUNTER);
    expect(c.team.person[3]).toBe(-1);
    expect(c.team.hireMonth[3]).toBe(33); // 30 + 1 + 2
    expect(positions(c, HUNTER)).toEqual([1, 1]);
    expect(positions(c, FARMER)).toEqual([2, 0]); // nobody is laid off or moved back
    expect(keepHeadcount(c, MONTH)).toBe(0); // the open vacancy counts: 1 employed + 1 vacant = 2
  });

  it('counts a quitter\'s open vacancy in the role, so a quit alone opens nothing', () => {
    const c = company([HUNTER, HUNTER, FARMER], { keep: { hunter: 2 } });
    c.team.person[1] = -1; // slot 1 quit: vacant hunter position
    c.team.hireMonth[1] = 33;
    expect(keepHeadcount(c, MONTH)).toBe(0);
    expect(c.team.role[3]).toBe(-1);
  });

  it('opens vacancies only up to the position limit: keep 5 hunters with 3 managers gives 5 positions, 3 hunters', () => {
    // limit max(3, 0) + 5 = 8 would allow 4 hunter vacancies; maxPositions 5 allows 5 − 3 = 2.
    const c = company([HUNTER, FARMER, FARMER], { keep: { hunter: 5 }, maxPositions: 5 });
    expect(keepHeadcount(c, MONTH)).toBe(2);
    expect(positions(c, HUNTER)).toEqual([1, 2]);
    // Without maxPositions: 8 positions allowed, hunters 1 → 5 takes 4 vacancies (7 positions in all).
    const open = company([HUNTER, FARMER, FARMER], { keep: { hunter: 5 } });
    expect(keepHeadcount(open, MONTH)).toBe(4);
    expect(positions(open, HUNTER)).toEqual([1, 4]);
  });

  it('fills the kept roles in the scheme\'s order when the limit binds', () => {
    // keep hunter 2, farmer 2; slots 0 hunter, 1 farmer; limit 3: one vacancy, for the hunter (first role).
    const c = company([HUNTER, FARMER], { keep: { hunter: 2, farmer: 2 }, maxPositions: 4 });
    c.team.role[2] = FARMER; // one more position (a vacancy) already: 3 positions of 4
    expect(keepHeadcount(c, MONTH)).toBe(1);
    expect(positions(c, HUNTER)).toEqual([1, 1]);
    expect(positions(c, FARMER)).toEqual([1, 1]);
  });

  it('uses hiring.lagMonths when the scheme sets it: 30 + 1 + 4 = 35', () => {
    const c = company([FARMER], { keep: { hunter: 1 }, lagMonths: 4 });
    keepHeadcount(c, MONTH);
    expect(c.team.hireMonth[1]).toBe(35);
  });

  it('does nothing without keep', () => {
    const c = company([FARMER, FARMER], {});
    expect(keepHeadcount(c, MONTH)).toBe(0);
    expect(Array.from(c.team.role)).toEqual([FARMER, FARMER]);
  });

  it('is hired by arrivals when due, at team.hiringCost, as a hunter with the hunter\'s activities', () => {
    const c = company([FARMER], { keep: { hunter: 1 } }, { [Purpose.HireSkill]: { 4096: 0.5 }, [Purpose.HireTemperament]: { 4096: 0.5 } });
    keepHeadcount(c, MONTH); // slot 1, due at 33
    const early = newTally(c);
    arrivals(c, 32, early);
    expect(c.team.person[1]).toBe(-1);
    expect(early.hiringCost).toBe(0);
    const due = newTally(c);
    arrivals(c, 33, due); // slot 1 × 4096 + generation 0 = entity 4096
    expect(c.team.person[1]).toBeGreaterThanOrEqual(0);
    expect(c.team.tenure[1]).toBe(0);
    expect(due.hiringCost).toBe(60_000);
    expect(Array.from(c.team.split.subarray(3, 6))).toEqual([1 / 3, 1 / 3, 1 / 3]); // a hunter may hunt, activate, farm
  });
});

describe('quits under the hiring policy', () => {
  // pay = reference = outside wage: q = q₀ = 0.01; a Quit die of 0.005 quits, 0.5 stays.
  it('refills a quitting farmer\'s vacancy as a hunter with refillRole: hunter, and his clients go to the other farmer', () => {
    const c = company([HUNTER, FARMER, FARMER], { refillRole: 'hunter' }, {
      [Purpose.Quit]: { 0: 0.5, 1: 0.005, 2: 0.5 },
      [Purpose.Follow]: { 0: 0.9 }, // 0.9 ≥ 0.5·(1 − e^(−24/24)) = 0.316: stays
      [Purpose.Handoff]: { 0: 0.9 }, // ≥ 0.05: survives the reassignment
    });
    const client = addClient(c, { owner: 1, relationStart: MONTH - 24 });
    const tally = newTally(c);
    tally.activeClients = 1;
    quits(c, MONTH, tally);
    expect(c.team.person[1]).toBe(-1);
    expect(c.team.role[1]).toBe(HUNTER);
    expect(c.team.hireMonth[1]).toBe(33);
    expect(c.book.owner[client]).toBe(2); // the farmer colleague, not the hunter
  });

  it('sends a leaver\'s clients to the least-loaded member of leaverClientsTo: a hunter\'s go to the farmer with fewer clients', () => {
    const c = company([HUNTER, FARMER, FARMER, HUNTER], { leaverClientsTo: 'farmer' }, {
      [Purpose.Quit]: { 0: 0.005, 1: 0.5, 2: 0.5, 3: 0.5 },
      [Purpose.Follow]: { 0: 0.9, 1: 0.9 },
      [Purpose.Handoff]: { 0: 0.9, 1: 0.9 },
    });
    const a = addClient(c, { owner: 0, relationStart: MONTH - 24 });
    const b = addClient(c, { state: CONTRACTED, owner: 0, relationStart: MONTH - 24 });
    c.valuation.activeCount[1] = 3; // farmer 1 has 3 clients, farmer 2 has 1: a goes to 2, then 2 has 2 < 3: b too
    c.valuation.activeCount[2] = 1;
    const tally = newTally(c);
    tally.activeClients = 1;
    tally.contractedClients = 1;
    quits(c, MONTH, tally);
    expect(c.team.role[0]).toBe(HUNTER); // no refillRole: the leaver's role
    expect([c.book.owner[a], c.book.owner[b]]).toEqual([2, 2]); // never the hunter in slot 3
    expect(c.valuation.activeCount[2]).toBe(2);
    expect(c.valuation.contractedCount[2]).toBe(1);
  });
});

describe('promote with promotedClientsTo', () => {
  function promoted(dice: Dice): { c: Company; tally: MonthTally } {
    // Slot 0 hunter with 600 000 owned margin ≥ 500 000 for the 1 month asked: promoted to farmer.
    // His clients go to the hunters (slots 1, 2), least-loaded first, never to himself.
    const c = company([HUNTER, HUNTER, HUNTER], { promotedClientsTo: 'hunter' }, dice);
    c.ledger.beginMonth();
    c.ledger.ownedMoney[0 * OWNED_BASES + MARGIN] = 600_000;
    return { c, tally: newTally(c) };
  }

  it('moves his clients one by one to the least-loaded hunter, each at the hand-over risk (draw 2)', () => {
    const { c, tally } = promoted({ [Purpose.Handoff]: { 0: (_m, d) => (d === 2 ? 0.0501 : 0.001), 1: (_m, d) => (d === 2 ? 0.0499 : 0.999), 2: 0.9 } });
    const kept = addClient(c, { owner: 0 }); // 0.0501 ≥ 0.05: stays
    const lost = addClient(c, { owner: 0 }); // 0.0499 < 0.1151: lost at the hand-over
    const contracted = addClient(c, { state: CONTRACTED, owner: 0 });
    c.valuation.activeCount[0] = 2;
    c.valuation.contractedCount[0] = 1;
    c.valuation.activeCount[1] = 1; // slot 1: 1 client, slot 2: none
    // Both receivers farm 10 · 0.5 = 5 hours: 5/(0 + 1) = a₀ for slot 2's first client (risk 0.05),
    // 5/(1 + 1) = 2.5 for slot 1's second (risk 0.05·e^(2.5/3) = 0.1151).
    for (const s of [1, 2]) {
      c.allocation.chosenHours[s] = 10;
      c.team.split[s * 3 + 2] = 0.5;
    }
    tally.activeClients = 3;
    tally.contractedClients = 1;
    promote(c, MONTH, tally);
    expect(c.team.role[0]).toBe(FARMER);
    expect(tally.promotions).toBe(1);
    // kept → slot 2 (0 < 1); lost → slot 1 (tie 1 = 1, lowest slot); contracted → slot 1 (the lost
    // one is not counted: 1 = 1, lowest slot)
    expect([c.book.owner[kept], c.book.owner[lost], c.book.owner[contracted]]).toEqual([2, 1, 1]);
    expect(c.book.state[kept]).toBe(ACTIVE);
    expect(c.book.state[lost]).toBe(LOST);
    expect(c.book.lossCause[lost]).toBe(LOST_AT_HANDOVER);
    expect(c.book.relationStart[kept]).toBe(MONTH);
    expect([c.valuation.activeCount[0], c.valuation.contractedCount[0]]).toEqual([0, 0]);
    // Counted once, as an active client lost at a hand-over (not as churn).
    expect([tally.activeClients, tally.contractedClients, tally.churned, tally.activeLostAtHandover]).toEqual([2, 1, 0, 1]);
  });

  it('keeps his clients without promotedClientsTo (no hand-over die drawn)', () => {
    const c = company([HUNTER, HUNTER], {});
    c.ledger.beginMonth();
    c.ledger.ownedMoney[MARGIN] = 600_000;
    const client = addClient(c, { owner: 0 });
    promote(c, MONTH, newTally(c));
    expect(c.team.role[0]).toBe(FARMER);
    expect(c.book.owner[client]).toBe(0);
  });
});
