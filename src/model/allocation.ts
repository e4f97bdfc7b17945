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
 * We solve for the shadow price λ of an hour with Σ h_k(λ) = H by bisection on log λ.
 */
import { ACTIVATE, FARM, HUNT } from '../schemes/compile.js';

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
 */
export function optimalSplit(problem: AllocationProblem, out: Float64Array, offset: number): void {
  const hours = problem.hours;
  // λ must exceed every −cost of an activity with value, or that activity would absorb all hours.
  let floor = -Infinity;
  let anyValue = false;
  for (let a = 0; a < 3; a++) {
    const scale = a === HUNT ? problem.huntScale : a === ACTIVATE ? problem.activateScale : problem.farmScale;
    if (problem.allowed[a] && scale > 0) {
      anyValue = true;
      floor = Math.max(floor, -problem.cost[a]);
    }
  }
  if (!anyValue || !(hours > 0)) {
    evenSplit(problem, out, offset);
    return;
  }
  // Bisection on log(λ − floor): the total is decreasing in λ.
  let lo = -30;
  let hi = 30;
  if (totalHours(problem, floor + Math.exp(hi)) > hours) hi = 60;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (totalHours(problem, floor + Math.exp(mid)) > hours) lo = mid;
    else hi = mid;
  }
  const lambda = floor + Math.exp((lo + hi) / 2);
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
