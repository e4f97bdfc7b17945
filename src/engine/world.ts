/**
 * One simulated company in one run: its book of clients, its team, the scheme in force, and the
 * scratch arrays the month loop needs (allocated once, reused every month). The month itself is in
 * month.ts; this file sets the company up, hires, reorganises at a switch and values hours.
 */
import type { Scenario } from '../scenario/schema.js';
import type { CompiledRole, CompiledScheme } from '../schemes/compile.js';
import { ACTIVE, CONTRACTED, LOST, RELATION_CODES } from '../schemes/compile.js';
import { addClient, CLIENT_MONEY, settle } from '../schemes/ledger.js';
import { ORIGINATED, OWNS } from '../schemes/match.js';
import { ClientBook } from '../model/book.js';
import { Team } from '../model/team.js';
import { logitNormalFromUniform, normalFromUniform, unitMeanLognormal } from '../model/distributions.js';
import { ACTIVE_CLIENT, activationTables, activationWindows, activeClientValue, cumulativeDiscount, marginalRates, newContractValue } from '../model/valuation.js';
import { Purpose, purposeKey, uniform } from './random.js';

/** Length of the per-manager activation tables (signing ages in months). */
export const ACTIVATION_TABLE_MONTHS = 48;
/** Per-slot money totals of owned clients, for transitions: revenue, margin, collectedRevenue, collectedMargin, growth, newContracts, activations. */
export const OWNED_BASES = 7;

export interface Parameters {
  scenario: Scenario;
  /** Discount factor δ per month. */
  discount: number;
  /** Σ (δ·survival)^t tables for good and bad payers. */
  cumulativeGood: Float64Array;
  cumulativeBad: Float64Array;
  /** Expected margin of a new client once active (money per month). */
  expectedNewMargin: number;
  uncollected: [number, number, number];
}

/**
 * The market's margin rate as managers value clients: at least 1 %, as every client's own rate is
 * drawn (addProspect), since valuing revenue-based pay divides by it (0 would give 0 × ∞ = NaN).
 */
function valuedMarginRate(market: Scenario['market']): number {
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
  };
}

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

export class World {
  readonly params: Parameters;
  readonly key: number;
  /** `purposeKey(key, purpose)` for every purpose, indexed by purpose: hoisted out of hot loops. */
  readonly purposeKeys: Int32Array;
  readonly book: ClientBook;
  readonly team: Team;
  scheme: CompiledScheme;
  /** Widest role (most components) of any scheme: the stride of the per-slot component arrays. */
  readonly stride: number;
  /** This month's component sums and clawback counts per slot; last month's sums. */
  sums: Float64Array;
  clawbacks: Float64Array;
  previousSums: Float64Array;
  /** Company-wide sums for team components, and the role holding them. */
  teamSums: Float64Array;
  teamClawbacks: Float64Array;
  teamRole: CompiledRole;
  /** Marginal pay rates and activation tables per slot (from last month's sums). */
  readonly rates: Float64Array;
  readonly bonusTable: Float64Array;
  readonly perMarginTable: Float64Array;
  readonly newContractValue: Float64Array;
  readonly screening: Float64Array;
  /** Valuation of each slot's clients at the end of last month, for this month's allocation. */
  readonly contractedCount: Float64Array;
  readonly activationValue: Float64Array;
  readonly activeCount: Float64Array;
  readonly farmingStake: Float64Array;
  /** Σ value^focus of each slot's contracted and of its active clients: how attention is spread. */
  readonly activationWeight: Float64Array;
  readonly farmingWeight: Float64Array;
  /** This month's hours per slot on hunt, activate, farm, and scratch for the optimum. */
  readonly hours: Float64Array;
  readonly target: Float64Array;
  /** Log of each slot's shadow price of an hour last month: where the allocation starts looking. */
  readonly logPrice: Float64Array;
  readonly ownedMoney: Float64Array;
  /** How this month's activation and farming hours reach each slot's clients (month.ts). */
  readonly attention: Attention;
  /** Prospects left in the market (grows with new companies, shrinks with signings). */
  prospectsLeft: number;
  clientMonths = 0;
  managerMonths = 0;
  /** Scratch for the month loop's list of clients lost this month, at least `count` long. */
  lostThisMonth(count: number): Int32Array {
    if (this.lost.length < count) this.lost = new Int32Array(Math.max(count, 2 * this.lost.length));
    return this.lost;
  }

  /** Slots whose people work on every client of the company, this month (`findTeamWorkers`). */
  readonly teamWorkers: Int32Array;
  teamWorkerCount = 0;
  /** Per role of the scheme in force: window weights of an activating client for good and bad payers. */
  private activationWindowsGood: Float64Array[] = [];
  private activationWindowsBad: Float64Array[] = [];
  /** Scratch for calls made per client (numbers passed in typed arrays are not boxed). */
  private readonly valueScratch = new Float64Array(2);
  private readonly valueInput = new Float64Array(ACTIVE_CLIENT.length);
  private readonly money = new Float64Array(CLIENT_MONEY.length);
  private lost = new Int32Array(0);

  /** Every scheme of the experiment (the per-slot arrays are sized for the largest). */
  private readonly schemes: CompiledScheme[];

  /** A company at the start of a run; `book` and `team` are given when cloning. */
  constructor(params: Parameters, key: number, schemes: CompiledScheme[], current: CompiledScheme, book?: ClientBook, team?: Team) {
    const { scenario } = params;
    this.params = params;
    this.key = key;
    this.schemes = schemes;
    this.purposeKeys = new Int32Array(Math.max(...Object.values(Purpose)) + 1);
    for (const purpose of Object.values(Purpose)) this.purposeKeys[purpose] = purposeKey(key, purpose);
    const months = Math.min(scenario.warmupMonths + scenario.horizonMonths, 120);
    const initialClients = scenario.team.managers * (scenario.team.initialActivePerManager + scenario.team.initialContractedPerManager);
    this.book = book ?? new ClientBook(initialClients + 16 * months);
    const extraSlots = Math.max(0, ...schemes.map((s) => (s.headcount ? s.headcount.reduce((a, b) => a + b, 0) : 0)));
    const slots = scenario.team.managers + extraSlots;
    this.team = team ?? new Team(slots);
    this.scheme = current;
    this.stride = Math.max(1, ...schemes.flatMap((s) => s.roles.map((r) => r.components.length)));
    this.sums = new Float64Array(slots * this.stride);
    this.clawbacks = new Float64Array(slots * this.stride);
    this.previousSums = new Float64Array(slots * this.stride);
    this.teamRole = teamRoleOf(current);
    this.teamSums = new Float64Array(Math.max(1, this.teamRole.components.length));
    this.teamClawbacks = new Float64Array(this.teamSums.length);
    this.rates = new Float64Array(slots * this.stride);
    this.bonusTable = new Float64Array(slots * ACTIVATION_TABLE_MONTHS);
    this.perMarginTable = new Float64Array(slots * ACTIVATION_TABLE_MONTHS);
    this.newContractValue = new Float64Array(slots);
    this.screening = new Float64Array(slots);
    this.contractedCount = new Float64Array(slots);
    this.activationValue = new Float64Array(slots);
    this.activeCount = new Float64Array(slots);
    this.farmingStake = new Float64Array(slots);
    this.activationWeight = new Float64Array(slots);
    this.farmingWeight = new Float64Array(slots);
    this.hours = new Float64Array(slots * 3);
    this.target = new Float64Array(slots * 3);
    this.logPrice = new Float64Array(slots);
    this.ownedMoney = new Float64Array(slots * OWNED_BASES);
    this.attention = {
      activation: new Float64Array(slots),
      farming: new Float64Array(slots),
      activationByValue: new Uint8Array(slots),
      farmingByValue: new Uint8Array(slots),
      teamActivation: 0,
      teamFarming: 0,
    };
    this.prospectsLeft = scenario.market.prospects;
    this.teamWorkers = new Int32Array(slots);
    this.computeActivationWindows();
  }

  private computeActivationWindows(): void {
    const p = this.params;
    this.activationWindowsGood = this.scheme.roles.map((role) => activationWindows(role, p.cumulativeGood, ACTIVATION_TABLE_MONTHS));
    this.activationWindowsBad = this.scheme.roles.map((role) => activationWindows(role, p.cumulativeBad, ACTIVATION_TABLE_MONTHS));
  }

  /**
   * A copy that continues identically: the same book, team and scheme, its own scratch. Built by
   * the constructor, so that every World shares one hidden class and the month loop's property
   * reads stay monomorphic.
   */
  clone(): World {
    const copy = new World(this.params, this.key, this.schemes, this.scheme, this.book.clone(), this.team.clone());
    const mutable = copy as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(this)) {
      if (name === 'book' || name === 'team') continue;
      mutable[name] = value instanceof Float64Array || value instanceof Int32Array ? value.slice() : value;
    }
    mutable.attention = {
      ...this.attention,
      activation: this.attention.activation.slice(),
      farming: this.attention.farming.slice(),
      activationByValue: this.attention.activationByValue.slice(),
      farmingByValue: this.attention.farmingByValue.slice(),
    };
    return copy;
  }

  role(slot: number): CompiledRole | null {
    const r = this.team.role[slot];
    return r >= 0 ? this.scheme.roles[r] : null;
  }

  /** Productive skill multiplier while a new hire ramps up. */
  rampUp(slot: number): number {
    const months = this.params.scenario.team.rampUpMonths;
    return months <= 0 ? 1 : Math.min(1, (this.team.tenure[slot] + 1) / (months + 1));
  }

  /** Relation bits of client i seen from the slot. */
  relationBits(i: number, slot: number): number {
    const team = this.team;
    const book = this.book;
    let bits = book.owner[i] === slot ? OWNS : 0;
    if (book.originSlot[i] === slot && book.originPerson[i] === team.person[slot]) bits |= ORIGINATED;
    return bits;
  }

  // ------------------------------------------------------------ people

  /** A new person in the slot: skills and temperament from the slot's dice for this generation. */
  hire(slot: number, month: number, tenure: number): void {
    const { team: t } = this.params.scenario;
    const team = this.team;
    const generation = team.generation[slot]++;
    const entity = slot * 4096 + generation;
    team.person[slot] = team.nextPerson++;
    team.huntSkill[slot] = Math.exp(t.skillSd * normalFromUniform(uniform(this.key, Purpose.HireSkill, entity, 0, 0)) - (t.skillSd * t.skillSd) / 2);
    team.farmSkill[slot] = Math.exp(t.skillSd * normalFromUniform(uniform(this.key, Purpose.HireSkill, entity, 0, 1)) - (t.skillSd * t.skillSd) / 2);
    team.affinity[slot] = logitNormalFromUniform(t.hunterAffinityMean, t.hunterAffinityConcentration, uniform(this.key, Purpose.HireTemperament, entity, 0));
    team.tenure[slot] = tenure;
    team.referenceIncome[slot] = t.outsideWage;
    team.pay[slot] = t.outsideWage;
    team.heldMonths[slot] = 0;
    team.grievance[slot] = 0;
    team.grievanceUntil[slot] = month;
    const role = this.role(slot);
    const allowed = role ? role.allowed : [true, true, true];
    const n = allowed.filter(Boolean).length;
    for (let a = 0; a < 3; a++) team.split[slot * 3 + a] = allowed[a] ? 1 / n : 0;
  }

  /** Sets up the company at the start of the warm-up: the team and its initial book. */
  populate(): void {
    const { team: t, clients: c } = this.params.scenario;
    for (let slot = 0; slot < t.managers; slot++) {
      this.team.role[slot] = this.scheme.entryRole;
      const u = uniform(this.key, Purpose.HireTenure, slot, 0);
      this.hire(slot, 0, Math.round(-t.initialTenureMonths * Math.log(u)));
    }
    for (let slot = 0; slot < t.managers; slot++) {
      for (let k = 0; k < t.initialActivePerManager + t.initialContractedPerManager; k++) {
        const i = this.newClient(slot, 0);
        const active = k < t.initialActivePerManager;
        const id = this.book.id[i];
        const u = uniform(this.key, Purpose.ClientStartAge, id, 0);
        const book = this.book;
        if (active) {
          const age = 3 + Math.floor(u * 58);
          book.signedMonth[i] = -age;
          book.activatedMonth[i] = -age + 1 + Math.floor(uniform(this.key, Purpose.ClientStartAge, id, 0, 1) * Math.min(age - 1, 6));
          book.state[i] = ACTIVE;
          book.share[i] = c.initialShareOfWallet + uniform(this.key, Purpose.ClientStartShare, id, 0) * (0.6 - c.initialShareOfWallet);
        } else {
          book.signedMonth[i] = -Math.floor(u * 12);
        }
        book.relationStart[i] = Math.min(book.signedMonth[i], 0);
        const revenue = book.potential[i] * (active ? book.share[i] : c.contractedShareOfWallet);
        book.revenue[i] = revenue;
        book.margin[i] = revenue * book.marginRate[i];
        book.collected[i] = revenue * (1 - this.params.uncollected[book.payment[i]]);
        book.baseMargin[i] = book.margin[i];
      }
    }
  }

  /**
   * A new client signed by the slot in the month: its potential, margin, payment behaviour and
   * fickleness come from the market's dice for its index. Screening by the manager (how much his
   * pay depends on being paid) turns away part of the bad payers, with the same dice.
   */
  newClient(slot: number, month: number, screening = 0): number {
    const { market, clients } = this.params.scenario;
    const book = this.book;
    const i = book.add();
    const id = book.id[i];
    const key = this.key;
    book.state[i] = CONTRACTED;
    book.potential[i] = market.potentialMedian * Math.exp(market.potentialSigma * normalFromUniform(uniform(key, Purpose.ClientPotential, id, 0)));
    book.marginRate[i] = Math.min(0.9, Math.max(0.01, market.marginRate + market.marginRateSd * normalFromUniform(uniform(key, Purpose.ClientMargin, id, 0))));
    const badShare = market.badPayerShare * (1 - market.screeningEfficacy * screening);
    const u = uniform(key, Purpose.ClientPayment, id, 0);
    book.payment[i] = u < badShare ? 2 : u < badShare + market.latePayerShare ? 1 : 0;
    book.frailty[i] = unitMeanLognormal(clients.churnHeterogeneity, uniform(key, Purpose.ClientFrailty, id, 0));
    book.owner[i] = slot;
    book.originSlot[i] = slot;
    book.originPerson[i] = this.team.person[slot];
    book.signedMonth[i] = month;
    book.activatedMonth[i] = -1;
    book.relationStart[i] = month;
    book.share[i] = 0;
    const revenue = book.potential[i] * clients.contractedShareOfWallet;
    book.revenue[i] = revenue;
    book.margin[i] = revenue * book.marginRate[i];
    book.collected[i] = revenue * (1 - this.params.uncollected[book.payment[i]]);
    book.baseMargin[i] = 0;
    return i;
  }

  /** The employed slot in a role with the fewest clients (lowest slot on ties), or −1. */
  leastLoaded(role: number, except = -1): number {
    let best = -1;
    let bestLoad = Infinity;
    for (let s = 0; s < this.team.capacity; s++) {
      if (s === except || this.team.role[s] !== role || this.team.person[s] < 0) continue;
      const load = this.contractedCount[s] + this.activeCount[s];
      if (load < bestLoad) {
        best = s;
        bestLoad = load;
      }
    }
    return best;
  }

  /** Gives client i to another slot: the relationship starts over and may not survive it. */
  transfer(i: number, to: number, month: number, draw: number): boolean {
    const book = this.book;
    book.owner[i] = to;
    book.relationStart[i] = month;
    book.baseMargin[i] = book.margin[i];
    this.contractedCount[to] += book.state[i] === CONTRACTED ? 1 : 0;
    this.activeCount[to] += book.state[i] === ACTIVE ? 1 : 0;
    const skill = this.team.person[to] >= 0 ? this.team.farmSkill[to] * this.rampUp(to) : 0.5;
    const risk = Math.min(1, this.params.scenario.clients.handoffChurn / Math.max(skill, 0.1));
    if (uniform(this.key, Purpose.Handoff, book.id[i], month, draw) < risk) {
      book.state[i] = LOST;
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------ switching schemes

  /**
   * Puts a scheme in force at the start of `month`: roles by head-count (people choose by
   * temperament, or are assigned by skill), missing people hired after the lag, everybody else in
   * the role of the same id or the entry role. Returns nothing; pay is primed by `primePay`.
   */
  switchTo(scheme: CompiledScheme, month: number): void {
    const previous = this.scheme;
    const team = this.team;
    this.scheme = scheme;
    this.computeActivationWindows();
    this.teamRole = teamRoleOf(scheme);
    this.teamSums = new Float64Array(Math.max(1, this.teamRole.components.length));
    this.teamClawbacks = new Float64Array(this.teamSums.length);
    const positions: number[] = [];
    for (let s = 0; s < team.capacity; s++) if (team.role[s] >= 0) positions.push(s);
    for (const s of positions) {
      const id = previous.roles[team.role[s]].id;
      const same = scheme.roles.findIndex((r) => r.id === id);
      team.role[s] = same >= 0 ? same : scheme.entryRole;
      team.heldMonths[s] = 0;
    }
    if (scheme.headcount) this.organise(scheme, positions, month);
  }

  private organise(scheme: CompiledScheme, positions: number[], month: number): void {
    const team = this.team;
    const headcount = scheme.headcount as number[];
    const byTemperament = scheme.assignment === 'temperament';
    const people = positions
      .filter((s) => team.person[s] >= 0)
      .sort((a, b) => {
        const ka = byTemperament ? team.affinity[a] : team.huntSkill[a] / team.farmSkill[a];
        const kb = byTemperament ? team.affinity[b] : team.huntSkill[b] / team.farmSkill[b];
        return kb - ka || a - b;
      });
    const vacant = positions.filter((s) => team.person[s] < 0);
    const roleOrder = scheme.roles
      .map((r) => r.index)
      .sort((a, b) => scheme.roles[b].huntingOrientation - scheme.roles[a].huntingOrientation || a - b);
    const open = headcount.slice();
    const assign = (s: number): void => {
      const r = roleOrder.find((role) => open[role] > 0);
      team.role[s] = r ?? scheme.entryRole;
      if (r !== undefined) open[r]--;
    };
    people.forEach(assign);
    vacant.forEach(assign);
    const lag = scheme.hiringLagMonths ?? this.params.scenario.team.hiringLagMonths;
    let slot = 0;
    for (const r of roleOrder) {
      while (open[r] > 0) {
        while (slot < team.capacity && team.role[slot] >= 0) slot++;
        if (slot >= team.capacity) return;
        team.role[slot] = r;
        team.person[slot] = -1;
        team.hireMonth[slot] = month + lag;
        open[r]--;
      }
    }
  }

  // ------------------------------------------------------------ pay and valuation

  /**
   * Pays last month's book again under the scheme in force (a static payout replay), leaving the
   * sums as "last month" for valuation, and returns each slot's pay in `out`.
   */
  primePay(month: number, out: Float64Array): void {
    const book = this.book;
    this.beginPayMonth();
    for (let i = 0; i < book.count; i++) {
      const state = book.state[i];
      if (state === LOST) continue;
      this.addToPay(i, state, month - 1, false);
    }
    for (let s = 0; s < this.team.capacity; s++) out[s] = this.settleSlot(s);
    this.endPayMonth();
  }

  /**
   * Values every client for the slots that work on it, as the month loop does at the end of a
   * month: used when a scheme starts, so the first allocation already reads the new rules.
   */
  primeValuation(month: number): void {
    this.prepareValuation();
    this.clearValuation();
    const book = this.book;
    const workers = this.findTeamWorkers();
    for (let i = 0; i < book.count; i++) {
      if (book.state[i] === LOST) continue;
      const owner = book.owner[i];
      if (this.team.person[owner] >= 0 && this.team.role[owner] >= 0) this.valueClient(i, owner, month, this.relationBits(i, owner), true);
      else book.weight[i] = 0;
      for (let w = 0; w < workers; w++) this.valueClient(i, this.teamWorkers[w], month, 0, false);
    }
  }

  /** Adds client i's month to the pay sums of its owner, its originator and the team components. */
  addToPay(i: number, state: number, month: number, wasActive: boolean): void {
    const book = this.book;
    const team = this.team;
    const sinceSigning = month - book.signedMonth[i];
    const sinceActivation = book.activatedMonth[i] >= 0 || state === ACTIVE ? month - book.activatedMonth[i] : -1;
    const margin = state === LOST ? 0 : book.margin[i];
    const money = this.money;
    money[CLIENT_MONEY.revenue] = state === LOST ? 0 : book.revenue[i];
    money[CLIENT_MONEY.margin] = margin;
    money[CLIENT_MONEY.collectedRevenue] = state === LOST ? 0 : book.collected[i];
    money[CLIENT_MONEY.growth] = margin > book.baseMargin[i] ? margin - book.baseMargin[i] : 0;
    const owner = book.owner[i];
    const ownerRole = team.person[owner] >= 0 ? team.role[owner] : -1;
    const originatorStays = team.person[book.originSlot[i]] === book.originPerson[i];
    if (ownerRole >= 0) {
      const bits = OWNS | (originatorStays && book.originSlot[i] === owner ? ORIGINATED : 0);
      addClient(this.scheme.roles[ownerRole], this.sums, this.clawbacks, owner * this.stride, false, state, wasActive, sinceSigning, sinceActivation, bits, money);
    }
    const origin = book.originSlot[i];
    if (originatorStays && origin !== owner && team.role[origin] >= 0) {
      addClient(this.scheme.roles[team.role[origin]], this.sums, this.clawbacks, origin * this.stride, false, state, wasActive, sinceSigning, sinceActivation, ORIGINATED, money);
    }
    if (this.teamRole.components.length > 0) {
      addClient(this.teamRole, this.teamSums, this.teamClawbacks, 0, true, state, wasActive, sinceSigning, sinceActivation, 0, money);
    }
  }

  /** Clears the month's pay sums, owned money and end-of-month valuations before the client loop. */
  beginPayMonth(): void {
    this.sums.fill(0);
    this.clawbacks.fill(0);
    this.teamSums.fill(0);
    this.teamClawbacks.fill(0);
    this.ownedMoney.fill(0);
    this.clearValuation();
  }

  /** Clears the end-of-month valuations of every slot (counts, values, attention weights). */
  private clearValuation(): void {
    this.contractedCount.fill(0);
    this.activationValue.fill(0);
    this.activeCount.fill(0);
    this.farmingStake.fill(0);
    this.activationWeight.fill(0);
    this.farmingWeight.fill(0);
  }

  /** This month's sums become "last month" for next month's valuation. */
  endPayMonth(): void {
    const swap = this.previousSums;
    this.previousSums = this.sums;
    this.sums = swap;
  }

  /**
   * Finds the slots whose people work on every client of the company (a dedicated developer):
   * writes them to `teamWorkers` and returns how many there are (allocates nothing).
   */
  findTeamWorkers(): number {
    let count = 0;
    for (let s = 0; s < this.team.capacity; s++) {
      const role = this.role(s);
      if (role && role.worksOnTeam && this.team.person[s] >= 0) this.teamWorkers[count++] = s;
    }
    this.teamWorkerCount = count;
    return count;
  }

  /** Pay of the person in the slot this month (0 for a vacancy). */
  settleSlot(slot: number): number {
    const role = this.role(slot);
    if (!role || this.team.person[slot] < 0) return 0;
    const offset = slot * this.stride;
    for (let k = 0; k < role.components.length; k++) {
      const c = role.components[k];
      if (c.relation === RELATION_CODES.team) {
        const j = this.teamRole.components.findIndex((t) => t === c);
        this.sums[offset + k] = this.teamSums[j];
        this.clawbacks[offset + k] = this.teamClawbacks[j];
      }
    }
    return settle(role, this.sums, this.clawbacks, offset);
  }

  /**
   * Marginal rates, activation tables, the value of a new contract and the incentive to screen
   * out bad payers, for every employed slot, from last month's sums. Runs every month for every
   * manager: offsets into the flat per-slot arrays, no views (a view is an allocation).
   */
  prepareValuation(): void {
    const { clients, market } = this.params.scenario;
    const p = this.params;
    const L = ACTIVATION_TABLE_MONTHS;
    for (let s = 0; s < this.team.capacity; s++) {
      const role = this.role(s);
      if (!role || this.team.person[s] < 0) continue;
      const ratesOffset = s * this.stride;
      marginalRates(role, this.previousSums, ratesOffset, p.expectedNewMargin, this.rates, ratesOffset);
      const hazard = this.believedActivationHazard(s);
      const windowsGood = this.activationWindowsGood[role.index];
      activationTables(role, this.rates, ratesOffset, valuedMarginRate(market), 0, windowsGood, L, this.bonusTable, this.perMarginTable, s * L);
      const good = newContractValue(role, this.rates, ratesOffset, this.bonusTable, this.perMarginTable, s * L, L, p.expectedNewMargin, hazard, p.discount, clients.dormantAfterMonths, clients.dormancyHazard);
      // The same contract from a bad payer: shorter-lived and partly unpaid.
      const windowsBad = this.activationWindowsBad[role.index];
      activationTables(role, this.rates, ratesOffset, valuedMarginRate(market), market.badUncollected, windowsBad, L, this.badBonus, this.badPerMargin, 0);
      const bad = newContractValue(role, this.rates, ratesOffset, this.badBonus, this.badPerMargin, 0, L, p.expectedNewMargin, hazard, p.discount, clients.dormantAfterMonths, clients.dormancyHazard);
      this.newContractValue[s] = good;
      this.screening[s] = good > 0 ? Math.min(1, Math.max(0, 1 - bad / good)) : 0;
    }
  }
  private readonly badBonus = new Float64Array(ACTIVATION_TABLE_MONTHS);
  private readonly badPerMargin = new Float64Array(ACTIVATION_TABLE_MONTHS);

  /** What the manager believes a contracted client's monthly activation probability is. */
  believedActivationHazard(slot: number): number {
    const { clients, team } = this.params.scenario;
    const contracted = Math.max(1, this.contractedCount[slot]);
    const hoursPerClient = (team.hoursPerMonth * this.team.split[slot * 3 + 1]) / contracted;
    return 1 - Math.exp(-(clients.baseActivation + clients.activationPerHour * hoursPerClient));
  }

  /**
   * Adds the end-of-month value of client i to the valuation of the slot that works on it
   * (its owner, or a team-wide worker): activation value for contracted clients, the stake that
   * farming protects for active ones. For the owner (`isOwner`) it also sets the weight of the
   * client in his attention next month, `book.weight[i]`: its value to the power
   * `attentionFocus`. Called for every client every month: it takes and returns no fractional
   * numbers, which a call that is not inlined would box.
   */
  valueClient(i: number, slot: number, nextMonth: number, bits: number, isOwner: boolean): void {
    const book = this.book;
    const { clients } = this.params.scenario;
    if (book.state[i] === CONTRACTED) {
      let age = nextMonth - book.signedMonth[i];
      if (age >= ACTIVATION_TABLE_MONTHS) age = ACTIVATION_TABLE_MONTHS - 1;
      const expectedMargin = book.potential[i] * clients.initialShareOfWallet * book.marginRate[i];
      const t = slot * ACTIVATION_TABLE_MONTHS + age;
      const value = this.bonusTable[t] + expectedMargin * this.perMarginTable[t];
      const weight = this.focus(value);
      this.contractedCount[slot] += 1;
      this.activationValue[slot] += value;
      this.activationWeight[slot] += weight;
      if (isOwner) book.weight[i] = weight;
      return;
    }
    const role = this.scheme.roles[this.team.role[slot]];
    const payment = book.payment[i];
    const input = this.valueInput;
    input[ACTIVE_CLIENT.margin] = book.margin[i];
    input[ACTIVE_CLIENT.marginRate] = book.marginRate[i];
    input[ACTIVE_CLIENT.uncollectedShare] = this.params.uncollected[payment];
    activeClientValue(
      role, this.rates, slot * this.stride, bits, nextMonth - book.signedMonth[i], nextMonth - book.activatedMonth[i],
      input, payment === 2 ? this.params.cumulativeBad : this.params.cumulativeGood, this.valueScratch,
    );
    const share = Math.max(book.share[i], 0.01);
    const churnProtected = clients.neglectChurn * book.frailty[i] + this.params.scenario.market.incidentRate * clients.incidentChurn;
    const upsell = (clients.shareGrowth * (1 - share) + clients.shareErosion * share) * book.margin[i];
    const stake = this.valueScratch[0] * churnProtected + this.valueScratch[1] * upsell;
    const weight = this.focus(stake);
    this.activeCount[slot] += 1;
    this.farmingStake[slot] += stake;
    this.farmingWeight[slot] += weight;
    if (isOwner) book.weight[i] = weight;
  }

  private focus(value: number): number {
    const focus = this.params.scenario.behavior.attentionFocus;
    if (!(value > 0)) return 0;
    return focus === 1 ? value : focus === 2 ? value * value : Math.pow(value, focus);
  }
}

/** A role holding the scheme's team-wide components, whose sums are the company's totals. */
function teamRoleOf(scheme: CompiledScheme): CompiledRole {
  return {
    id: '(team)',
    name: '(team)',
    index: -1,
    salary: 0,
    salaryIsDraw: false,
    allowed: [false, false, false],
    worksOnTeam: true,
    components: scheme.components.filter((c) => c.relation === RELATION_CODES.team),
    huntingOrientation: 0,
  };
}
