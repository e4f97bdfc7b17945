/**
 * Pay (docs/model.md, "Pay"): the month's component sums of every manager, filled client by
 * client in pay-and-value.ts, settled here by the scheme's schedules into each manager's pay.
 * The ledger also keeps each manager's owned money of the month per basis, which role
 * transitions read (promotions.ts).
 */
import type { CompiledRole } from '../schemes/compile.js';
import { settle, type PeriodState } from '../schemes/ledger.js';
import { calendarMonth } from './market.js';
import { ACTIVATE, ACTIVITIES, FARM, HUNT, OWNED_BASES, TEAM } from './codes.js';
import type { Company } from './company.js';
import type { MonthTally } from './tally.js';

export class PayLedger {
  /** Widest role (most components) of any scheme: the stride of the per-slot component arrays. */
  readonly stride: number;
  /** This month's component sums and clawback counts per slot; last month's sums. */
  sums: Float64Array;
  clawbacks: Float64Array;
  previousSums: Float64Array;
  /** Company-wide sums of the team components (the scheme's team role, rules.ts). */
  teamSums: Float64Array;
  teamClawbacks: Float64Array;
  /** Per slot, the money and counts of the clients he owns this month, by basis (OWNED_BASES a slot). */
  readonly ownedMoney: Float64Array;
  /**
   * Per slot and component, the periods so far of the components measured over a quarter or a
   * year or against a quota (schemes/ledger.ts PeriodState), and whose they are: the person and
   * the role they were kept for (−1: nobody). A new person, a new role or a new scheme starts
   * them afresh.
   */
  readonly periods: PeriodState;
  readonly periodPerson: Int32Array;
  readonly periodRole: Int32Array;

  constructor(slots: number, stride: number, teamComponents: number) {
    this.stride = stride;
    this.sums = new Float64Array(slots * stride);
    this.clawbacks = new Float64Array(slots * stride);
    this.previousSums = new Float64Array(slots * stride);
    this.teamSums = new Float64Array(Math.max(1, teamComponents));
    this.teamClawbacks = new Float64Array(this.teamSums.length);
    this.ownedMoney = new Float64Array(slots * OWNED_BASES);
    const perComponent = (): Float64Array => new Float64Array(slots * stride);
    this.periods = { toDate: perComponent(), paid: perComponent(), measured: perComponent(), quota: perComponent().fill(NaN), calendarMonth: 0 };
    this.periodPerson = new Int32Array(slots).fill(-1);
    this.periodRole = new Int32Array(slots).fill(-1);
  }

  /** What copyFrom copies: every array of the ledger (a new field must be listed here). */
  static readonly COPIED = [
    'sums', 'clawbacks', 'previousSums', 'teamSums', 'teamClawbacks', 'ownedMoney', 'periods.toDate', 'periods.paid', 'periods.measured',
    'periods.quota', 'periodPerson', 'periodRole',
  ] as const;

  /** Makes this ledger (of the same company) a copy of `source`. */
  copyFrom(source: PayLedger): void {
    this.sums.set(source.sums);
    this.clawbacks.set(source.clawbacks);
    this.previousSums.set(source.previousSums);
    this.ownedMoney.set(source.ownedMoney);
    // The team sums are as long as the scheme in force has team components.
    if (this.teamSums.length !== source.teamSums.length) this.resizeTeam(source.teamSums.length);
    this.teamSums.set(source.teamSums);
    this.teamClawbacks.set(source.teamClawbacks);
    this.periods.toDate.set(source.periods.toDate);
    this.periods.paid.set(source.periods.paid);
    this.periods.measured.set(source.periods.measured);
    this.periods.quota.set(source.periods.quota);
    this.periodPerson.set(source.periodPerson);
    this.periodRole.set(source.periodRole);
  }

  /** Forgets every slot's periods (a new scheme is in force). */
  resetPeriods(): void {
    this.periodPerson.fill(-1);
    this.periodRole.fill(-1);
  }

  /** Makes the slot's periods those of `person` in `role`, starting them afresh when they were someone else's. */
  periodsFor(slot: number, person: number, role: number): void {
    if (this.periodPerson[slot] === person && this.periodRole[slot] === role) return;
    this.periodPerson[slot] = person;
    this.periodRole[slot] = role;
    const from = slot * this.stride;
    const to = from + this.stride;
    this.periods.toDate.fill(0, from, to);
    this.periods.paid.fill(0, from, to);
    this.periods.measured.fill(0, from, to);
    this.periods.quota.fill(NaN, from, to);
  }

  /** Empty team sums for a scheme with this many team components (at a switch). */
  resizeTeam(components: number): void {
    this.teamSums = new Float64Array(Math.max(1, components));
    this.teamClawbacks = new Float64Array(this.teamSums.length);
  }

  /** Clears the month's sums and owned money before the client loop. */
  beginMonth(): void {
    this.sums.fill(0);
    this.clawbacks.fill(0);
    this.teamSums.fill(0);
    this.teamClawbacks.fill(0);
    this.ownedMoney.fill(0);
  }

  /** This month's sums become "last month" for next month's valuation. */
  endMonth(): void {
    const swap = this.previousSums;
    this.previousSums = this.sums;
    this.sums = swap;
  }

  /**
   * Pay of a manager in `role` at `slot` this month: the team components take the company's
   * sums, then the role's schedules, clawbacks and salary (schemes/ledger.ts settle).
   */
  settle(slot: number, role: CompiledRole, teamRole: CompiledRole, periods?: PeriodState): number {
    const offset = slot * this.stride;
    for (let k = 0; k < role.components.length; k++) {
      const c = role.components[k];
      if (c.relation === TEAM) {
        const j = teamRole.components.findIndex((t) => t === c);
        this.sums[offset + k] = this.teamSums[j];
        this.clawbacks[offset + k] = this.teamClawbacks[j];
      }
    }
    return settle(role, this.sums, this.clawbacks, offset, undefined, 0, periods);
  }
}

/**
 * Pay of the person in the slot this month (0 for a vacancy). Without `month`, a replay: the
 * periodic components pay at this month's run rate and no period moves on; with it, the month
 * is paid and the slot's periods move on.
 */
export function settleSlot(company: Company, slot: number, month?: number, protectMonth = month): number {
  const role = company.role(slot);
  const { team, ledger, changeover } = company;
  if (!role || team.person[slot] < 0) return 0;
  let pay: number;
  if (month === undefined || !company.scheme.hasPeriodic) pay = ledger.settle(slot, role, company.rules.teamRole);
  else {
    ledger.periodsFor(slot, team.person[slot], team.role[slot]);
    ledger.periods.calendarMonth = calendarMonth(company.params.scenario, month);
    pay = ledger.settle(slot, role, company.rules.teamRole, ledger.periods);
  }
  // A protected changeover: grandfathered clients under the old rules, the old pay as a floor or a blend.
  if (protectMonth !== undefined && changeover.activeAt(protectMonth)) {
    pay = changeover.settle(slot, changeover.oldRoleOf(slot, team.person[slot], role), pay, protectMonth, team.person[slot]);
  }
  return pay;
}

/** Everybody's pay of month `month`, and what it adds to the month's totals; then last month's sums move on. */
export function payEveryone(company: Company, month: number, tally: MonthTally): void {
  const { team, allocation } = company;
  for (let s = 0; s < team.capacity; s++) {
    if (team.person[s] < 0 || team.role[s] < 0) continue;
    const pay = settleSlot(company, s, month);
    team.pay[s] = pay;
    const hours = allocation.hours;
    const at = s * ACTIVITIES;
    tally.addManager(team.role[s], pay, hours[at + HUNT], hours[at + ACTIVATE], hours[at + FARM]);
  }
  company.ledger.endMonth();
}
