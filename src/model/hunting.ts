/**
 * Hunting (docs/model.md, "Hunting"): prospects become contracted clients (category 1 → 2).
 * A manager's hunting hours meet candidates ~ Poisson(contractsPerHuntHour · skill · availability
 * · D^η · hours^α), D^η the month's market demand to the hunting elasticity (market.ts), from a
 * finite market that new companies refill; each new client's potential, margin, payment behaviour
 * and fickleness come from the market's dice for its number. A manager whose pay depends on being
 * paid checks his counterparties: the checks take part of his hunting hours, and a bad payer they
 * catch is turned away, a contract not signed (Kim, Sudhir & Uetake 2019: loan officers paid also
 * on repayment acquire fewer, better loans).
 */
import { ACTIVITIES, CONTRACTED, HUNT, NEW_CONTRACTS, OWNED_BASES, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME } from './codes.js';
import type { Company } from './company.js';
import { binomialFromUniform, normalFromUniform, poissonFromUniform } from './distributions.js';
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

/**
 * This month's new contracts of every manager, limited by the prospects left in the market. A
 * manager screening with intensity q (valuation.screening, 0–1) sells with hours·(1 − q ·
 * screeningTimeShare) of his hunting hours, meets Poisson candidates, and turns away
 * Binomial(candidates, badPayerShare · screeningEfficacy · q) of them: the bad payers his checks
 * catch. They stay in the market; the others sign.
 */
export function hunt(company: Company, month: number, tally: MonthTally): void {
  const { behavior } = company.params.scenario;
  const { team, allocation, valuation, ledger } = company;
  const availability = marketAvailability(company);
  const demand = company.demand.huntingMultiplier;
  for (let s = 0; s < team.capacity; s++) {
    const hours = allocation.hours[s * ACTIVITIES + HUNT];
    const u = company.dice.uniform(Purpose.Hunt, s, month);
    if (!(hours > 0) || team.person[s] < 0) continue;
    const screening = valuation.screening[s];
    const sellingHours = hours * screenedHoursFactor(company, screening);
    const mean = behavior.contractsPerHuntHour * team.huntSkill[s] * rampUp(company, s) * availability * demand * Math.pow(sellingHours, behavior.huntElasticity);
    const candidates = Math.min(poissonFromUniform(mean, u), Math.floor(company.prospectsLeft));
    // Each candidate is a bad payer the checks catch with probability badPayerShare · screeningEfficacy · q.
    const refusal = 1 - signedShare(company, screening);
    const refused = candidates > 0 && refusal > 0 ? binomialFromUniform(candidates, refusal, company.dice.uniform(Purpose.Screening, s, month)) : 0;
    const contracts = candidates - refused;
    for (let k = 0; k < contracts; k++) {
      const i = signContract(company, s, month, screening);
      if (company.book.payment[i] === PAYS_BADLY) tally.newBadPayers++;
    }
    company.prospectsLeft -= contracts;
    ledger.ownedMoney[s * OWNED_BASES + NEW_CONTRACTS] += contracts;
    tally.newContracts += contracts;
  }
}

/** Share of a screening manager's hunting hours left for selling once he has checked his counterparties. */
export function screenedHoursFactor(company: Company, screening: number): number {
  return 1 - screening * company.params.scenario.market.screeningTimeShare;
}

/**
 * Contracts signed per candidate met by a manager screening with intensity q: all but the bad
 * payers his checks turn away, 1 − badPayerShare · screeningEfficacy · q.
 */
export function signedShare(company: Company, screening: number): number {
  const { market } = company.params.scenario;
  return 1 - market.badPayerShare * market.screeningEfficacy * screening;
}

/**
 * A new client signed by the slot in the month: its potential (lognormal), margin rate (normal,
 * within 1–90 %), payment behaviour and fickleness come from the market's dice for its number.
 * `screening` q (0–1: how much less a bad payer's contract is worth to the manager than a good
 * payer's, manager-valuation.ts) is how hard the signer checked: of the candidates he met, bad
 * payers (badPayerShare b) were turned away with probability screeningEfficacy·q = e·q (hunt), so
 * among those he signs the bad share is b(1 − e·q)/(1 − b·e·q) and the late share
 * latePayerShare/(1 − b·e·q); the payment die falls into those bands. Returns its index.
 */
export function signContract(company: Company, slot: number, month: number, screening = 0): number {
  const { market, clients } = company.params.scenario;
  const { book, dice } = company;
  const i = book.add();
  const id = book.id[i];
  book.state[i] = CONTRACTED;
  book.potential[i] = market.potentialMedian * Math.exp(market.potentialSigma * normalFromUniform(dice.uniform(Purpose.ClientPotential, id, 0)));
  book.marginRate[i] = Math.min(0.9, Math.max(0.01, market.marginRate + market.marginRateSd * normalFromUniform(dice.uniform(Purpose.ClientMargin, id, 0))));
  // The candidates turned away were bad payers only: the signed are the rest, renormalised (when
  // every candidate is turned away, hunt signs nobody; a direct call keeps the shares unscaled).
  const signed = signedShare(company, screening) || 1;
  const badShare = (market.badPayerShare * (1 - market.screeningEfficacy * screening)) / signed;
  const lateShare = market.latePayerShare / signed;
  const u = dice.uniform(Purpose.ClientPayment, id, 0);
  book.payment[i] = u < badShare ? PAYS_BADLY : u < badShare + lateShare ? PAYS_LATE : PAYS_ON_TIME;
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
