/**
 * Starting a run from the company's book: before any month is simulated, the company holds exactly
 * the book's people and clients, and the same money; what the book does not say is assumed as
 * book-start.ts documents (potential from an assumed share of wallet, survivors less fickle).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBook, readBook } from '../../src/book/index.js';
import { assumedShare, BOOK_MONTH, bookScenario, followProbability, startFromBook } from '../../src/engine/book-start.js';
import { setUpExperiment } from '../../src/engine/experiment-setup.js';
import { Company } from '../../src/model/company.js';
import { seasonalDemand } from '../../src/model/market.js';
import { runKey } from '../../src/model/random.js';
import { loadScenario } from '../../src/scenario/index.js';
import { ACTIVE, CONTRACTED } from '../../src/model/codes.js';

const EXAMPLE = fileURLToPath(new URL('../../scenarios/book-example/', import.meta.url));
const scenario = loadScenario('scenarios/freight.yaml');
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

function startedCompany(book = readBook(EXAMPLE), seed = 3, run = 0) {
  const { experiment } = setUpExperiment(scenario, { seed, book });
  const company = new Company(experiment.params, runKey(seed, run), experiment.schemes, experiment.current);
  startFromBook(company, book);
  return { company, experiment, book };
}

describe('a run started from scenarios/book-example', () => {
  it('has the book\'s 8 managers, 85 active and 35 contracted clients before any month', () => {
    const { company } = startedCompany();
    const employed = Array.from(company.team.person).filter((p) => p >= 0);
    expect(employed).toHaveLength(8);
    expect(company.book.count).toBe(120);
    expect(company.book.countIn(ACTIVE)).toBe(85);
    expect(company.book.countIn(CONTRACTED)).toBe(35);
  });

  it('has the book\'s monthly revenue and margin (27 639 799.25 and 4 181 439.10, hand-checked in test/book/example.test.ts)', () => {
    const { company } = startedCompany();
    const n = company.book.count;
    expect(sum(Array.from(company.book.revenue.subarray(0, n)))).toBeCloseTo(27_639_799.25, 2);
    expect(sum(Array.from(company.book.margin.subarray(0, n)))).toBeCloseTo(4_181_439.1, 2);
    // What the model ships in the export month's season: potential × share × that month's seasonal
    // demand gives back the revenue (the switch is in January, so the export month is December,
    // 0.94 of an average month in freight.yaml's profile).
    const season = seasonalDemand(company.params, BOOK_MONTH);
    expect(season).toBeCloseTo(0.94, 12);
    let expected = 0;
    for (let i = 0; i < n; i++) {
      const share = company.book.state[i] === ACTIVE ? company.book.share[i] : scenario.clients.contractedShareOfWallet;
      if (company.book.revenue[i] > 0) expected += company.book.potential[i] * share * season;
    }
    expect(expected).toBeCloseTo(27_639_799.25, 2);
  });

  it('keeps tenure, pay, temperament and skills from managers.csv, and ignores the warm-up', () => {
    const { company, experiment } = startedCompany();
    expect(experiment.scenario.warmupMonths).toBe(0);
    expect(experiment.scenario.team.managers).toBe(8);
    expect(Array.from(company.team.tenure.subarray(0, 8))).toEqual([62, 41, 27, 19, 14, 33, 8, 3]);
    expect(Array.from(company.team.referenceIncome.subarray(0, 8))).toEqual([43_200, 88_300, 78_600, 94_700, 63_200, 46_900, 50_700, 28_600]);
    expect(company.team.affinity[4]).toBe(0.9);
    expect(company.team.huntSkill[4]).toBe(1.4);
    expect(company.team.farmSkill[5]).toBe(1.3);
    // Under the current scheme everybody is a generalist: the hunter and the farmer of the book too.
    expect(Array.from(company.team.role.subarray(0, 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('places months relative to the export month (−1): "37 months ago" is month −38', () => {
    const { company } = startedCompany();
    expect(company.book.signedMonth[0]).toBe(-38);
    expect(company.book.activatedMonth[0]).toBe(-37);
    expect(company.book.state[2]).toBe(CONTRACTED);
    expect(company.book.activatedMonth[2]).toBe(-1);
    // A client whose originator has left (empty cell) pays nobody trailing commission.
    const gone = readBook(EXAMPLE).clients.findIndex((c) => c.originator === null);
    expect(company.book.originPerson[gone]).toBe(-2);
  });

  it('depends on the seed only where the book is silent', () => {
    const a = startedCompany(undefined, 3).company;
    const b = startedCompany(undefined, 4).company;
    // M01 gave everything: same person in both. M07 left temperament empty: drawn.
    expect(b.team.affinity[0]).toBe(a.team.affinity[0]);
    expect(b.team.affinity[6]).not.toBe(a.team.affinity[6]);
    // A client that ships: potential from its revenue, not the dice. One that ships nothing: dice.
    expect(b.book.potential[0]).toBe(a.book.potential[0]);
    expect(b.book.potential[8]).not.toBe(a.book.potential[8]);
  });
});

describe('assumptions for what the book does not say', () => {
  const clients = scenario.clients;

  it('share of wallet: contracted as the scenario says; active from initialShareOfWallet towards 0.6', () => {
    expect(assumedShare(2, 0, clients)).toBe(clients.contractedShareOfWallet);
    expect(assumedShare(3, 0, clients)).toBe(clients.initialShareOfWallet);
    const s0 = clients.initialShareOfWallet;
    // s0 + (0.6 − s0)(1 − e^(−g·12)), worked out: with g = shareGrowth.
    expect(assumedShare(3, 12, clients)).toBeCloseTo(s0 + (0.6 - s0) * (1 - Math.exp(-clients.shareGrowth * 12)), 12);
    expect(assumedShare(3, 1000, clients)).toBeCloseTo(0.6, 6);
  });

  it('the potential of a client is its revenue over that share and the export month\'s season: 598 000.50 / (s(36) · 0.94) for the first client', () => {
    const { company } = startedCompany();
    // December's seasonal demand in freight.yaml is 0.94 (the profile averages 1).
    expect(company.book.potential[0]).toBeCloseTo(598_000.5 / (assumedShare(3, 36, scenario.clients) * 0.94), 6);
    expect(company.book.marginRate[0]).toBeCloseTo(90_507.82 / 598_000.5, 12);
  });

  it('follow probability is the quit rule\'s: followMax after a long relationship', () => {
    expect(followProbability(0, scenario.clients)).toBe(0);
    expect(followProbability(1e6, scenario.clients)).toBeCloseTo(scenario.clients.followMax, 9);
  });

  it('a book bigger than the scenario\'s team gets a slot for everybody', () => {
    const managers = 'id;name;role;monthsInCompany;monthlyPay\n' + Array.from({ length: 25 }, (_, k) => `m${k};M ${k};generalist;10;50000`).join('\n');
    const clients = 'id;name;owner;originator;category;signedMonthsAgo;firstShipmentMonthsAgo;monthlyRevenue;monthlyMargin;payment\nc1;C;m24;m24;3;5;4;100000;15000;on-time\n';
    const book = parseBook({ managers, clients });
    expect(bookScenario(scenario, book).team.managers).toBe(25);
    const { company } = startedCompany(book);
    expect(company.book.owner[0]).toBe(24);
    expect(company.team.person[24]).toBeGreaterThanOrEqual(0);
  });
});
