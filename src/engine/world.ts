/**
 * One simulated company in one run: its book of clients, its team, the scheme in force, and the
 * scratch arrays the month loop needs (allocated once, reused every month). The month itself is in
 * month.ts; this file sets the company up, hires, reorganises at a switch and values hours.
 */
import type { Scenario } from '../scenario/schema.js';
import type { CompiledRole, CompiledScheme } from '../schemes/compile.js';
import { ACTIVE, CONTRACTED, LOST, RELATION_CODES } from '../schemes/compile.js';
import { CLIENT_MONEY, settle } from '../schemes/ledger.js';
import { payKernel, type PayKernel } from '../schemes/pay-kernel.js';
import { valueKernel, type ValueKernel } from '../model/valuation-kernel.js';
import { ClientBook } from '../model/book.js';
import { Team } from '../model/team.js';
import { logitNormalFromUniform, normalFromUniform, unitMeanLognormal } from '../model/distributions.js';
import { ACTIVE_CLIENT, activationTables, activationWindows, cumulativeDiscount, marginalRates, newContractValue } from '../model/valuation.js';
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
  /** The same tables for a bad payer's contract (valued for screening). */
  readonly badBonusTable: Float64Array;
  readonly badPerMarginTable: Float64Array;
  /** Role (−1: none) and marginal rates each slot's tables were last made for (prepareValuation). */
  readonly tablesRole: Int32Array;
  readonly tablesRates: Float64Array;
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
  /** Per role of the scheme in force: window weights of an activating client for good and bad payers. */
  private activationWindowsGood: Float64Array[] = [];
  private activationWindowsBad: Float64Array[] = [];
  /** Per role of the scheme in force, its compiled pay rules (pay-kernel.ts); the team-wide ones. */
  payKernels: PayKernel[] = [];
  teamPayKernel!: PayKernel;
  /** Per role of the scheme in force, its compiled valuation of an active client (valuation-kernel.ts). */
  valueKernels: ValueKernel[] = [];
  /** Scratch for the kernels called per client (numbers passed in typed arrays are not boxed). */
  readonly valueScratch = new Float64Array(2);
  readonly valueInput = new Float64Array(ACTIVE_CLIENT.length);
  readonly money = new Float64Array(CLIENT_MONEY.length);
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
    this.badBonusTable = new Float64Array(slots * ACTIVATION_TABLE_MONTHS);
    this.badPerMarginTable = new Float64Array(slots * ACTIVATION_TABLE_MONTHS);
    this.tablesRole = new Int32Array(slots).fill(-1);
    this.tablesRates = new Float64Array(slots * this.stride);
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
    this.payKernels = this.scheme.roles.map((role) => payKernel(role, false));
    this.valueKernels = this.scheme.roles.map((role) => valueKernel(role));
    this.teamPayKernel = payKernel(this.teamRole, true);
    this.activationWindowsGood = this.scheme.roles.map((role) => windowsOf(role, p.cumulativeGood));
    this.activationWindowsBad = this.scheme.roles.map((role) => windowsOf(role, p.cumulativeBad));
  }

  /**
   * A copy that continues identically: the same book (without its lost clients), team and
   * scheme, its own scratch. Built by the constructor, so that every World shares one hidden class
   * and the month loop's property reads stay monomorphic.
   */
  clone(): World {
    const copy = new World(this.params, this.key, this.schemes, this.scheme);
    copy.copyFrom(this);
    return copy;
  }

  /**
   * Makes this World (of the same experiment) continue identically to `source`, like `clone`,
   * reusing its own arrays where they are large enough: a worker simulates every scheme of every
   * run in the same few Worlds instead of allocating a company per branch.
   */
  copyFrom(source: World): void {
    // Room for as many new clients as the constructor plans for (16 a month) over the horizon.
    this.book.copyLiveFrom(source.book, 16 * this.params.scenario.horizonMonths);
    this.team.copyFrom(source.team);
    const mine = this as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(source)) {
      if (name === 'book' || name === 'team' || name === 'attention') continue;
      if (value instanceof Float64Array || value instanceof Int32Array) {
        const own = mine[name];
        if (own !== value && own instanceof value.constructor && (own as typeof value).length === value.length) (own as typeof value).set(value);
        else mine[name] = value.slice();
      } else mine[name] = value;
    }
    const attention = this.attention;
    attention.activation.set(source.attention.activation);
    attention.farming.set(source.attention.farming);
    attention.activationByValue.set(source.attention.activationByValue);
    attention.farmingByValue.set(source.attention.farmingByValue);
    attention.teamActivation = source.attention.teamActivation;
    attention.teamFarming = source.attention.teamFarming;
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
    this.teamRole = teamRoleOf(scheme);
    this.computeActivationWindows();
    this.tablesRole.fill(-1);
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
  clearValuation(): void {
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
   * manager: offsets into the flat per-slot arrays, no views (a view is an allocation). The
   * activation tables depend only on the role and its marginal rates, which stay the same month
   * after month under flat rates: they are recomputed only when one of the rates changed.
   */
  prepareValuation(): void {
    const { clients, market } = this.params.scenario;
    const p = this.params;
    const L = ACTIVATION_TABLE_MONTHS;
    const stride = this.stride;
    for (let s = 0; s < this.team.capacity; s++) {
      const role = this.role(s);
      if (!role || this.team.person[s] < 0) continue;
      const ratesOffset = s * stride;
      marginalRates(role, this.previousSums, ratesOffset, p.expectedNewMargin, this.rates, ratesOffset);
      if (!this.tablesCurrent(s, role.index, role.components.length)) {
        activationTables(role, this.rates, ratesOffset, valuedMarginRate(market), 0, this.activationWindowsGood[role.index], L, this.bonusTable, this.perMarginTable, s * L);
        // The same contract from a bad payer: shorter-lived and partly unpaid.
        activationTables(role, this.rates, ratesOffset, valuedMarginRate(market), market.badUncollected, this.activationWindowsBad[role.index], L, this.badBonusTable, this.badPerMarginTable, s * L);
      }
      const hazard = this.believedActivationHazard(s);
      const good = newContractValue(role, this.rates, ratesOffset, this.bonusTable, this.perMarginTable, s * L, L, p.expectedNewMargin, hazard, p.discount, clients.dormantAfterMonths, clients.dormancyHazard);
      const bad = newContractValue(role, this.rates, ratesOffset, this.badBonusTable, this.badPerMarginTable, s * L, L, p.expectedNewMargin, hazard, p.discount, clients.dormantAfterMonths, clients.dormancyHazard);
      this.newContractValue[s] = good;
      this.screening[s] = good > 0 ? Math.min(1, Math.max(0, 1 - bad / good)) : 0;
    }
  }

  /**
   * Whether the slot's activation tables were made for this role at exactly its current rates;
   * if not, records the role and rates they are about to be made for.
   */
  private tablesCurrent(slot: number, role: number, components: number): boolean {
    const offset = slot * this.stride;
    let same = this.tablesRole[slot] === role;
    for (let k = 0; k < components; k++) {
      if (this.tablesRates[offset + k] !== this.rates[offset + k]) {
        same = false;
        this.tablesRates[offset + k] = this.rates[offset + k];
      }
    }
    this.tablesRole[slot] = role;
    return same;
  }

  /** What the manager believes a contracted client's monthly activation probability is. */
  believedActivationHazard(slot: number): number {
    const { clients, team } = this.params.scenario;
    const contracted = Math.max(1, this.contractedCount[slot]);
    const hoursPerClient = (team.hoursPerMonth * this.team.split[slot * 3 + 1]) / contracted;
    return 1 - Math.exp(-(clients.baseActivation + clients.activationPerHour * hoursPerClient));
  }
}

/** activationWindows of a role for a survival table, computed once per experiment (cached). */
const windowsCache = new WeakMap<CompiledRole, WeakMap<Float64Array, Float64Array>>();
function windowsOf(role: CompiledRole, cumulative: Float64Array): Float64Array {
  let byTable = windowsCache.get(role);
  if (!byTable) windowsCache.set(role, (byTable = new WeakMap()));
  let windows = byTable.get(cumulative);
  if (!windows) byTable.set(cumulative, (windows = activationWindows(role, cumulative, ACTIVATION_TABLE_MONTHS)));
  return windows;
}

/** A role holding the scheme's team-wide components, whose sums are the company's totals (one per scheme). */
const teamRoles = new WeakMap<CompiledScheme, CompiledRole>();
function teamRoleOf(scheme: CompiledScheme): CompiledRole {
  let role = teamRoles.get(scheme);
  if (!role) teamRoles.set(scheme, (role = newTeamRole(scheme)));
  return role;
}

function newTeamRole(scheme: CompiledScheme): CompiledRole {
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
