/**
 * Market demand (docs/model.md, "Market demand"): the luck every client shares. Freight demand
 * follows the calendar (a dip after the New Year holidays, busier months in spring and autumn)
 * and a market-wide factor that stays high or low for a while, so that "three good months may
 * just be a lucky market" (the seed thread's reply to the 3-month promotion rule) can happen:
 *   season      S_c = market.seasonality[c] / its mean (parameters.ts), c the calendar month;
 *   factor      X_m = ρ·X_{m−1} + σ·√(1 − ρ²)·z_m, X = 0 when the run starts, and
 *               F_m = exp(X_m − σ²/2): X is stationary N(0, σ²), so F has mean 1 in the long run;
 *   multiplier  D_m = S_{cal(m)}·F_m multiplies every client's revenue of the month (clients.ts),
 *               and D_m^η the hunting yield (hunting.ts, and the managers' belief in allocation.ts).
 * z_m comes from the run's own die (Purpose.MarketDemand, entity 0, keyed by the month only), so
 * every scheme branching from the same warm-up sees the same market month by month; σ = 0 gives
 * F = 1 exactly, and a flat profile S = 1 exactly, so the model is then what it was without it.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Company } from './company.js';
import { normalFromUniform } from './distributions.js';
import type { Parameters } from './parameters.js';
import { Purpose } from './random.js';

/** The market's demand this month: part of the company's state, copied at the switch. */
export class MarketDemand {
  /** X, the logarithm of the market-wide factor before its mean correction (0 at the start). */
  logFactor = 0;
  /** D, this month's demand multiplier on every client's revenue (1 until the market first moves). */
  multiplier = 1;
  /** D^η, this month's multiplier on the hunting yield. */
  huntingMultiplier = 1;

  copyFrom(source: MarketDemand): void {
    this.logFactor = source.logFactor;
    this.multiplier = source.multiplier;
    this.huntingMultiplier = source.huntingMultiplier;
  }
}

/**
 * The calendar month (0 = January … 11 = December) of simulation month `month`: the switch,
 * month `warmupMonths`, is in `market.switchCalendarMonth`; earlier and later months count from it.
 */
export function calendarMonth(scenario: Scenario, month: number): number {
  const index = scenario.market.switchCalendarMonth - 1 + month - scenario.warmupMonths;
  return ((index % 12) + 12) % 12;
}

/** The seasonal part of the demand in simulation month `month` (mean 1 over a year). */
export function seasonalDemand(params: Parameters, month: number): number {
  return params.seasonality[calendarMonth(params.scenario, month)];
}

/** The market moves at the start of the month: the factor takes one AR(1) step, the season turns. */
export function moveDemand(company: Company, month: number): void {
  const { market } = company.params.scenario;
  const demand = company.demand;
  const sd = market.demandVolatility;
  const persistence = market.demandPersistence;
  const z = normalFromUniform(company.dice.uniform(Purpose.MarketDemand, 0, month));
  demand.logFactor = persistence * demand.logFactor + sd * Math.sqrt(1 - persistence * persistence) * z;
  demand.multiplier = seasonalDemand(company.params, month) * Math.exp(demand.logFactor - (sd * sd) / 2);
  demand.huntingMultiplier = Math.pow(demand.multiplier, market.huntDemandElasticity);
}
