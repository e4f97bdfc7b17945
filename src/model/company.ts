/**
 * One simulated company in one run: the state the phases read and write, in parts that each say
 * what they hold and copy themselves explicitly — the book of clients, the team, the market's
 * prospects left and its demand, the pay ledger, what hours and clients are worth to each manager, and this
 * month's hours. The transitions are the phases' (clients.ts, hunting.ts, people.ts,
 * promotions.ts, allocation.ts, pay.ts, reorganisation.ts, market.ts); the month that sequences them is
 * engine/month.ts.
 */
import { positionLimit, type CompiledRole, type CompiledScheme } from '../schemes/compile.js';
import { Allocation } from './allocation.js';
import { Changeover } from '../schemes/changeover.js';
import { ClientBook } from './book.js';
import { CLIENT_MONEY } from './codes.js';
import { ManagerValuation } from './manager-valuation.js';
import { MarketDemand } from './market.js';
import type { Parameters } from './parameters.js';
import { PayLedger } from './pay.js';
import { Dice, type DrawAt } from './random.js';
import { rulesOf, type SchemeRules } from './rules.js';
import { Team } from './team.js';
import { ACTIVE_CLIENT } from './valuation.js';

/** New clients a month the book makes room for when a company is copied at a switch. */
const NEW_CLIENTS_A_MONTH = 16;

export class Company {
  readonly params: Parameters;
  /** The run's dice (shared, never written: copied by reference). */
  dice: Dice;
  readonly book: ClientBook;
  readonly team: Team;
  /** The scheme in force and its compiled rules (shared, never written: copied by reference). */
  rules: SchemeRules;
  /** Prospects left in the market (grows with new companies, shrinks with signings). */
  prospectsLeft: number;
  /** The market's demand this month: the season and the market-wide factor (market.ts). */
  readonly demand = new MarketDemand();
  readonly ledger: PayLedger;
  readonly valuation: ManagerValuation;
  readonly allocation: Allocation;
  /** A protected changeover from the scheme before the switch, when the scheme in force has one. */
  readonly changeover: Changeover;
  /** Work done, for benchmarks: client-months and manager-months simulated. */
  clientMonths = 0;
  managerMonths = 0;

  // Scratch of the loops over the book, never read across months (not copied).
  /** The clients lost this month (clients.ts), at least `count` long: `lostThisMonth`. */
  private lost = new Int32Array(0);
  /** Slots whose people work on every client of the company, this month (`findTeamWorkers`). */
  readonly teamWorkers: Int32Array;
  /** Clients each slot has received at this month's hand-offs (people.ts `handOver`). */
  readonly handedTo: Int32Array;
  /** A client's numbers passed to the compiled kernels (numbers in typed arrays are not boxed). */
  readonly valueScratch = new Float64Array(2);
  readonly valueInput = new Float64Array(ACTIVE_CLIENT.length);
  readonly money = new Float64Array(CLIENT_MONEY.length);

  /** Every scheme of the experiment (the per-slot arrays are sized for the largest). */
  private readonly schemes: CompiledScheme[];

  /** A company at the start of a run, with `current` in force; `draw` scripts the dice (tests). */
  constructor(params: Parameters, key: number, schemes: CompiledScheme[], current: CompiledScheme, draw?: DrawAt) {
    const { scenario } = params;
    this.params = params;
    this.dice = new Dice(key, draw);
    this.schemes = schemes;
    const months = Math.min(scenario.warmupMonths + scenario.horizonMonths, 120);
    const initialClients = scenario.team.managers * (scenario.team.initialActivePerManager + scenario.team.initialContractedPerManager);
    this.book = new ClientBook(initialClients + NEW_CLIENTS_A_MONTH * months);
    const extraSlots = Math.max(0, ...schemes.map((s) => (s.headcount ? s.headcount.reduce((a, b) => a + b, 0) : 0)));
    // A scheme that keeps head-counts (`hiring.keep`) may open positions up to its limit.
    const kept = Math.max(0, ...schemes.map((s) => (s.keep ? positionLimit(s, scenario.team.managers) : 0)));
    const slots = Math.max(scenario.team.managers + extraSlots, kept);
    this.team = new Team(slots);
    this.rules = rulesOf(current, params);
    this.prospectsLeft = scenario.market.prospects;
    const stride = Math.max(1, ...schemes.flatMap((s) => s.roles.map((r) => r.components.length)));
    this.ledger = new PayLedger(slots, stride, this.rules.teamRole.components.length);
    this.valuation = new ManagerValuation(slots, stride);
    this.allocation = new Allocation(slots);
    this.changeover = new Changeover(slots, stride);
    this.teamWorkers = new Int32Array(slots);
    this.handedTo = new Int32Array(slots);
  }

  /** The scheme in force. */
  get scheme(): CompiledScheme {
    return this.rules.scheme;
  }

  /** A copy that continues identically (with the same dice). */
  clone(): Company {
    const copy = new Company(this.params, this.dice.key, this.schemes, this.rules.scheme, this.dice.at);
    copy.copyFrom(this);
    return copy;
  }

  /**
   * Makes this company (of the same experiment) continue identically to `source`, reusing its
   * own arrays: a worker simulates every scheme of every run in the same few companies instead of
   * allocating one per branch. Each part copies the arrays it lists; the book keeps only its
   * live clients, with room for the horizon's new ones.
   */
  copyFrom(source: Company): void {
    this.book.copyLiveFrom(source.book, NEW_CLIENTS_A_MONTH * this.params.scenario.horizonMonths);
    this.team.copyFrom(source.team);
    this.dice = source.dice;
    this.rules = source.rules;
    this.prospectsLeft = source.prospectsLeft;
    this.demand.copyFrom(source.demand);
    this.ledger.copyFrom(source.ledger);
    this.valuation.copyFrom(source.valuation);
    this.allocation.copyFrom(source.allocation);
    this.changeover.copyFrom(source.changeover);
    this.clientMonths = source.clientMonths;
    this.managerMonths = source.managerMonths;
  }

  /** The role of the person in the slot under the scheme in force, or null. */
  role(slot: number): CompiledRole | null {
    const r = this.team.role[slot];
    return r >= 0 ? this.rules.scheme.roles[r] : null;
  }

  /** Scratch for the month's list of clients lost, at least `count` long. */
  lostThisMonth(count: number): Int32Array {
    if (this.lost.length < count) this.lost = new Int32Array(Math.max(count, 2 * this.lost.length));
    return this.lost;
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
}
