/**
 * The company at the start of a warm-up, as the scenario describes it (runs from the company's
 * own book start in book-start.ts instead): `team.managers` people in the current scheme's entry
 * role with exponentially distributed tenure, each with `team.initialActivePerManager` active
 * and `team.initialContractedPerManager` contracted clients of assumed ages and shares; an active
 * one has already stayed, so it is given a survivor's frailty (model/frailty.ts).
 */
import { ACTIVE } from '../model/codes.js';
import type { Company } from '../model/company.js';
import { survivorFrailty } from '../model/frailty.js';
import { signContract } from '../model/hunting.js';
import { hire } from '../model/people.js';
import { Purpose } from '../model/random.js';

/** The highest share of wallet a starting active client may have (shares are drawn up to it). */
export const MATURE_SHARE_OF_WALLET = 0.6;

export function populate(company: Company): void {
  const { team: t, clients: c } = company.params.scenario;
  const { dice, book } = company;
  for (let slot = 0; slot < t.managers; slot++) {
    company.team.role[slot] = company.scheme.entryRole;
    const u = dice.uniform(Purpose.HireTenure, slot, 0);
    hire(company, slot, 0, Math.round(-t.initialTenureMonths * Math.log(u)));
  }
  for (let slot = 0; slot < t.managers; slot++) {
    for (let k = 0; k < t.initialActivePerManager + t.initialContractedPerManager; k++) {
      const i = signContract(company, slot, 0);
      const active = k < t.initialActivePerManager;
      const id = book.id[i];
      const u = dice.uniform(Purpose.ClientStartAge, id, 0);
      if (active) {
        // Active for 3–60 months, first shipment within 6 months of signing.
        const age = 3 + Math.floor(u * 58);
        book.signedMonth[i] = -age;
        book.activatedMonth[i] = -age + 1 + Math.floor(dice.uniform(Purpose.ClientStartAge, id, 0, 1) * Math.min(age - 1, 6));
        book.state[i] = ACTIVE;
        book.share[i] = c.initialShareOfWallet + dice.uniform(Purpose.ClientStartShare, id, 0) * (MATURE_SHARE_OF_WALLET - c.initialShareOfWallet);
        // It has stayed this long already: a survivor, on average less fickle than a new client.
        book.frailty[i] = survivorFrailty(book.frailty[i], -book.activatedMonth[i], c, company.params.scenario.market.incidentRate);
      } else {
        book.signedMonth[i] = -Math.floor(u * 12);
      }
      book.relationStart[i] = Math.min(book.signedMonth[i], 0);
      const revenue = book.potential[i] * (active ? book.share[i] : c.contractedShareOfWallet);
      book.revenue[i] = revenue;
      book.margin[i] = revenue * book.marginRate[i];
      book.collected[i] = revenue * (1 - company.params.uncollected[book.payment[i]]);
      book.baseMargin[i] = book.margin[i];
      book.peakRevenue[i] = revenue;
    }
  }
}

/**
 * The starting team is used to what its book pays it: each manager's reference income and last
 * pay are his pay for the starting book (`pay`, primed by the scheme in force), as a book's
 * managers start from their exported pay (book-start.ts).
 */
export function settleStartingPay(company: Company, pay: Float64Array): void {
  const team = company.team;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0) continue;
    team.referenceIncome[s] = pay[s];
    team.pay[s] = pay[s];
  }
}
