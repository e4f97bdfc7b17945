/**
 * What happened in one month of one company: counts and money, plus per role head-count, hours
 * and pay. Reset at the start of every month and read by the run record at its end.
 */
import { ACTIVATE, FARM, HUNT } from './codes.js';

/** Numbers kept per role in `roleHours` (and a run's `roleTotals`): manager-months, then hours on hunt, activate, farm. */
export const ROLE_FIELDS = 4;
export const ROLE_MANAGERS = 0;
/** Offset of an activity's hours among a role's numbers: ROLE_HOURS + HUNT, + ACTIVATE, + FARM. */
export const ROLE_HOURS = 1;
/**
 * Bands of a client's tenure (months since he first shipped) for churn by tenure: the first,
 * second and third year, then the fourth year and later.
 */
export const TENURE_YEARS = 4;
export class MonthTally {
  revenue = 0;
  margin = 0;
  uncollected = 0;
  leakedMargin = 0;
  compCost = 0;
  hiringCost = 0;
  newContracts = 0;
  activations = 0;
  churned = 0;
  dormant = 0;
  activeClients = 0;
  contractedClients = 0;
  stuckContracted = 0;
  badPayersContracted = 0;
  /** New contracts this month with a bad payer. */
  newBadPayers = 0;
  /** Promotions this month, watches of earlier ones that ended (promotions.ts) and those that fell below. */
  promotions = 0;
  promotionsWatched = 0;
  promotedFellBelow = 0;
  /** Active clients at the start of the month, and those of them who churned, by tenure year (TENURE_YEARS bands). */
  readonly tenureActive: Float64Array = new Float64Array(TENURE_YEARS);
  readonly tenureChurned: Float64Array = new Float64Array(TENURE_YEARS);
  managerQuits = 0;
  clientsLostWithManagers = 0;
  managers = 0;
  /** Hours on hunt, activate, farm (indexed by activity). */
  hours: [number, number, number] = [0, 0, 0];
  /** Per role: head-count, and hours on hunt, activate, farm (4 numbers a role). */
  roleHours: Float64Array = new Float64Array(0);
  /** Pay of every manager this month, with his role. */
  pays: number[] = [];
  payRoles: number[] = [];

  reset(roles: number): void {
    this.revenue = this.margin = this.uncollected = this.leakedMargin = this.compCost = this.hiringCost = 0;
    this.newContracts = this.activations = this.churned = this.dormant = 0;
    this.activeClients = this.contractedClients = this.stuckContracted = this.badPayersContracted = 0;
    this.newBadPayers = this.promotions = this.promotionsWatched = this.promotedFellBelow = 0;
    this.tenureActive.fill(0);
    this.tenureChurned.fill(0);
    this.managerQuits = this.clientsLostWithManagers = this.managers = 0;
    this.hours[0] = this.hours[1] = this.hours[2] = 0;
    if (this.roleHours.length !== roles * ROLE_FIELDS) this.roleHours = new Float64Array(roles * ROLE_FIELDS);
    else this.roleHours.fill(0);
    this.pays.length = 0;
    this.payRoles.length = 0;
  }

  addManager(role: number, pay: number, hunt: number, activate: number, farm: number): void {
    this.managers++;
    this.compCost += pay;
    this.hours[HUNT] += hunt;
    this.hours[ACTIVATE] += activate;
    this.hours[FARM] += farm;
    const at = role * ROLE_FIELDS;
    this.roleHours[at + ROLE_MANAGERS] += 1;
    this.roleHours[at + ROLE_HOURS + HUNT] += hunt;
    this.roleHours[at + ROLE_HOURS + ACTIVATE] += activate;
    this.roleHours[at + ROLE_HOURS + FARM] += farm;
    this.pays.push(pay);
    this.payRoles.push(role);
  }

  /** Net profit: margin actually collected, less all pay and hiring costs. */
  netProfit(): number {
    return this.margin - this.uncollected - this.compCost - this.hiringCost;
  }
}
