/**
 * The scheme's hiring policy over time (docs/model.md, "Hiring policy"): head-counts per role the
 * company keeps (`hiring.keep`). Dwarf's proposal in the seed thread promotes a hunter who holds
 * 500 000 to farmer and then "hire new managers who will hunt": once promotions or quits leave a
 * role with fewer positions (people employed plus vacancies already open) than the scheme keeps,
 * a vacancy in that role is opened in a free slot and filled after the hiring lag, like the
 * vacancy of a manager who quits. Nobody is laid off: a role above its count keeps its people, so
 * the team may grow, up to the scheme's position limit (`positionLimit`).
 */
import { positionLimit } from '../schemes/compile.js';
import type { Company } from './company.js';

/**
 * At the end of the month (after promotions and quits), opens the vacancies the scheme's `keep`
 * asks for: roles in the scheme's order, each up to its count, the lowest free slot first, while
 * the company has fewer positions than its limit. The hire arrives at the start of month
 * `month + 1 + lag` (lag: `hiring.lagMonths`, else `team.hiringLagMonths`); `arrivals` pays
 * `team.hiringCost` for him. Returns how many vacancies were opened.
 */
export function keepHeadcount(company: Company, month: number): number {
  const scheme = company.rules.scheme;
  const keep = scheme.keep;
  if (!keep) return 0;
  const team = company.team;
  const { team: teamParameters } = company.params.scenario;
  const positions = new Array<number>(keep.length).fill(0);
  let total = 0;
  for (let s = 0; s < team.capacity; s++) {
    if (team.role[s] < 0) continue;
    positions[team.role[s]]++;
    total++;
  }
  const limit = Math.min(team.capacity, positionLimit(scheme, teamParameters.managers));
  const lag = scheme.hiringLagMonths ?? teamParameters.hiringLagMonths;
  let opened = 0;
  let free = 0;
  for (let r = 0; r < keep.length; r++) {
    while (positions[r] < keep[r] && total < limit) {
      free = team.openPosition(r, month + 1 + lag, free);
      if (free < 0) return opened;
      positions[r]++;
      total++;
      opened++;
    }
  }
  return opened;
}
