/**
 * The month's pay sums and the end-of-month valuation, client by client in book order (the order
 * in which the sums add up). Every client adds its month to the pay sums of its owner, of the
 * colleague who brought it in (trailing and originated components) and of the team-wide
 * components, through the role's compiled pay rules (schemes/pay-kernel.ts); then it is valued
 * for its owner and for the people who work on every client, which sets how much of their
 * attention it gets next month (docs/model.md, "Valuation").
 *
 * One loop serves the month (pay and value), the static payout replay when a scheme starts
 * (`primePay`: pay only) and the first valuation under it (`primeValuation`: value only), so the
 * three can never disagree. Hot loop (about 70 000 client-months a run): the book's typed arrays
 * in locals, nothing allocated, no per-client calls but the compiled kernels, which take only
 * integers and typed arrays (a number passed to a call that is not inlined is boxed).
 */
import { ACTIVE, CLIENT_MONEY, CONTRACTED, LOST, ORIGINATED_BIT, OWNS_BIT, PAYS_BADLY } from './codes.js';
import type { Company } from './company.js';
import { settleSlot } from './pay.js';
import { prepareValuation } from './manager-valuation.js';
import { ACTIVATION_TABLE_MONTHS, ACTIVE_CLIENT } from './valuation.js';

/** What `payAndValueClients` does: add to the pay sums, value the clients, or both. */
export const PAY = 1;
export const VALUE = 2;

/**
 * Pays `payMonth` (with PAY) and values the clients as of `valueMonth` (with VALUE). `lost` lists
 * the clients lost this month in book order, as i, or −1 − i when the client had been active:
 * they count for clawbacks only. Sums and valuations add to what the arrays already hold (the
 * caller clears them: PayLedger.beginMonth, ManagerValuation.clearClients).
 */
export function payAndValueClients(
  company: Company,
  what: number,
  payMonth: number,
  valueMonth: number,
  lost: Int32Array,
  lostCount: number,
  protectMonth = payMonth,
): void {
  const { book, team, ledger, valuation, rules } = company;
  const { clients: c, market, behavior } = company.params.scenario;
  const { state, owner: owners, originSlot, originPerson, signedMonth, activatedMonth, weight, potential, marginRate, payment, share, frailty } = book;
  const { revenue: revenues, margin: margins, collected: collections, baseMargin, peakRevenue } = book;
  const { person, role: roles } = team;
  const pay = (what & PAY) !== 0;
  const value = (what & VALUE) !== 0;
  const { sums, clawbacks, teamSums, teamClawbacks, stride } = ledger;
  const { payKernels, teamPayKernel, valueKernels } = rules;
  const money = company.money;
  const hasTeamPay = rules.teamRole.components.length > 0;
  const { rates, bonusTable, perMarginTable, contractedCount, activationValue, activationWeight, activeCount, farmingStake, farmingWeight } = valuation;
  const { cumulativeGood, cumulativeBad, uncollected } = company.params;
  const input = company.valueInput;
  const out = company.valueScratch;
  const ages = ACTIVATION_TABLE_MONTHS;
  const focus = behavior.attentionFocus;
  const initialShareOfWallet = c.initialShareOfWallet;
  const churnProtectedBase = market.incidentRate * c.incidentChurn;
  const neglectChurn = c.neglectChurn;
  const shareGrowth = c.shareGrowth;
  const shareErosion = c.shareErosion;
  const teamWorkers = value ? company.findTeamWorkers() : 0;
  const workers = company.teamWorkers;
  // A protected changeover: the old rules' sums of every slot's book and of the grandfathered clients (changeover.ts).
  const changeover = company.changeover;
  const protecting = pay && changeover.protects(protectMonth);
  const grandfathering = pay && changeover.grandfathers(protectMonth);
  const oldKernels = protecting || grandfathering ? changeover.oldPayKernels : null;
  if (oldKernels) {
    changeover.beginMonth();
    for (let s = 0; s < team.capacity; s++) changeover.oldRole[s] = changeover.oldRoleOf(s, team.person[s], company.role(s));
  }
  let nextLost = lostCount > 0 ? lost[0] : 0;
  let lostSeen = 0;
  const count = book.count;
  for (let i = 0; i < count; i++) {
    const now = state[i];
    let wasActive = false;
    if (now === LOST) {
      if (lostSeen >= lostCount || (nextLost !== i && nextLost !== -1 - i)) continue;
      wasActive = nextLost < 0;
      lostSeen++;
      if (lostSeen < lostCount) nextLost = lost[lostSeen];
    }
    const owner = owners[i];
    const origin = originSlot[i];
    const originatorStays = person[origin] === originPerson[i];
    const ownerBits = OWNS_BIT | (originatorStays && origin === owner ? ORIGINATED_BIT : 0);
    if (pay) {
      // Pay: the client's month adds to its owner's sums, its originator's, and the team's.
      const activated = activatedMonth[i];
      const sinceSigning = payMonth - signedMonth[i];
      const sinceActivation = activated >= 0 || now === ACTIVE ? payMonth - activated : -1;
      const margin = now === LOST ? 0 : margins[i];
      money[CLIENT_MONEY.revenue] = now === LOST ? 0 : revenues[i];
      money[CLIENT_MONEY.margin] = margin;
      money[CLIENT_MONEY.collectedRevenue] = now === LOST ? 0 : collections[i];
      money[CLIENT_MONEY.growth] = margin > baseMargin[i] ? margin - baseMargin[i] : 0;
      money[CLIENT_MONEY.peakRevenue] = peakRevenue[i];
      const ownerRole = person[owner] >= 0 ? roles[owner] : -1;
      const originPaid = originatorStays && origin !== owner && roles[origin] >= 0;
      const grandfathered = grandfathering && signedMonth[i] < changeover.switchMonth;
      if (grandfathered) {
        // Paid under the old rules instead of the new (the old role of each of the two).
        const old = changeover.oldRole;
        if (ownerRole >= 0) oldKernels![old[owner]](changeover.grandfatheredSums, changeover.grandfatheredClawbacks, owner * stride, now, wasActive, sinceSigning, sinceActivation, ownerBits, money);
        if (originPaid) oldKernels![old[origin]](changeover.grandfatheredSums, changeover.grandfatheredClawbacks, origin * stride, now, wasActive, sinceSigning, sinceActivation, ORIGINATED_BIT, money);
      } else {
        if (ownerRole >= 0) payKernels[ownerRole](sums, clawbacks, owner * stride, now, wasActive, sinceSigning, sinceActivation, ownerBits, money);
        if (originPaid) payKernels[roles[origin]](sums, clawbacks, origin * stride, now, wasActive, sinceSigning, sinceActivation, ORIGINATED_BIT, money);
      }
      if (protecting) {
        // What the old rules would pay each of them on this client (the protection's comparison).
        const old = changeover.oldRole;
        if (ownerRole >= 0) oldKernels![old[owner]](changeover.shadowSums, changeover.shadowClawbacks, owner * stride, now, wasActive, sinceSigning, sinceActivation, ownerBits, money);
        if (originPaid) oldKernels![old[origin]](changeover.shadowSums, changeover.shadowClawbacks, origin * stride, now, wasActive, sinceSigning, sinceActivation, ORIGINATED_BIT, money);
      }
      if (hasTeamPay) teamPayKernel(teamSums, teamClawbacks, 0, now, wasActive, sinceSigning, sinceActivation, 0, money);
      // This month's revenue counts in the peak from next month on (a replay of the same month leaves it).
      if (now !== LOST && revenues[i] > peakRevenue[i]) peakRevenue[i] = revenues[i];
    }
    if (now === LOST || !value) continue;
    // Valuation: by its owner (valuer −1), then by everybody who works on every client.
    const ownerWorks = person[owner] >= 0 && roles[owner] >= 0;
    if (!ownerWorks) weight[i] = 0;
    for (let valuer = ownerWorks ? -1 : 0; valuer < teamWorkers; valuer++) {
      const slot = valuer < 0 ? owner : workers[valuer];
      let worth: number;
      if (now === CONTRACTED) {
        // What activating it is worth, from the slot's tables for its signing age.
        let age = valueMonth - signedMonth[i];
        if (age >= ages) age = ages - 1;
        const expectedMargin = potential[i] * initialShareOfWallet * marginRate[i];
        const at = slot * ages + age;
        worth = bonusTable[at] + expectedMargin * perMarginTable[at];
        contractedCount[slot] += 1;
        activationValue[slot] += worth;
      } else {
        // The stake farming protects: the stream churn would end, and what up-selling adds.
        const paysBadly = payment[i] === PAYS_BADLY;
        input[ACTIVE_CLIENT.margin] = margins[i];
        input[ACTIVE_CLIENT.marginRate] = marginRate[i];
        input[ACTIVE_CLIENT.uncollectedShare] = uncollected[payment[i]];
        valueKernels[roles[slot]](rates, slot * stride, valuer < 0 ? ownerBits : 0, valueMonth - signedMonth[i], valueMonth - activatedMonth[i], input, paysBadly ? cumulativeBad : cumulativeGood, out);
        const ownShare = Math.max(share[i], 0.01);
        const churnProtected = frailty[i] * (neglectChurn + churnProtectedBase);
        const upsell = (shareGrowth * (1 - ownShare) + shareErosion * ownShare) * margins[i];
        worth = out[0] * churnProtected + out[1] * upsell;
        activeCount[slot] += 1;
        farmingStake[slot] += worth;
      }
      // Attention goes by value to the power attentionFocus.
      const attention = !(worth > 0) ? 0 : focus === 1 ? worth : focus === 2 ? worth * worth : Math.pow(worth, focus);
      if (now === CONTRACTED) activationWeight[slot] += attention;
      else farmingWeight[slot] += attention;
      if (valuer < 0) weight[i] = attention;
    }
  }
}

/**
 * Pays last month's book again under the scheme in force (a static payout replay), leaving the
 * sums as "last month" for valuation, and returns each slot's pay in `out`.
 */
export function primePay(company: Company, month: number, out: Float64Array): void {
  company.ledger.beginMonth();
  company.valuation.clearClients();
  payAndValueClients(company, PAY, month - 1, 0, company.lostThisMonth(0), 0, month);
  for (let s = 0; s < company.team.capacity; s++) out[s] = settleSlot(company, s, undefined, month);
  company.ledger.endMonth();
}

/**
 * Values every client for the slots that work on it, as the month loop does at the end of a
 * month: used when a scheme starts, so the first allocation already reads the new rules.
 */
export function primeValuation(company: Company, month: number): void {
  prepareValuation(company, month);
  company.valuation.clearClients();
  payAndValueClients(company, VALUE, 0, month, company.lostThisMonth(0), 0);
}
