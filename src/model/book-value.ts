/**
 * The value of the client book (docs/model.md, "Value of the book"): what the clients still on the
 * books at a month's end are expected to bring the company from the next month on, discounted at
 * the owner's cost of money (`market.companyDiscountRate`), not at the managers' impatience.
 *
 * Customer equity is the sum over clients of the discounted expected margin
 * CLV = Σ_{t≥1} m·r^t/(1 + d)^t (Gupta, Lehmann & Stuart 2004, J. Marketing Research 41(1)); with a
 * constant monthly retention r = 1 − h the infinite sum is m·(1 − h)/(d + h). Each client's own
 * frailty is in its hazard, so the heterogeneity of churn (Fader & Hardie 2007: the survivors are the
 * loyal ones) is carried by the clients who are left, not by an average rate.
 *
 * Simplifications, the same for every scheme: the share of wallet, the care a client gets and the
 * market's demand (1, the long-run average of the season and the market's luck) are held where they
 * are at the month's end; a grieving manager's leak is left out; the pay it will take to keep the
 * clients is not deducted (the horizon's pay is in net profit).
 */
import { ACTIVE, CONTRACTED, PAYS_BADLY } from './codes.js';
import type { Company } from './company.js';

/**
 * Expected discounted margin of a client bringing `margin` a month while it stays, staying each
 * month with probability 1 − hazard, from the next month on: m·(1 − h)/(d + h) (the closed form
 * of Σ_{t≥1} m·((1 − h)/(1 + d))^t). Requires d + h > 0.
 */
export function activeClientValue(margin: number, hazard: number, rate: number): number {
  const h = Math.min(1, Math.max(0, hazard));
  if (!(rate + h > 0)) throw new Error('activeClientValue requires companyDiscountRate + hazard > 0');
  return (margin * (1 - h)) / (rate + h);
}

/** What a contracted client's future depends on (per month, from the next month on). */
export interface PipelineClient {
  /** Months since signing at the month's end (the next month it is age + 1). */
  age: number;
  /** Probability of its first shipment in a month. */
  activation: number;
  /** Months since signing from which it may go dormant, and the monthly probability then. */
  dormantAfterMonths: number;
  dormancyHazard: number;
  /** Margin a month while contracted, and in its month of activation and after. */
  contractedMargin: number;
  activeMargin: number;
  /** Its monthly churn hazard once active. */
  activeHazard: number;
}

/**
 * Expected discounted margin of a contracted client: each month it ships for the first time with
 * probability p (then it brings m_a that month and activeClientValue after, V = m_a·(1 + d)/(d + h_a)),
 * or else, from age D, goes dormant with probability δ, or stays contracted and brings m_c. With
 * q = 1/(1 + d), r₁ = 1 − p before age D and r₂ = (1 − p)(1 − δ) after, n₁ = max(0, D − age − 1)
 * months before dormancy can start:
 *   value = [pV + r₁m_c]·q·(1 − (qr₁)^n₁)/(1 − qr₁) + (qr₁)^n₁·q/(1 − qr₂)·[pV + r₂m_c],
 * the two geometric sums of Σ_t q^t·S_{t−1}·(pV + (1 − p)(1 − δ_t)m_c), S the probability it is
 * still contracted (the order of activation and dormancy is clients.ts `moveClients`'s).
 */
export function pipelineClientValue(client: PipelineClient, rate: number): number {
  const p = Math.min(1, Math.max(0, client.activation));
  const q = 1 / (1 + rate);
  const activated = (client.activeMargin * (1 + rate)) / (rate + Math.min(1, Math.max(0, client.activeHazard)));
  const r1 = 1 - p;
  const r2 = r1 * (1 - client.dormancyHazard);
  const before = Math.max(0, client.dormantAfterMonths - client.age - 1);
  const reach = Math.pow(q * r1, before);
  const early = before > 0 ? ((p * activated + r1 * client.contractedMargin) * q * (1 - reach)) / (1 - q * r1) : 0;
  const late = ((reach * q) / (1 - q * r2)) * (p * activated + r2 * client.contractedMargin);
  return early + late;
}

/** The book valued at a month's end: the active clients, the contracted pipeline, and their counts. */
export interface BookValue {
  active: number;
  pipeline: number;
  activeClients: number;
  contractedClients: number;
}

/**
 * The book of `company` valued at the end of `month` (after its quits), into `out`. Each client is
 * given the care its owner's hours of this month would give it next month (allocation.ts
 * `attentionPerClient`: hours per unit of the client's value to him, or per client, plus the
 * team-wide workers; nobody's when its slot is vacant) — the care the scheme in force buys:
 *   active      margin P·s·(m − u_c), hazard the expected churn of clients.ts over the month's
 *               incident die: f·(c₀ + c_n(1 − L) + c_b[bad]) without an incident, + f·c_i(1 − L) with one;
 *   contracted  activation p = 1 − exp(−(b₀ + k·x)), margin P·s_c·(m − u_c) while contracted and P·s₀·(m − u_c)
 *               once active, with the churn hazard at the average care L̄ of the active clients now.
 * Plain loops over the book's typed arrays (two passes: L̄ first).
 */
export function valueBook(company: Company, month: number, out: BookValue): BookValue {
  const { clients: c, market } = company.params.scenario;
  const rate = market.companyDiscountRate;
  const uncollected = company.params.uncollected;
  const { book, team } = company;
  const attention = company.allocation.attention;
  const { state, owner, weight, frailty, payment, potential, share, marginRate, signedMonth } = book;
  const person = team.person;
  const expectedHazard = (f: number, lookedAfter: number, bad: boolean): number => {
    const quiet = Math.min(1, f * (c.baseChurn + c.neglectChurn * (1 - lookedAfter) + (bad ? c.badPayerChurn : 0)));
    const upset = Math.min(1, quiet + f * c.incidentChurn * (1 - lookedAfter));
    return (1 - market.incidentRate) * quiet + market.incidentRate * upset;
  };
  let active = 0;
  let pipeline = 0;
  let activeClients = 0;
  let contractedClients = 0;
  let careTotal = 0;
  for (let i = 0; i < book.count; i++) {
    if (state[i] !== ACTIVE) continue;
    const slot = owner[i];
    const own = person[slot] >= 0 ? attention.farming[slot] * (attention.farmingByValue[slot] ? weight[i] : 1) : 0;
    const lookedAfter = 1 - Math.exp(-(own + attention.teamFarming) / c.attentionHours);
    careTotal += lookedAfter;
    activeClients++;
    const margin = potential[i] * share[i] * (marginRate[i] - uncollected[payment[i]]);
    active += activeClientValue(margin, expectedHazard(frailty[i], lookedAfter, payment[i] === PAYS_BADLY), rate);
  }
  const care = activeClients > 0 ? careTotal / activeClients : 0;
  const client: PipelineClient = {
    age: 0,
    activation: 0,
    dormantAfterMonths: c.dormantAfterMonths,
    dormancyHazard: c.dormancyHazard,
    contractedMargin: 0,
    activeMargin: 0,
    activeHazard: 0,
  };
  for (let i = 0; i < book.count; i++) {
    if (state[i] !== CONTRACTED) continue;
    const slot = owner[i];
    const own = person[slot] >= 0 ? attention.activation[slot] * (attention.activationByValue[slot] ? weight[i] : 1) : 0;
    const perMargin = potential[i] * (marginRate[i] - uncollected[payment[i]]);
    contractedClients++;
    client.age = month - signedMonth[i];
    client.activation = 1 - Math.exp(-(c.baseActivation + c.activationPerHour * (own + attention.teamActivation)));
    client.contractedMargin = perMargin * c.contractedShareOfWallet;
    client.activeMargin = perMargin * c.initialShareOfWallet;
    client.activeHazard = expectedHazard(frailty[i], care, payment[i] === PAYS_BADLY);
    pipeline += pipelineClientValue(client, rate);
  }
  out.active = active;
  out.pipeline = pipeline;
  out.activeClients = activeClients;
  out.contractedClients = contractedClients;
  return out;
}
