/**
 * Periods, quotas, attainment curves, ratchets and pay on the part above the quota: payslips
 * worked by hand, the arithmetic written beside each expectation. Every month's pay goes through
 * the same settle as the month loop's (schemes/ledger.ts), with the periods carried from month to
 * month.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { SchemeSchema } from '../../src/scenario/schema.js';
import { compileScheme, type CompiledScheme } from '../../src/schemes/compile.js';
import { payFor } from '../../src/schemes/pay.js';
import type { Statement, StatementClient } from '../../src/schemes/statement.js';

const software = loadScenario('scenarios/software.yaml');
const scheme = (id: string): CompiledScheme => compileScheme(software.schemes.find((s) => s.id === id)!, 2);

/** A customer signed two months before the statement's first month, billing `revenue` in month m. */
const newCustomer = (revenue: number, m: number): StatementClient => ({
  id: 'new', state: 'active', revenue, margin: revenue * 0.8, growth: 0, monthsSinceSigning: 2 + m, monthsSinceActivation: 1 + m, owned: true, originated: true,
});
/** A customer signed 30 months ago (outside the quota's 12-month window), billing 10 000. */
const oldCustomer = (m: number): StatementClient => ({
  id: 'old', state: 'active', revenue: 10_000, margin: 8000, growth: 0, monthsSinceSigning: 30 + m, monthsSinceActivation: 28 + m, owned: true, originated: true,
});
const quarter = (revenues: number[], extra: Partial<Statement> = {}): Statement => ({
  months: revenues.map((revenue, m) => ({ clients: [oldCustomer(m), newCustomer(revenue, m)] })),
  ...extra,
});
const line = (pay: ReturnType<typeof payFor>, id: string, month?: number): number =>
  (month === undefined ? pay.lines : pay.months![month].lines).find((l) => l.id === id)!.amount;

describe('a quarter with an accelerator above 100 % (software.yaml, quarterly-quota)', () => {
  // Quota 12 000 a quarter on new subscriptions; marginal tiers by attainment: 0 below 50 %
  // (6 000), 10 % from 6 000 to 12 000, 20 % from 12 000 to 18 000, 5 % above.
  const pay = payFor(scheme('quarterly-quota'), 'executive', quarter([4000, 5000, 6000]));

  it('pays nothing of the bonus before the quarter ends, and at its end the tiers on the quarter\'s 15 000', () => {
    expect([0, 1, 2].map((m) => line(pay, 'quota-bonus', m))).toEqual([0, 0, 1200]); // (12 000 − 6 000)·0.10 + (15 000 − 12 000)·0.20 = 600 + 600
  });

  it('pays the monthly commission every month and sums the quarter', () => {
    expect([0, 1, 2].map((m) => line(pay, 'retention', m))).toEqual([560, 600, 640]); // 4 % of 14 000, 15 000, 16 000
    expect(pay.months!.map((month) => month.total)).toEqual([5560, 5600, 6840]); // salary 5 000 + the lines
    expect(pay.total).toBe(18_000);
    expect(pay.quotas).toEqual([{ id: 'quota-bonus', name: 'Quarterly quota bonus', quota: 12_000, result: 15_000, attainment: 1.25, nextQuota: 12_000 }]);
  });

  it('past 150 % the decelerator pays 5 %', () => {
    const over = payFor(scheme('quarterly-quota'), 'executive', quarter([7000, 7000, 7000]));
    // 21 000: 600 + (18 000 − 12 000)·0.20 + (21 000 − 18 000)·0.05 = 600 + 1 200 + 150
    expect(line(over, 'quota-bonus')).toBeCloseTo(1950, 9);
  });

  it('a quarter is a calendar quarter: a statement from February ends its quarter in March', () => {
    const fromFebruary = payFor(scheme('quarterly-quota'), 'executive', quarter([5000, 6000], { fromMonth: 2 }));
    // Two months of the quarter measured: quota pro-rated to 8 000 (tiers 4 000 / 8 000 / 12 000); 11 000 → 400 + 600
    expect(fromFebruary.months!.map((m) => m.month)).toEqual([2, 3]);
    expect(line(fromFebruary, 'quota-bonus', 1)).toBeCloseTo(1000, 9);
    // The payslip states the quota he was measured against: 8 000, reached at 137.5 %.
    expect(fromFebruary.quotas![0]).toMatchObject({ quota: 8000, result: 11_000, attainment: 1.375, nextQuota: 12_000 });
  });
});

describe('a retroactive tier at the period\'s end', () => {
  const retroactive = compileScheme(
    SchemeSchema.parse({
      id: 'retro',
      name: 'Retroactive',
      roles: {
        executive: {
          salary: 5000,
          pay: [{ id: 'bonus', basis: 'revenue', monthsSinceSigning: { to: 12 }, period: 'quarter', quota: 12_000, tierMode: 'retroactive', tiers: [{ attainment: 0, rate: 0 }, { attainment: 1, rate: 0.1 }, { attainment: 1.2, rate: 0.15 }] }],
        },
      },
    }),
    2,
  );
  it('reaching 100 % pays 10 % of the whole quarter, reaching 120 % 15 % of it, short of 100 % nothing', () => {
    expect(line(payFor(retroactive, 'executive', quarter([4000, 4000, 4500])), 'bonus', 2)).toBeCloseTo(1250, 9); // 12 500 ≥ 12 000: 0.10 · 12 500
    expect(line(payFor(retroactive, 'executive', quarter([5000, 5000, 5000])), 'bonus', 2)).toBeCloseTo(2250, 9); // 15 000 ≥ 14 400: 0.15 · 15 000
    expect(line(payFor(retroactive, 'executive', quarter([4000, 4000, 3900])), 'bonus', 2)).toBe(0); // 11 900 < 12 000
  });
});

describe('a ratchet across two quarters (software.yaml, quota-with-ratchet)', () => {
  const halfYear = quarter([4000, 5000, 6000, 4000, 5000, 6000]);
  const ratchet = payFor(scheme('quota-with-ratchet'), 'executive', halfYear);
  const plain = payFor(scheme('quarterly-quota'), 'executive', halfYear);

  it('the first quarter pays as without the ratchet; the second is measured against its result, 15 000', () => {
    expect(line(ratchet, 'quota-bonus', 2)).toBe(1200); // 15 000 against 12 000, as above
    // max(12 000, 1 · 15 000) = 15 000
    expect(ratchet.quotas![0]).toMatchObject({ quota: 15_000, result: 15_000, attainment: 1, nextQuota: 15_000 });
  });

  it('the same 15 000 in the second quarter pays 750 against the raised quota, 1 200 without the ratchet', () => {
    // Quota 15 000: 0 below 7 500, 10 % from 7 500 to 15 000 = 750; nothing above 100 %.
    expect(line(ratchet, 'quota-bonus', 5)).toBeCloseTo(750, 9);
    expect(line(plain, 'quota-bonus', 5)).toBe(1200);
  });

  it('a quota carried in the statement is the one measured against', () => {
    const carried = payFor(scheme('quota-with-ratchet'), 'executive', quarter([4000, 5000, 6000], { quota: { 'quota-bonus': 15_000 } }));
    expect(line(carried, 'quota-bonus')).toBeCloseTo(750, 9);
  });
});

describe('pay on the part above the quota, advanced monthly (software.yaml, excess-bonus)', () => {
  it('each month pays 25 % above the quota pro-rated to date, less what was advanced', () => {
    const pay = payFor(scheme('excess-bonus'), 'executive', quarter([5000, 5000, 5000]));
    // Jan: 5 000 against 4 000 → 250; Feb: 10 000 against 8 000 → 500 − 250; Mar: 15 000 against 12 000 → 750 − 500
    expect([0, 1, 2].map((m) => line(pay, 'excess', m))).toEqual([250, 250, 250]);
    expect(line(pay, 'excess')).toBe(750); // 25 % of 15 000 − 12 000
  });

  it('a strong first month advanced is trued up when the quarter falls short', () => {
    const pay = payFor(scheme('excess-bonus'), 'executive', quarter([8000, 1000, 1000]));
    // Jan: 8 000 against 4 000 → 1 000; Feb: 9 000 against 8 000 → 250 − 1 000; Mar: 10 000 < 12 000 → 0 − 250
    expect([0, 1, 2].map((m) => line(pay, 'excess', m))).toEqual([1000, -750, -250]);
    expect(line(pay, 'excess')).toBe(0);
  });

  it('paidAbove with an amount is the same line without a quota', () => {
    const above = compileScheme(
      SchemeSchema.parse({ id: 'above', name: 'Above', roles: { executive: { salary: 0, pay: [{ id: 'excess', basis: 'revenue', rate: 0.1, paidAbove: 500_000 }] } } }),
      2,
    );
    const month: Statement = { clients: [{ ...oldCustomer(0), revenue: 700_000, margin: 100_000 }] };
    expect(payFor(above, 'executive', month).total).toBeCloseTo(20_000, 9); // 0.1 · (700 000 − 500 000)
  });
});
