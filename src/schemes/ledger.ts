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
import type { CompiledComponent, CompiledRole } from './compile.js';
import { CLIENT_MONEY, LOST, TEAM } from '../model/codes.js';
import { CREDIT, VOLUME_REACHED } from '../model/codes.js';
import { basisAmount, clawbackApplies, componentMatches, creditShare, volumeFirstReached } from './match.js';
import { applySchedule, periodSchedule, startingQuota, unitBonus } from './schedule.js';

/**
 * A manager's periods so far, one entry per role component from the same offset as the sums:
 * what the month loop and `compsim pay` carry from month to month for the components measured
 * over a quarter or a year, or against a quota (`periodic`). Other components never read it.
 * Settling a month moves it on.
 */
export interface PeriodState {
  /** The basis of the period's earlier months. */
  toDate: Float64Array;
  /** Paid so far in the period (monthly advances). */
  paid: Float64Array;
  /** Months of the period he was measured in before this one. */
  measured: Float64Array;
  /** The quota of the full period in force; NaN: none set yet (startingQuota on this month's basis). */
  quota: Float64Array;
  /** This month's calendar month (0 = January): where it falls in its quarter and its year. */
  calendarMonth: number;
}

/** Months left in the component's period after one in calendar month `calendarMonth` (0 = January). */
export function monthsLeftAfter(c: CompiledComponent, calendarMonth: number): number {
  return c.periodMonths - 1 - (calendarMonth % c.periodMonths);
}

/**
 * This month's pay of a periodic component whose basis this month is `sum`: at the period's end
 * the period's schedule on the period's sum, less what was advanced; in a monthly advance the
 * schedule on the period so far with the quota, tiers, threshold and cap pro-rated to the months
 * measured (m of P), less what was advanced; otherwise nothing yet. A manager measured for only
 * part of a period (he came, or the scheme started, mid-period) has the quota and the amounts
 * pro-rated to his months. At the period's end a ratchet sets the next quota to
 * max(quota, ratchet × the result over a full period).
 */
function periodPay(c: CompiledComponent, sum: number, state: PeriodState, at: number): number {
  const left = monthsLeftAfter(c, state.calendarMonth);
  const measured = state.measured[at] + 1;
  let quota = state.quota[at];
  if (Number.isNaN(quota)) quota = c.hasQuota ? startingQuota(c, sum) : 0;
  const total = state.toDate[at] + sum;
  const share = measured / c.periodMonths;
  const pay = left === 0 || c.advance ? periodSchedule(c, total, quota, share) - state.paid[at] : 0;
  if (left === 0) {
    state.quota[at] = nextQuota(c, quota, total, share);
    state.toDate[at] = state.paid[at] = state.measured[at] = 0;
  } else {
    state.quota[at] = quota;
    state.toDate[at] = total;
    state.paid[at] += pay;
    state.measured[at] = measured;
  }
  return pay;
}

/** Next period's quota after a period with `result` over `share` of it: with a ratchet, max(quota, ratchet × the result over a full period). */
export function nextQuota(c: CompiledComponent, quota: number, result: number, share: number): number {
  const ratcheted = c.ratchet * (result / share);
  return ratcheted > quota ? ratcheted : quota;
}

/** A periodic component's pay per month at a run rate of `sum` a month: the period's schedule on P months of it, over P (a replay of one month's book). */
function runRatePay(c: CompiledComponent, sum: number): number {
  const months = c.periodMonths;
  return periodSchedule(c, sum * months, c.hasQuota ? startingQuota(c, sum) : 0, 1) / months;
}


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
      if (clawbackApplies(c, wasActive, monthsSinceSigning, monthsSinceActivation, relationBits)) clawbacks[offset + k] += c.relation === CREDIT ? creditShare(c, relationBits) : 1;
      continue;
    }
    if (!componentMatches(c, state, monthsSinceSigning, monthsSinceActivation, relationBits)) continue;
    if (c.basis === VOLUME_REACHED && !volumeFirstReached(c, revenue, money[CLIENT_MONEY.peakRevenue])) continue;
    const whole = basisAmount(c, revenue, margin, collectedRevenue, growth);
    const amount = c.relation === CREDIT ? whole * creditShare(c, relationBits) : whole;
    sums[offset + k] += c.perClient ? applySchedule(c, amount) : amount;
  }
}

/**
 * Total pay of the month from the role's component sums. When `lines` is given, the pay of each
 * component (after clawbacks) is written to it from `linesOffset`, so a payslip can show it.
 * Periodic components are paid from `periods` (and move it on when it commits); without it, at
 * the run rate of this month's sum (a replay of one month: what the month's book pays a month).
 */
export function settle(
  role: CompiledRole,
  sums: Float64Array,
  clawbacks: Float64Array,
  offset: number,
  lines?: Float64Array,
  linesOffset = 0,
  periods?: PeriodState,
): number {
  const components = role.components;
  let commission = 0;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    const sum = sums[offset + k];
    const earned = c.periodic
      ? periods
        ? periodPay(c, sum, periods, offset + k)
        : runRatePay(c, sum)
      : c.perClient
        ? sum
        : applySchedule(c, sum);
    const taken = clawbacks[offset + k] * c.clawbackShare * unitBonus(c);
    const pay = earned - taken;
    if (lines) lines[linesOffset + k] = pay;
    commission += pay;
  }
  return role.salaryIsDraw ? Math.max(role.salary, commission) : role.salary + commission;
}
