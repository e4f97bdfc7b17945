/**
 * The sales team: one slot per position, typed arrays per attribute. A slot holds one person at a
 * time; when he quits the slot is vacant until the hire arrives. Person ids are never reused, so
 * trailing pay can follow the person who brought a client in, not the chair he sat in.
 */
import { ACTIVITIES } from './codes.js';

export class Team {
  readonly capacity: number;
  /** Person in the slot, −1 when vacant. */
  readonly person: Int32Array;
  /** Absolute month a vacancy is filled (hire arrives). */
  readonly hireMonth: Int32Array;
  /** How many people have held the slot (a new hire's dice depend on it). */
  readonly generation: Int32Array;
  /** Role index in the scheme in force; −1 for a slot the scheme does not use. */
  readonly role: Int32Array;
  readonly huntSkill: Float64Array;
  readonly farmSkill: Float64Array;
  /** Temperament: 0 farmer, 1 born hunter. */
  readonly affinity: Float64Array;
  /** Months in the company. */
  readonly tenure: Int32Array;
  /** Trailing pay the manager has got used to (exponential average). */
  readonly referenceIncome: Float64Array;
  readonly pay: Float64Array;
  /** Shares of hours on hunt, activate, farm: ACTIVITIES per slot (model/codes.ts). */
  readonly split: Float64Array;
  /** Months the transition metric has been held. */
  readonly heldMonths: Int32Array;
  /**
   * A promotion being watched (promotions.ts): the month it took effect after (−1 when none), the
   * transition's basis and threshold. Watched for PROMOTION_WATCH_MONTHS months.
   */
  readonly promotedMonth: Int32Array;
  readonly promotionBasis: Int32Array;
  readonly promotionThreshold: Float64Array;
  /** After a switch that cut his expected income: relative drop and the month it stops mattering. */
  readonly grievance: Float64Array;
  readonly grievanceUntil: Int32Array;
  /** Per slot, the open deals that close in each of the next PIPELINE_MONTHS months (this month first; hunting.ts). */
  readonly pipeline: Int32Array;
  nextPerson = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.person = new Int32Array(capacity).fill(-1);
    this.hireMonth = new Int32Array(capacity);
    this.generation = new Int32Array(capacity);
    this.role = new Int32Array(capacity).fill(-1);
    this.huntSkill = new Float64Array(capacity);
    this.farmSkill = new Float64Array(capacity);
    this.affinity = new Float64Array(capacity);
    this.tenure = new Int32Array(capacity);
    this.referenceIncome = new Float64Array(capacity);
    this.pay = new Float64Array(capacity);
    this.split = new Float64Array(capacity * ACTIVITIES);
    this.heldMonths = new Int32Array(capacity);
    this.promotedMonth = new Int32Array(capacity).fill(-1);
    this.promotionBasis = new Int32Array(capacity);
    this.promotionThreshold = new Float64Array(capacity);
    this.grievance = new Float64Array(capacity);
    this.grievanceUntil = new Int32Array(capacity);
    this.pipeline = new Int32Array(capacity * PIPELINE_MONTHS);
  }

  isEmployed(slot: number): boolean {
    return this.person[slot] >= 0;
  }

  clone(): Team {
    const copy = new Team(this.capacity);
    copy.copyFrom(this);
    return copy;
  }

  /** Makes this team (of the same capacity) a copy of `source`, reusing its arrays. */
  /**
   * Opens a vacancy in role `role` in the lowest slot from `from` on that no role uses, its hire
   * due at the start of month `hireMonth`. Returns the slot, or −1 when every slot is in use.
   */
  openPosition(role: number, hireMonth: number, from = 0): number {
    let slot = from;
    while (slot < this.capacity && this.role[slot] >= 0) slot++;
    if (slot >= this.capacity) return -1;
    this.role[slot] = role;
    this.person[slot] = -1;
    this.hireMonth[slot] = hireMonth;
    return slot;
  }

  copyFrom(source: Team): void {
    if (source.capacity !== this.capacity) throw new Error(`Team.copyFrom requires the same capacity (${source.capacity} ≠ ${this.capacity})`);
    this.nextPerson = source.nextPerson;
    for (const key of TEAM_ARRAYS) (this[key] as { set(a: ArrayLike<number>): void }).set(source[key]);
  }
}

/** Every per-slot array: what copying walks (a new field must be listed here). */
export const TEAM_ARRAYS = [
  'person', 'hireMonth', 'generation', 'role', 'huntSkill', 'farmSkill', 'affinity', 'tenure',
  'referenceIncome', 'pay', 'split', 'heldMonths', 'promotedMonth', 'promotionBasis', 'promotionThreshold', 'grievance', 'grievanceUntil',
  'pipeline',
] as const;

/** Months ahead a manager's pipeline holds (Team.pipeline): a deal not closed sooner closes in the last. */
export const PIPELINE_MONTHS = 24;
