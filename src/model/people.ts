/**
 * People (docs/model.md, "People"): hires arrive and ramp up; managers quit when their pay falls
 * below what they are used to or below the outside wage; a leaving manager's clients follow him
 * with a probability that grows with the relationship, the others go to the least-loaded
 * colleague in his role; the scheme's hand-offs move clients to another role. A client changing
 * hands may not survive it (`transfer`).
 */
import { ACTIVE, ACTIVITIES, CONTRACTED, FARM, FOLLOWED_MANAGER, LOST, LOST_AT_HANDOVER } from './codes.js';
import { loseClient } from './clients.js';
import type { Company } from './company.js';
import { logitNormalFromUniform, normalFromUniform } from './distributions.js';
import { Purpose } from './random.js';
import { managerTenureBand, type MonthTally } from './tally.js';
import type { ClientsParameters } from '../scenario/schema.js';
import type { CompiledHandoff } from '../schemes/compile.js';

/** A hire's dice are keyed by slot × HIRE_ENTITY + generation (how many people the slot has had). */
const HIRE_ENTITY = 4096;

/** Productive skill multiplier while a new hire ramps up: (tenure + 1) / (rampUpMonths + 1), at most 1. */
export function rampUp(company: Company, slot: number): number {
  const months = company.params.scenario.team.rampUpMonths;
  return months <= 0 ? 1 : Math.min(1, (company.team.tenure[slot] + 1) / (months + 1));
}

/**
 * A new person in the slot: hunting and farming skill lognormal with mean 1, temperament
 * logit-normal around `team.hunterAffinityMean`, from the slot's dice for this generation; his
 * reference income (and last pay) is what he was offered (`offeredPay`), his hours split evenly over
 * what his role allows.
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
  const offered = offeredPay(company, slot);
  team.referenceIncome[slot] = offered;
  team.pay[slot] = offered;
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

/**
 * The pay a newcomer to the slot was offered: his role's salary plus the bonus its people earned
 * last month on average (their pay above the salary), times his ramp-up — what a recruiter
 * promises for the first months, which he compares his pay with. Without colleagues in the role
 * (or before anybody has been paid), the salary.
 */
export function offeredPay(company: Company, slot: number): number {
  const { team } = company;
  const role = company.role(slot);
  const salary = role ? role.salary : 0;
  let bonus = 0;
  let colleagues = 0;
  for (let s = 0; s < team.capacity; s++) {
    if (s === slot || team.person[s] < 0 || team.role[s] !== team.role[slot]) continue;
    bonus += Math.max(0, team.pay[s] - salary);
    colleagues++;
  }
  return salary + (colleagues > 0 ? bonus / colleagues : 0) * rampUp(company, slot);
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
 * Quits: the monthly hazard is quitBase + quitLossAversion · max((reference − pay)⁺/reference,
 * grievance while it lasts) + quitOutside · (outsideWage − pay)⁺/outsideWage; the reference income then moves towards this
 * month's pay. Nobody quits in his first month. A leaving manager's clients follow him
 * (`followProbability`); the others go to the least-loaded colleague in his role (or in the
 * scheme's `hiring.leaverClientsTo`), if there is one. His vacancy is refilled in his role, or in
 * the scheme's `hiring.refillRole`. Every client lost here is counted once by its cause and taken
 * off the month's counts (`MonthTally.countLoss`); managers at risk and quits are counted by tenure band.
 */
export function quits(company: Company, month: number, tally: MonthTally): void {
  const { behavior, team: teamParameters, clients } = company.params.scenario;
  const { team, book, dice } = company;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0) continue;
    const pay = team.pay[s];
    const reference = team.referenceIncome[s];
    const u = dice.uniform(Purpose.Quit, s, month);
    // What he feels he has lost: his pay below his reference income or, while he grieves a
    // switch, the cut he expected from it (the clients its hand-offs take included), the larger.
    const grieving = month < team.grievanceUntil[s] ? team.grievance[s] : 0;
    const hazard =
      behavior.quitBase +
      behavior.quitLossAversion * Math.max(0, (reference - pay) / Math.max(reference, 1), grieving) +
      behavior.quitOutside * Math.max(0, (teamParameters.outsideWage - pay) / Math.max(teamParameters.outsideWage, 1));
    team.referenceIncome[s] = (1 - behavior.referenceAdaptation) * reference + behavior.referenceAdaptation * pay;
    const tenureBand = managerTenureBand(team.tenure[s]);
    tally.tenureManagers[tenureBand]++;
    if (team.tenure[s] < 1 || u >= hazard) continue;
    team.person[s] = -1;
    team.hireMonth[s] = month + 1 + teamParameters.hiringLagMonths;
    tally.managerQuits++;
    tally.tenureQuits[tenureBand]++;
    // The scheme's hiring policy: the role his clients go to and the role his vacancy is refilled in.
    const scheme = company.rules.scheme;
    const role = scheme.leaverClientsTo >= 0 ? scheme.leaverClientsTo : team.role[s];
    if (scheme.refillRole >= 0) team.role[s] = scheme.refillRole;
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

/**
 * The employed slot in a role with the fewest clients (lowest slot on ties), or −1; with `taken`,
 * only among those who have taken fewer than `pace` clients this month.
 */
export function leastLoaded(company: Company, role: number, except = -1, taken?: Int32Array, pace = Infinity): number {
  const { team, valuation } = company;
  let best = -1;
  let bestLoad = Infinity;
  for (let s = 0; s < team.capacity; s++) {
    if (s === except || team.role[s] !== role || team.person[s] < 0) continue;
    if (taken && taken[s] >= pace) continue;
    const load = valuation.contractedCount[s] + valuation.activeCount[s];
    if (load < bestLoad) {
      best = s;
      bestLoad = load;
    }
  }
  return best;
}

/**
 * Farming hours per client a receiver would give a client handed to him now, times his ramped
 * farming skill: his farming share of his hours (the hours he chose last month, or the normal
 * month's for a newcomer) spread over his clients with the new one, × skill_f × ramp-up. A vacant
 * slot gives nothing.
 */
export function receiverAttention(company: Company, to: number): number {
  const { team, valuation, allocation } = company;
  if (team.person[to] < 0) return 0;
  const chosen = allocation.chosenHours[to];
  const hours = (chosen > 0 ? chosen : company.params.scenario.team.hoursPerMonth) * team.split[to * ACTIVITIES + FARM];
  const clients = valuation.contractedCount[to] + valuation.activeCount[to] + 1;
  return (hours / clients) * team.farmSkill[to] * rampUp(company, to);
}

/**
 * Probability that a client handed to slot `to` is lost: handoffChurn · exp((a₀ − a)/τ), at most 1,
 * a the receiver's skill-weighted hours per client (`receiverAttention`), a₀ =
 * `clients.handoffAttentionHours`, τ = `clients.attentionHours`. It is handoffChurn when a fully
 * skilled receiver has a₀ hours for each of his clients, and grows as the neglect of a looked-after
 * client does (1 − L = e^(−a/τ), clients.ts) when he has less time or experience.
 */
export function handoverRisk(company: Company, to: number): number {
  const c = company.params.scenario.clients;
  return Math.min(1, c.handoffChurn * Math.exp((c.handoffAttentionHours - receiverAttention(company, to)) / c.attentionHours));
}

/**
 * Gives client i to another slot: the relationship starts over, and the client is lost with
 * `handoverRisk` (taken before it joins the receiver's clients). `draw` tells apart the dice of a
 * hand-off (0) and of a reassignment after a quit (1). Returns whether the client stayed; a lost
 * client is not added to the receiver's counts.
 */
export function transfer(company: Company, i: number, to: number, month: number, draw: number): boolean {
  const { book, valuation } = company;
  const risk = handoverRisk(company, to);
  book.owner[i] = to;
  book.relationStart[i] = month;
  book.baseMargin[i] = book.margin[i];
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
 * role who has taken fewer than `clients.handoffsPerMonth` this month; when every member has, the
 * rest wait for next month (a backlog arrives at a pace the receivers can absorb). This runs before
 * the clients' month, so a client lost here is counted as lost at a hand-over and was never in the
 * month's active/contracted counts.
 */
export function handOver(company: Company, month: number, tally: MonthTally): void {
  const { book, valuation } = company;
  if (company.rules.scheme.handoffs.length === 0) return;
  const pace = company.params.scenario.clients.handoffsPerMonth;
  const handed = company.handedTo;
  handed.fill(0);
  for (let i = 0; i < book.count; i++) {
    const h = dueHandoff(company, i, month);
    if (!h) continue;
    const to = leastLoaded(company, h.to, -1, handed, pace);
    if (to < 0) continue;
    const owner = book.owner[i];
    const active = book.state[i] === ACTIVE;
    if (active) valuation.activeCount[owner]--;
    else valuation.contractedCount[owner]--;
    handed[to]++;
    if (!transfer(company, i, to, month, 0)) tally.countLoss(active, LOST_AT_HANDOVER, false);
  }
}

/** The first of the scheme's hand-offs whose `from` holds client i's owner's role and that is due this month, or null. */
function dueHandoff(company: Company, i: number, month: number): CompiledHandoff | null {
  const { book, team } = company;
  const state = book.state[i];
  if (state === LOST) return null;
  const role = team.role[book.owner[i]];
  if (role < 0) return null;
  for (const h of company.rules.scheme.handoffs) {
    if (!h.fromRole[role]) continue;
    if ((state === ACTIVE && month - book.activatedMonth[i] >= h.afterActivationMonths) || month - book.signedMonth[i] >= h.afterSigningMonths) return h;
  }
  return null;
}

/**
 * What a switch's hand-offs will take from the managers, as they see it at the switch: every
 * client this month's hand-offs are due to move goes to the receiving role at once (the
 * least-loaded employed member, or the role's first position while it is still vacant; no loss,
 * no pace). Used on a copy of the company, to price a manager's book without those clients
 * (engine/protocol.ts): the clients he is about to lose count like a pay cut. Returns the ids of
 * the clients moved.
 */
export function anticipateHandOvers(company: Company, month: number): Set<number> {
  const { book, team } = company;
  const taken = new Set<number>();
  for (let i = 0; i < book.count; i++) {
    const h = dueHandoff(company, i, month);
    if (!h) continue;
    let to = leastLoaded(company, h.to);
    if (to < 0) to = team.role.indexOf(h.to);
    if (to >= 0 && to !== book.owner[i]) {
      book.owner[i] = to;
      taken.add(book.id[i]);
    }
  }
  return taken;
}
