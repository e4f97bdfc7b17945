/**
 * One month of the company, in the order things happen (docs/model.md, "Overview"). Each line is
 * a phase of the model (src/model/); this file only puts them in order.
 */
import { allocateHours, attentionPerClient } from '../model/allocation.js';
import { moveClients } from '../model/clients.js';
import type { Company } from '../model/company.js';
import { keepHeadcount } from '../model/hiring.js';
import { hunt, marketGrows } from '../model/hunting.js';
import { prepareValuation } from '../model/manager-valuation.js';
import { moveDemand } from '../model/market.js';
import { PAY, payAndValueClients, VALUE } from '../model/pay-and-value.js';
import { payEveryone } from '../model/pay.js';
import { arrivals, handOver, quits } from '../model/people.js';
import { promote } from '../model/promotions.js';
import { startGrievances } from '../model/reorganisation.js';
import { monthKey } from '../model/random.js';
import type { MonthTally } from '../model/tally.js';

export function simulateMonth(company: Company, month: number, tally: MonthTally): void {
  tally.reset(company.scheme.roles.length);
  // 1. The market's demand moves (the season, market-wide luck); hires arrive, new companies
  //    enter the market, clients due for a hand-off change hands.
  moveDemand(company, month);
  arrivals(company, month, tally);
  marketGrows(company);
  handOver(company, month, tally);
  // 2. Every manager splits his hours by what they are worth to him under the scheme.
  prepareValuation(company, month);
  allocateHours(company, month);
  const attention = attentionPerClient(company);
  // 3. Hunting signs new contracts (category 1 → 2) from the finite market.
  company.ledger.beginMonth();
  company.valuation.clearClients();
  hunt(company, month, tally);
  // 4. Every client moves: activates, goes dormant, is looked after or neglected, grows, erodes, churns.
  const lost = company.lostThisMonth(company.book.count);
  const lostCount = moveClients(company, month, monthKey(month), attention, tally, lost);
  // 5. Everybody is paid by the scheme's rules, the clients are valued for next month; promotions.
  payAndValueClients(company, PAY | VALUE, month, month + 1, lost, lostCount);
  payEveryone(company, month, tally);
  // The end of a changeover's pay protection is a pay cut for those it protected: felt now.
  if (company.changeover.protectionEndsAfter(month)) startGrievances(company, company.team.pay, company.changeover.unprotected, month + 1);
  promote(company, month, tally);
  // 6. Some managers quit, and some of their clients follow them.
  quits(company, month, tally);
  //    Roles that promotions or quits left short of the scheme's `hiring.keep` open vacancies.
  keepHeadcount(company, month);
  // 7. Everybody still here has been a month longer in the company.
  const team = company.team;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] >= 0) {
      team.tenure[s]++;
      company.managerMonths++;
    }
  }
}
