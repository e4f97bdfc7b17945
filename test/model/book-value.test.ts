/**
 * The value of the client book (src/model/book-value.ts; docs/model.md, "Value of the book"), with
 * numbers worked by hand: the closed forms, checked also against the month-by-month sums they
 * replace, and a tiny company's book valued with the care its manager's hours buy.
 */
import { describe, expect, it } from 'vitest';
import { activeClientValue, pipelineClientValue, valueBook } from '../../src/model/book-value.js';
import { CONTRACTED } from '../../src/model/codes.js';
import { addClient, tinyCompany } from './helpers/tiny-company.js';

describe('the value of an active client', () => {
  it('is m·(1 − h)/(d + h): 10 000 a month, 2 % churn, 1 % discount → 326 666.67', () => {
    // 10 000 · 0.98 / 0.03 = 326 666.666…
    expect(activeClientValue(10_000, 0.02, 0.01)).toBeCloseTo(326_666.6667, 3);
  });

  it('is the discounted sum of the margin of the months it survives, from the next month on', () => {
    let sum = 0;
    for (let t = 1; t < 5000; t++) sum += (10_000 * 0.98 ** t) / 1.01 ** t;
    expect(activeClientValue(10_000, 0.02, 0.01)).toBeCloseTo(sum, 6);
  });

  it('is zero for a client sure to leave, and refuses an infinite value', () => {
    expect(activeClientValue(10_000, 1, 0.01)).toBe(0);
    expect(() => activeClientValue(10_000, 0, 0)).toThrow(/companyDiscountRate \+ hazard > 0/);
  });
});

describe('the value of a contracted client', () => {
  const client = {
    age: 10,
    activation: 0.1,
    dormantAfterMonths: 12,
    dormancyHazard: 0.06,
    contractedMargin: 300,
    activeMargin: 2500,
    activeHazard: 0.02,
  };

  it('adds the months before dormancy can start and those after: 8 600.66 + 47 110.72 = 55 711.38', () => {
    // Once active it is worth V = 2500 · 1.01 / 0.03 = 84 166.67 in its first month. One month (age 11) before
    // dormancy: (0.1·V + 0.9·300)/1.01 = 8 600.66; then q·r₁ = 0.9/1.01, r₂ = 0.9·0.94 = 0.846:
    // (0.9/1.01)·(1/1.01)/(1 − 0.846/1.01)·(0.1·V + 0.846·300) = 47 110.72.
    expect(pipelineClientValue(client, 0.01)).toBeCloseTo(55_711.3821, 3);
  });

  it('is the month-by-month sum of first shipments and contracted margin, dormancy from its age', () => {
    const q = 1 / 1.01;
    const activated = (2500 * 1.01) / 0.03;
    let still = 1;
    let sum = 0;
    for (let t = 1; t < 5000; t++) {
      const dormancy = 10 + t >= 12 ? 0.06 : 0;
      sum += q ** t * still * (0.1 * activated + 0.9 * (1 - dormancy) * 300);
      still *= 0.9 * (1 - dormancy);
    }
    expect(pipelineClientValue(client, 0.01)).toBeCloseTo(sum, 6);
  });

  it('of a client past its dormancy age has only the second sum', () => {
    const old = { ...client, age: 30 };
    const q = 1 / 1.01;
    const activated = (2500 * 1.01) / 0.03;
    // q/(1 − q·0.846)·(0.1·V + 0.846·300) = 8 670.47/1.01/(1 − 0.837624) = 52 868.83
    expect(pipelineClientValue(old, 0.01)).toBeCloseTo((q / (1 - q * 0.846)) * (0.1 * activated + 0.846 * 300), 6);
    expect(pipelineClientValue(old, 0.01)).toBeCloseTo(52_868.8, 0);
  });
});

describe('the book of a company', () => {
  it('values each client with the care its manager\'s hours of the month buy', () => {
    const { company } = tinyCompany({
      market: { companyDiscountRate: 0.014, incidentRate: 0.08 },
      clients: { baseChurn: 0.01, neglectChurn: 0.03, incidentChurn: 0.25, badPayerChurn: 0.04, attentionHours: 3, baseActivation: 0.03, activationPerHour: 0.06, dormantAfterMonths: 12, dormancyHazard: 0.06, contractedShareOfWallet: 0.03, initialShareOfWallet: 0.25 },
    });
    // An active client: 1 000 000 · 0.4 · 0.15 = 60 000 a month, frailty 0.5; a contracted one signed 3 months ago.
    addClient(company, { potential: 1_000_000, share: 0.4, marginRate: 0.15, frailty: 0.5 });
    addClient(company, { state: CONTRACTED, potential: 1_000_000, marginRate: 0.15, frailty: 1, signedMonth: -3 });
    const attention = company.allocation.attention;
    attention.farming[0] = 3; // 3 hours for every client: L = 1 − e^−1 = 0.632121
    attention.activation[0] = 5; // p = 1 − e^−(0.03 + 0.06·5) = 0.281076
    const book = valueBook(company, 0, { active: 0, pipeline: 0, activeClients: 0, contractedClients: 0 });
    // h = 0.92·0.5·(0.01 + 0.03·0.367879) + 0.08·(that + 0.5·0.25·0.367879) = 0.0141970;
    // 60 000 · (1 − h)/(0.014 + h) = 2 097 677.42.
    expect(book.active).toBeCloseTo(2_097_677.42, 1);
    // Contracted: 4 500 a month, 37 500 once active with h = 0.0283940 at the active clients' care; n₁ = 8 months
    // before dormancy: 858 268.02.
    expect(book.pipeline).toBeCloseTo(858_268.02, 1);
    expect(book.activeClients).toBe(1);
    expect(book.contractedClients).toBe(1);
  });

  it('gives no own care to the clients of a vacant slot', () => {
    const { company } = tinyCompany({ market: { companyDiscountRate: 0.014 } });
    addClient(company, { potential: 1_000_000, share: 0.4, marginRate: 0.15, frailty: 1 });
    company.allocation.attention.farming[0] = 30;
    const staffed = valueBook(company, 0, { active: 0, pipeline: 0, activeClients: 0, contractedClients: 0 }).active;
    company.team.person[0] = -1;
    const vacant = valueBook(company, 0, { active: 0, pipeline: 0, activeClients: 0, contractedClients: 0 }).active;
    expect(vacant).toBeLessThan(staffed / 2);
  });
});
