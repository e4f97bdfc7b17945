/**
 * Starting a run from the company's real book instead of a simulated warm-up: the
 * team and the clients of managers.csv and clients.csv become the company's first state, and the
 * scenario supplies only what the files do not say.
 *
 * Time: the book describes the month of the export. The simulation calls that month −1, so the
 * first simulated month is 0 and the switch to each scheme happens at month 0, exactly where it
 * happens after a warm-up. A client signed "3 months ago" was signed in month −4, and in month −1
 * (the export) it is 3 months past signing, as the CSV says.
 *
 * What the files give and what is assumed (the report's team section lists the same for the owner):
 *   from the book  — managers, roles, tenure, current pay (→ reference income), temperament and
 *                    skills where filled in; clients, owner, originator, category, months since
 *                    signing and first shipment, monthly revenue and margin (→ margin rate),
 *                    payment behaviour.
 *   assumed        — a client's whole freight spend (potential): the book gives only what it ships
 *                    with us, so potential = revenue / (share · season) with the share of wallet taken from the
 *                    scenario (see assumedShare) and the export month's seasonal demand (market.ts); temperament and skills left empty, and the
 *                    potential and margin rate of a client that ships nothing yet, come from the
 *                    scenario's dice as for a new hire or a new client; how fickle a client is
 *                    (frailty) is drawn from the scenario and thinned by the months it has already
 *                    stayed (survivorFrailty, model/frailty.ts); a handed-over client's
 *                    relationship with its owner counts from the later of signing and the owner's
 *                    first day.
 */
import type { Book, BookClient, PaymentBehaviour } from '../book/types.js';
import type { ClientsParameters, Scenario } from '../scenario/schema.js';
import { ACTIVE, CONTRACTED, PAYS_BADLY, PAYS_LATE, PAYS_ON_TIME } from '../model/codes.js';
import type { Company } from '../model/company.js';
import { normalFromUniform } from '../model/distributions.js';
import { drawFrailty, survivorFrailty } from '../model/frailty.js';
import { seasonalDemand } from '../model/market.js';
import { hire } from '../model/people.js';
import { Purpose } from '../model/random.js';
import { MATURE_SHARE_OF_WALLET } from './company-start.js';

export { MATURE_SHARE_OF_WALLET };
export { followProbability } from '../model/people.js';

/** The book's month of export, in simulation months: the first simulated month is 0. */
export const BOOK_MONTH = -1;

/** Person number of an originator who has left the company: matches nobody, so no trailing pay. */
const GONE = -2;

const PAYMENT_CODES: Record<PaymentBehaviour, number> = { 'on-time': PAYS_ON_TIME, late: PAYS_LATE, bad: PAYS_BADLY };

/**
 * The scenario as a run from the book sees it: the team is as large as the book's, and there is
 * no warm-up (the book is the current state). Only these two numbers change.
 */
export function bookScenario(scenario: Scenario, book: Book): Scenario {
  return {
    ...scenario,
    warmupMonths: 0,
    team: { ...scenario.team, managers: book.managers.length },
  };
}

/**
 * Share of wallet assumed for a client of the book, to turn its observed revenue into its whole
 * freight spend. A contracted client gives `contractedShareOfWallet`, as the model says it does.
 * An active client starts at `initialShareOfWallet` and, with the scenario's monthly share growth,
 * approaches the share a long relationship reaches (MATURE_SHARE_OF_WALLET, the top of the range
 * `populate` draws starting clients from): s(t) = s0 + (s1 − s0)(1 − e^(−g·t)), t months since the
 * first shipment. With the bundled numbers (s0 = 0.25, g = 0.04): 0.38 after a year, 0.47 after two.
 */
export function assumedShare(category: 2 | 3, monthsShipping: number, clients: ClientsParameters): number {
  if (category === 2) return clients.contractedShareOfWallet;
  const s0 = clients.initialShareOfWallet;
  const s1 = Math.max(s0, MATURE_SHARE_OF_WALLET);
  return s0 + (s1 - s0) * (1 - Math.exp(-clients.shareGrowth * Math.max(0, monthsShipping)));
}

/** Absolute month a client of the book was signed, first shipped (or −1 when it has not) and came to its owner. */
export function bookMonths(client: BookClient, ownerMonthsInCompany: number): { signed: number; activated: number; relationStart: number } {
  const signed = BOOK_MONTH - client.signedMonthsAgo;
  const activated = client.category === 3 && client.firstShipmentMonthsAgo !== null ? BOOK_MONTH - client.firstShipmentMonthsAgo : -1;
  const ownerStart = BOOK_MONTH - ownerMonthsInCompany;
  return { signed, activated, relationStart: Math.max(signed, ownerStart) };
}

/**
 * Fills a freshly constructed Company (instead of `populate`, company-start.ts): slot k holds the
 * k-th manager of the book, client i (in the book's order) is the i-th client of the ClientBook.
 * The Company must have been built with `bookScenario(scenario, book)` so it has a slot for every manager.
 */
export function startFromBook(company: Company, book: Book): void {
  const clientParameters = company.params.scenario.clients;
  if (company.team.capacity < book.managers.length) {
    throw new Error(`startFromBook requires a Company with at least ${book.managers.length} slots (built from bookScenario), got ${company.team.capacity}`);
  }
  book.managers.forEach((manager, slot) => {
    const role = company.scheme.roles.findIndex((r) => r.id === manager.role);
    company.team.role[slot] = role >= 0 ? role : company.scheme.entryRole;
    // The dice give what the book leaves empty, exactly as for a hire; the book overrides the rest.
    hire(company, slot, 0, manager.monthsInCompany);
    setPerson(company, slot, manager);
  });
  const slotOf = new Map(book.managers.map((manager, slot) => [manager.id, slot]));
  const tenureOf = new Map(book.managers.map((manager) => [manager.id, manager.monthsInCompany]));
  for (const client of book.clients) {
    const owner = slotOf.get(client.owner);
    if (owner === undefined) throw new Error(`client "${client.id}": owner "${client.owner}" is not a manager of the book`);
    const originator = client.originator === null ? undefined : slotOf.get(client.originator);
    addBookClient(company, client, owner, originator, tenureOf.get(client.owner) ?? 0, clientParameters);
  }
}

function setPerson(company: Company, slot: number, manager: Book['managers'][number]): void {
  const t = company.team;
  t.referenceIncome[slot] = manager.monthlyPay;
  t.pay[slot] = manager.monthlyPay;
  if (manager.hunterAffinity !== undefined) t.affinity[slot] = Math.min(0.999, Math.max(0.001, manager.hunterAffinity));
  if (manager.huntingSkill !== undefined) t.huntSkill[slot] = manager.huntingSkill;
  if (manager.farmingSkill !== undefined) t.farmSkill[slot] = manager.farmingSkill;
}

function addBookClient(company: Company, client: BookClient, owner: number, originator: number | undefined, ownerTenure: number, c: ClientsParameters): void {
  const { market } = company.params.scenario;
  const book = company.book;
  const dice = company.dice;
  const i = book.add();
  const id = book.id[i];
  const months = bookMonths(client, ownerTenure);
  const active = client.category === 3;
  const monthsShipping = active ? (client.firstShipmentMonthsAgo ?? 0) : 0;
  const share = assumedShare(client.category, monthsShipping, c);
  const drawnPotential = market.potentialMedian * Math.exp(market.potentialSigma * normalFromUniform(dice.uniform(Purpose.ClientPotential, id, 0)));
  const drawnMarginRate = Math.min(0.9, Math.max(0.01, market.marginRate + market.marginRateSd * normalFromUniform(dice.uniform(Purpose.ClientMargin, id, 0))));
  const observed = client.monthlyRevenue > 0 && share > 0;

  book.state[i] = active ? ACTIVE : CONTRACTED;
  // The book's month was in its season: the client's spend in an average month is its revenue
  // divided by that month's seasonal demand too (market.ts; 1 without seasonality).
  book.potential[i] = observed ? client.monthlyRevenue / (share * seasonalDemand(company.params, BOOK_MONTH)) : drawnPotential;
  book.share[i] = active ? share : 0;
  book.marginRate[i] = client.monthlyRevenue > 0 ? client.monthlyMargin / client.monthlyRevenue : drawnMarginRate;
  book.payment[i] = PAYMENT_CODES[client.payment];
  book.frailty[i] = survivorFrailty(drawFrailty(company, id), monthsShipping, c, company.params.scenario.market.incidentRate);
  book.owner[i] = owner;
  book.originSlot[i] = originator ?? owner;
  book.originPerson[i] = originator === undefined ? GONE : company.team.person[originator];
  book.signedMonth[i] = months.signed;
  book.activatedMonth[i] = months.activated;
  book.relationStart[i] = months.relationStart;
  // The book's month as it was: the pay replay and the first valuation read these numbers.
  book.revenue[i] = client.monthlyRevenue;
  book.margin[i] = client.monthlyMargin;
  book.collected[i] = client.monthlyRevenue * (1 - company.params.uncollected[book.payment[i]]);
  // Growth pay counts from here: the book does not say what a client gave when it came to its owner.
  book.baseMargin[i] = client.monthlyMargin;
  // A milestone pays a first month above a volume: the book's month counts as reached already.
  book.peakRevenue[i] = client.monthlyRevenue;
}
