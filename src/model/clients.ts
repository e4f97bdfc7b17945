/**
 * Clients (docs/model.md, "Clients"): every live client's month, and the one place a client is
 * lost, whatever the cause (`loseClient`, which records why).
 *   activation  a contracted client (2) starts shipping (3) with p = 1 − exp(−(b0 + k · a)),
 *               a = the activation hours it gets; after `dormantAfterMonths` unactivated it goes
 *               dormant (lost) with `dormancyHazard` a month;
 *   care        an active client is looked after with L = 1 − exp(−f / attentionHours),
 *               f = the farming hours it gets;
 *   churn       hazard = frailty · (baseChurn + neglectChurn · (1 − L)
 *                        + incidentChurn · (1 − L) in a month with a logistics incident
 *                        + badPayerChurn for a bad payer);
 *   share       s ← min(1, s + shareGrowth · L · (1 − s) − shareErosion · (1 − L) · s);
 *   money       revenue = potential · share · D · exp(σz − σ²/2), D the month's market demand
 *               (market.ts), margin = revenue · marginRate
 *               less what a grieving manager leaks, collected = revenue · (1 − unpaid share).
 */
import {
  ACTIVE, ACTIVATIONS, CHURNED, COLLECTED_MARGIN, COLLECTED_REVENUE, CONTRACTED, DORMANT, GROWTH, LOST, MARGIN, OWNED_BASES,
  PAYS_BADLY, REVENUE,
} from './codes.js';
import type { ClientBook } from './book.js';
import type { Company } from './company.js';
import type { Attention } from './allocation.js';
import { normalFromUniform } from './distributions.js';
import { Purpose } from './random.js';
import { TENURE_YEARS, type MonthTally } from './tally.js';

/** The client at index i is lost, for `cause` (CHURNED, DORMANT, LOST_AT_HANDOVER or FOLLOWED_MANAGER). */
export function loseClient(book: ClientBook, i: number, cause: number): void {
  book.state[i] = LOST;
  book.lossCause[i] = cause;
}

/**
 * Every live client's month: contracted clients activate or go dormant, active ones are looked
 * after or neglected, grow or erode, and may churn; the month's money is booked. The clients
 * lost this month go to `lost` (i, or −1 − i if it had been active), for clawbacks; the count is
 * returned. Pay and valuation follow in pay-and-value.ts.
 *
 * This is the hot loop (about 70 000 client-months a run), so it is written for V8: plain loops
 * over the book's typed arrays held in locals, every parameter read once before the loop, the
 * run-and-purpose part of each die's hash hoisted (`purposeKeys`) and the month's part too
 * (`thisMonth`), totals kept in locals (a fractional number stored in an object's field is boxed),
 * and no calls in the loop but the dice, the normal quantile and `loseClient`, which V8 inlines.
 * V8 inlines a caller's calls only up to a total bytecode size (--max-inlined-bytecode-size-cumulative,
 * 920): anything else called from here would eat into it, and a draw left out of line boxes its
 * result. So the phases of a client's month are the labelled parts of one loop body.
 */
export function moveClients(company: Company, month: number, thisMonth: number, attention: Attention, tally: MonthTally, lost: Int32Array): number {
  const { clients: c, market, behavior } = company.params.scenario;
  const { book, team } = company;
  const uncollected = company.params.uncollected;
  const noiseSd = market.revenueNoise;
  const noiseShift = (noiseSd * noiseSd) / 2;
  const demand = company.demand.multiplier;
  const baseActivation = c.baseActivation;
  const activationPerHour = c.activationPerHour;
  const dormantAfterMonths = c.dormantAfterMonths;
  const dormancyHazard = c.dormancyHazard;
  const attentionHours = c.attentionHours;
  const incidentRate = market.incidentRate;
  const baseChurn = c.baseChurn;
  const neglectChurn = c.neglectChurn;
  const incidentChurn = c.incidentChurn;
  const badPayerChurn = c.badPayerChurn;
  const shareGrowth = c.shareGrowth;
  const shareErosion = c.shareErosion;
  const initialShareOfWallet = c.initialShareOfWallet;
  const contractedShareOfWallet = c.contractedShareOfWallet;
  const stuckAfterMonths = c.stuckAfterMonths;
  const leakRate = behavior.leakRate;
  const teamActivation = attention.teamActivation;
  const teamFarming = attention.teamFarming;
  const activationPerValue = attention.activation;
  const activationByValue = attention.activationByValue;
  const farmingPerValue = attention.farming;
  const farmingByValue = attention.farmingByValue;
  const draw = company.dice.at;
  const keys = company.dice.purposeKeys;
  const activationKey = keys[Purpose.Activation];
  const dormancyKey = keys[Purpose.Dormancy];
  const incidentKey = keys[Purpose.Incident];
  const churnKey = keys[Purpose.Churn];
  const revenueNoiseKey = keys[Purpose.RevenueNoise];
  const { state, id, owner: owners, signedMonth, activatedMonth, share, weight, frailty, payment, potential, marginRate } = book;
  const { revenue: revenues, margin: margins, collected: collections, baseMargin } = book;
  const { person, grievance, grievanceUntil } = team;
  const tenureActive = tally.tenureActive;
  const tenureChurned = tally.tenureChurned;
  const lastTenureBand = TENURE_YEARS - 1;
  const ownedMoney = company.ledger.ownedMoney;
  let lostCount = 0;
  let clientMonths = 0;
  let activations = 0;
  let dormant = 0;
  let churned = 0;
  let revenueTotal = 0;
  let marginTotal = 0;
  let uncollectedTotal = 0;
  let leakedMargin = 0;
  let activeClients = 0;
  let contractedClients = 0;
  let stuckContracted = 0;
  let badPayersContracted = 0;
  const count = book.count;
  for (let i = 0; i < count; i++) {
    let now = state[i];
    if (now === LOST) continue;
    clientMonths++;
    const client = id[i];
    const owner = owners[i];
    const staffed = person[owner] >= 0;
    const wasActive = now === ACTIVE;
    if (now === CONTRACTED) {
      // Activation, or dormancy.
      const age = month - signedMonth[i];
      const ownHours = staffed ? activationPerValue[owner] * (activationByValue[owner] ? weight[i] : 1) : 0;
      const activationHours = ownHours + teamActivation;
      const uActivation = draw(activationKey, client, thisMonth);
      const uDormancy = draw(dormancyKey, client, thisMonth);
      if (age > 0 && uActivation < 1 - Math.exp(-(baseActivation + activationPerHour * activationHours))) {
        now = ACTIVE;
        activatedMonth[i] = month;
        share[i] = initialShareOfWallet;
        ownedMoney[owner * OWNED_BASES + ACTIVATIONS] += 1;
        activations++;
      } else if (age >= dormantAfterMonths && uDormancy < dormancyHazard) {
        now = LOST;
        loseClient(book, i, DORMANT);
        dormant++;
      }
    } else {
      // Care, churn, and the share of wallet of those who stay; churn is counted by tenure year
      // (months 1–12 since the first shipment are the first year).
      const tenureBand = Math.min(lastTenureBand, Math.floor((month - activatedMonth[i] - 1) / 12));
      tenureActive[tenureBand]++;
      const ownHours = staffed ? farmingPerValue[owner] * (farmingByValue[owner] ? weight[i] : 1) : 0;
      const farmingHours = ownHours + teamFarming;
      const lookedAfter = 1 - Math.exp(-farmingHours / attentionHours);
      const incident = draw(incidentKey, client, thisMonth) < incidentRate;
      // Frailty multiplies the whole hazard (proportional hazards): a fickle client also leaves
      // sooner after an incident or a dispute over money.
      const hazard =
        frailty[i] *
        (baseChurn + neglectChurn * (1 - lookedAfter) + (incident ? incidentChurn * (1 - lookedAfter) : 0) + (payment[i] === PAYS_BADLY ? badPayerChurn : 0));
      if (draw(churnKey, client, thisMonth) < hazard) {
        now = LOST;
        loseClient(book, i, CHURNED);
        churned++;
        tenureChurned[tenureBand]++;
      } else {
        const before = share[i];
        share[i] = Math.min(1, before + shareGrowth * lookedAfter * (1 - before) - shareErosion * (1 - lookedAfter) * before);
      }
    }
    state[i] = now;
    if (now === LOST) {
      lost[lostCount++] = wasActive ? -1 - i : i;
      continue;
    }
    // Money of the month: the client's spend × our share × the market's demand, with noise;
    // grieving managers leak margin.
    const z = normalFromUniform(draw(revenueNoiseKey, client, thisMonth));
    const revenue = potential[i] * (now === ACTIVE ? share[i] : contractedShareOfWallet) * demand * Math.exp(noiseSd * z - noiseShift);
    const leak = staffed && month < grievanceUntil[owner] ? leakRate * grievance[owner] : 0;
    const fullMargin = revenue * marginRate[i];
    const margin = fullMargin * (1 - leak);
    const collected = revenue * (1 - uncollected[payment[i]]);
    revenues[i] = revenue;
    margins[i] = margin;
    collections[i] = collected;
    if (now === ACTIVE && activatedMonth[i] === month) baseMargin[i] = margin;
    revenueTotal += revenue;
    marginTotal += margin;
    uncollectedTotal += revenue - collected;
    leakedMargin += fullMargin - margin;
    if (now === ACTIVE) activeClients++;
    else {
      contractedClients++;
      if (month - signedMonth[i] > stuckAfterMonths) stuckContracted++;
      if (payment[i] === PAYS_BADLY) badPayersContracted++;
    }
    const owned = owner * OWNED_BASES;
    ownedMoney[owned + REVENUE] += revenue;
    ownedMoney[owned + MARGIN] += margin;
    ownedMoney[owned + COLLECTED_REVENUE] += collected;
    ownedMoney[owned + COLLECTED_MARGIN] += margin - (revenue - collected);
    ownedMoney[owned + GROWTH] += margin > baseMargin[i] ? margin - baseMargin[i] : 0;
  }
  company.clientMonths += clientMonths;
  tally.activations += activations;
  tally.dormant += dormant;
  tally.churned += churned;
  tally.revenue += revenueTotal;
  tally.margin += marginTotal;
  tally.uncollected += uncollectedTotal;
  tally.leakedMargin += leakedMargin;
  tally.activeClients += activeClients;
  tally.contractedClients += contractedClients;
  tally.stuckContracted += stuckContracted;
  tally.badPayersContracted += badPayersContracted;
  return lostCount;
}
