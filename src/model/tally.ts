/**
 * What happened in one month of one company: counts and money, plus per role head-count, hours
 * and pay. Reset at the start of every month and read by the run record at its end.
 */
import { ACTIVATE, FARM, FOLLOWED_MANAGER, HUNT } from './codes.js';

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
/**
 * Bands of a manager's tenure (months in the company when quits are decided) for quits by tenure:
 * months 0–5, 6–11, the second year, the third year and later. A band's upper ends, in months.
 */
export const MANAGER_TENURE_ENDS = [6, 12, 24] as const;
export const MANAGER_TENURE_BANDS = MANAGER_TENURE_ENDS.length + 1;

/** The band of MANAGER_TENURE_ENDS a manager with `tenure` months is in. */
export function managerTenureBand(tenure: number): number {
  let band = 0;
  while (band < MANAGER_TENURE_ENDS.length && tenure >= MANAGER_TENURE_ENDS[band]) band++;
  return band;
}

export class MonthTally {
  revenue = 0;
  margin = 0;
  uncollected = 0;
  leakedMargin = 0;
  compCost = 0;
  hiringCost = 0;
  newContracts = 0;
  activations = 0;
  /** Active clients lost to their own churn hazard (clients.ts), and contracted ones gone dormant. */
  churned = 0;
  dormant = 0;
  /**
   * Clients lost outside their own month (people.ts, `countLoss`): at a change of manager (a
   * scheduled hand-off or a reassignment after a quit) and following a leaving manager, active and
   * contracted. Active ones lost for any cause: `activeLost()`.
   */
  activeLostAtHandover = 0;
  contractedLostAtHandover = 0;
  activeFollowedManager = 0;
  contractedFollowedManager = 0;
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
  /** Clients, active or contracted, who followed a leaving manager (activeFollowedManager + contractedFollowedManager). */
  clientsLostWithManagers = 0;
  /** Managers employed when quits are decided, and those of them who quit, by tenure (MANAGER_TENURE_BANDS bands). */
  readonly tenureManagers: Float64Array = new Float64Array(MANAGER_TENURE_BANDS);
  readonly tenureQuits: Float64Array = new Float64Array(MANAGER_TENURE_BANDS);
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
    this.activeLostAtHandover = this.contractedLostAtHandover = this.activeFollowedManager = this.contractedFollowedManager = 0;
    this.activeClients = this.contractedClients = this.stuckContracted = this.badPayersContracted = 0;
    this.newBadPayers = this.promotions = this.promotionsWatched = this.promotedFellBelow = 0;
    this.tenureActive.fill(0);
    this.tenureChurned.fill(0);
    this.managerQuits = this.clientsLostWithManagers = this.managers = 0;
    this.tenureManagers.fill(0);
    this.tenureQuits.fill(0);
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

  /**
   * A client lost at a change of manager (cause LOST_AT_HANDOVER) or following a leaving manager
   * (FOLLOWED_MANAGER), counted once by its cause and state. `inMonthCounts`: the month's
   * active/contracted counts already hold it (it is lost after the clients' month, in the quits),
   * so it is taken off them; a client lost before the clients' month was never in them.
   */
  countLoss(wasActive: boolean, cause: number, inMonthCounts: boolean): void {
    const followed = cause === FOLLOWED_MANAGER;
    if (followed) this.clientsLostWithManagers++;
    if (wasActive) {
      if (followed) this.activeFollowedManager++;
      else this.activeLostAtHandover++;
      if (inMonthCounts) this.activeClients--;
    } else {
      if (followed) this.contractedFollowedManager++;
      else this.contractedLostAtHandover++;
      if (inMonthCounts) this.contractedClients--;
    }
  }

  /** Active clients lost this month, whatever the cause: churned, lost at a hand-over, followed a leaving manager. */
  activeLost(): number {
    return this.churned + this.activeLostAtHandover + this.activeFollowedManager;
  }

  /** Net profit: margin actually collected, less all pay and hiring costs. */
  netProfit(): number {
    return this.margin - this.uncollected - this.compCost - this.hiringCost;
  }
}
