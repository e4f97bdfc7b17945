/**
 * Allocation (docs/model.md, "Allocation"): every manager splits his month's hours between
 * hunting, activating and farming by what they are worth to him under the scheme in force
 * (manager-valuation.ts), less what they cost him in effort and plus his temperament; he moves
 * only part of the way to that optimum (inertia), with noise. Then his activation and farming
 * hours are spread over his clients by what each is worth to him, which is how clients his pay
 * no longer rewards come to "hang". The optimum itself is solved in optimal-split.ts.
 */
import { ACTIVATE, ACTIVITIES, FARM, HUNT } from './codes.js';
import type { Company } from './company.js';
import { normalFromUniform } from './distributions.js';
import { chosenHours, type Effort } from './effort.js';
import { marketAvailability, screenedHoursFactor, signedShare } from './hunting.js';
import { adjustSplit, optimalSplit, type AllocationProblem } from './optimal-split.js';
import { rampUp } from './people.js';
import { Purpose } from './random.js';

/** How this month's activation and farming hours reach each slot's clients (read by clients.ts). */
export interface Attention {
  /** Skill-weighted hours per unit of client value (when byValue) or per client (evenly). */
  activation: Float64Array;
  farming: Float64Array;
  activationByValue: Uint8Array;
  farmingByValue: Uint8Array;
  /** Hours per client from people who work on every client of the company. */
  teamActivation: number;
  teamFarming: number;
}

/** Each slot's hours this month and where they go. */
export class Allocation {
  /** This month's hours per slot on hunt, activate, farm (ACTIVITIES a slot). */
  readonly hours: Float64Array;
  /** Scratch: the optimum's shares per slot before partial adjustment. */
  readonly target: Float64Array;
  /** Log of each slot's shadow price of an hour last month: where the solver starts looking. */
  readonly logPrice: Float64Array;
  /** Log of the shadow price at which each slot chose his hours last month (effort.ts's warm start). */
  readonly logEffortPrice: Float64Array;
  /** The hours each slot chose this month, before a grievance withholds some. */
  readonly chosenHours: Float64Array;
  readonly attention: Attention;

  constructor(slots: number) {
    this.hours = new Float64Array(slots * ACTIVITIES);
    this.target = new Float64Array(slots * ACTIVITIES);
    this.logPrice = new Float64Array(slots);
    this.logEffortPrice = new Float64Array(slots);
    this.chosenHours = new Float64Array(slots);
    this.attention = {
      activation: new Float64Array(slots),
      farming: new Float64Array(slots),
      activationByValue: new Uint8Array(slots),
      farmingByValue: new Uint8Array(slots),
      teamActivation: 0,
      teamFarming: 0,
    };
  }

  /** What copyFrom copies: every array, the attention's included (a new field must be listed here). */
  static readonly COPIED = ['hours', 'target', 'logPrice', 'logEffortPrice', 'chosenHours'] as const;
  static readonly ATTENTION_COPIED = ['activation', 'farming', 'activationByValue', 'farmingByValue'] as const;

  copyFrom(source: Allocation): void {
    for (const name of Allocation.COPIED) this[name].set(source[name]);
    for (const name of Allocation.ATTENTION_COPIED) (this.attention[name] as { set(a: ArrayLike<number>): void }).set(source.attention[name]);
    this.attention.teamActivation = source.attention.teamActivation;
    this.attention.teamFarming = source.attention.teamFarming;
  }
}

// The problem one manager solves, reused for every manager (nothing allocated per manager-month).
const problem: AllocationProblem = {
  hours: 0,
  allowed: [true, true, true],
  huntScale: 0,
  huntElasticity: 0.5,
  activateScale: 0,
  activateHoursPerE: 0,
  farmScale: 0,
  farmHoursPerE: 0,
  cost: [0, 0, 0],
};
const noise: [number, number, number] = [0, 0, 0];
const effort: Effort = { normalHours: 0, minHours: 0, maxHours: 0, price: 1, elasticity: 1 };

/** Each manager's split of hours this month: the valued optimum, adjusted partially, with noise. */
export function allocateHours(company: Company, month: number): void {
  const { behavior, clients, team: teamParameters } = company.params.scenario;
  const { team, valuation } = company;
  const hoursOf = company.allocation.hours;
  const availability = marketAvailability(company);
  // He sees how busy the market is this month as he sees how many prospects are left (market.ts).
  problem.huntElasticity = behavior.huntElasticity;
  effort.normalHours = teamParameters.hoursPerMonth;
  effort.minHours = teamParameters.minHoursPerMonth;
  effort.maxHours = teamParameters.maxHoursPerMonth;
  effort.price = behavior.effortPrice;
  effort.elasticity = behavior.hoursElasticity;
  for (let s = 0; s < team.capacity; s++) {
    const at = s * ACTIVITIES;
    const role = company.role(s);
    if (!role || team.person[s] < 0) {
      hoursOf[at + HUNT] = hoursOf[at + ACTIVATE] = hoursOf[at + FARM] = 0;
      continue;
    }
    const ramp = rampUp(company, s);
    const grieving = month < team.grievanceUntil[s] ? team.grievance[s] : 0;
    const huntSkill = team.huntSkill[s] * ramp;
    const farmSkill = team.farmSkill[s] * ramp;
    const canHunt = role.allowed[HUNT] && !role.worksOnTeam;
    problem.allowed = role.allowed;
    // Hunting: contracts = contractsPerHuntHour · skill · availability · D^η · h^α, each worth the value of a new contract.
    problem.huntScale = canHunt ? believedHuntScale(company, s, huntSkill, availability) : 0;
    // Activation: each contracted client activates with 1 − exp(−(b0 + k · h / n)).
    const contracted = valuation.contractedCount[s];
    const activationRate = clients.activationPerHour * huntSkill;
    problem.activateHoursPerE = contracted > 0 && activationRate > 0 ? contracted / activationRate : 0;
    problem.activateScale = contracted > 0 ? (activationRate * Math.exp(-clients.baseActivation) * valuation.activationValue[s]) / contracted : 0;
    // Farming: each active client is looked after with 1 − exp(−h · skill / (n · attentionHours)).
    const active = valuation.activeCount[s];
    problem.farmHoursPerE = active > 0 ? (active * clients.attentionHours) / farmSkill : 0;
    problem.farmScale = active > 0 ? valuation.farmingStake[s] / problem.farmHoursPerE : 0;
    const temperament = (team.affinity[s] - teamParameters.hunterAffinityMean) / (1 - teamParameters.hunterAffinityMean);
    problem.cost[HUNT] = behavior.huntingEffortCost - behavior.temperamentWeight * temperament;
    problem.cost[ACTIVATE] = behavior.activationEffortCost;
    problem.cost[FARM] = behavior.farmingEffortCost;
    // How many hours he works (effort.ts), less what a grievance withholds; then how he splits them.
    const chosen = chosenHours(problem, effort, company.allocation.logEffortPrice, s);
    company.allocation.chosenHours[s] = chosen;
    const hours = chosen * (1 - behavior.effortCut * grieving);
    problem.hours = hours;
    const target = company.allocation.target;
    optimalSplit(problem, target, at, company.allocation.logPrice, s);
    for (let a = 0; a < ACTIVITIES; a++) noise[a] = normalFromUniform(company.dice.uniform(Purpose.AllocationNoise, s, month, a));
    adjustSplit(team.split, target, at, role.allowed, behavior.inertia, behavior.allocationNoise, noise);
    for (let a = 0; a < ACTIVITIES; a++) hoursOf[at + a] = hours * team.split[at + a];
  }
}

/**
 * The scale of what a manager believes an hour of hunting yields, α·C·V_new with the response
 * C·h^α: contracts = contractsPerHuntHour · skill · availability · D^η · (h · (1 − q·screeningTimeShare))^α
 * · (1 − badPayerShare·screeningEfficacy·q), each worth the value of a new contract. A manager who
 * screens with intensity q knows his checks take time and turn candidates away, as they do in
 * hunting.ts, so what he believes matches what happens.
 */
export function believedHuntScale(company: Company, slot: number, huntSkill: number, availability: number): number {
  const { behavior } = company.params.scenario;
  const screening = company.valuation.screening[slot];
  const screeningYield = Math.pow(screenedHoursFactor(company, screening), behavior.huntElasticity) * signedShare(company, screening);
  return behavior.huntElasticity * behavior.contractsPerHuntHour * huntSkill * availability * company.demand.huntingMultiplier * screeningYield * company.valuation.newContractValue[slot];
}

/**
 * Attention per client this month. A manager spreads his activation or farming hours over his
 * clients by what each is worth to him (its value at the end of last month, to the power
 * `attentionFocus`), so clients his pay no longer rewards get less of his time. For each slot
 * the arrays hold skill-weighted hours per unit of client value, or per client (evenly) when
 * none of his clients is worth anything; team-wide workers spread evenly over the whole book.
 */
export function attentionPerClient(company: Company): Attention {
  const { team, valuation } = company;
  const hours = company.allocation.hours;
  const attention = company.allocation.attention;
  attention.teamActivation = 0;
  attention.teamFarming = 0;
  for (let s = 0; s < team.capacity; s++) {
    attention.activation[s] = attention.farming[s] = 0;
    const role = company.role(s);
    if (!role || team.person[s] < 0) continue;
    const ramp = rampUp(company, s);
    const activationHours = hours[s * ACTIVITIES + ACTIVATE] * team.huntSkill[s] * ramp;
    const farmingHours = hours[s * ACTIVITIES + FARM] * team.farmSkill[s] * ramp;
    if (role.worksOnTeam) {
      attention.teamActivation += activationHours / Math.max(1, valuation.contractedCount[s]);
      attention.teamFarming += farmingHours / Math.max(1, valuation.activeCount[s]);
      continue;
    }
    const activationWeight = valuation.activationWeight[s];
    const farmingWeight = valuation.farmingWeight[s];
    attention.activationByValue[s] = activationWeight > 0 ? 1 : 0;
    attention.activation[s] = activationHours / (activationWeight > 0 ? activationWeight : Math.max(1, valuation.contractedCount[s]));
    attention.farmingByValue[s] = farmingWeight > 0 ? 1 : 0;
    attention.farming[s] = farmingHours / (farmingWeight > 0 ? farmingWeight : Math.max(1, valuation.activeCount[s]));
  }
  return attention;
}
