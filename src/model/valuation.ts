/**
 * What an hour is worth to a manager, read off the scheme's pay rules (docs/model.md, "Valuation"): the value of a
 * client is the discounted stream of the manager's own pay from it, Σₜ δᵗ · survivalₜ · pay(client
 * at month t), where pay is the scheme's own components at the manager's current marginal rates.
 *
 * The marginal rate of a component is the extra pay one more unit of its basis brings at the
 * manager's current level (so tiers, thresholds and caps are felt where he stands). A component
 * counts a client's future month only inside its windows (months since signing / activation),
 * so the stream is a sum of a geometric series over the months where the windows overlap.
 * Nothing here looks at a scheme's id: a scheme changes behaviour only through its components.
 */
import type { CompiledComponent, CompiledRole } from '../schemes/compile.js';
import { ACTIVATIONS, COLLECTED_MARGIN, COLLECTED_REVENUE, COUNTS_ACTIVE, CREDIT, GROWTH, MARGIN, NEW_CONTRACTS, ORIGINATED_BIT, OWNS_BIT, REVENUE } from './codes.js';
import { creditShare, relationMatches } from '../schemes/match.js';
import { monthsLeftAfter, nextQuota, type PeriodState } from '../schemes/ledger.js';
import { applySchedule, periodSchedule, startingQuota } from '../schemes/schedule.js';

/** Length of the per-manager activation tables (signing ages in months). */
export const ACTIVATION_TABLE_MONTHS = 48;

/** Present value of 1 per month over the months τ in [0, n): cumulative[n] = Σ_{τ<n} qᵗ. */
export function cumulativeDiscount(q: number, horizon: number): Float64Array {
  const cumulative = new Float64Array(horizon + 1);
  let power = 1;
  for (let t = 0; t < horizon; t++) {
    cumulative[t + 1] = cumulative[t] + power;
    power *= q;
  }
  return cumulative;
}

/**
 * Discounted count of the future months (from this one on, within the horizon) in which the
 * component still counts a client that is `sinceSigning` months from signing and, when active,
 * `sinceActivation` months from its first shipment (−1 when not active yet: it activates now).
 */
export function windowWeight(c: CompiledComponent, sinceSigning: number, sinceActivation: number, cumulative: Float64Array): number {
  const horizon = cumulative.length - 1;
  let lo = c.signingFrom - sinceSigning;
  let hi = c.signingTo - sinceSigning;
  if (c.needsActivation) {
    const activationAge = sinceActivation < 0 ? 0 : sinceActivation;
    lo = Math.max(lo, c.activationFrom - activationAge);
    hi = Math.min(hi, c.activationTo - activationAge);
  }
  if (lo < 0) lo = 0;
  if (hi > horizon) hi = horizon;
  return hi > lo ? cumulative[hi] - cumulative[lo] : 0;
}

/** How much of a component's basis one unit of a client's margin is, for valuing future months. */
export function basisPerMargin(c: CompiledComponent, marginRate: number, uncollectedShare: number): number {
  switch (c.basis) {
    case REVENUE:
      return 1 / marginRate;
    case MARGIN:
      return 1;
    case COLLECTED_REVENUE:
      return (1 - uncollectedShare) / marginRate;
    case COLLECTED_MARGIN:
      return 1 - uncollectedShare / marginRate;
    default: // growth pays on increases of margin, and counts are events: neither is a level
      return 0;
  }
}

/**
 * Marginal pay per unit of each component's basis at the manager's current level (last month's
 * sums), written to `out` from `outOffset`. The step is a typical client's contribution so that
 * thresholds are seen from nearby.
 */
export function marginalRates(
  role: CompiledRole,
  sums: Float64Array,
  offset: number,
  typicalMargin: number,
  out: Float64Array,
  outOffset: number,
  periods?: PeriodsAhead,
): void {
  const components = role.components;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    const step = c.isCount ? 1 : Math.max(typicalMargin, 1);
    if (c.periodic) {
      out[outOffset + k] = periodMarginalRate(c, sums[offset + k], step, periods, offset + k);
    } else if (c.perClient) {
      out[outOffset + k] = applySchedule(c, step) / step;
    } else {
      const level = sums[offset + k];
      out[outOffset + k] = (applySchedule(c, level + step) - applySchedule(c, level)) / step;
    }
  }
}

/** What a manager knows of his periods when he values an hour: the state so far (this month's calendar month in it) and his discount factor per month. */
export interface PeriodsAhead {
  state: PeriodState;
  discount: number;
}

/**
 * The marginal pay per unit of a periodic component's basis this month, looking ahead: the
 * period's result is projected as what it has so far plus last month's basis (`runRate`) for
 * each month left including this one, and one more unit moves the period's pay from
 * S(result) to S(result + step) at the quota in force (pro-rated to his months in the period).
 * With a ratchet that binds (ratchet × the result over a full period above the quota), the unit
 * also raises next period's quota by ratchet × step (per full period), which at next period's run
 * rate costs him S(next result; quota) − S(next result; quota + that), discounted to the next
 * period: a good period raises the next bar, and he sees it. Without `periods`, a fresh period
 * (the replay at a scheme's start).
 */
export function periodMarginalRate(c: CompiledComponent, runRate: number, step: number, periods: PeriodsAhead | undefined, at: number): number {
  const state = periods?.state;
  const left = state ? monthsLeftAfter(c, state.calendarMonth) : c.periodMonths - 1;
  const quota = state ? state.quota[at] : NaN;
  return marginalRateAt(c, runRate, step, state ? state.toDate[at] : 0, state ? state.measured[at] : 0, Number.isNaN(quota) ? startingQuotaOf(c, runRate) : quota, left, periods?.discount ?? 1);
}

/**
 * The marginal rate, as periodMarginalRate, in the period after this one: a fresh period at his run
 * rate, against the quota this period leaves (a ratchet's max(quota, ratchet × this period's
 * projected result over a full period), or the same quota). What a deal moved across the period's
 * end gets on the other side (hunting.ts closeShift).
 */
export function nextPeriodMarginalRate(c: CompiledComponent, runRate: number, step: number, periods: PeriodsAhead, at: number): number {
  const { state, discount } = periods;
  const left = monthsLeftAfter(c, state.calendarMonth);
  const measured = state.measured[at];
  const stored = state.quota[at];
  const quota = Number.isNaN(stored) ? startingQuotaOf(c, runRate) : stored;
  const share = (measured + left + 1) / c.periodMonths;
  const next = nextQuota(c, quota, state.toDate[at] + runRate * (left + 1), share);
  return marginalRateAt(c, runRate, step, 0, 0, next, c.periodMonths - 1, discount);
}

function startingQuotaOf(c: CompiledComponent, runRate: number): number {
  return c.hasQuota ? startingQuota(c, runRate) : 0;
}

/** periodMarginalRate for a period with `toDate` from `measured` earlier months, `quota`, `left` months after this one. */
function marginalRateAt(c: CompiledComponent, runRate: number, step: number, toDate: number, measured: number, quota: number, left: number, monthlyDiscount: number): number {
  const months = c.periodMonths;
  const share = (measured + left + 1) / months;
  const result = toDate + runRate * (left + 1);
  let gain = periodSchedule(c, result + step, quota, share) - periodSchedule(c, result, quota, share);
  const ratcheted = c.ratchet * (result / share);
  if (c.ratchet > 0 && ratcheted > quota) {
    const nextResult = runRate * months;
    const raised = ratcheted + (c.ratchet * step) / share;
    const discount = Math.pow(monthlyDiscount, left + 1);
    gain -= discount * (periodSchedule(c, nextResult, ratcheted, 1) - periodSchedule(c, nextResult, raised, 1));
  }
  return gain / step;
}

/** Where `activeClientValue` reads the client: [margin this month, margin rate, uncollected share]. */
export const ACTIVE_CLIENT = { margin: 0, marginRate: 1, uncollectedShare: 2, length: 3 } as const;

/**
 * Value of an active client to the manager: `level` is the stream at the client's current
 * money (what churn would destroy), `perShare` the stream per unit of margin growth (what
 * up-selling adds; growth-based pay counts here). The client's numbers come in a Float64Array
 * (see ACTIVE_CLIENT) and the two results go to out[0] and out[1]: the month loop calls this for
 * every active client every month, and numbers passed to or returned from a call that is not
 * inlined are boxed (one allocation each).
 */
export function activeClientValue(
  role: CompiledRole,
  rates: Float64Array,
  ratesOffset: number,
  relationBits: number,
  sinceSigning: number,
  sinceActivation: number,
  client: Float64Array,
  cumulative: Float64Array,
  out: Float64Array,
): void {
  const marginRate = client[ACTIVE_CLIENT.marginRate];
  const uncollectedShare = client[ACTIVE_CLIENT.uncollectedShare];
  let level = 0;
  let perMargin = 0;
  const components = role.components;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    const rate = rates[ratesOffset + k];
    if (c.isCount || rate === 0 || (c.stateMask & COUNTS_ACTIVE) === 0 || !relationMatches(c.relation, relationBits)) continue;
    const weight = windowWeight(c, sinceSigning, sinceActivation, cumulative) * rate * (c.relation === CREDIT ? creditShare(c, relationBits) : 1);
    if (weight === 0) continue;
    level += weight * basisPerMargin(c, marginRate, uncollectedShare);
    perMargin += weight * (c.basis === GROWTH ? 1 : basisPerMargin(c, marginRate, uncollectedShare));
  }
  out[0] = level * client[ACTIVE_CLIENT.margin];
  out[1] = perMargin;
}

/**
 * The discounted window weights a contracted client activating at each signing age 0 … ages − 1
 * will get from each component of the role: windowWeight(c, age, 0) at [k · ages + age]. They
 * depend only on the role and the survival table, so a run computes them once per scheme, not
 * every manager-month (activationTables reads them).
 */
export function activationWindows(role: CompiledRole, cumulative: Float64Array, ages: number): Float64Array {
  const windows = new Float64Array(role.components.length * ages);
  role.components.forEach((c, k) => {
    for (let age = 0; age < ages; age++) windows[k * ages + age] = windowWeight(c, age, 0, cumulative);
  });
  return windows;
}

/** A manager's marginal rates: one per component of his role, in `rates` from `offset`. */
export interface RatesAt {
  rates: Float64Array;
  offset: number;
}

/** A manager's activation tables: `ages` signing ages from `offset` in each table. */
export interface TablesAt {
  /** Activation bonuses of a client activating at each signing age. */
  bonus: Float64Array;
  /** The active stream per unit of expected margin of a client activating at each signing age. */
  perMargin: Float64Array;
  offset: number;
  ages: number;
}

/** The kind of contract the tables value: its margin rate, unpaid share and window weights (activationWindows). */
export interface ContractKind {
  marginRate: number;
  uncollectedShare: number;
  windows: Float64Array;
}

/**
 * For each signing age a (months), the value to the manager of a contracted client of his that
 * starts shipping now: activation bonuses plus the active stream per unit of expected margin.
 * Per component, then per age: each age's sums still add the components in order.
 */
export function activationTables(role: CompiledRole, at: RatesAt, contract: ContractKind, out: TablesAt): void {
  const { rates, offset: ratesOffset } = at;
  const { marginRate, uncollectedShare, windows } = contract;
  const { bonus, perMargin: perMarginOut, offset: outOffset, ages } = out;
  const components = role.components;
  const ownsAndOriginated = OWNS_BIT | ORIGINATED_BIT;
  for (let age = 0; age < ages; age++) bonus[outOffset + age] = perMarginOut[outOffset + age] = 0;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    const rate = rates[ratesOffset + k] * (c.relation === CREDIT ? creditShare(c, ownsAndOriginated) : 1);
    if (rate === 0 || !relationMatches(c.relation, ownsAndOriginated)) continue;
    if (c.basis === ACTIVATIONS) {
      for (let age = 0; age < ages; age++) if (age >= c.signingFrom && age < c.signingTo) bonus[outOffset + age] += rate;
    } else if (!c.isCount && (c.stateMask & COUNTS_ACTIVE) !== 0) {
      const perMargin = basisPerMargin(c, marginRate, uncollectedShare);
      for (let age = 0; age < ages; age++) perMarginOut[outOffset + age] += rate * windows[k * ages + age] * perMargin;
    }
  }
}

/** What the manager believes of a new contract's future: its margin once active, how soon it activates, when it may go dormant. */
export interface ContractBelief {
  /** Expected margin of the client once active (money per month). */
  expectedMargin: number;
  /** Believed monthly activation probability. */
  activationHazard: number;
  /** The manager's discount factor per month. */
  discount: number;
  /** After this many months a contract may go dormant each month with `dormancyHazard`. */
  dormantAfter: number;
  dormancyHazard: number;
}

/**
 * Value of one new contract: the signing bonuses plus, for each month it may activate in, the
 * probability of activating then times the discounted value of activating (from the tables).
 */
export function newContractValue(role: CompiledRole, at: RatesAt, tables: TablesAt, belief: ContractBelief): number {
  const { rates, offset: ratesOffset } = at;
  const { bonus, perMargin, offset: tableOffset, ages } = tables;
  const { expectedMargin, activationHazard, discount, dormantAfter, dormancyHazard } = belief;
  let value = 0;
  const components = role.components;
  for (let k = 0; k < components.length; k++) {
    const c = components[k];
    if (c.basis === NEW_CONTRACTS && c.signingFrom === 0 && relationMatches(c.relation, OWNS_BIT | ORIGINATED_BIT)) {
      value += c.relation === CREDIT ? rates[ratesOffset + k] * creditShare(c, OWNS_BIT | ORIGINATED_BIT) : rates[ratesOffset + k];
    }
  }
  let stillContracted = 1;
  let discountFactor = 1;
  for (let age = 0; age < ages; age++) {
    const activatesNow = stillContracted * activationHazard;
    value += activatesNow * discountFactor * (bonus[tableOffset + age] + expectedMargin * perMargin[tableOffset + age]);
    stillContracted *= 1 - activationHazard;
    if (age >= dormantAfter) stillContracted *= 1 - dormancyHazard;
    discountFactor *= discount;
    if (stillContracted < 1e-4) break;
  }
  return value;
}
