/**
 * How a manager splits his hours between hunting (category 1), activating contracted clients
 * (category 2) and farming active ones (category 3): he maximises the value the hours buy minus
 * what they cost him in effort, over concave responses, so at the optimum the marginal value net
 * of effort cost is the same for every activity he spends time on (Holmström & Milgrom 1991's
 * multitask agent). The responses:
 *   hunting:    contracts = C · h^α (diminishing returns, α = huntElasticity), each worth V_new;
 *   activation: every contracted client activates with 1 − exp(−(b0 + k·h/n)), worth G_i;
 *   farming:    every active client is looked after with 1 − exp(−h/(n·τ)), protecting stake_i.
 * Marginal values:  hunt α·A_h·h^(α−1),  activate A_a·exp(−k·h/n),  farm A_f·exp(−h/(n·τ)).
 * We solve for the shadow price λ of an hour with Σ h_k(λ) = H by bisection on log λ (see optimalSplit).
 */
import { ACTIVATE, FARM, HUNT } from './codes.js';

export interface AllocationProblem {
  hours: number;
  allowed: [boolean, boolean, boolean];
  /** α·C·V_new: hunting's marginal value at 1 hour (money per hour). */
  huntScale: number;
  huntElasticity: number;
  /** Marginal value of the first activation hour (money per hour) and hours that cut it by e. */
  activateScale: number;
  activateHoursPerE: number;
  /** Marginal value of the first farming hour (money per hour) and hours that cut it by e. */
  farmScale: number;
  farmHoursPerE: number;
  /** Felt cost of an hour of each activity (money per hour; negative = pleasant). */
  cost: [number, number, number];
}

/** Hours on an activity at which its marginal value net of cost equals λ. */
function hoursAt(problem: AllocationProblem, activity: number, lambda: number): number {
  if (!problem.allowed[activity]) return 0;
  const target = lambda + problem.cost[activity];
  if (activity === HUNT) {
    if (problem.huntScale <= 0) return 0;
    if (target <= 0) return Infinity;
    return Math.pow(problem.huntScale / target, 1 / (1 - problem.huntElasticity));
  }
  const scale = activity === ACTIVATE ? problem.activateScale : problem.farmScale;
  const perE = activity === ACTIVATE ? problem.activateHoursPerE : problem.farmHoursPerE;
  if (scale <= 0 || perE <= 0) return 0;
  if (target <= 0) return Infinity;
  return target >= scale ? 0 : perE * Math.log(scale / target);
}

function totalHours(problem: AllocationProblem, lambda: number): number {
  return hoursAt(problem, HUNT, lambda) + hoursAt(problem, ACTIVATE, lambda) + hoursAt(problem, FARM, lambda);
}

/**
 * The optimal shares of hours on [hunt, activate, farm], written to `out` at `offset`.
 * When no activity is worth anything the hours go evenly to the allowed activities that have
 * something to work on (or to all allowed ones).
 *
 * The shadow price is defined by 50 bisection steps on log(λ − floor) (`bisectLogPrice`).
 * Evaluating all 50 costs about 150 exp/pow/log per manager-month, so this finds the root by
 * Newton's method first (from `warmStart[warmIndex]`, last month's answer, when given; the answer
 * is written back there) and replays the bisection, evaluating only the steps that land within
 * a hair of the root: the result is the bisection's, bit for bit (`fastBisection` shows why).
 */
export function optimalSplit(problem: AllocationProblem, out: Float64Array, offset: number, warmStart?: Float64Array, warmIndex = 0): void {
  const hours = problem.hours;
  const floor = priceFloor(problem);
  if (Number.isNaN(floor) || !(hours > 0)) {
    evenSplit(problem, out, offset);
    return;
  }
  const guess = warmStart ? warmStart[warmIndex] : 0;
  const logPrice = fastBisection(problem, floor, guess);
  if (warmStart) warmStart[warmIndex] = logPrice;
  splitAt(problem, floor + Math.exp(logPrice), out, offset);
}

/** The same optimum by plain bisection: the definition `optimalSplit` reproduces (for tests). */
export function bisectionSplit(problem: AllocationProblem, out: Float64Array, offset: number): void {
  const floor = priceFloor(problem);
  if (Number.isNaN(floor) || !(problem.hours > 0)) {
    evenSplit(problem, out, offset);
    return;
  }
  splitAt(problem, floor + Math.exp(bisectLogPrice(problem, floor)), out, offset);
}

/**
 * λ must exceed every −cost of an activity with value, or that activity would absorb all hours:
 * the largest such −cost, or NaN when no allowed activity is worth anything.
 */
export function priceFloor(problem: AllocationProblem): number {
  let floor = -Infinity;
  let anyValue = false;
  for (let a = 0; a < 3; a++) {
    const scale = a === HUNT ? problem.huntScale : a === ACTIVATE ? problem.activateScale : problem.farmScale;
    if (problem.allowed[a] && scale > 0) {
      anyValue = true;
      floor = Math.max(floor, -problem.cost[a]);
    }
  }
  return anyValue ? floor : NaN;
}

/** Bisection bounds on x = log(λ − floor): [−30, 30], widened to 60 when λ must be larger. */
const LOW = -30;
const HIGH = 30;
const WIDER_HIGH = 60;
const STEPS = 50;

/** Bisection on x = log(λ − floor): the total is decreasing in λ. Returns the final midpoint. */
function bisectLogPrice(problem: AllocationProblem, floor: number): number {
  const hours = problem.hours;
  let lo = LOW;
  let hi = HIGH;
  if (totalHours(problem, floor + Math.exp(hi)) > hours) hi = WIDER_HIGH;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (totalHours(problem, floor + Math.exp(mid)) > hours) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * `bisectLogPrice`, evaluating only the steps near the root. With x̂ the root found by Newton,
 * the computed total is checked to exceed the hours at x̂ − band and to fall short at x̂ + band,
 * each by a margin far above the rounding error of the total (a few ulps). The exact total is
 * decreasing in x, and the computed one is within that error of it, so every step whose midpoint
 * lies below x̂ − band would have found "more than the hours" and every step above x̂ + band
 * "not more": those steps need no evaluation. Steps inside the band (the last one or two) are
 * evaluated as the bisection does. The band is as narrow as the slope of the total at the root
 * allows, widened if a check fails; if Newton fails or the checks keep failing, plain bisection.
 */
function fastBisection(problem: AllocationProblem, floor: number, guess: number): number {
  const hours = problem.hours;
  const root = newtonLogPrice(problem, floor, guess);
  if (!Number.isFinite(root)) return bisectLogPrice(problem, floor);
  const margin = 1e-14 * hours;
  // The total moves by hours · |d log(total)/dx| · band across the band: four margins.
  let band = Math.max(4e-14 / Math.abs(rootSlope[0]), 4e-15 * (1 + Math.abs(root)));
  let below = root - band;
  let above = root + band;
  for (let attempt = 0; ; attempt++) {
    if (!(band <= 1e-10) || attempt === 3) return bisectLogPrice(problem, floor);
    below = root - band;
    above = root + band;
    if (totalHours(problem, floor + Math.exp(below)) > hours + margin && totalHours(problem, floor + Math.exp(above)) < hours - margin) break;
    band *= 32;
  }
  let lo = LOW;
  let hi = HIGH;
  if (hi < below || (hi <= above && totalHours(problem, floor + Math.exp(hi)) > hours)) hi = WIDER_HIGH;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    if (mid < below || (mid <= above && totalHours(problem, floor + Math.exp(mid)) > hours)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const slopeScratch = new Float64Array(1);
/** d log(total) / dx at the root newtonLogPrice returned. */
const rootSlope = new Float64Array(1);

/**
 * Root of total(floor + eˣ) = hours in x by Newton's method on log(total) − log(hours) (a power
 * law, like hunting alone, is then a straight line), safeguarded: steps that leave the bracket
 * known so far bisect it instead, and x stays within [−31, 61] (a root outside the bisection's
 * range gives the edge). NaN when it does not converge.
 */
function newtonLogPrice(problem: AllocationProblem, floor: number, guess: number): number {
  const logHours = Math.log(problem.hours);
  let x = Number.isFinite(guess) ? Math.min(61, Math.max(-31, guess)) : 0;
  let lower = -Infinity;
  let upper = Infinity;
  for (let iteration = 0; iteration < 100; iteration++) {
    const price = Math.exp(x);
    const total = totalHoursAndSlope(problem, floor + price, slopeScratch);
    if (Number.isNaN(total)) return NaN;
    const excess = Math.log(total) - logHours;
    // d log(total) / dx = total'(λ) · eˣ / total
    const slope = (slopeScratch[0] * price) / total;
    rootSlope[0] = slope;
    if (excess === 0) return x;
    if (excess > 0) lower = x;
    else upper = x;
    let next = x - excess / slope;
    // Newton converges quadratically: after a step this small the error is far below the band.
    if (Math.abs(next - x) <= 1e-8 * (1 + Math.abs(x))) return next;
    if (!(next > lower && next < upper)) {
      next = lower > -Infinity && upper < Infinity ? (lower + upper) / 2 : excess > 0 ? x + 4 : x - 4;
    }
    if (next >= 61) {
      if (lower >= 61) return 61;
      next = 61;
    } else if (next <= -31) {
      if (upper <= -31) return -31;
      next = -31;
    }
    x = next;
  }
  return NaN;
}

/** Total hours at λ, and its derivative in λ written to slope[0] (Infinity hours: slope 0). */
export function totalHoursAndSlope(problem: AllocationProblem, lambda: number, slope: Float64Array): number {
  let total = 0;
  let derivative = 0;
  if (problem.allowed[HUNT] && problem.huntScale > 0) {
    const target = lambda + problem.cost[HUNT];
    if (!(target > 0)) {
      slope[0] = 0;
      return Infinity;
    }
    const exponent = 1 / (1 - problem.huntElasticity);
    const h = Math.pow(problem.huntScale / target, exponent);
    total += h;
    derivative -= (exponent * h) / target;
  }
  for (let a = ACTIVATE; a <= FARM; a++) {
    const scale = a === ACTIVATE ? problem.activateScale : problem.farmScale;
    const perE = a === ACTIVATE ? problem.activateHoursPerE : problem.farmHoursPerE;
    if (!problem.allowed[a] || scale <= 0 || perE <= 0) continue;
    const target = lambda + problem.cost[a];
    if (!(target > 0)) {
      slope[0] = 0;
      return Infinity;
    }
    if (target >= scale) continue;
    total += perE * Math.log(scale / target);
    derivative -= perE / target;
  }
  slope[0] = derivative;
  return total;
}

/** Shares of the hours each activity takes at the shadow price λ. */
function splitAt(problem: AllocationProblem, lambda: number, out: Float64Array, offset: number): void {
  const hours = problem.hours;
  let sum = 0;
  for (let a = 0; a < 3; a++) {
    const h = Math.min(hoursAt(problem, a, lambda), hours);
    out[offset + a] = h;
    sum += h;
  }
  if (!(sum > 0)) {
    evenSplit(problem, out, offset);
    return;
  }
  for (let a = 0; a < 3; a++) out[offset + a] /= sum;
}

function evenSplit(problem: AllocationProblem, out: Float64Array, offset: number): void {
  const useful = [problem.huntScale > 0, problem.activateScale > 0, problem.farmScale > 0];
  let n = 0;
  for (let a = 0; a < 3; a++) if (problem.allowed[a] && useful[a]) n++;
  const pick = n > 0 ? (a: number) => problem.allowed[a] && useful[a] : (a: number) => problem.allowed[a];
  if (n === 0) for (let a = 0; a < 3; a++) if (problem.allowed[a]) n++;
  for (let a = 0; a < 3; a++) out[offset + a] = pick(a) ? 1 / n : 0;
}

/**
 * Partial adjustment with noise: this month's split moves from last month's towards the
 * (noisy) optimum by 1 − inertia. `noise` holds three standard normal draws.
 */
export function adjustSplit(
  previous: Float64Array,
  target: Float64Array,
  offset: number,
  allowed: [boolean, boolean, boolean],
  inertia: number,
  noiseSd: number,
  noise: [number, number, number],
): void {
  let targetSum = 0;
  for (let a = 0; a < 3; a++) {
    const noisy = allowed[a] ? target[offset + a] * Math.exp(noiseSd * noise[a] - (noiseSd * noiseSd) / 2) : 0;
    target[offset + a] = noisy;
    targetSum += noisy;
  }
  let previousSum = 0;
  for (let a = 0; a < 3; a++) previousSum += allowed[a] ? previous[offset + a] : 0;
  let sum = 0;
  for (let a = 0; a < 3; a++) {
    const before = previousSum > 0 && allowed[a] ? previous[offset + a] / previousSum : 0;
    const after = targetSum > 0 ? target[offset + a] / targetSum : 0;
    const share = previousSum > 0 ? inertia * before + (1 - inertia) * after : after;
    previous[offset + a] = share;
    sum += share;
  }
  if (sum > 0) for (let a = 0; a < 3; a++) previous[offset + a] /= sum;
}
