/**
 * What each manager's hours and clients are worth to him (docs/model.md, "Valuation"), kept per
 * slot: his marginal pay rates, the value of a new contract, how much screening out a bad payer
 * matters to him, and the end-of-month valuation of his clients that next month's allocation
 * and attention read. The formulas are in valuation.ts; this is the state they fill.
 */
import type { Company } from './company.js';
import { ACTIVATE, ACTIVITIES } from './codes.js';
import { valuedMarginRate } from './parameters.js';
import {
  ACTIVATION_TABLE_MONTHS,
  activationTables,
  marginalRates,
  newContractValue,
  type ContractBelief,
  type ContractKind,
  type RatesAt,
  type PeriodsAhead,
  type TablesAt,
} from './valuation.js';
import { calendarMonth } from './market.js';

export class ManagerValuation {
  /** Marginal pay rates per slot and component (from last month's sums), `stride` a slot. */
  readonly rates: Float64Array;
  /** Activation tables per slot (ACTIVATION_TABLE_MONTHS a slot), for a good and for a bad payer's contract. */
  readonly bonusTable: Float64Array;
  readonly perMarginTable: Float64Array;
  readonly badBonusTable: Float64Array;
  readonly badPerMarginTable: Float64Array;
  /** Role (−1: none) and marginal rates each slot's tables were last made for. */
  readonly tablesRole: Int32Array;
  readonly tablesRates: Float64Array;
  /** Value of a new contract to the slot, and how much of it a bad payer would cost him (0–1). */
  readonly newContractValue: Float64Array;
  readonly screening: Float64Array;
  /** End-of-month valuation of each slot's clients: counts, the value of activating his contracted ones, the stake farming protects. */
  readonly contractedCount: Float64Array;
  readonly activationValue: Float64Array;
  readonly activeCount: Float64Array;
  readonly farmingStake: Float64Array;
  /** Σ value^attentionFocus of each slot's contracted and of its active clients: how his attention is spread. */
  readonly activationWeight: Float64Array;
  readonly farmingWeight: Float64Array;

  constructor(slots: number, stride: number) {
    const ages = ACTIVATION_TABLE_MONTHS;
    this.rates = new Float64Array(slots * stride);
    this.bonusTable = new Float64Array(slots * ages);
    this.perMarginTable = new Float64Array(slots * ages);
    this.badBonusTable = new Float64Array(slots * ages);
    this.badPerMarginTable = new Float64Array(slots * ages);
    this.tablesRole = new Int32Array(slots).fill(-1);
    this.tablesRates = new Float64Array(slots * stride);
    this.newContractValue = new Float64Array(slots);
    this.screening = new Float64Array(slots);
    this.contractedCount = new Float64Array(slots);
    this.activationValue = new Float64Array(slots);
    this.activeCount = new Float64Array(slots);
    this.farmingStake = new Float64Array(slots);
    this.activationWeight = new Float64Array(slots);
    this.farmingWeight = new Float64Array(slots);
  }

  /** What copyFrom copies: every array (a new field must be listed here). */
  static readonly COPIED = [
    'rates', 'bonusTable', 'perMarginTable', 'badBonusTable', 'badPerMarginTable', 'tablesRole', 'tablesRates',
    'newContractValue', 'screening', 'contractedCount', 'activationValue', 'activeCount', 'farmingStake',
    'activationWeight', 'farmingWeight',
  ] as const;

  copyFrom(source: ManagerValuation): void {
    for (const name of ManagerValuation.COPIED) (this[name] as { set(a: ArrayLike<number>): void }).set(source[name]);
  }

  /** Clears the end-of-month valuations of every slot (counts, values, attention weights). */
  clearClients(): void {
    this.contractedCount.fill(0);
    this.activationValue.fill(0);
    this.activeCount.fill(0);
    this.farmingStake.fill(0);
    this.activationWeight.fill(0);
    this.farmingWeight.fill(0);
  }

  /** Forgets which rates the tables were made for (a new scheme is in force). */
  forgetTables(): void {
    this.tablesRole.fill(-1);
  }

  /**
   * Whether the slot's activation tables were made for this role at exactly its current rates;
   * if not, records the role and rates they are about to be made for.
   */
  tablesCurrent(slot: number, role: number, components: number, stride: number): boolean {
    const offset = slot * stride;
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
}

// Parameter objects of the valuation formulas, reused for every slot (nothing allocated per manager-month).
const ratesAt: RatesAt = { rates: new Float64Array(0), offset: 0 };
const goodTables: TablesAt = { bonus: new Float64Array(0), perMargin: new Float64Array(0), offset: 0, ages: ACTIVATION_TABLE_MONTHS };
const badTables: TablesAt = { bonus: new Float64Array(0), perMargin: new Float64Array(0), offset: 0, ages: ACTIVATION_TABLE_MONTHS };
const goodContract: ContractKind = { marginRate: 0, uncollectedShare: 0, windows: new Float64Array(0) };
const badContract: ContractKind = { marginRate: 0, uncollectedShare: 0, windows: new Float64Array(0) };
const belief: ContractBelief = { expectedMargin: 0, activationHazard: 0, discount: 1, dormantAfter: 0, dormancyHazard: 0 };
let periodsAhead: PeriodsAhead | undefined;

/**
 * Marginal rates, activation tables, the value of a new contract and the incentive to screen
 * out bad payers, for every employed slot, from last month's sums. Runs every month for every
 * manager: offsets into the flat per-slot arrays, no views (a view is an allocation). The
 * activation tables depend only on the role and its marginal rates, which stay the same month
 * after month under flat rates: they are recomputed only when one of the rates changed.
 */
export function prepareValuation(company: Company, month: number): void {
  const { clients, market } = company.params.scenario;
  const p = company.params;
  const ages = ACTIVATION_TABLE_MONTHS;
  const { valuation, ledger, rules } = company;
  const stride = ledger.stride;
  ratesAt.rates = valuation.rates;
  goodTables.bonus = valuation.bonusTable;
  goodTables.perMargin = valuation.perMarginTable;
  badTables.bonus = valuation.badBonusTable;
  badTables.perMargin = valuation.badPerMarginTable;
  goodContract.marginRate = badContract.marginRate = valuedMarginRate(market);
  goodContract.uncollectedShare = 0;
  // The same contract from a bad payer: shorter-lived and partly unpaid.
  badContract.uncollectedShare = market.badUncollected;
  belief.expectedMargin = p.expectedNewMargin;
  belief.discount = p.discount;
  belief.dormantAfter = clients.dormantAfterMonths;
  belief.dormancyHazard = clients.dormancyHazard;
  // A deal met now signs after the pipeline's delay: E[δ^k] for k geometric with P(k = 0) = 1 / (1 + closeMonths).
  const closesNow = 1 / (1 + market.closeMonths);
  const closeDelay = market.closeMonths > 0 ? closesNow / (1 - (1 - closesNow) * p.discount) : 1;
  // Schemes with periods: each manager values an hour by where he stands in his periods this month.
  const periodic = company.scheme.hasPeriodic;
  if (periodic) {
    periodsAhead ??= { state: ledger.periods, discount: 1 };
    periodsAhead.state = ledger.periods;
    periodsAhead.discount = p.discount;
    ledger.periods.calendarMonth = calendarMonth(company.params.scenario, month);
  }
  for (let s = 0; s < company.team.capacity; s++) {
    const role = company.role(s);
    if (!role || company.team.person[s] < 0) continue;
    const ratesOffset = s * stride;
    if (periodic) ledger.periodsFor(s, company.team.person[s], company.team.role[s]);
    marginalRates(role, ledger.previousSums, ratesOffset, p.expectedNewMargin, valuation.rates, ratesOffset, periodic ? periodsAhead : undefined);
    ratesAt.offset = ratesOffset;
    goodTables.offset = badTables.offset = s * ages;
    if (!valuation.tablesCurrent(s, role.index, role.components.length, stride)) {
      goodContract.windows = rules.activationWindowsGood[role.index];
      badContract.windows = rules.activationWindowsBad[role.index];
      activationTables(role, ratesAt, goodContract, goodTables);
      activationTables(role, ratesAt, badContract, badTables);
    }
    belief.activationHazard = believedActivationHazard(company, s);
    const good = newContractValue(role, ratesAt, goodTables, belief) * closeDelay;
    const bad = newContractValue(role, ratesAt, badTables, belief) * closeDelay;
    valuation.newContractValue[s] = good;
    valuation.screening[s] = good > 0 ? Math.min(1, Math.max(0, 1 - bad / good)) : 0;
  }
}

/**
 * What the manager believes a contracted client's monthly activation probability is: the
 * activation rule (clients.ts) at his current activation hours spread evenly over his contracted clients.
 */
export function believedActivationHazard(company: Company, slot: number): number {
  const { clients, team } = company.params.scenario;
  const contracted = Math.max(1, company.valuation.contractedCount[slot]);
  // His hours last month (none yet at the start: the normal month).
  const chosen = company.allocation.chosenHours[slot];
  const hoursPerClient = ((chosen > 0 ? chosen : team.hoursPerMonth) * company.team.split[slot * ACTIVITIES + ACTIVATE]) / contracted;
  return 1 - Math.exp(-(clients.baseActivation + clients.activationPerHour * hoursPerClient));
}
