/**
 * People (docs/model.md, "People"): hires arrive and ramp up; managers quit when their pay falls
 * below what they are used to or below the outside wage; a leaving manager's clients follow him
 * with a probability that grows with the relationship, the others go to the least-loaded
 * colleague in his role; the scheme's hand-offs move clients to another role. A client changing
 * hands may not survive it (`transfer`).
 */
import { ACTIVE, ACTIVITIES, CONTRACTED, FOLLOWED_MANAGER, LOST, LOST_AT_HANDOVER } from './codes.js';
import { loseClient } from './clients.js';
import type { Company } from './company.js';
import { logitNormalFromUniform, normalFromUniform } from './distributions.js';
import { Purpose } from './random.js';
import { managerTenureBand, type MonthTally } from './tally.js';
import type { ClientsParameters } from '../scenario/schema.js';

/** A hire's dice are keyed by slot × HIRE_ENTITY + generation (how many people the slot has had). */
const HIRE_ENTITY = 4096;

/** Productive skill multiplier while a new hire ramps up: (tenure + 1) / (rampUpMonths + 1), at most 1. */
export function rampUp(company: Company, slot: number): number {
  const months = company.params.scenario.team.rampUpMonths;
  return months <= 0 ? 1 : Math.min(1, (company.team.tenure[slot] + 1) / (months + 1));
}

/**
 * A new person in the slot: hunting and farming skill lognormal with mean 1, temperament
 * logit-normal around `team.hunterAffinityMean`, from the slot's dice for this generation; he
 * starts at the outside wage as his reference income, his hours split evenly over what his role allows.
 */
export function hire(company: Company, slot: number, month: number, tenure: number): void {
  const { team: t } = company.params.scenario;
  const { team, dice } = company;
  const generation = team.generation[slot]++;
  const entity = slot * HIRE_ENTITY + generation;
  team.person[slot] = team.nextPerson++;
  team.huntSkill[slot] = Math.exp(t.skillSd * normalFromUniform(dice.uniform(Purpose.HireSkill, entity, 0, 0)) - (t.skillSd * t.skillSd) / 2);
  team.farmSkill[slot] = Math.exp(t.skillSd * normalFromUniform(dice.uniform(Purpose.HireSkill, entity, 0, 1)) - (t.skillSd * t.skillSd) / 2);
  team.affinity[slot] = logitNormalFromUniform(t.hunterAffinityMean, t.hunterAffinityConcentration, dice.uniform(Purpose.HireTemperament, entity, 0));
  team.tenure[slot] = tenure;
  team.referenceIncome[slot] = t.outsideWage;
  team.pay[slot] = t.outsideWage;
  team.heldMonths[slot] = 0;
  team.promotedMonth[slot] = -1;
  // A newcomer has no hours of his own yet: his first month's choice starts afresh.
  company.allocation.chosenHours[slot] = 0;
  company.allocation.logEffortPrice[slot] = 0;
  team.grievance[slot] = 0;
  team.grievanceUntil[slot] = month;
  const role = company.role(slot);
  const allowed = role ? role.allowed : [true, true, true];
  const n = allowed.filter(Boolean).length;
  for (let a = 0; a < ACTIVITIES; a++) team.split[slot * ACTIVITIES + a] = allowed[a] ? 1 / n : 0;
}

/** Vacancies whose hire is due this month are filled (each hire costs `team.hiringCost`). */
export function arrivals(company: Company, month: number, tally: MonthTally): void {
  const team = company.team;
  for (let s = 0; s < team.capacity; s++) {
    if (team.role[s] >= 0 && team.person[s] < 0 && team.hireMonth[s] <= month) {
      hire(company, s, month, 0);
      tally.hiringCost += company.params.scenario.team.hiringCost;
    }
  }
}

/** Probability that a client follows its manager out after `months` together: followMax · (1 − e^(−months/followMonths)). */
export function followProbability(months: number, clients: ClientsParameters): number {
  return clients.followMax * (1 - Math.exp(-Math.max(0, months) / clients.followMonths));
}

/**
 * Quits: the monthly hazard is quitBase + quitLossAversion · (reference − pay)⁺/reference
 * + quitOutside · (outsideWage − pay)⁺/outsideWage; the reference income then moves towards this
 * month's pay. Nobody quits in his first month. A leaving manager's clients follow him
 * (`followProbability`); the others go to the least-loaded colleague in his role, if there is one.
 * Every client lost here is counted once by its cause and taken off the month's counts
 * (`MonthTally.countLoss`); managers at risk and quits are counted by tenure band.
 */
export function quits(company: Company, month: number, tally: MonthTally): void {
  const { behavior, team: teamParameters, clients } = company.params.scenario;
  const { team, book, dice } = company;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0) continue;
    const pay = team.pay[s];
    const reference = team.referenceIncome[s];
    const u = dice.uniform(Purpose.Quit, s, month);
    const hazard =
      behavior.quitBase +
      behavior.quitLossAversion * Math.max(0, (reference - pay) / Math.max(reference, 1)) +
      behavior.quitOutside * Math.max(0, (teamParameters.outsideWage - pay) / Math.max(teamParameters.outsideWage, 1));
    team.referenceIncome[s] = (1 - behavior.referenceAdaptation) * reference + behavior.referenceAdaptation * pay;
    const tenureBand = managerTenureBand(team.tenure[s]);
    tally.tenureManagers[tenureBand]++;
    if (team.tenure[s] < 1 || u >= hazard) continue;
    team.person[s] = -1;
    team.hireMonth[s] = month + 1 + teamParameters.hiringLagMonths;
    tally.managerQuits++;
    tally.tenureQuits[tenureBand]++;
    const role = team.role[s];
    for (let i = 0; i < book.count; i++) {
      if (book.owner[i] !== s || book.state[i] === LOST) continue;
      const wasActive = book.state[i] === ACTIVE;
      if (dice.uniform(Purpose.Follow, book.id[i], month) < followProbability(month - book.relationStart[i], clients)) {
        loseClient(book, i, FOLLOWED_MANAGER);
        tally.countLoss(wasActive, FOLLOWED_MANAGER, true);
        continue;
      }
      const colleague = leastLoaded(company, role, s);
      if (colleague >= 0 && !transfer(company, i, colleague, month, 1)) tally.countLoss(wasActive, LOST_AT_HANDOVER, true);
    }
  }
}

/** The employed slot in a role with the fewest clients (lowest slot on ties), or −1. */
export function leastLoaded(company: Company, role: number, except = -1): number {
  const { team, valuation } = company;
  let best = -1;
  let bestLoad = Infinity;
  for (let s = 0; s < team.capacity; s++) {
    if (s === except || team.role[s] !== role || team.person[s] < 0) continue;
    const load = valuation.contractedCount[s] + valuation.activeCount[s];
    if (load < bestLoad) {
      best = s;
      bestLoad = load;
    }
  }
  return best;
}

/**
 * Gives client i to another slot: the relationship starts over, and is lost with probability
 * handoffChurn / (the receiver's farming skill × ramp-up), at most 1 (0.5 for a vacancy).
 * `draw` tells apart the dice of a hand-off (0) and of a reassignment after a quit (1).
 * Returns whether the client stayed.
 */
export function transfer(company: Company, i: number, to: number, month: number, draw: number): boolean {
  const { book, team, valuation } = company;
  book.owner[i] = to;
  book.relationStart[i] = month;
  book.baseMargin[i] = book.margin[i];
  const skill = team.person[to] >= 0 ? team.farmSkill[to] * rampUp(company, to) : 0.5;
  const risk = Math.min(1, company.params.scenario.clients.handoffChurn / Math.max(skill, 0.1));
  if (company.dice.uniform(Purpose.Handoff, book.id[i], month, draw) < risk) {
    loseClient(book, i, LOST_AT_HANDOVER);
    return false;
  }
  // Only a client who stayed is one of the receiver's clients.
  valuation.contractedCount[to] += book.state[i] === CONTRACTED ? 1 : 0;
  valuation.activeCount[to] += book.state[i] === ACTIVE ? 1 : 0;
  return true;
}

/**
 * Clients due for one of the scheme's hand-offs move to the least-loaded member of the receiving
 * role. This runs before the clients' month, so a client lost here is counted as lost at a
 * hand-over and was never in the month's active/contracted counts.
 */
export function handOver(company: Company, month: number, tally: MonthTally): void {
  const { book, team, valuation } = company;
  const handoffs = company.rules.scheme.handoffs;
  if (handoffs.length === 0) return;
  for (let i = 0; i < book.count; i++) {
    const state = book.state[i];
    if (state === LOST) continue;
    const owner = book.owner[i];
    const role = team.role[owner];
    if (role < 0) continue;
    for (const h of handoffs) {
      if (!h.fromRole[role]) continue;
      const due =
        (state === ACTIVE && month - book.activatedMonth[i] >= h.afterActivationMonths) || month - book.signedMonth[i] >= h.afterSigningMonths;
      if (!due) continue;
      const to = leastLoaded(company, h.to);
      if (to < 0) break;
      if (state === CONTRACTED) valuation.contractedCount[owner]--;
      else valuation.activeCount[owner]--;
      if (!transfer(company, i, to, month, 0)) tally.countLoss(state === ACTIVE, LOST_AT_HANDOVER, false);
      break;
    }
  }
}

