/**
 * Reorganisation at a switch (docs/model.md, "People"): a new scheme is put in force. Everybody
 * keeps a role of the same id, or takes the scheme's entry role; a scheme with a head-count per
 * role assigns people to roles (by temperament, or by the ratio of hunting to farming skill) and
 * opens vacancies, filled after the hiring lag. A manager whose last month, paid by the new
 * rules, would have paid him less grieves for a while: he withholds effort and leaks margin.
 */
import type { CompiledScheme } from '../schemes/compile.js';
import type { Company } from './company.js';
import { rulesOf } from './rules.js';

/** Puts `scheme` in force at the start of `month`. Pay and valuation are primed afterwards (pay-and-value.ts). */
export function switchTo(company: Company, scheme: CompiledScheme, month: number): void {
  const previousRules = company.rules;
  const previous = previousRules.scheme;
  const team = company.team;
  company.changeover.begin(scheme, previous, previousRules.payKernels, team.person, team.role, month);
  company.rules = rulesOf(scheme, company.params);
  company.valuation.forgetTables();
  company.ledger.resetPeriods();
  company.ledger.resizeTeam(company.rules.teamRole.components.length);
  const positions: number[] = [];
  for (let s = 0; s < team.capacity; s++) if (team.role[s] >= 0) positions.push(s);
  for (const s of positions) {
    const id = previous.roles[team.role[s]].id;
    const same = scheme.roles.findIndex((r) => r.id === id);
    team.role[s] = same >= 0 ? same : scheme.entryRole;
    team.heldMonths[s] = 0;
    // A promotion under the old scheme is not the new scheme's to judge.
    team.promotedMonth[s] = -1;
  }
  if (scheme.headcount) organise(company, scheme, positions, month);
}

/**
 * Fills the scheme's head-count: people sorted by temperament (or hunting/farming skill), most
 * hunter-like first, take the roles most about hunting first; vacant positions take what is
 * left; roles still short get new positions, hired after the lag.
 */
function organise(company: Company, scheme: CompiledScheme, positions: number[], month: number): void {
  const team = company.team;
  const headcount = scheme.headcount as number[];
  const byTemperament = scheme.assignment === 'temperament';
  const people = positions
    .filter((s) => team.person[s] >= 0)
    .sort((a, b) => {
      const ka = byTemperament ? team.affinity[a] : team.huntSkill[a] / team.farmSkill[a];
      const kb = byTemperament ? team.affinity[b] : team.huntSkill[b] / team.farmSkill[b];
      return kb - ka || a - b;
    });
  const vacant = positions.filter((s) => team.person[s] < 0);
  const roleOrder = scheme.roles
    .map((r) => r.index)
    .sort((a, b) => scheme.roles[b].huntingOrientation - scheme.roles[a].huntingOrientation || a - b);
  const open = headcount.slice();
  const assign = (s: number): void => {
    const r = roleOrder.find((role) => open[role] > 0);
    team.role[s] = r ?? scheme.entryRole;
    if (r !== undefined) open[r]--;
  };
  people.forEach(assign);
  vacant.forEach(assign);
  const lag = scheme.hiringLagMonths ?? company.params.scenario.team.hiringLagMonths;
  let slot = 0;
  for (const r of roleOrder) {
    while (open[r] > 0) {
      slot = team.openPosition(r, month + lag, slot);
      if (slot < 0) return;
      open[r]--;
    }
  }
}

/**
 * A switch that cuts a manager's expected income (his last month's book paid under the new
 * rules, `after`, against the old, `before`) makes him grieve for `behavior.grievanceMonths`:
 * grievance = the relative drop, at most 1 ("they will start doing small harm", the thread).
 */
export function startGrievances(company: Company, before: Float64Array, after: Float64Array, month: number): void {
  const team = company.team;
  const months = company.params.scenario.behavior.grievanceMonths;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0 || !(before[s] > 0)) continue;
    const drop = (before[s] - after[s]) / before[s];
    if (drop > 0) {
      team.grievance[s] = Math.min(1, drop);
      team.grievanceUntil[s] = month + months;
    }
  }
}
