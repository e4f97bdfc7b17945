/**
 * Hunting (docs/model.md, "Hunting"): prospects become contracted clients (category 1 → 2).
 * A manager's hunting hours sign contracts ~ Poisson(contractsPerHuntHour · skill · availability
 * · hours^α) from a finite market that new companies refill; each new client's potential, margin,
 * payment behaviour and fickleness come from the market's dice for its number, and a manager whose
 * pay depends on being paid screens out part of the bad payers.
 */
import { ACTIVITIES, CONTRACTED, HUNT, NEW_CONTRACTS, OWNED_BASES, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME } from './codes.js';
import type { Company } from './company.js';
import { normalFromUniform, poissonFromUniform } from './distributions.js';
import { drawFrailty } from './frailty.js';
import { rampUp } from './people.js';
import { Purpose } from './random.js';
import type { MonthTally } from './tally.js';

/** Share of the addressable market still to be signed (0–1): hunting gets harder as it runs out. */
export function marketAvailability(company: Company): number {
  return Math.min(1, Math.max(0, company.prospectsLeft / company.params.scenario.market.prospects));
}

/** New companies enter the market at the start of the month. */
export function marketGrows(company: Company): void {
  company.prospectsLeft += company.params.scenario.market.newProspectsPerMonth;
}

/** This month's new contracts of every manager, limited by the prospects left in the market. */
export function hunt(company: Company, month: number, tally: MonthTally): void {
  const { behavior } = company.params.scenario;
  const { team, allocation, valuation, ledger } = company;
  const availability = marketAvailability(company);
  for (let s = 0; s < team.capacity; s++) {
    const hours = allocation.hours[s * ACTIVITIES + HUNT];
    const u = company.dice.uniform(Purpose.Hunt, s, month);
    if (!(hours > 0) || team.person[s] < 0) continue;
    const mean = behavior.contractsPerHuntHour * team.huntSkill[s] * rampUp(company, s) * availability * Math.pow(hours, behavior.huntElasticity);
    let contracts = poissonFromUniform(mean, u);
    contracts = Math.min(contracts, Math.floor(company.prospectsLeft));
    for (let k = 0; k < contracts; k++) signContract(company, s, month, valuation.screening[s]);
    company.prospectsLeft -= contracts;
    ledger.ownedMoney[s * OWNED_BASES + NEW_CONTRACTS] += contracts;
    tally.newContracts += contracts;
  }
}

/**
 * A new client signed by the slot in the month: its potential (lognormal), margin rate (normal,
 * within 1–90 %), payment behaviour and fickleness come from the market's dice for its number.
 * `screening` (0–1: how much less a bad payer's contract is worth to the manager than a good
 * payer's, manager-valuation.ts) turns away that share of `market.screeningEfficacy` of the bad
 * payers, with the same dice. Returns its index.
 */
export function signContract(company: Company, slot: number, month: number, screening = 0): number {
  const { market, clients } = company.params.scenario;
  const { book, dice } = company;
  const i = book.add();
  const id = book.id[i];
  book.state[i] = CONTRACTED;
  book.potential[i] = market.potentialMedian * Math.exp(market.potentialSigma * normalFromUniform(dice.uniform(Purpose.ClientPotential, id, 0)));
  book.marginRate[i] = Math.min(0.9, Math.max(0.01, market.marginRate + market.marginRateSd * normalFromUniform(dice.uniform(Purpose.ClientMargin, id, 0))));
  const badShare = market.badPayerShare * (1 - market.screeningEfficacy * screening);
  const u = dice.uniform(Purpose.ClientPayment, id, 0);
  book.payment[i] = u < badShare ? PAYS_BADLY : u < badShare + market.latePayerShare ? PAYS_LATE : PAYS_ON_TIME;
  book.frailty[i] = drawFrailty(company, id);
  book.owner[i] = slot;
  book.originSlot[i] = slot;
  book.originPerson[i] = company.team.person[slot];
  book.signedMonth[i] = month;
  book.activatedMonth[i] = -1;
  book.relationStart[i] = month;
  book.share[i] = 0;
  const revenue = book.potential[i] * clients.contractedShareOfWallet;
  book.revenue[i] = revenue;
  book.margin[i] = revenue * book.marginRate[i];
  book.collected[i] = revenue * (1 - company.params.uncollected[book.payment[i]]);
  book.baseMargin[i] = 0;
  return i;
}
