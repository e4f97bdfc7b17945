/**
 * One month of the company, in the order things happen:
 *   1. hires arrive, new companies enter the market, clients due for a hand-off change hands;
 *   2. every manager splits his hours by what they are worth to him under the scheme (allocation);
 *   3. hunting signs new contracts (category 1 → 2) from the finite market;
 *   4. every client moves: contracted clients activate or go dormant (2 → 3 or lost), active
 *      clients are looked after or neglected, grow or erode, and may churn; money is booked;
 *   5. everybody is paid by the scheme's rules; role transitions are checked;
 *   6. some managers quit and some of their clients follow them.
 */
import { ACTIVE, ACTIVATE, CONTRACTED, FARM, HUNT, LOST } from '../schemes/compile.js';
import { adjustSplit, optimalSplit, type AllocationProblem } from '../model/allocation.js';
import { normalFromUniform, poissonFromUniform } from '../model/distributions.js';
import { monthKey, Purpose, uniform, uniformAt } from './random.js';
import { MonthTally } from './tally.js';
import { PAY, payAndValueClients, VALUE } from './pay-and-value.js';
import { OWNED_BASES, World, type Attention } from './world.js';

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

export function simulateMonth(world: World, month: number, tally: MonthTally): void {
  const { market, team: teamParameters } = world.params.scenario;
  const team = world.team;
  tally.reset(world.scheme.roles.length);

  for (let s = 0; s < team.capacity; s++) {
    if (team.role[s] >= 0 && team.person[s] < 0 && team.hireMonth[s] <= month) {
      world.hire(s, month, 0);
      tally.hiringCost += teamParameters.hiringCost;
    }
  }
  world.prospectsLeft += market.newProspectsPerMonth;
  if (world.scheme.handoffs.length > 0) handOver(world, month);

  allocateHours(world, month);
  const attention = attentionPerClient(world);
  hunt(world, month, tally);
  world.beginPayMonth();
  const lost = world.lostThisMonth(world.book.count);
  const lostCount = moveClients(world, month, monthKey(month), attention, tally, lost);
  payAndValueClients(world, PAY | VALUE, month, month + 1, lost, lostCount);
  payEveryone(world, month, tally);
  quits(world, month, tally);

  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] >= 0) {
      team.tenure[s]++;
      world.managerMonths++;
    }
  }
}

/** Clients due for a hand-off move to the least-loaded member of the receiving role. */
function handOver(world: World, month: number): void {
  const { book, team } = world;
  const handoffs = world.scheme.handoffs;
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
      const to = world.leastLoaded(h.to);
      if (to < 0) break;
      if (state === CONTRACTED) world.contractedCount[owner]--;
      else world.activeCount[owner]--;
      world.transfer(i, to, month, 0);
      break;
    }
  }
}

/** Each manager's split of hours this month: the valued optimum, adjusted partially, with noise. */
function allocateHours(world: World, month: number): void {
  const { behavior, clients, team: teamParameters } = world.params.scenario;
  const team = world.team;
  world.prepareValuation();
  const availability = Math.min(1, Math.max(0, world.prospectsLeft / world.params.scenario.market.prospects));
  problem.huntElasticity = behavior.huntElasticity;
  for (let s = 0; s < team.capacity; s++) {
    const role = world.role(s);
    if (!role || team.person[s] < 0) {
      world.hours[s * 3] = world.hours[s * 3 + 1] = world.hours[s * 3 + 2] = 0;
      continue;
    }
    const ramp = world.rampUp(s);
    const grieving = month < team.grievanceUntil[s] ? team.grievance[s] : 0;
    const hours = teamParameters.hoursPerMonth * (1 - behavior.effortCut * grieving);
    const huntSkill = team.huntSkill[s] * ramp;
    const farmSkill = team.farmSkill[s] * ramp;
    const canHunt = role.allowed[HUNT] && !role.worksOnTeam;
    problem.hours = hours;
    problem.allowed = role.allowed;
    problem.huntScale = canHunt
      ? behavior.huntElasticity * behavior.contractsPerHuntHour * huntSkill * availability * world.newContractValue[s]
      : 0;
    const contracted = world.contractedCount[s];
    const activationRate = clients.activationPerHour * huntSkill;
    problem.activateHoursPerE = contracted > 0 && activationRate > 0 ? contracted / activationRate : 0;
    problem.activateScale = contracted > 0 ? (activationRate * Math.exp(-clients.baseActivation) * world.activationValue[s]) / contracted : 0;
    const active = world.activeCount[s];
    problem.farmHoursPerE = active > 0 ? (active * clients.attentionHours) / farmSkill : 0;
    problem.farmScale = active > 0 ? world.farmingStake[s] / problem.farmHoursPerE : 0;
    const temperament = (team.affinity[s] - teamParameters.hunterAffinityMean) / (1 - teamParameters.hunterAffinityMean);
    problem.cost[HUNT] = behavior.huntingEffortCost - behavior.temperamentWeight * temperament;
    problem.cost[ACTIVATE] = behavior.activationEffortCost;
    problem.cost[FARM] = behavior.farmingEffortCost;
    optimalSplit(problem, world.target, s * 3, world.logPrice, s);
    for (let a = 0; a < 3; a++) noise[a] = normalFromUniform(uniform(world.key, Purpose.AllocationNoise, s, month, a));
    adjustSplit(team.split, world.target, s * 3, role.allowed, behavior.inertia, behavior.allocationNoise, noise);
    for (let a = 0; a < 3; a++) world.hours[s * 3 + a] = hours * team.split[s * 3 + a];
  }
}

/**
 * Attention per client this month. A manager spreads his activation or farming hours over his
 * clients by what each is worth to him (its value at the end of last month, to the power
 * `attentionFocus`), so
 * clients his pay no longer rewards get less of his time: this is how contracted clients come to
 * "hang". For each slot the arrays hold skill-weighted hours per unit of client value, or per
 * client (evenly) when none of his clients is worth anything; team-wide workers spread evenly.
 */
function attentionPerClient(world: World): Attention {
  const team = world.team;
  const attention = world.attention;
  attention.teamActivation = 0;
  attention.teamFarming = 0;
  for (let s = 0; s < team.capacity; s++) {
    attention.activation[s] = attention.farming[s] = 0;
    const role = world.role(s);
    if (!role || team.person[s] < 0) continue;
    const ramp = world.rampUp(s);
    const activationHours = world.hours[s * 3 + 1] * team.huntSkill[s] * ramp;
    const farmingHours = world.hours[s * 3 + 2] * team.farmSkill[s] * ramp;
    if (role.worksOnTeam) {
      attention.teamActivation += activationHours / Math.max(1, world.contractedCount[s]);
      attention.teamFarming += farmingHours / Math.max(1, world.activeCount[s]);
      continue;
    }
    const activationWeight = world.activationWeight[s];
    const farmingWeight = world.farmingWeight[s];
    attention.activationByValue[s] = activationWeight > 0 ? 1 : 0;
    attention.activation[s] = activationHours / (activationWeight > 0 ? activationWeight : Math.max(1, world.contractedCount[s]));
    attention.farmingByValue[s] = farmingWeight > 0 ? 1 : 0;
    attention.farming[s] = farmingHours / (farmingWeight > 0 ? farmingWeight : Math.max(1, world.activeCount[s]));
  }
  return attention;
}

/** New contracts: Poisson in skill × hours^α, limited by the prospects left in the market. */
function hunt(world: World, month: number, tally: MonthTally): void {
  const { behavior, market } = world.params.scenario;
  const team = world.team;
  const availability = Math.min(1, Math.max(0, world.prospectsLeft / market.prospects));
  for (let s = 0; s < team.capacity; s++) {
    const hours = world.hours[s * 3 + HUNT];
    const u = uniform(world.key, Purpose.Hunt, s, month);
    if (!(hours > 0) || team.person[s] < 0) continue;
    const mean = behavior.contractsPerHuntHour * team.huntSkill[s] * world.rampUp(s) * availability * Math.pow(hours, behavior.huntElasticity);
    let contracts = poissonFromUniform(mean, u);
    contracts = Math.min(contracts, Math.floor(world.prospectsLeft));
    for (let k = 0; k < contracts; k++) world.newClient(s, month, world.screening[s]);
    world.prospectsLeft -= contracts;
    world.ownedMoney[s * OWNED_BASES + 5] += contracts;
    tally.newContracts += contracts;
  }
}

/**
 * Every live client's month: contracted clients activate or go dormant, active ones are looked
 * after or neglected, grow or erode, and may churn; the month's money is booked. This is the hot
 * loop (about 70 000 client-months a run), so it is written for V8: plain loops over the book's
 * typed arrays held in locals, every parameter read once before the loop, the run-and-purpose
 * part of each die's hash hoisted (`purposeKeys`) and the month's part too (`monthKey`), totals
 * kept in locals (a fractional number stored in an object's field is boxed), and no calls in the
 * loop except the dice and the normal quantile, which V8 inlines (anything else called from this
 * function would eat into the bytecode V8 inlines per function, and a draw left out of line boxes
 * its result). The clients lost this month go to `lost` (i, or −1 − i if it had been active); the
 * count is returned. Pay and valuation follow in `payAndValueClients` (pay-and-value.ts).
 */
function moveClients(world: World, month: number, thisMonth: number, attention: Attention, tally: MonthTally, lost: Int32Array): number {
  const { clients: c, market, behavior } = world.params.scenario;
  const { book, team } = world;
  const uncollected = world.params.uncollected;
  const noiseSd = market.revenueNoise;
  const noiseShift = (noiseSd * noiseSd) / 2;
  const baseActivation = c.baseActivation;
  const activationPerHour = c.activationPerHour;
  const dormantAfterMonths = c.dormantAfterMonths;
  const dormancyHazard = c.dormancyHazard;
  const attentionHours = c.attentionHours;
  const incidentRate = market.incidentRate;
  const baseChurn = c.baseChurn;
  const neglectChurn = c.neglectChurn;
  const incidentChurn = c.incidentChurn;
  const badPayerChurn = c.badPayerChurn;
  const shareGrowth = c.shareGrowth;
  const shareErosion = c.shareErosion;
  const initialShareOfWallet = c.initialShareOfWallet;
  const contractedShareOfWallet = c.contractedShareOfWallet;
  const stuckAfterMonths = c.stuckAfterMonths;
  const leakRate = behavior.leakRate;
  const teamActivation = attention.teamActivation;
  const teamFarming = attention.teamFarming;
  const activationPerValue = attention.activation;
  const activationByValue = attention.activationByValue;
  const farmingPerValue = attention.farming;
  const farmingByValue = attention.farmingByValue;
  const keys = world.purposeKeys;
  const activationKey = keys[Purpose.Activation];
  const dormancyKey = keys[Purpose.Dormancy];
  const incidentKey = keys[Purpose.Incident];
  const churnKey = keys[Purpose.Churn];
  const revenueNoiseKey = keys[Purpose.RevenueNoise];
  const { state, id, owner: owners, signedMonth, activatedMonth, share, weight, frailty, payment, potential, marginRate } = book;
  const { revenue: revenues, margin: margins, collected: collections, baseMargin } = book;
  const { person, grievance, grievanceUntil } = team;
  const ownedMoney = world.ownedMoney;
  let lostCount = 0;
  let clientMonths = 0;
  let activations = 0;
  let dormant = 0;
  let churned = 0;
  let revenueTotal = 0;
  let marginTotal = 0;
  let uncollectedTotal = 0;
  let leakedMargin = 0;
  let activeClients = 0;
  let contractedClients = 0;
  let stuckContracted = 0;
  let badPayersContracted = 0;
  const count = book.count;
  for (let i = 0; i < count; i++) {
    let now = state[i];
    if (now === LOST) continue;
    clientMonths++;
    const client = id[i];
    const owner = owners[i];
    const staffed = person[owner] >= 0;
    const wasActive = now === ACTIVE;
    if (now === CONTRACTED) {
      const age = month - signedMonth[i];
      const own = staffed ? activationPerValue[owner] * (activationByValue[owner] ? weight[i] : 1) : 0;
      const x = own + teamActivation;
      const uActivation = uniformAt(activationKey, client, thisMonth);
      const uDormancy = uniformAt(dormancyKey, client, thisMonth);
      if (age > 0 && uActivation < 1 - Math.exp(-(baseActivation + activationPerHour * x))) {
        now = ACTIVE;
        activatedMonth[i] = month;
        share[i] = initialShareOfWallet;
        ownedMoney[owner * OWNED_BASES + 6] += 1;
        activations++;
      } else if (age >= dormantAfterMonths && uDormancy < dormancyHazard) {
        now = LOST;
        dormant++;
      }
    } else {
      const own = staffed ? farmingPerValue[owner] * (farmingByValue[owner] ? weight[i] : 1) : 0;
      const y = own + teamFarming;
      const lookedAfter = 1 - Math.exp(-y / attentionHours);
      const incident = uniformAt(incidentKey, client, thisMonth) < incidentRate;
      const hazard =
        frailty[i] * (baseChurn + neglectChurn * (1 - lookedAfter)) +
        (incident ? incidentChurn * (1 - lookedAfter) : 0) +
        (payment[i] === 2 ? badPayerChurn : 0);
      if (uniformAt(churnKey, client, thisMonth) < hazard) {
        now = LOST;
        churned++;
      } else {
        const before = share[i];
        share[i] = Math.min(1, before + shareGrowth * lookedAfter * (1 - before) - shareErosion * (1 - lookedAfter) * before);
      }
    }
    state[i] = now;
    if (now === LOST) {
      lost[lostCount++] = wasActive ? -1 - i : i;
      continue;
    }
    // Money of the month: the client's spend × our share, with noise; grieving managers leak margin.
    const z = normalFromUniform(uniformAt(revenueNoiseKey, client, thisMonth));
    const revenue = potential[i] * (now === ACTIVE ? share[i] : contractedShareOfWallet) * Math.exp(noiseSd * z - noiseShift);
    const leak = staffed && month < grievanceUntil[owner] ? leakRate * grievance[owner] : 0;
    const fullMargin = revenue * marginRate[i];
    const margin = fullMargin * (1 - leak);
    const collected = revenue * (1 - uncollected[payment[i]]);
    revenues[i] = revenue;
    margins[i] = margin;
    collections[i] = collected;
    if (now === ACTIVE && activatedMonth[i] === month) baseMargin[i] = margin;
    revenueTotal += revenue;
    marginTotal += margin;
    uncollectedTotal += revenue - collected;
    leakedMargin += fullMargin - margin;
    if (now === ACTIVE) activeClients++;
    else {
      contractedClients++;
      if (month - signedMonth[i] > stuckAfterMonths) stuckContracted++;
      if (payment[i] === 2) badPayersContracted++;
    }
    const o = owner * OWNED_BASES;
    ownedMoney[o] += revenue;
    ownedMoney[o + 1] += margin;
    ownedMoney[o + 2] += collected;
    ownedMoney[o + 3] += margin - (revenue - collected);
    ownedMoney[o + 4] += margin > baseMargin[i] ? margin - baseMargin[i] : 0;
  }
  world.clientMonths += clientMonths;
  tally.activations += activations;
  tally.dormant += dormant;
  tally.churned += churned;
  tally.revenue += revenueTotal;
  tally.margin += marginTotal;
  tally.uncollected += uncollectedTotal;
  tally.leakedMargin += leakedMargin;
  tally.activeClients += activeClients;
  tally.contractedClients += contractedClients;
  tally.stuckContracted += stuckContracted;
  tally.badPayersContracted += badPayersContracted;
  return lostCount;
}

/** Everybody's pay; reference incomes adapt; transitions are checked on the month's owned money. */
function payEveryone(world: World, month: number, tally: MonthTally): void {
  const { behavior } = world.params.scenario;
  const team = world.team;
  const scheme = world.scheme;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0 || team.role[s] < 0) continue;
    const pay = world.settleSlot(s);
    const role = team.role[s];
    team.pay[s] = pay;
    tally.addManager(role, pay, world.hours[s * 3], world.hours[s * 3 + 1], world.hours[s * 3 + 2]);
    for (const t of scheme.transitions) {
      if (t.from !== role) continue;
      if (world.ownedMoney[s * OWNED_BASES + t.basis] >= t.atLeast) team.heldMonths[s]++;
      else team.heldMonths[s] = 0;
      if (team.heldMonths[s] >= t.forMonths) {
        team.role[s] = t.to;
        team.heldMonths[s] = 0;
        const allowed = scheme.roles[t.to].allowed;
        for (let a = 0; a < 3; a++) if (!allowed[a]) team.split[s * 3 + a] = 0;
      }
      break;
    }
  }
  world.endPayMonth();
  void behavior;
}

/**
 * Quits: the monthly hazard rises when pay falls below what the manager got used to (loss
 * aversion) or below the outside wage. A leaving manager's clients follow him with a probability
 * that grows with the relationship; the others go to a colleague in the same role.
 */
function quits(world: World, month: number, tally: MonthTally): void {
  const { behavior, team: teamParameters, clients: c } = world.params.scenario;
  const { team, book } = world;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0) continue;
    const pay = team.pay[s];
    const reference = team.referenceIncome[s];
    const u = uniform(world.key, Purpose.Quit, s, month);
    const hazard =
      behavior.quitBase +
      behavior.quitLossAversion * Math.max(0, (reference - pay) / Math.max(reference, 1)) +
      behavior.quitOutside * Math.max(0, (teamParameters.outsideWage - pay) / Math.max(teamParameters.outsideWage, 1));
    team.referenceIncome[s] = (1 - behavior.referenceAdaptation) * reference + behavior.referenceAdaptation * pay;
    if (team.tenure[s] < 1 || u >= hazard) continue;
    team.person[s] = -1;
    team.hireMonth[s] = month + 1 + teamParameters.hiringLagMonths;
    tally.managerQuits++;
    const role = team.role[s];
    for (let i = 0; i < book.count; i++) {
      if (book.owner[i] !== s || book.state[i] === LOST) continue;
      const together = month - book.relationStart[i];
      const follows = c.followMax * (1 - Math.exp(-together / c.followMonths));
      if (uniform(world.key, Purpose.Follow, book.id[i], month) < follows) {
        if (book.state[i] === ACTIVE) tally.activeClients--;
        else tally.contractedClients--;
        book.state[i] = LOST;
        tally.clientsLostWithManagers++;
        continue;
      }
      const colleague = world.leastLoaded(role, s);
      if (colleague >= 0) {
        const wasActive = book.state[i] === ACTIVE;
        if (!world.transfer(i, colleague, month, 1)) {
          if (wasActive) tally.activeClients--;
          else tally.contractedClients--;
          tally.churned++;
        }
      }
    }
  }
}
