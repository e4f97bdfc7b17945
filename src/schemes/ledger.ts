/**
 * A manager's month of pay in two steps, shared by the payslip calculator and the month loop:
 * 1. every client adds its basis to the sums of the components that count it (`addClient`);
 * 2. the sums go through each component's schedule, clawbacks are taken back and the salary is
 *    added or used as a floor (`settle`).
 * Sums live in a caller's Float64Array at an offset so the engine can keep one flat array for
 * all managers and allocate nothing per client per month. A client's money comes in a small
 * Float64Array too (`CLIENT_MONEY`): the month loop calls `addClient` for every client every month,
 * and numbers passed as arguments to a call that is not inlined are boxed (one allocation each).
 */
import type { CompiledRole } from './compile.js';
import { CLIENT_MONEY, LOST, TEAM } from '../model/codes.js';
import { basisAmount, clawbackApplies, componentMatches } from './match.js';
import { applySchedule, unitBonus } from './schedule.js';


/**
 * Adds one client's month to the role's component sums. `sums` and `clawbacks` hold one slot per
 * role component from `offset`; `money` holds the client's money (see CLIENT_MONEY). Team-wide
 * components are skipped when `includeTeam` is false (the engine adds company totals to them
 * separately, once per month).
 */
export function addClient(
  role: CompiledRole,
  sums: Float64Array,
  clawbacks: Float64Array,
  offset: number,
  includeTeam: boolean,
  state: number,
  wasActive: boolean,
  monthsSinceSigning: number,
  monthsSinceActivation: number,
  relationBits: number,
  money: Float64Array,
): void {
  const revenue = money[CLIENT_MONEY.revenue];
  const margin = money[CLIENT_MONEY.margin];
  const collectedRevenue = money[CLIENT_MONEY.collectedRevenue];
  const growth = money[CLIENT_MONEY.growth];
  const components = role.components;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    if (!includeTeam && c.relation === TEAM) continue;
    if (state === LOST) {
      if (clawbackApplies(c, wasActive, monthsSinceSigning, monthsSinceActivation, relationBits)) clawbacks[offset + k] += 1;
      continue;
    }
    if (!componentMatches(c, state, monthsSinceSigning, monthsSinceActivation, relationBits)) continue;
    const amount = basisAmount(c, revenue, margin, collectedRevenue, growth);
    sums[offset + k] += c.perClient ? applySchedule(c, amount) : amount;
  }
}

/**
 * Total pay of the month from the role's component sums. When `lines` is given, the pay of each
 * component (after clawbacks) is written to it from `linesOffset`, so a payslip can show it.
 */
export function settle(
  role: CompiledRole,
  sums: Float64Array,
  clawbacks: Float64Array,
  offset: number,
  lines?: Float64Array,
  linesOffset = 0,
): number {
  const components = role.components;
  let commission = 0;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    const sum = sums[offset + k];
    const earned = c.perClient ? sum : applySchedule(c, sum);
    const taken = clawbacks[offset + k] * c.clawbackShare * unitBonus(c);
    const pay = earned - taken;
    if (lines) lines[linesOffset + k] = pay;
    commission += pay;
  }
  return role.salaryIsDraw ? Math.max(role.salary, commission) : role.salary + commission;
}
