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
import { monthsLeftAfter } from '../schemes/ledger.js';
import { relationMatches } from '../schemes/match.js';
import { ACTIVITIES, CONTRACTED, HUNT, NEW_CONTRACTS, ORIGINATED_BIT, OWNED_BASES, OWNS_BIT, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME } from './codes.js';
import { calendarMonth } from './market.js';
import { nextPeriodMarginalRate, type PeriodsAhead } from './valuation.js';
import type { Company } from './company.js';
import { binomialFromUniform, normalFromUniform, poissonFromUniform } from './distributions.js';
import { drawFrailty } from './frailty.js';
import { rampUp } from './people.js';
import { PIPELINE_MONTHS } from './team.js';
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
 * catch. They stay in the market; the others are deals that leave the market and sign this month,
 * or with `market.closeMonths` > 0 in a later month of his pipeline (geometric, mean closeMonths
 * months later). The deals due this month sign, but for those he moves across a period's end
 * (closeShift).
 */
export function hunt(company: Company, month: number, tally: MonthTally): void {
  const { behavior, market } = company.params.scenario;
  const { team, allocation, valuation, ledger } = company;
  const availability = marketAvailability(company);
  const demand = company.demand.huntingMultiplier;
  // A deal met closes this month with probability 1 / (1 + closeMonths), else in a later month (the pipeline).
  const closesNow = 1 / (1 + market.closeMonths);
  const pipeline = team.pipeline;
  for (let s = 0; s < team.capacity; s++) {
    const hours = allocation.hours[s * ACTIVITIES + HUNT];
    const u = company.dice.uniform(Purpose.Hunt, s, month);
    // A vacant territory's open deals wait for the successor.
    if (team.person[s] < 0) continue;
    const at = s * PIPELINE_MONTHS;
    let met = 0;
    const screening = valuation.screening[s];
    if (hours > 0) {
      const sellingHours = hours * screenedHoursFactor(company, screening);
      const mean = behavior.contractsPerHuntHour * team.huntSkill[s] * rampUp(company, s) * availability * demand * Math.pow(sellingHours, behavior.huntElasticity);
      const candidates = Math.min(poissonFromUniform(mean, u), Math.floor(company.prospectsLeft));
      // Each candidate is a bad payer the checks catch with probability badPayerShare · screeningEfficacy · q.
      const refusal = 1 - signedShare(company, screening);
      const refused = candidates > 0 && refusal > 0 ? binomialFromUniform(candidates, refusal, company.dice.uniform(Purpose.Screening, s, month)) : 0;
      met = candidates - refused;
      // The deals met leave the market and enter his pipeline, each in the month it will close.
      company.prospectsLeft -= met;
      if (closesNow >= 1) pipeline[at] += met;
      else if (met > 0) intoPipeline(company, s, month, met, closesNow);
    }
    // Close timing: where a period's curve pays a deal more this month than next (or less), he moves some.
    let pulled = 0;
    const shift = company.scheme.hasPeriodic ? closeShift(company, s, month) : 0;
    if (shift > 0 && pipeline[at + 1] > 0) {
      pulled = binomialFromUniform(pipeline[at + 1], behavior.closeShiftShare, company.dice.uniform(Purpose.CloseShift, s, month));
      pipeline[at + 1] -= pulled;
    } else if (shift < 0 && pipeline[at] > 0) {
      const held = binomialFromUniform(pipeline[at], behavior.closeShiftShare, company.dice.uniform(Purpose.CloseShift, s, month));
      // Each deal held back is lost in the wait with probability closeShiftCost: back to the market.
      const lost = held > 0 ? binomialFromUniform(held, behavior.closeShiftCost, company.dice.uniform(Purpose.HeldClose, s, month)) : 0;
      pipeline[at] -= held;
      pipeline[at + 1] += held - lost;
      company.prospectsLeft += lost;
    }
    const contracts = pipeline[at] + pulled;
    for (let k = 0; k < contracts; k++) {
      const i = signContract(company, s, month, screening);
      if (k >= contracts - pulled) discountMargin(company, i);
      if (company.book.payment[i] === PAYS_BADLY) tally.newBadPayers++;
    }
    // The pipeline moves on a month.
    pipeline.copyWithin(at, at + 1, at + PIPELINE_MONTHS);
    pipeline[at + PIPELINE_MONTHS - 1] = 0;
    ledger.ownedMoney[s * OWNED_BASES + NEW_CONTRACTS] += contracts;
    tally.newContracts += contracts;
  }
}

/** `met` new deals of slot `s` into his pipeline: each closes this month with probability p, else in each later month with p again. */
function intoPipeline(company: Company, s: number, month: number, met: number, p: number): void {
  const pipeline = company.team.pipeline;
  const at = s * PIPELINE_MONTHS;
  let left = met;
  for (let k = 0; k < PIPELINE_MONTHS - 1 && left > 0; k++) {
    const closing = binomialFromUniform(left, p, company.dice.uniform(Purpose.PipelineClose, at + k, month));
    pipeline[at + k] += closing;
    left -= closing;
  }
  pipeline[at + PIPELINE_MONTHS - 1] += left;
}

/** His periods as closeShift reads them (reused: nothing allocated per manager-month). */
const ahead: PeriodsAhead = { state: { toDate: new Float64Array(0), paid: new Float64Array(0), measured: new Float64Array(0), quota: new Float64Array(0), calendarMonth: 0 }, discount: 1 };

/**
 * Whether moving a close pays the manager in slot `s` this month: +1 pull next month's deals into
 * this month, −1 hold this month's back, 0 neither. A deal moved across the end of a period
 * moves a count from one period's curve to the next: it gains (rate now − rate next period) for
 * every component counting new contracts over a period that ends this month, where the rate now
 * is his marginal rate where he stands (valuation) and next period's is that of a fresh period at
 * his run rate, against the quota this period leaves (nextPeriodMarginalRate). It costs him
 * closeShiftCost of what a contract is worth to him (the concession, or the chance of losing it).
 * Only a period's end makes this month differ from the next, so schemes without a period or a
 * quota never move a close.
 */
export function closeShift(company: Company, s: number, month: number): number {
  const role = company.role(s);
  if (!role) return 0;
  const { ledger, valuation } = company;
  const at = s * ledger.stride;
  const calendar = calendarMonth(company.params.scenario, month);
  // His periods this month (prepareValuation has made them his and placed the month).
  ahead.state = ledger.periods;
  ahead.discount = company.params.discount;
  let gain = 0;
  for (let k = 0; k < role.components.length; k++) {
    const c = role.components[k];
    if (!c.periodic || c.basis !== NEW_CONTRACTS || c.signingFrom !== 0 || !relationMatches(c.relation, OWNS_BIT | ORIGINATED_BIT)) continue;
    if (monthsLeftAfter(c, calendar) !== 0) continue;
    gain += valuation.rates[at + k] - nextPeriodMarginalRate(c, ledger.previousSums[at + k], 1, ahead, at + k);
  }
  const cost = company.params.scenario.behavior.closeShiftCost * Math.max(valuation.newContractValue[s], 0);
  return gain > cost ? 1 : -gain > cost ? -1 : 0;
}

/** A deal pulled into the month is signed at closeShiftCost off its margin (the concession that closed it early). */
function discountMargin(company: Company, i: number): void {
  const { book } = company;
  book.marginRate[i] *= 1 - company.params.scenario.behavior.closeShiftCost;
  book.margin[i] = book.revenue[i] * book.marginRate[i];
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
  book.peakRevenue[i] = 0;
  return i;
}
