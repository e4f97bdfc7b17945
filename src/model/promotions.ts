/**
 * Promotions (docs/model.md, "Promotions"): a scheme's role transitions, such as a hunter who
 * becomes a farmer once the money of the clients he owns has stayed at or above a threshold for
 * N months in a row. Checked after the month's pay: the month that completes the run is paid in
 * the old role, and he works in the new one from the next month. A month below the threshold
 * starts the count again. Activities the new role does not allow lose their share of his hours.
 */
import { ACTIVITIES, OWNED_BASES } from './codes.js';
import type { Company } from './company.js';

/** Every employed manager's transitions after this month's pay (the first transition from his role counts). */
export function promote(company: Company): void {
  const { team, ledger } = company;
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
        const allowed = scheme.roles[t.to].allowed;
        for (let a = 0; a < ACTIVITIES; a++) if (!allowed[a]) team.split[s * ACTIVITIES + a] = 0;
      }
      break;
    }
  }
}
