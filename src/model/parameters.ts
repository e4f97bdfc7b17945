/**
 * Numbers derived once per experiment from the scenario, which the phases read every month: the
 * managers' discount factor, their survival-weighted discount tables, the margin they expect of
 * a new client, and the share of revenue each payment class never pays.
 */
import type { Scenario } from '../scenario/schema.js';
import { cumulativeDiscount } from './valuation.js';

export interface Parameters {
  scenario: Scenario;
  /** Discount factor δ per month. */
  discount: number;
  /** Σ (δ·survival)^t tables for good and bad payers. */
  cumulativeGood: Float64Array;
  cumulativeBad: Float64Array;
  /** Expected margin of a new client once active (money per month). */
  expectedNewMargin: number;
  /** Share of revenue never collected, by payment class (PAYS_ON_TIME, PAYS_LATE, PAYS_BADLY). */
  uncollected: [number, number, number];
  /** Demand by calendar month (January first), `market.seasonality` divided by its average: mean 1. */
  seasonality: Float64Array;
}

/**
 * The market's margin rate as managers value clients: at least 1 %, as every client's own rate is
 * drawn (signContract), since valuing revenue-based pay divides by it (0 would give 0 × ∞ = NaN).
 */
export function valuedMarginRate(market: Scenario['market']): number {
  return Math.max(0.01, market.marginRate);
}

export function deriveParameters(scenario: Scenario): Parameters {
  const { behavior, clients, market } = scenario;
  const discount = 1 / (1 + behavior.discountRate);
  const horizon = behavior.beliefHorizonMonths;
  const meanPotential = market.potentialMedian * Math.exp((market.potentialSigma * market.potentialSigma) / 2);
  return {
    scenario,
    discount,
    cumulativeGood: cumulativeDiscount(discount * (1 - clients.baseChurn), horizon),
    cumulativeBad: cumulativeDiscount(discount * (1 - Math.min(1, clients.baseChurn + clients.badPayerChurn)), horizon),
    expectedNewMargin: meanPotential * clients.initialShareOfWallet * valuedMarginRate(market),
    uncollected: [0, market.lateUncollected, market.badUncollected],
    seasonality: unitMeanProfile(market.seasonality),
  };
}

/**
 * A profile divided by its average, so that its mean is 1: the scenario may give seasonality as
 * monthly volumes (tonne-km, trips, revenue) or as multipliers. A flat profile gives exactly 1s.
 */
export function unitMeanProfile(profile: readonly number[]): Float64Array {
  let sum = 0;
  for (const value of profile) sum += value;
  const mean = sum / profile.length;
  return Float64Array.from(profile, (value) => value / mean);
}
