/**
 * Pay (docs/model.md, "Pay"; src/model/pay.ts): the month's component sums, filled client by client
 * by `payAndValueClients(company, PAY, …)` (pay-and-value.ts), settled by `settleSlot` into each
 * manager's pay (salary + components, or max(salary, components) with a draw); `payEveryone` pays
 * everybody employed, adds it to the month's tally and moves the sums to "last month".
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATE, FARM, HUNT } from '../../src/model/codes.js';
import type { Company } from '../../src/model/company.js';
import { PAY, payAndValueClients } from '../../src/model/pay-and-value.js';
import { payEveryone, settleSlot } from '../../src/model/pay.js';
import { MonthTally } from '../../src/model/tally.js';
import { addClient, tinyCompany } from './helpers/tiny-company.js';

const MONTH = 0;

function scheme(roles: Record<string, unknown>): unknown[] {
  return [{ id: 's', name: 'S', roles }];
}

const TEN_PERCENT = { salary: 20_000, pay: [{ id: 'margin', basis: 'margin', relation: 'owned', rate: 0.1 }] };
const DRAW = { ...TEN_PERCENT, salaryIsDraw: true };

/** Clears the month as the month loop does, then adds every client's month to the pay sums. */
function payMonth(company: Company): void {
  company.ledger.beginMonth();
  company.valuation.clearClients();
  payAndValueClients(company, PAY, MONTH, MONTH + 1, company.lostThisMonth(0), 0);
}

/** An active client of the slot with margin `margin` this month (revenue margin / 0.2, margin rate 0.2). */
function clientWithMargin(company: Company, margin: number, owner = 0): number {
  return addClient(company, { owner, revenue: margin / 0.2, marginRate: 0.2 });
}

describe('settleSlot', () => {
  it('pays salary 20 000 plus 10 % of an owned margin of 700 000: 90 000', () => {
    const { company } = tinyCompany({ schemes: scheme({ manager: TEN_PERCENT }) });
    const i = clientWithMargin(company, 700_000);
    expect(company.book.margin[i]).toBe(700_000); // 3 500 000 × 0.2
    payMonth(company);
    expect(company.ledger.sums[0]).toBe(700_000); // the component's sum
    expect(settleSlot(company, 0)).toBe(90_000); // 20 000 + 0.1 × 700 000
  });

  it('adds up every owned client before the schedule: 300 000 + 400 000 pays the same 90 000', () => {
    const { company } = tinyCompany({ schemes: scheme({ manager: TEN_PERCENT }) });
    clientWithMargin(company, 300_000);
    clientWithMargin(company, 400_000);
    payMonth(company);
    expect(settleSlot(company, 0)).toBeCloseTo(90_000, 9); // 20 000 + 0.1 × (300 000 + 400 000)
  });

  it('pays the larger of salary and commission with a salary draw', () => {
    const { company } = tinyCompany({ schemes: scheme({ manager: DRAW }) });
    clientWithMargin(company, 700_000);
    payMonth(company);
    expect(settleSlot(company, 0)).toBe(70_000); // max(20 000, 0.1 × 700 000 = 70 000)

    const { company: small } = tinyCompany({ schemes: scheme({ manager: DRAW }) });
    clientWithMargin(small, 150_000);
    payMonth(small);
    expect(settleSlot(small, 0)).toBe(20_000); // max(20 000, 0.1 × 150 000 = 15 000)
  });

  it('pays a vacancy 0, and nobody as the owner of its clients', () => {
    const { company } = tinyCompany({ schemes: scheme({ manager: TEN_PERCENT }), managers: 2 });
    company.team.person[1] = -1; // slot 1 vacant (still in the role)
    clientWithMargin(company, 700_000, 0);
    clientWithMargin(company, 500_000, 1);
    payMonth(company);
    expect(settleSlot(company, 1)).toBe(0);
    expect(company.ledger.sums[1 * company.ledger.stride]).toBe(0); // the vacant owner's client added to no sum
    expect(settleSlot(company, 0)).toBe(90_000); // only his own 700 000: 20 000 + 70 000
  });

  it('pays only the salary when there are no clients', () => {
    const { company } = tinyCompany({ schemes: scheme({ manager: TEN_PERCENT }) });
    payMonth(company);
    expect(settleSlot(company, 0)).toBe(20_000); // 20 000 + 0.1 × 0
  });
});

describe('payEveryone', () => {
  function twoManagers(): { company: Company; tally: MonthTally } {
    const { company } = tinyCompany({ schemes: scheme({ manager: TEN_PERCENT, drawn: DRAW }), managers: 2 });
    company.team.role[1] = 1; // slot 1 on the draw
    clientWithMargin(company, 700_000, 0); // slot 0: 20 000 + 70 000 = 90 000
    clientWithMargin(company, 150_000, 1); // slot 1: max(20 000, 15 000) = 20 000
    const hours = company.allocation.hours;
    hours.set([10, 20, 30], 0); // slot 0: hunt, activate, farm
    hours.set([40, 50, 60], 3); // slot 1
    const tally = new MonthTally();
    tally.reset(company.scheme.roles.length);
    return { company, tally };
  }

  it('records each manager\'s pay in team.pay and the tally: compCost, managers, pays, payRoles', () => {
    const { company, tally } = twoManagers();
    payMonth(company);
    payEveryone(company, 0, tally);
    expect(Array.from(company.team.pay.subarray(0, 2))).toEqual([90_000, 20_000]);
    expect(tally.pays).toEqual([90_000, 20_000]);
    expect(tally.payRoles).toEqual([0, 1]);
    expect(tally.managers).toBe(2);
    expect(tally.compCost).toBe(110_000); // 90 000 + 20 000
  });

  it('adds each manager\'s hours to the month and to his role', () => {
    const { company, tally } = twoManagers();
    payMonth(company);
    payEveryone(company, 0, tally);
    expect(tally.hours).toEqual([50, 70, 90]); // 10 + 40, 20 + 50, 30 + 60
    // per role: head-count, hunt, activate, farm
    expect(Array.from(tally.roleHours)).toEqual([1, 10, 20, 30, 1, 40, 50, 60]);
    expect([HUNT, ACTIVATE, FARM]).toEqual([0, 1, 2]); // the order of the hours above
  });

  it('skips a vacancy: no pay, no head-count, no hours', () => {
    const { company, tally } = twoManagers();
    company.team.person[1] = -1;
    company.team.pay[1] = 12_345; // whatever he was paid before stays
    payMonth(company);
    payEveryone(company, 0, tally);
    expect(tally.pays).toEqual([90_000]);
    expect(tally.managers).toBe(1);
    expect(tally.compCost).toBe(90_000);
    expect(Array.from(tally.roleHours)).toEqual([1, 10, 20, 30, 0, 0, 0, 0]);
    expect(company.team.pay[1]).toBe(12_345);
  });

  it('ends the month: this month\'s sums become previousSums (a swap of the arrays, not a copy)', () => {
    const { company, tally } = twoManagers();
    payMonth(company);
    const { ledger } = company;
    const thisMonth = ledger.sums;
    const lastMonth = ledger.previousSums;
    payEveryone(company, 0, tally);
    expect(ledger.previousSums).toBe(thisMonth);
    expect(ledger.sums).toBe(lastMonth);
    expect(ledger.previousSums[0 * ledger.stride]).toBe(700_000);
    expect(ledger.previousSums[1 * ledger.stride]).toBe(150_000);
    // The next month starts from cleared sums (beginMonth) and last month's stay for valuation.
    ledger.beginMonth();
    expect(ledger.sums[0]).toBe(0);
    expect(ledger.previousSums[0]).toBe(700_000);
  });
});
