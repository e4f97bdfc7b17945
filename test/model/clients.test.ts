/**
 * `moveClients` (docs/model.md, "Clients"), one month of a tiny book, every die chosen by the test
 * on either side of the probability it decides. It is called as engine/month.ts calls it, after
 * `tally.reset(roles)`, with the month's attention set by hand (`activationByValue`/`farmingByValue`
 * 0: the slot's hours reach each of his clients evenly, `activation[slot]`/`farming[slot]` hours each).
 * Every expected number is worked by hand in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { moveClients } from '../../src/model/clients.js';
import {
  ACTIVATIONS, ACTIVE, CHURNED, COLLECTED_MARGIN, COLLECTED_REVENUE, CONTRACTED, DORMANT, GROWTH, LOST, MARGIN, NOT_LOST,
  OWNED_BASES, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME, REVENUE,
} from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { monthKey, Purpose } from '../../src/model/random.js';
import { MonthTally } from '../../src/model/tally.js';
import { chosenDice, type Dice } from './helpers/scripted-dice.js';
import { addClient, tinyCompany, type TinyOptions } from './helpers/tiny-company.js';

const MONTH = 10;

/**
 * A quiet month unless a test says otherwise: no activation (0.99 is above every p here), no dormancy
 * (0.99 > dormancyHazard), no incident (0.99 > incidentRate), no churn, and the RevenueNoise die at
 * 0.5, i.e. z = normalFromUniform(0.5) = 0.
 */
const QUIET = {
  [Purpose.Activation]: 0.99,
  [Purpose.Dormancy]: 0.99,
  [Purpose.Incident]: 0.99,
  [Purpose.Churn]: 0.99,
  [Purpose.RevenueNoise]: 0.5,
};

function company(options: TinyOptions, table: Dice = {}): Company {
  return tinyCompany({ ...options, script: chosenDice(table, QUIET) }).company;
}

/** The month as engine/month.ts runs it for the clients: the tally reset, then moveClients. */
function move(c: Company, month = MONTH) {
  const tally = new MonthTally();
  tally.reset(c.scheme.roles.length);
  const lost = c.lostThisMonth(c.book.count);
  const n = moveClients(c, month, monthKey(month), c.allocation.attention, tally, lost);
  return { tally, lost: Array.from(lost.subarray(0, n)) };
}

const owned = (c: Company, slot: number, basis: number) => c.ledger.ownedMoney[slot * OWNED_BASES + basis];

describe('moveClients: activation of contracted clients', () => {
  // b₀ = 0.02, k = 0.05, a = 10 hours on each of slot 0's contracted clients:
  // p = 1 − exp(−(0.02 + 0.05·10)) = 1 − exp(−0.52) = 0.405479452…
  const clients = { baseActivation: 0.02, activationPerHour: 0.05, initialShareOfWallet: 0.25, contractedShareOfWallet: 0.03 };

  it('activates a contracted client whose die is just below p, and keeps one whose die is just above it contracted', () => {
    const c = company(
      { clients, market: { revenueNoise: 0 } },
      // Dormancy dice at 0.01 < dormancyHazard 0.06: only the age (3 < dormantAfterMonths 12) keeps them.
      { [Purpose.Activation]: { 0: 0.4054, 1: 0.4055 }, [Purpose.Dormancy]: { 0: 0.01, 1: 0.01 } },
    );
    c.allocation.attention.activation[0] = 10;
    c.allocation.attention.activationByValue[0] = 0;
    const a = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 3, potential: 1000, marginRate: 0.25 });
    const b = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 3, potential: 1000, marginRate: 0.25 });
    const { tally, lost } = move(c);

    expect(c.book.state[a]).toBe(ACTIVE); // 0.4054 < 0.405479…
    expect(c.book.activatedMonth[a]).toBe(MONTH);
    expect(c.book.share[a]).toBe(0.25); // initialShareOfWallet, no growth step in the month of activation
    expect(c.book.revenue[a]).toBe(250); // 1000 · 0.25 · exp(0·0 − 0)
    expect(c.book.margin[a]).toBe(62.5); // 250 · 0.25
    expect(c.book.baseMargin[a]).toBe(62.5); // the margin of its month of activation
    expect(owned(c, 0, ACTIVATIONS)).toBe(1);
    expect(tally.activations).toBe(1);

    expect(c.book.state[b]).toBe(CONTRACTED); // 0.4055 > 0.405479…
    expect(c.book.activatedMonth[b]).toBe(-1);
    expect(c.book.share[b]).toBe(0);
    expect(c.book.revenue[b]).toBeCloseTo(30, 12); // 1000 · contractedShareOfWallet 0.03
    expect(c.book.lossCause[b]).toBe(NOT_LOST);

    expect(lost).toEqual([]);
    expect(tally.activeClients).toBe(1);
    expect(tally.contractedClients).toBe(1);
    expect(tally.dormant).toBe(0);
  });

  it('never activates a client in its month of signing (age 0), whatever its die and hours', () => {
    const c = company({ clients }, { [Purpose.Activation]: { 0: 0.0001, 1: 0.0001 } });
    c.allocation.attention.activation[0] = 10;
    const fresh = addClient(c, { state: CONTRACTED, signedMonth: MONTH }); // age 0
    const aMonthOld = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 1 }); // age 1, same die
    const { tally } = move(c);
    expect(c.book.state[fresh]).toBe(CONTRACTED); // 0.0001 < p = 0.405479…, but age 0
    expect(c.book.state[aMonthOld]).toBe(ACTIVE); // 0.0001 < 0.405479…
    expect(tally.activations).toBe(1);
  });

  it('spreads hours by value when activationByValue is set and adds the team-wide hours on top', () => {
    const c = company({ clients }, { [Purpose.Activation]: { 0: 0.4, 1: 0.4, 2: 0.4 } });
    const attention = c.allocation.attention;
    attention.activationByValue[0] = 1;
    attention.activation[0] = 2; // hours per unit of client value
    const heavy = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 2 });
    const light = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 2 });
    c.book.weight[heavy] = 5; // 2 · 5 = 10 h: p = 1 − exp(−(0.02 + 0.05·10)) = 0.405479… > 0.4
    c.book.weight[light] = 1; // 2 · 1 = 2 h: p = 1 − exp(−(0.02 + 0.05·2)) = 0.113079… < 0.4
    move(c);
    expect(c.book.state[heavy]).toBe(ACTIVE);
    expect(c.book.state[light]).toBe(CONTRACTED);

    const d = company({ clients }, { [Purpose.Activation]: { 0: 0.4 } });
    d.allocation.attention.teamActivation = 10; // nobody's own hours: p = 1 − exp(−(0.02 + 0.05·(0 + 10))) = 0.405479…
    const i = addClient(d, { state: CONTRACTED, signedMonth: MONTH - 2 });
    move(d);
    expect(d.book.state[i]).toBe(ACTIVE);
  });

  it('gives a vacant owner\'s contracted client no own hours: p = 1 − exp(−b₀)', () => {
    const c = company({ clients }, { [Purpose.Activation]: { 0: 0.0199, 1: 0.0199 } });
    c.allocation.attention.activation[0] = 10; // left over from his last month, but he has gone
    c.team.person[0] = -1;
    const i = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 2 });
    move(c);
    expect(c.book.state[i]).toBe(CONTRACTED); // p = 1 − exp(−0.02) = 0.019801… < 0.0199

    const d = company({ clients }, { [Purpose.Activation]: { 0: 0.0198 } });
    d.team.person[0] = -1;
    const j = addClient(d, { state: CONTRACTED, signedMonth: MONTH - 2 });
    move(d);
    expect(d.book.state[j]).toBe(ACTIVE); // 0.0198 < 0.019801…
  });
});

describe('moveClients: dormancy', () => {
  it('loses a contracted client as DORMANT once its age reaches dormantAfterMonths and its die is below dormancyHazard', () => {
    // No activation hours: p = 1 − exp(−0.03) = 0.0296 < 0.99 (the Activation dice), so dormancy decides.
    const c = company(
      { clients: { dormantAfterMonths: 12, dormancyHazard: 0.06 }, market: { revenueNoise: 0 } },
      { [Purpose.Dormancy]: { 0: 0.059, 1: 0.059, 2: 0.061 } },
    );
    const young = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 11, potential: 1000 }); // age 11 < 12
    const dormant = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 12, potential: 1000 }); // age 12, 0.059 < 0.06
    const lucky = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 12, potential: 1000 }); // age 12, 0.061 ≥ 0.06
    const { tally, lost } = move(c);

    expect(c.book.state[young]).toBe(CONTRACTED);
    expect(c.book.state[dormant]).toBe(LOST);
    expect(c.book.lossCause[dormant]).toBe(DORMANT);
    expect(c.book.state[lucky]).toBe(CONTRACTED);
    expect(lost).toEqual([1]); // i = 1: it had not been active
    expect(tally.dormant).toBe(1);
    expect(tally.churned).toBe(0);
    expect(tally.contractedClients).toBe(2);
    // A lost client brings no money: 1000 · 0.03 from each of the two that stay.
    expect(tally.revenue).toBeCloseTo(60, 12); // 30 + 30
    expect(owned(c, 0, REVENUE)).toBeCloseTo(60, 12);
  });
});

describe('moveClients: churn', () => {
  // frailty 2, c₀ = 0.01, c_n = 0.03, c_i = 0.25, incidentRate 0.08, on-time payers.
  const clients = { baseChurn: 0.01, neglectChurn: 0.03, incidentChurn: 0.25, attentionHours: 3, shareGrowth: 0.04, shareErosion: 0.04 };

  it('churns an active client after an incident nobody smooths over: h = f·(c₀ + c_n + c_i)', () => {
    const c = company(
      { clients, market: { incidentRate: 0.08 } },
      {
        // no farming, L = 0. With an incident (die < 0.08): h = 2·(0.01 + 0.03·1 + 0.25·1) = 0.58
        // (frailty multiplies the whole hazard). Without (die ≥ 0.08): h = 2·(0.01 + 0.03) = 0.08.
        [Purpose.Incident]: { 0: 0.079, 1: 0.079, 2: 0.0801 },
        [Purpose.Churn]: { 0: 0.5801, 1: 0.5799, 2: 0.5799 },
      },
    );
    const survivor = addClient(c, { frailty: 2, share: 0.4 }); // 0.5801 ≥ 0.58
    const churned = addClient(c, { frailty: 2, share: 0.4 }); // 0.5799 < 0.58
    const noIncident = addClient(c, { frailty: 2, share: 0.4 }); // 0.5799 ≥ 0.08
    const { tally, lost } = move(c);

    expect(c.book.state[survivor]).toBe(ACTIVE);
    expect(c.book.state[churned]).toBe(LOST);
    expect(c.book.lossCause[churned]).toBe(CHURNED);
    expect(c.book.state[noIncident]).toBe(ACTIVE);
    expect(lost).toEqual([-2]); // −1 − i for i = 1: it had been active
    expect(tally.churned).toBe(1);
    expect(tally.activeClients).toBe(2);
    // The survivors, neglected, erode: s' = 0.4 + 0.04·0·0.6 − 0.04·1·0.4 = 0.384.
    expect(c.book.share[survivor]).toBeCloseTo(0.384, 12);
    expect(c.book.share[noIncident]).toBeCloseTo(0.384, 12);
  });

  it('keeps the same client through the same incident under heavy farming: h = f·(c₀ + (c_n + c_i)·e⁻²)', () => {
    const c = company(
      { clients, market: { incidentRate: 0.08 } },
      { [Purpose.Incident]: { 0: 0.079, 1: 0.079, 2: 0.079 }, [Purpose.Churn]: { 0: 0.5799, 1: 0.0957, 2: 0.0958 } },
    );
    // 6 farming hours each, τ = 3: L = 1 − exp(−6/3) = 0.864664716…, 1 − L = e⁻² = 0.135335283…
    // h = 2·(0.01 + (0.03 + 0.25)·0.135335283) = 0.02 + 0.56·0.135335283 = 0.095787758…
    c.allocation.attention.farming[0] = 6;
    c.allocation.attention.farmingByValue[0] = 0;
    const same = addClient(c, { frailty: 2, share: 0.4 }); // the die that churned it without farming: 0.5799 ≥ 0.0957877…
    const justBelow = addClient(c, { frailty: 2, share: 0.4 }); // 0.0957 < 0.0957877…
    const justAbove = addClient(c, { frailty: 2, share: 0.4 }); // 0.0958 ≥ 0.0957877…
    const { tally, lost } = move(c);
    expect(c.book.state[same]).toBe(ACTIVE);
    expect(c.book.state[justBelow]).toBe(LOST);
    expect(c.book.lossCause[justBelow]).toBe(CHURNED);
    expect(c.book.state[justAbove]).toBe(ACTIVE);
    expect(lost).toEqual([-2]);
    expect(tally.churned).toBe(1);
    // s' = 0.4 + 0.04·L·0.6 − 0.04·(1 − L)·0.4 = 0.4 + 0.024·0.864664716 − 0.016·0.135335283
    //    = 0.4 + 0.020751953202321 − 0.002165364531786 = 0.418586588670536
    expect(c.book.share[same]).toBeCloseTo(0.41858658867053555, 12);
  });

  it('adds badPayerChurn to a bad payer\'s hazard', () => {
    const c = company(
      { clients: { ...clients, badPayerChurn: 0.04 } },
      // no farming, no incident, frailty 1: on time h = 0.01 + 0.03 = 0.04; bad payer h = 0.04 + 0.04 = 0.08
      { [Purpose.Churn]: { 0: 0.0799, 1: 0.0799, 2: 0.0801 } },
    );
    const onTime = addClient(c, { payment: PAYS_ON_TIME }); // 0.0799 ≥ 0.04
    const bad = addClient(c, { payment: PAYS_BADLY }); // 0.0799 < 0.08
    const badButLucky = addClient(c, { payment: PAYS_BADLY }); // 0.0801 ≥ 0.08
    const { tally, lost } = move(c);
    expect(c.book.state[onTime]).toBe(ACTIVE);
    expect(c.book.state[bad]).toBe(LOST);
    expect(c.book.lossCause[bad]).toBe(CHURNED);
    expect(c.book.state[badButLucky]).toBe(ACTIVE);
    expect(lost).toEqual([-2]);
    expect(tally.churned).toBe(1);
  });
});

describe('moveClients: churn by tenure year', () => {
  it('counts active clients at risk and those churned by years since the first shipment: months 1–12 the first year, 37 on the fourth and later', () => {
    // Month 10. Activated in month 9 → tenure 1 (year 1); in month −2 → 12 (year 1); in −3 → 13 (year 2);
    // in −26 → 36 (year 3); in −27 → 37 (year 4+). h = 1·(0.01 + 0.03) = 0.04 with no farming.
    const c = company({ clients: { baseChurn: 0.01, neglectChurn: 0.03 } }, { [Purpose.Churn]: { 0: 0.5, 1: 0.039, 2: 0.5, 3: 0.039, 4: 0.039, 5: 0.5 } });
    for (const activatedMonth of [9, -2, -3, -26, -27]) addClient(c, { activatedMonth, signedMonth: activatedMonth - 1 });
    addClient(c, { state: CONTRACTED, signedMonth: 8 }); // contracted: not at risk of churn
    const { tally } = move(c);
    expect(Array.from(tally.tenureActive)).toEqual([2, 1, 1, 1]);
    expect(Array.from(tally.tenureChurned)).toEqual([1, 0, 1, 1]); // clients 1 (year 1), 3 (year 3) and 4 (year 4+) churned
    expect(tally.churned).toBe(3);
  });
});

describe('moveClients: share of wallet', () => {
  it('grows the share of a looked-after client and erodes an unattended one: s\' = min(1, s + g·L·(1−s) − e·(1−L)·s)', () => {
    const c = tinyCompany({
      managers: 2,
      clients: { shareGrowth: 0.1, shareErosion: 0.05, attentionHours: 3 },
      market: { revenueNoise: 0 },
      script: chosenDice({}, QUIET),
    }).company;
    c.allocation.attention.farming[0] = 3; // slot 0: 3 h on each client, L = 1 − exp(−3/3) = 0.632120558…
    c.allocation.attention.farming[1] = 0; // slot 1: none, L = 0
    const cared = addClient(c, { owner: 0, share: 0.4, potential: 1000, marginRate: 0.25 });
    const neglected = addClient(c, { owner: 1, share: 0.4, potential: 1000, marginRate: 0.25 });
    move(c);
    // s' = 0.4 + 0.1·0.632120558·0.6 − 0.05·0.367879441·0.4 = 0.4 + 0.037927233 − 0.007357588 = 0.430569644…
    expect(c.book.share[cared]).toBeCloseTo(0.4305696447062846, 12);
    // s' = 0.4 + 0 − 0.05·1·0.4 = 0.38
    expect(c.book.share[neglected]).toBeCloseTo(0.38, 12);
    // The month's money is on the new share: 1000 · 0.430569644… and 1000 · 0.38.
    expect(c.book.revenue[cared]).toBeCloseTo(430.5696447062846, 10);
    expect(c.book.revenue[neglected]).toBeCloseTo(380, 10);
  });
});

describe('moveClients: the money of the month', () => {
  it('books revenue = potential·share, margin = revenue·marginRate and collected = revenue·(1 − uncollected) with no noise', () => {
    const c = company({
      clients: { shareGrowth: 0, shareErosion: 0, contractedShareOfWallet: 0.03 },
      market: { revenueNoise: 0, lateUncollected: 0.1, badUncollected: 0.25 },
    });
    const onTime = addClient(c, { potential: 1000, share: 0.5, marginRate: 0.25 });
    const late = addClient(c, { potential: 2000, share: 0.25, marginRate: 0.1, payment: PAYS_LATE });
    const badContracted = addClient(c, { state: CONTRACTED, signedMonth: MONTH - 2, potential: 1000, marginRate: 0.25, payment: PAYS_BADLY });
    c.book.baseMargin[onTime] = 100; // its margin when it came to its owner
    const { tally } = move(c);

    expect(c.book.revenue[onTime]).toBe(500); // 1000 · 0.5
    expect(c.book.margin[onTime]).toBe(125); // 500 · 0.25
    expect(c.book.collected[onTime]).toBe(500); // on time: nothing uncollected
    expect(c.book.revenue[late]).toBe(500); // 2000 · 0.25
    expect(c.book.margin[late]).toBeCloseTo(50, 12); // 500 · 0.1
    expect(c.book.collected[late]).toBeCloseTo(450, 12); // 500 · (1 − lateUncollected 0.1)
    expect(c.book.revenue[badContracted]).toBeCloseTo(30, 12); // 1000 · contractedShareOfWallet 0.03
    expect(c.book.margin[badContracted]).toBeCloseTo(7.5, 12); // 30 · 0.25
    expect(c.book.collected[badContracted]).toBeCloseTo(22.5, 12); // 30 · (1 − badUncollected 0.25)

    expect(tally.revenue).toBeCloseTo(1030, 10); // 500 + 500 + 30
    expect(tally.margin).toBeCloseTo(182.5, 10); // 125 + 50 + 7.5
    expect(tally.uncollected).toBeCloseTo(57.5, 10); // 0 + 50 + 7.5
    expect(tally.leakedMargin).toBe(0);
    expect(tally.badPayersContracted).toBe(1);
    expect(owned(c, 0, REVENUE)).toBeCloseTo(1030, 10);
    expect(owned(c, 0, MARGIN)).toBeCloseTo(182.5, 10);
    expect(owned(c, 0, COLLECTED_REVENUE)).toBeCloseTo(972.5, 10); // 500 + 450 + 22.5
    expect(owned(c, 0, COLLECTED_MARGIN)).toBeCloseTo(125, 10); // 182.5 − 57.5
    // growth: on-time 125 − 100 = 25; the others' base margins are this month's margins (addClient): 0
    expect(owned(c, 0, GROWTH)).toBeCloseTo(25, 10);
  });

  it('with noise σ and the RevenueNoise die at 0.5 (z = 0) books revenue = potential·share·exp(−σ²/2)', () => {
    const c = company({ clients: { shareGrowth: 0, shareErosion: 0 }, market: { revenueNoise: 0.3 } }, { [Purpose.RevenueNoise]: { 0: 0.5 } });
    const i = addClient(c, { potential: 1000, share: 0.5, marginRate: 0.25 });
    const { tally } = move(c);
    // exp(0.3·0 − 0.3²/2) = exp(−0.045) = 0.955997481833…; 500 · 0.955997481833 = 477.998740916…
    expect(c.book.revenue[i]).toBeCloseTo(477.99874091655, 10);
    expect(c.book.margin[i]).toBeCloseTo(119.4996852291375, 10); // 477.998740916 · 0.25
    expect(tally.revenue).toBeCloseTo(477.99874091655, 10);
  });

  it('leaks margin·leakRate·grievance while the owner grieves, and not from the month grievanceUntil on', () => {
    const c = tinyCompany({
      managers: 2,
      clients: { shareGrowth: 0, shareErosion: 0 },
      market: { revenueNoise: 0 },
      behavior: { leakRate: 0.2 },
      script: chosenDice({}, QUIET),
    }).company;
    c.team.grievance[0] = 0.5;
    c.team.grievanceUntil[0] = MONTH + 1; // still grieving in MONTH
    c.team.grievance[1] = 0.5;
    c.team.grievanceUntil[1] = MONTH; // over: month < grievanceUntil is false
    const grieved = addClient(c, { owner: 0, potential: 1000, share: 0.5, marginRate: 0.25 });
    const over = addClient(c, { owner: 1, potential: 1000, share: 0.5, marginRate: 0.25 });
    const { tally } = move(c);
    expect(c.book.margin[grieved]).toBeCloseTo(112.5, 12); // 500 · 0.25 · (1 − 0.2·0.5) = 125 · 0.9
    expect(c.book.margin[over]).toBe(125); // 500 · 0.25
    expect(tally.leakedMargin).toBeCloseTo(12.5, 12); // 125 − 112.5
    expect(tally.margin).toBeCloseTo(237.5, 12); // 112.5 + 125
    expect(owned(c, 0, MARGIN)).toBeCloseTo(112.5, 12);
    expect(owned(c, 0, COLLECTED_MARGIN)).toBeCloseTo(112.5, 12); // 112.5 − (500 − 500)
    expect(owned(c, 1, MARGIN)).toBe(125);
  });
});

describe('moveClients: the month\'s totals', () => {
  it('counts active, contracted, stuck and bad-payer contracted clients, and the client-months it walked', () => {
    const c = company(
      { clients: { stuckAfterMonths: 6, baseChurn: 0.008, neglectChurn: 0.03 } },
      { [Purpose.Churn]: { 3: 0.001 } }, // client 3: 0.001 < h = 1·(0.008 + 0.03) = 0.038: churns
    );
    addClient(c, {}); // 0: active
    addClient(c, { state: CONTRACTED, signedMonth: MONTH - 7 }); // 1: contracted, 7 > 6 months: stuck
    addClient(c, { state: CONTRACTED, signedMonth: MONTH - 6, payment: PAYS_BADLY }); // 2: 6 > 6 is false: not stuck; a bad payer
    addClient(c, {}); // 3: active, churns this month
    const gone = addClient(c, {}); // 4: lost before this month
    c.book.state[gone] = LOST;
    const first = move(c);
    expect(first.tally.activeClients).toBe(1); // client 0 (3 churned)
    expect(first.tally.contractedClients).toBe(2); // 1, 2
    expect(first.tally.stuckContracted).toBe(1); // 1
    expect(first.tally.badPayersContracted).toBe(1); // 2
    expect(first.tally.churned).toBe(1);
    expect(first.lost).toEqual([-4]); // −1 − 3
    expect(c.clientMonths).toBe(4); // 0, 1, 2, 3 were live at the start of the month; 4 was not

    const second = move(c, MONTH + 1);
    expect(second.tally.activeClients).toBe(1);
    expect(second.tally.contractedClients).toBe(2);
    expect(second.tally.stuckContracted).toBe(2); // 1: 8 > 6; 2: 7 > 6
    expect(c.clientMonths).toBe(7); // 4 + 3 (0, 1, 2)
  });
});
