/**
 * Effort (docs/model.md, "Effort"): how many hours a manager sells this month. Besides what each
 * activity is worth to him (optimal-split.ts), an hour of work costs him more the more he works:
 * the marginal felt cost of the H-th hour is
 *     E'(H) = κ · (H / H₀)^(1/ε),
 * κ = `behavior.effortPrice` (what the normal month's last hour costs him, money per hour),
 * H₀ = `team.hoursPerMonth` (the normal month), ε = `behavior.hoursElasticity` (the elasticity of
 * hours to the money an hour brings him: H = H₀ · (λ/κ)^ε, a constant-elasticity labour supply).
 * He works until the shadow price λ of an hour (the marginal value of the split's every activity,
 * net of its own cost) falls to E'(H), within [`team.minHoursPerMonth`, `team.maxHoursPerMonth`]:
 * below the floor he would be let go, above the ceiling there are no more hours in the month.
 * So a rate cut, or a cap that binds, lowers his hours; a higher marginal rate raises them; a
 * manager whom no activity pays at the margin works the floor.
 */
import { priceFloor, totalHoursAndSlope, type AllocationProblem } from './optimal-split.js';

export interface Effort {
  normalHours: number;
  minHours: number;
  maxHours: number;
  /** κ: the felt cost of the normal month's last hour (money per hour). */
  price: number;
  /** ε: hours supplied ∝ λ^ε. */
  elasticity: number;
}

/** E'(H) = κ · (H / H₀)^(1/ε): the felt cost of one more hour after H. */
export function marginalEffortCost(effort: Effort, hours: number): number {
  return effort.price * Math.pow(hours / effort.normalHours, 1 / effort.elasticity);
}

/** H(λ) = H₀ · (λ/κ)^ε, the hours at which one more costs λ (not clamped). */
export function hoursSupplied(effort: Effort, lambda: number): number {
  return lambda > 0 ? effort.normalHours * Math.pow(lambda / effort.price, effort.elasticity) : 0;
}

const slope = new Float64Array(1);

/**
 * The hours he chooses: where the hours the split wants at λ (total(λ), decreasing) meet the
 * hours he supplies at λ (H(λ), increasing), clamped to the floor and the ceiling.
 *
 * Solved for x = log λ by Newton's method on log total(eˣ) − log H(eˣ) (both nearly power laws
 * in λ, so a few steps do), safeguarded by the bracket [log E'(min), log E'(max)] that holds the
 * root: a step out of the bracket known so far bisects it. `warm[at]` holds last month's x and
 * gets this month's.
 */
export function chosenHours(problem: AllocationProblem, effort: Effort, warm: Float64Array, at: number): number {
  const floor = priceFloor(problem);
  // Nothing is worth an hour to him: the least the job allows.
  if (Number.isNaN(floor)) return effort.minHours;
  const top = marginalEffortCost(effort, effort.maxHours);
  // Even the ceiling's last hour costs him less than some activity gives for nothing, or the
  // split still wants more than the ceiling when an hour costs him that much: the ceiling.
  if (top <= floor || totalHoursAndSlope(problem, top, slope) >= effort.maxHours) return effort.maxHours;
  const bottom = marginalEffortCost(effort, effort.minHours);
  if (bottom > floor && totalHoursAndSlope(problem, bottom, slope) <= effort.minHours) return effort.minHours;
  let lower = Math.log(Math.max(bottom, floor));
  let upper = Math.log(top);
  const guess = warm[at];
  let x = guess > lower && guess < upper ? guess : (lower + upper) / 2;
  for (let iteration = 0; iteration < 100; iteration++) {
    const lambda = Math.exp(x);
    const wanted = totalHoursAndSlope(problem, lambda, slope);
    const supplied = hoursSupplied(effort, lambda);
    // At λ at or below the floor the split wants unbounded hours: the root is above x.
    if (!Number.isFinite(wanted)) {
      lower = x;
      x = (lower + upper) / 2;
      continue;
    }
    const excess = Math.log(wanted) - Math.log(supplied);
    // x is the root, to the last bit.
    if (excess === 0) break;
    if (excess > 0) lower = x;
    else upper = x;
    // d/dx [log total − log H] = total'(λ)·λ/total − ε
    const derivative = (slope[0] * lambda) / wanted - effort.elasticity;
    const newton = x - excess / derivative;
    // Converged: Newton's step is within the tolerance (tested before the bracket's safeguard, which
    // would otherwise turn a step that lands on the bracket's end into bisection steps back to it).
    if (Math.abs(newton - x) <= 1e-13 * (1 + Math.abs(x))) {
      x = newton;
      break;
    }
    const next = newton > lower && newton < upper ? newton : (lower + upper) / 2;
    if (upper - lower <= 1e-13) {
      x = next;
      break;
    }
    x = next;
  }
  warm[at] = x;
  return Math.min(effort.maxHours, Math.max(effort.minHours, hoursSupplied(effort, Math.exp(x))));
}
