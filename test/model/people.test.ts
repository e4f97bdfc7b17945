/**
 * People (docs/model.md, "People"): quits and what happens to a leaver's clients, `transfer`'s
 * hand-over risk, `leastLoaded`, the scheme's scheduled hand-offs (`handOver`), hires (`hire`,
 * `arrivals`) and `rampUp`, on one or two managers and a handful of clients, every die chosen by
 * the test on either side of the probability it decides. Every expected number is worked in the
 * comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVE, CONTRACTED, FOLLOWED_MANAGER, LOST, LOST_AT_HANDOVER, NOT_LOST } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { arrivals, followProbability, handOver, handoverRisk, hire, leastLoaded, quits, rampUp, receiverAttention, transfer } from '../../src/model/people.js';
import { Purpose } from '../../src/model/random.js';
import { managerTenureBand, MonthTally } from '../../src/model/tally.js';
import { chosenDice, type Dice, type Die } from './helpers/scripted-dice.js';
import { addClient, tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const MONTH = 30;
/** A die at the median: normalFromUniform(0.5) = 0. */
const HALF = 0.5;

function company(options: TinyOptions, table: Dice = {}, defaults: Partial<Record<number, number>> = {}): Company {
  return tinyCompany({ ...options, script: chosenDice(table, defaults) }).company;
}

function newTally(c: Company): MonthTally {
  const tally = new MonthTally();
  tally.reset(c.scheme.roles.length);
  return tally;
}

/** The quit parameters of these tests: q₀ = 0.01, λ_L = 0.3, λ_O = 0.1, ρ = 0.1, w = 75 000, lag 2. */
const QUIT_BEHAVIOR = { quitBase: 0.01, quitLossAversion: 0.3, quitOutside: 0.1, referenceAdaptation: 0.1 };
const QUIT_TEAM = { outsideWage: 75_000, hiringLagMonths: 2 };

describe('quits', () => {
  // reference 80 000, pay 60 000: q = 0.01 + 0.3·(80 000 − 60 000)/80 000 + 0.1·(75 000 − 60 000)/75 000
  //                                  = 0.01 + 0.3·0.25 + 0.1·0.2 = 0.01 + 0.075 + 0.02 = 0.105
  function underpaid(quitDie: number): Company {
    const c = company({ behavior: QUIT_BEHAVIOR, team: QUIT_TEAM }, { [Purpose.Quit]: { 0: quitDie } });
    c.team.referenceIncome[0] = 80_000;
    c.team.pay[0] = 60_000;
    return c;
  }

  it('lets a manager go whose Quit die is just below q = q₀ + λ_L·(ref − pay)/ref + λ_O·(w − pay)/w, and opens the vacancy', () => {
    const c = underpaid(0.1049); // < 0.105
    const tally = newTally(c);
    quits(c, MONTH, tally);
    expect(c.team.person[0]).toBe(-1);
    expect(c.team.hireMonth[0]).toBe(33); // MONTH + 1 + hiringLagMonths = 30 + 1 + 2
    expect(c.team.role[0]).toBe(0); // the slot keeps its role
    expect(tally.managerQuits).toBe(1);
    expect(c.team.referenceIncome[0]).toBe(78_000); // (1 − 0.1)·80 000 + 0.1·60 000 = 72 000 + 6 000
  });

  it('keeps a manager whose Quit die is just above q, and moves his reference income towards his pay', () => {
    const c = underpaid(0.1051); // ≥ 0.105
    const tally = newTally(c);
    quits(c, MONTH, tally);
    expect(c.team.person[0]).toBe(0);
    expect(tally.managerQuits).toBe(0);
    expect(c.team.referenceIncome[0]).toBe(78_000); // 0.9·80 000 + 0.1·60 000
  });

  it('counts no gap when pay is above both the reference and the outside wage: q = q₀', () => {
    // pay 90 000 > 80 000 and > 75 000: q = 0.01 + 0 + 0
    for (const [u, quit] of [[0.0099, true], [0.0101, false]] as const) {
      const c = company({ behavior: QUIT_BEHAVIOR, team: QUIT_TEAM }, { [Purpose.Quit]: { 0: u } });
      c.team.referenceIncome[0] = 80_000;
      c.team.pay[0] = 90_000;
      quits(c, MONTH, newTally(c));
      expect(c.team.person[0] < 0).toBe(quit);
      expect(c.team.referenceIncome[0]).toBe(81_000); // 0.9·80 000 + 0.1·90 000 = 72 000 + 9 000
    }
  });

  it('lets nobody quit in his first month (tenure 0), though his reference income still adapts', () => {
    const c = underpaid(0.0001); // far below q = 0.105
    c.team.tenure[0] = 0;
    const tally = newTally(c);
    quits(c, MONTH, tally);
    expect(c.team.person[0]).toBe(0);
    expect(tally.managerQuits).toBe(0);
    expect(c.team.referenceIncome[0]).toBe(78_000);
  });
});

describe('quits: the clients of a leaving manager', () => {
  // followMax 0.5, followMonths 24, handoffChurn 0.05. Slot 0 quits (pay = reference = outside wage:
  // q = q₀ = 0.01 > his die 0.005); slot 1 stays (0.5 ≥ 0.01) and, with farming skill 1 and tenure 24
  // (rampUp 1), takes the clients who do not follow at risk 0.05/max(1·1, 0.1) = 0.05.
  const clients = { followMax: 0.5, followMonths: 24, handoffChurn: 0.05 };

  it('sends each client after him with followMax·(1 − exp(−months/followMonths)), the rest to his colleague or lost at the hand-over', () => {
    const c = company(
      { managers: 2, behavior: QUIT_BEHAVIOR, team: QUIT_TEAM, clients },
      {
        [Purpose.Quit]: { 0: 0.005, 1: 0.5 },
        // 24 months together: 0.5·(1 − e⁻¹) = 0.316060279; 12 months: 0.5·(1 − e^−0.5) = 0.196734670
        [Purpose.Follow]: { 0: 0.316, 1: 0.3161, 2: 0.1968 },
        // The reassignment after a quit draws with index 1; index 0 (a scheduled hand-off's) would lose them all.
        [Purpose.Handoff]: { 1: (_m, d) => (d === 1 ? 0.0501 : 0.001), 2: (_m, d) => (d === 1 ? 0.0499 : 0.999) },
      },
    );
    const follows = addClient(c, { owner: 0, relationStart: MONTH - 24 }); // 0.316 < 0.3160603
    const reassigned = addClient(c, { owner: 0, relationStart: MONTH - 24 }); // 0.3161 ≥ 0.3160603; hand-over 0.0501 ≥ 0.05
    const lostAtHandover = addClient(c, { state: CONTRACTED, owner: 0, relationStart: MONTH - 12 }); // 0.1968 ≥ 0.1967347; 0.0499 < 0.1151
    const colleagues = addClient(c, { owner: 1 }); // not his: no die drawn for it
    c.book.margin[reassigned] = 1234;
    c.book.baseMargin[reassigned] = 1000;
    // Slot 1 farms 10 · 0.5 = 5 hours: the first client he takes gets 5/1 = a₀ hours (risk 0.05),
    // the second 5/2 = 2.5 (risk 0.05·e^(2.5/3) = 0.1151).
    c.allocation.chosenHours[1] = 10;
    c.team.split[1 * 3 + 2] = 0.5;
    const tally = newTally(c);
    tally.activeClients = 3; // as moveClients left them: follows, reassigned, colleagues
    tally.contractedClients = 1; // lostAtHandover
    quits(c, MONTH, tally);

    expect(c.team.person[0]).toBe(-1);
    expect(c.team.person[1]).toBe(1);
    expect(tally.managerQuits).toBe(1);

    expect(c.book.state[follows]).toBe(LOST);
    expect(c.book.lossCause[follows]).toBe(FOLLOWED_MANAGER);
    expect(tally.clientsLostWithManagers).toBe(1);

    expect(c.book.state[reassigned]).toBe(ACTIVE);
    expect(c.book.owner[reassigned]).toBe(1);
    expect(c.book.relationStart[reassigned]).toBe(MONTH);
    expect(c.book.baseMargin[reassigned]).toBe(1234); // this month's margin
    expect(c.valuation.activeCount[1]).toBe(1);

    expect(c.book.state[lostAtHandover]).toBe(LOST);
    expect(c.book.lossCause[lostAtHandover]).toBe(LOST_AT_HANDOVER);
    expect(c.book.owner[lostAtHandover]).toBe(1);
    // A contracted client lost at the reassignment is a contracted loss at hand-over, not churn
    // (docs/model.md, "Where clients are lost"), and is not one of the receiver's clients.
    expect(c.valuation.contractedCount[1]).toBe(0);
    expect(tally.churned).toBe(0);
    expect([tally.activeLostAtHandover, tally.contractedLostAtHandover]).toEqual([0, 1]);
    // The follower was active: a follower (clientsLostWithManagers) and an active client lost (churnedClients).
    expect([tally.activeFollowedManager, tally.contractedFollowedManager]).toEqual([1, 0]);
    expect(tally.activeLost()).toBe(1); // 0 churned + 0 at hand-over + 1 follower

    expect(tally.activeClients).toBe(2); // 3 − follows
    expect(tally.contractedClients).toBe(0); // 1 − lostAtHandover
    expect(c.book.owner[colleagues]).toBe(1);
    expect(c.book.state[colleagues]).toBe(ACTIVE);
  });

  it('leaves the clients who do not follow with the vacant slot when nobody else holds his role', () => {
    const c = company(
      { behavior: QUIT_BEHAVIOR, team: QUIT_TEAM, clients },
      { [Purpose.Quit]: { 0: 0.005 }, [Purpose.Follow]: { 0: 0.9, 1: 0.9 } }, // no Handoff die: none may be drawn
    );
    const a = addClient(c, { owner: 0, relationStart: MONTH - 24 });
    const b = addClient(c, { state: CONTRACTED, owner: 0, relationStart: MONTH - 5 });
    const tally = newTally(c);
    tally.activeClients = 1;
    tally.contractedClients = 1;
    quits(c, MONTH, tally);
    expect(c.team.person[0]).toBe(-1);
    expect([c.book.owner[a], c.book.owner[b]]).toEqual([0, 0]);
    expect([c.book.state[a], c.book.state[b]]).toEqual([ACTIVE, CONTRACTED]);
    expect(c.book.relationStart[a]).toBe(MONTH - 24); // the next hire inherits the old relationship
    expect([tally.activeClients, tally.contractedClients, tally.churned, tally.clientsLostWithManagers]).toEqual([1, 1, 0, 0]);
    expect(tally.activeLost()).toBe(0);
  });

  it('counts an active client lost at the reassignment once, as lost at hand-over, and takes it off the month\'s active count', () => {
    const c = company(
      { managers: 2, behavior: QUIT_BEHAVIOR, team: QUIT_TEAM, clients },
      {
        [Purpose.Quit]: { 0: 0.005, 1: 0.5 },
        [Purpose.Follow]: { 0: 0 }, // 0 months together: followMax·(1 − e⁰) = 0, and 0 < 0 is false
        [Purpose.Handoff]: { 0: (_m, d) => (d === 1 ? 0.0499 : 0.999) }, // < 0.05: lost
      },
    );
    const i = addClient(c, { owner: 0, relationStart: MONTH });
    // Slot 1 farms 10 · 0.5 = 5 hours for this, his first client: a = a₀, risk 0.05.
    c.allocation.chosenHours[1] = 10;
    c.team.split[1 * 3 + 2] = 0.5;
    const tally = newTally(c);
    tally.activeClients = 1;
    quits(c, MONTH, tally);
    expect(c.book.state[i]).toBe(LOST);
    expect(c.book.lossCause[i]).toBe(LOST_AT_HANDOVER);
    expect(c.valuation.activeCount[1]).toBe(0);
    expect([tally.churned, tally.activeLostAtHandover, tally.activeFollowedManager, tally.clientsLostWithManagers]).toEqual([0, 1, 0, 0]);
    expect(tally.activeLost()).toBe(1);
    expect(tally.activeClients).toBe(0); // 1 − the lost one, once
  });

  it('followProbability is followMax·(1 − exp(−months/followMonths)), 0 for no months together', () => {
    const parameters = { ...tinyCompany().scenario.clients, followMax: 0.5, followMonths: 24 };
    expect(followProbability(24, parameters)).toBeCloseTo(0.31606027941427883, 12); // 0.5·(1 − e⁻¹)
    expect(followProbability(12, parameters)).toBeCloseTo(0.1967346701436833, 12); // 0.5·(1 − e^−0.5)
    expect(followProbability(0, parameters)).toBe(0);
    expect(followProbability(-3, parameters)).toBe(0);
  });
});

describe('quits by manager tenure', () => {
  it('puts a manager in the band of his months in the company: 0–5, 6–11, 12–23, 24 and more', () => {
    expect([0, 5, 6, 11, 12, 23, 24, 100].map(managerTenureBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('counts every employed manager at risk in his band (the first month too) and a leaver in his', () => {
    // Four managers with tenure 0, 5, 12, 30; q = q₀ = 0.01 (pay = reference = outside wage). Dice: slot 0
    // 0.001 (< q, but nobody quits in his first month), slot 1 0.005 (quits), slot 2 0.5, slot 3 0.009 (quits).
    const c = company({ managers: 4, behavior: QUIT_BEHAVIOR, team: QUIT_TEAM }, { [Purpose.Quit]: { 0: 0.001, 1: 0.005, 2: 0.5, 3: 0.009 } });
    [0, 5, 12, 30].forEach((tenure, s) => (c.team.tenure[s] = tenure));
    const tally = newTally(c);
    quits(c, MONTH, tally);
    expect(Array.from(c.team.person)).toEqual([0, -1, 2, -1]);
    expect(Array.from(tally.tenureManagers)).toEqual([2, 0, 1, 1]); // tenure 0 and 5 | — | 12 | 30
    expect(Array.from(tally.tenureQuits)).toEqual([1, 0, 0, 1]); // slot 1 (5 months) and slot 3 (30 months)
    expect(tally.managerQuits).toBe(2);
  });
});

describe('transfer', () => {
  /**
   * Two clients of slot 0 given to slot 1, the first with a Handoff die just below the risk, the
   * second just above. Slot 1 chose 120 hours last month, half of them farming, for 11 active
   * clients: with the one handed over, 60/12 = 5 hours a client, × farming skill 1 × ramp-up 1
   * (tenure 24) = 5 = handoffAttentionHours, so the risk is handoffChurn itself.
   */
  function giveBoth(options: TinyOptions, below: number, above: number, set: (c: Company) => void) {
    const c = company({ managers: 2, ...options }, { [Purpose.Handoff]: { 0: below, 1: above } });
    c.allocation.chosenHours[1] = 120;
    c.team.split[1 * 3 + 2] = 0.5;
    c.valuation.activeCount[1] = 11;
    set(c);
    const lostOne = addClient(c, { owner: 0 });
    const kept = addClient(c, { state: CONTRACTED, owner: 0 });
    c.book.margin[kept] = 777;
    const results = [transfer(c, lostOne, 1, MONTH, 0), transfer(c, kept, 1, MONTH, 0)];
    return { c, results, lostOne, kept };
  }
  const clients = { handoffChurn: 0.05, handoffAttentionHours: 5, attentionHours: 3 };

  it('loses the client with risk handoffChurn·exp((a₀ − a)/τ): 0.05 at a = a₀, and otherwise restarts the relationship', () => {
    const { c, results, lostOne, kept } = giveBoth({ clients }, 0.0499, 0.0501, () => {});
    expect(results).toEqual([false, true]);
    expect(c.book.state[lostOne]).toBe(LOST);
    expect(c.book.lossCause[lostOne]).toBe(LOST_AT_HANDOVER);
    expect(c.book.state[kept]).toBe(CONTRACTED);
    expect(c.book.lossCause[kept]).toBe(NOT_LOST);
    expect([c.book.owner[lostOne], c.book.owner[kept]]).toEqual([1, 1]);
    expect(c.book.relationStart[kept]).toBe(MONTH);
    expect(c.book.baseMargin[kept]).toBe(777);
    // Only the client who stayed joins the receiver's clients.
    expect(c.valuation.activeCount[1]).toBe(11);
    expect(c.valuation.contractedCount[1]).toBe(1);
  });

  it('loses more with a less experienced receiver: skill 0.8 × ramp-up (1 + 1)/(3 + 1) → a = 2, risk 0.05·e¹ = 0.1359', () => {
    const set = (c: Company) => {
      c.team.farmSkill[1] = 0.8;
      c.team.tenure[1] = 1;
    };
    const c = company({ managers: 2, clients, team: { rampUpMonths: 3 } });
    c.allocation.chosenHours[1] = 120;
    c.team.split[1 * 3 + 2] = 0.5;
    c.valuation.activeCount[1] = 11;
    set(c);
    expect(handoverRisk(c, 1)).toBeCloseTo(0.05 * Math.E, 12);
    expect(giveBoth({ clients, team: { rampUpMonths: 3 } }, 0.1359, 0.136, set).results).toEqual([false, true]);
  });

  it('loses more when the receiver has fewer hours for each client: 35 clients → 60/36 h, risk 0.05·e^((5 − 5/3)/3) = 0.1517', () => {
    const c = company({ managers: 2, clients });
    c.allocation.chosenHours[1] = 120;
    c.team.split[1 * 3 + 2] = 0.5;
    c.valuation.activeCount[1] = 35;
    expect(receiverAttention(c, 1)).toBeCloseTo(60 / 36, 12);
    expect(handoverRisk(c, 1)).toBeCloseTo(0.05 * Math.exp((5 - 60 / 36) / 3), 12); // 0.151706…
  });

  it('a newcomer who chose no hours yet is taken at the normal month\'s hours; a vacancy gives none: 0.05·e^(5/3) = 0.2647', () => {
    const c = company({ managers: 2, clients, team: { hoursPerMonth: 140 } });
    c.allocation.chosenHours[1] = 0;
    c.team.split[1 * 3 + 2] = 0.25;
    c.valuation.activeCount[1] = 6;
    expect(receiverAttention(c, 1)).toBeCloseTo((140 * 0.25) / 7, 12); // 5
    c.team.person[1] = -1;
    expect(receiverAttention(c, 1)).toBe(0);
    expect(handoverRisk(c, 1)).toBeCloseTo(0.05 * Math.exp(5 / 3), 12);
    const vacancy = giveBoth({ clients }, 0.2647, 0.2648, (c) => {
      c.team.person[1] = -1;
    });
    expect(vacancy.results).toEqual([false, true]);
    expect(vacancy.c.book.owner[1]).toBe(1);
  });

  it('caps the risk at 1 (0.2·e^(5/3) = 1.06 for a vacancy)', () => {
    const capped = giveBoth({ clients: { ...clients, handoffChurn: 0.2 } }, 0.5, 0.9999, (c) => {
      c.team.person[1] = -1;
    });
    expect(capped.results).toEqual([false, false]);
  });

  it('draws the die of the index it is given (0: a scheduled hand-off, 1: a reassignment after a quit)', () => {
    const c = company({ managers: 2, clients }, { [Purpose.Handoff]: { 0: (_m, d) => (d === 1 ? 0.01 : 0.9) } });
    c.team.person[0] = c.team.person[1] = -1; // vacancies: risk 0.2647
    const i = addClient(c, { owner: 0 });
    expect(transfer(c, i, 1, MONTH, 0)).toBe(true); // index 0: 0.9 ≥ 0.2647
    expect(transfer(c, i, 0, MONTH, 1)).toBe(false); // index 1: 0.01 < 0.2647
  });
});

describe('leastLoaded', () => {
  it('picks the employed slot of the role with the fewest contracted + active clients, lowest slot on ties', () => {
    const c = company({ managers: 2 });
    const v = c.valuation;
    expect(leastLoaded(c, 0)).toBe(0); // 0 + 0 against 0 + 0: the lower slot
    expect(leastLoaded(c, 0, 0)).toBe(1); // slot 0 excluded
    v.contractedCount[0] = 1;
    v.activeCount[0] = 1; // load 2
    v.activeCount[1] = 1; // load 1
    expect(leastLoaded(c, 0)).toBe(1);
    v.contractedCount[1] = 1; // load 2 = 2: tie
    expect(leastLoaded(c, 0)).toBe(0);
    v.activeCount[0] = 5; // load 6
    c.team.person[1] = -1; // slot 1 vacant, though it has fewer clients
    expect(leastLoaded(c, 0)).toBe(0);
    expect(leastLoaded(c, 0, 0)).toBe(-1); // the other is vacant
    expect(leastLoaded(c, 1)).toBe(-1); // nobody holds role 1
  });
});

describe('handOver', () => {
  const split = (handoff: Record<string, unknown>) => [
    {
      id: 'split',
      name: 'Split',
      roles: {
        hunter: { salary: 20_000, activities: ['hunt', 'activate'] },
        farmer: { salary: 20_000, activities: ['farm'] },
      },
      handoffs: [{ from: ['hunter'], to: 'farmer', ...handoff }],
    },
  ];

  function splitCompany(handoff: Record<string, unknown>, handoffDice: Record<number, Die>): Company {
    const c = company({ managers: 2, schemes: split(handoff), clients: { handoffChurn: 0.05 } }, { [Purpose.Handoff]: handoffDice });
    c.team.role[1] = 1; // slot 0 hunter (the entry role), slot 1 farmer; farmer skill 1, tenure 24
    c.team.split.set([0, 0, 1], 1 * 3); // the farmer only farms
    return c;
  }

  it('moves an active client 3 months after activation to the farmer and keeps one activated 2 months ago', () => {
    // The scheduled hand-off draws with index 0: 0.0501 ≥ 0.05, it survives.
    const c = splitCompany({ afterActivationMonths: 3 }, { 0: (_m, d) => (d === 0 ? 0.0501 : 0.001) });
    const due = addClient(c, { owner: 0, activatedMonth: MONTH - 3 }); // 30 − 27 = 3 ≥ 3
    const notDue = addClient(c, { owner: 0, activatedMonth: MONTH - 2 }); // 2 < 3
    const contracted = addClient(c, { state: CONTRACTED, owner: 0, signedMonth: MONTH - 40 }); // no signing rule
    const farmers = addClient(c, { owner: 1, activatedMonth: MONTH - 30 }); // the farmer's role hands nothing over
    c.book.margin[due] = 4321;
    c.valuation.activeCount[0] = 2;
    c.valuation.contractedCount[0] = 1;
    c.valuation.activeCount[1] = 1;
    handOver(c, MONTH, newTally(c));

    expect(c.book.owner[due]).toBe(1);
    expect(c.book.state[due]).toBe(ACTIVE);
    expect(c.book.relationStart[due]).toBe(MONTH);
    expect(c.book.baseMargin[due]).toBe(4321);
    expect(c.book.originSlot[due]).toBe(0); // the originator stays, for trailing pay
    expect([c.book.owner[notDue], c.book.owner[contracted], c.book.owner[farmers]]).toEqual([0, 0, 1]);
    expect(c.valuation.activeCount[0]).toBe(1); // 2 − 1
    expect(c.valuation.activeCount[1]).toBe(2); // 1 + 1
    expect(c.valuation.contractedCount[0]).toBe(1);
  });

  it('moves a contracted client afterSigningMonths after signing', () => {
    const c = splitCompany({ afterSigningMonths: 6 }, { 0: 0.9, 1: 0.9 });
    const due = addClient(c, { state: CONTRACTED, owner: 0, signedMonth: MONTH - 6 }); // 6 ≥ 6
    const notDue = addClient(c, { state: CONTRACTED, owner: 0, signedMonth: MONTH - 5 }); // 5 < 6
    c.valuation.contractedCount[0] = 2;
    handOver(c, MONTH, newTally(c));
    expect(c.book.owner[due]).toBe(1);
    expect(c.book.owner[notDue]).toBe(0);
    expect(c.valuation.contractedCount[0]).toBe(1);
    expect(c.valuation.contractedCount[1]).toBe(1);
  });

  it('loses a handed-over client whose die is below the risk, counts it once as an active client lost at hand-over, and not among the receiver\'s clients', () => {
    const c = splitCompany({ afterActivationMonths: 3 }, { 0: 0.0499, 1: 0.0501 }); // < 0.05: lost; ≥ 0.05: kept
    // The farmer farms 5 hours: a = 5/(0 + 1) = a₀ for each (the lost one is not counted): risk 0.05.
    c.allocation.chosenHours[1] = 5;
    const due = addClient(c, { owner: 0, activatedMonth: MONTH - 5 });
    const kept = addClient(c, { owner: 0, activatedMonth: MONTH - 4 });
    c.valuation.activeCount[0] = 2;
    const tally = newTally(c);
    handOver(c, MONTH, tally);
    expect(c.book.state[due]).toBe(LOST);
    expect(c.book.lossCause[due]).toBe(LOST_AT_HANDOVER);
    expect(c.book.state[kept]).toBe(ACTIVE);
    expect(c.valuation.activeCount[0]).toBe(0); // 2 − both handed over
    expect(c.valuation.activeCount[1]).toBe(1); // the kept one only
    expect(tally.activeLostAtHandover).toBe(1);
    expect(tally.contractedLostAtHandover).toBe(0);
    expect(tally.churned).toBe(0); // not churn by hazard …
    expect(tally.activeLost()).toBe(1); // … but one active client lost: churnedClients counts it, once
    expect(tally.clientsLostWithManagers).toBe(0);
    // Before the clients' month: it was never in the month's counts, so nothing is taken off them.
    expect(tally.activeClients).toBe(0);
  });

  it('hands at most handoffsPerMonth clients to one receiver in a month; the rest wait for the next', () => {
    const c = company(
      { managers: 3, schemes: split({ afterActivationMonths: 3 }), clients: { handoffsPerMonth: 2 } },
      { [Purpose.Handoff]: { 0: 0.9, 1: 0.9, 2: 0.9, 3: 0.9, 4: 0.9 } },
    );
    c.team.role[1] = 1; // slots 1 and 2 farmers
    c.team.role[2] = 1;
    const due = [0, 1, 2, 3, 4].map(() => addClient(c, { owner: 0, activatedMonth: MONTH - 5 }));
    c.valuation.activeCount[0] = 5;
    handOver(c, MONTH, newTally(c));
    // Least loaded first, two each: 1, 2, 1, 2; the fifth waits with the hunter.
    expect(due.map((i) => c.book.owner[i])).toEqual([1, 2, 1, 2, 0]);
    expect([c.valuation.activeCount[0], c.valuation.activeCount[1], c.valuation.activeCount[2]]).toEqual([1, 2, 2]);
    handOver(c, MONTH + 1, newTally(c));
    expect(c.book.owner[due[4]]).toBe(1);
  });

  it('keeps a due client with its owner while nobody holds the receiving role', () => {
    const c = splitCompany({ afterActivationMonths: 3 }, {}); // no Handoff die may be drawn
    c.team.person[1] = -1;
    const due = addClient(c, { owner: 0, activatedMonth: MONTH - 5 });
    handOver(c, MONTH, newTally(c));
    expect(c.book.owner[due]).toBe(0);
    expect(c.book.state[due]).toBe(ACTIVE);
  });
});

describe('hire', () => {
  // skillSd 0.25: the HireSkill dice at 0.5 give z = 0 and skill exp(0.25·0 − 0.25²/2) = exp(−0.03125) = 0.969233234…

  it('draws skills and temperament from the slot\'s dice for its generation and starts him at the pay he was offered', () => {
    // Slot 1's first hire: entity 1·4096 + 0 = 4096; every other entity would give 0.9 (a different skill).
    const c = company(
      { managers: 2, team: { skillSd: 0.25, hunterAffinityMean: 0.3, outsideWage: 55_000 } },
      {
        [Purpose.HireSkill]: { 4096: HALF, 4097: (_m, d) => (d === 0 ? HALF : 0.8413447460685429) },
        [Purpose.HireTemperament]: { 4096: HALF, 4097: HALF },
      },
      { [Purpose.HireSkill]: 0.9, [Purpose.HireTemperament]: 0.9 },
    );
    const t = c.team;
    t.person[1] = -1;
    t.pay[0] = 62_000; // his colleague in the role earned 42 000 above the 20 000 salary last month
    t.heldMonths[1] = 5;
    t.grievance[1] = 0.4;
    t.grievanceUntil[1] = MONTH + 3;
    hire(c, 1, MONTH, 0);
    expect(t.person[1]).toBe(2); // nextPerson after persons 0 and 1
    expect(t.nextPerson).toBe(3);
    expect(t.generation[1]).toBe(1);
    expect(t.huntSkill[1]).toBeCloseTo(0.9692332344763441, 12); // exp(−0.03125)
    expect(t.farmSkill[1]).toBeCloseTo(0.9692332344763441, 12);
    // logit-normal at z = 0: 1/(1 + exp(−ln(0.3/0.7))) = 0.3
    expect(t.affinity[1]).toBeCloseTo(0.3, 12);
    expect(t.tenure[1]).toBe(0);
    // Offered: salary 20 000 + 42 000 × ramp-up at tenure 0, (0 + 1)/(6 + 1): 20 000 + 6 000 = 26 000.
    expect(t.referenceIncome[1]).toBeCloseTo(26_000, 9);
    expect(t.pay[1]).toBeCloseTo(26_000, 9);
    expect(t.heldMonths[1]).toBe(0);
    expect(t.grievance[1]).toBe(0);
    expect(t.grievanceUntil[1]).toBe(MONTH);
    for (let a = 0; a < 3; a++) expect(t.split[3 + a]).toBeCloseTo(1 / 3, 12); // a generalist: hunt, activate, farm

    // The slot's second hire (generation 1, entity 4097) draws other dice: farming at Φ(1) = 0.841344746 gives
    // z = 1 (to Acklam's 1e-9) and skill exp(0.25·1 − 0.03125) = exp(0.21875) = 1.244520108; hunting stays at 0.5.
    hire(c, 1, MONTH + 4, 2);
    expect(t.person[1]).toBe(3);
    expect(t.generation[1]).toBe(2);
    expect(t.tenure[1]).toBe(2);
    expect(t.huntSkill[1]).toBeCloseTo(0.9692332344763441, 12);
    expect(t.farmSkill[1]).toBeCloseTo(1.2445201077660952, 8);
  });

  it('splits a hire\'s hours evenly over the activities his role allows', () => {
    const schemes = [
      {
        id: 'split',
        name: 'Split',
        roles: { hunter: { salary: 1, activities: ['hunt', 'activate'] }, farmer: { salary: 1, activities: ['farm'] } },
      },
    ];
    const c = company({ managers: 2, schemes }, {}, { [Purpose.HireSkill]: HALF, [Purpose.HireTemperament]: HALF });
    c.team.role[1] = 1;
    hire(c, 0, MONTH, 0);
    hire(c, 1, MONTH, 0);
    expect(Array.from(c.team.split.subarray(0, 3))).toEqual([0.5, 0.5, 0]); // hunter: 1/2 each of hunt, activate
    expect(Array.from(c.team.split.subarray(3, 6))).toEqual([0, 0, 1]); // farmer: farm only
  });
});

describe('arrivals', () => {
  it('fills a vacancy whose hire is due (hireMonth ≤ month) and adds team.hiringCost, and leaves one not yet due', () => {
    const c = company({ managers: 2, team: { hiringCost: 60_000 } }, {}, { [Purpose.HireSkill]: HALF, [Purpose.HireTemperament]: HALF });
    c.team.person[0] = -1;
    c.team.hireMonth[0] = MONTH - 1; // overdue
    c.team.person[1] = -1;
    c.team.hireMonth[1] = MONTH + 1;
    const tally = newTally(c);
    arrivals(c, MONTH, tally);
    expect(c.team.person[0]).toBe(2);
    expect(c.team.tenure[0]).toBe(0);
    expect(c.team.person[1]).toBe(-1);
    expect(tally.hiringCost).toBe(60_000);

    const next = newTally(c);
    arrivals(c, MONTH + 1, next);
    expect(c.team.person[1]).toBe(3);
    expect(next.hiringCost).toBe(60_000);
  });

  it('does not fill a slot the scheme does not use (role −1)', () => {
    const c = company({ managers: 2 }, {}, { [Purpose.HireSkill]: HALF, [Purpose.HireTemperament]: HALF });
    c.team.person[1] = -1;
    c.team.role[1] = -1;
    c.team.hireMonth[1] = MONTH;
    const tally = newTally(c);
    arrivals(c, MONTH, tally);
    expect(c.team.person[1]).toBe(-1);
    expect(tally.hiringCost).toBe(0);
  });
});

describe('rampUp', () => {
  it('is (tenure + 1)/(rampUpMonths + 1) up to 1, and 1 without a ramp-up', () => {
    const c = company({ team: { rampUpMonths: 6 } });
    const at = (tenure: number) => {
      c.team.tenure[0] = tenure;
      return rampUp(c, 0);
    };
    expect(at(0)).toBeCloseTo(1 / 7, 12); // (0 + 1)/(6 + 1)
    expect(at(3)).toBeCloseTo(4 / 7, 12);
    expect(at(5)).toBeCloseTo(6 / 7, 12);
    expect(at(6)).toBe(1); // 7/7
    expect(at(40)).toBe(1); // min(1, 41/7)
    const flat = company({ team: { rampUpMonths: 0 } });
    flat.team.tenure[0] = 0;
    expect(rampUp(flat, 0)).toBe(1);
  });
});
