/**
 * Promotions (docs/model.md, "Promotions"): a scheme's role transitions, such as a hunter who
 * becomes a farmer once the money of the clients he owns has stayed at or above a threshold for
 * N months in a row. Checked after the month's pay: the month that completes the run is paid in
 * the old role, and he works in the new one from the next month. A month below the threshold
 * starts the count again. Activities the new role does not allow lose their share of his hours.
 * He keeps his clients, unless the scheme's `hiring.promotedClientsTo` names a role whose members
 * take them over (`handOverPromoted`).
 *
 * Every promotion is then watched for PROMOTION_WATCH_MONTHS months: a promoted manager whose
 * owned money falls below the threshold he was promoted on within that time was promoted on a
 * run of luck (his own or the market's) rather than on a book that lasts. The month's tally counts
 * promotions, watches that ended (fell below, or held for the whole time) and those that fell.
 */
import { ACTIVE, ACTIVITIES, CONTRACTED, LOST, LOST_AT_HANDOVER, OWNED_BASES } from './codes.js';
import type { Company } from './company.js';
import { leastLoaded, transfer } from './people.js';
import type { MonthTally } from './tally.js';

/** Months after a promotion in which falling below its threshold counts as a mis-promotion. */
export const PROMOTION_WATCH_MONTHS = 6;

/** Every employed manager's transitions after this month's pay (the first transition from his role counts). */
export function promote(company: Company, month: number, tally: MonthTally): void {
  const { team, ledger } = company;
  watchPromotions(company, month, tally);
  const scheme = company.rules.scheme;
  if (scheme.transitions.length === 0) return;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0 || team.role[s] < 0) continue;
    const role = team.role[s];
    for (const t of scheme.transitions) {
      if (t.from !== role) continue;
      if (ledger.ownedMoney[s * OWNED_BASES + t.basis] >= t.atLeast) team.heldMonths[s]++;
      else team.heldMonths[s] = 0;
      if (team.heldMonths[s] >= t.forMonths) {
        team.role[s] = t.to;
        team.heldMonths[s] = 0;
        team.promotedMonth[s] = month;
        team.promotionBasis[s] = t.basis;
        team.promotionThreshold[s] = t.atLeast;
        tally.promotions++;
        const allowed = scheme.roles[t.to].allowed;
        for (let a = 0; a < ACTIVITIES; a++) if (!allowed[a]) team.split[s * ACTIVITIES + a] = 0;
        if (scheme.promotedClientsTo >= 0) handOverPromoted(company, s, scheme.promotedClientsTo, month, tally);
      }
      break;
    }
  }
}

/**
 * A promoted manager's clients go one by one to the least-loaded employed member of `role` (not
 * himself), by `transfer` with its hand-over risk (draw 2); when the role has nobody, he keeps the
 * rest. A client lost in the hand-over is counted once as lost at a hand-over and taken off the
 * month's count of its state, as one lost when a leaver's clients are reassigned (people.ts `quits`).
 */
export function handOverPromoted(company: Company, slot: number, role: number, month: number, tally: MonthTally): void {
  const { book, valuation } = company;
  for (let i = 0; i < book.count; i++) {
    const state = book.state[i];
    if (book.owner[i] !== slot || state === LOST) continue;
    const to = leastLoaded(company, role, slot);
    if (to < 0) return;
    if (state === CONTRACTED) valuation.contractedCount[slot]--;
    else valuation.activeCount[slot]--;
    if (!transfer(company, i, to, month, 2)) tally.countLoss(state === ACTIVE, LOST_AT_HANDOVER, true);
  }
}

/**
 * The month's news of the promotions being watched: a watched manager below his threshold this
 * month fell; one who has held it for the whole watch is done. A manager who leaves, or a
 * promotion the horizon cuts short, ends no watch (it is neither counted as held nor as fallen).
 */
function watchPromotions(company: Company, month: number, tally: MonthTally): void {
  const { team, ledger } = company;
  for (let s = 0; s < team.capacity; s++) {
    const since = team.promotedMonth[s];
    if (since < 0) continue;
    if (team.person[s] < 0) {
      team.promotedMonth[s] = -1;
      continue;
    }
    if (ledger.ownedMoney[s * OWNED_BASES + team.promotionBasis[s]] < team.promotionThreshold[s]) {
      tally.promotionsWatched++;
      tally.promotedFellBelow++;
      team.promotedMonth[s] = -1;
    } else if (month - since >= PROMOTION_WATCH_MONTHS) {
      tally.promotionsWatched++;
      team.promotedMonth[s] = -1;
    }
  }
}
