/**
 * A protected changeover (docs/model.md, "Protected changeover"), shared by the month loop and the
 * payslip calculator: for a while after the switch a
 * scheme may pay each manager the larger of its own pay and what the scheme in force before it
 * would have paid him on his book that month (hold-harmless), or a mix going from the old rules to
 * the new (a declining blend); and it may keep the clients signed before the switch under the old
 * rules (grandfathering). "What the old scheme would have paid him" is the old scheme's rules for
 * the role he had at the switch, on the clients he owns and brought in this month; a manager
 * hired after the switch has no old pay to protect, and his grandfathered clients are paid by the
 * old role of the same id as his (or the old scheme's entry role).
 *
 * The old rules' sums are kept beside the ledger's, per slot: `shadow` (his whole book under the
 * old rules, for the protection) and `grandfathered` (the grandfathered clients, paid under the
 * old rules instead of the new). Team-wide components of the old scheme are not carried.
 */
import type { CompiledRole, CompiledScheme } from './compile.js';
import { PROTECT_BLEND, PROTECT_HOLD_HARMLESS, PROTECT_NONE } from './compile.js';
import { settle } from './ledger.js';
import type { PayKernel } from './pay-kernel.js';

/** Scratch for the old role's component lines (never read across calls). */
let lines = new Float64Array(8);

export class Changeover {
  /** The scheme in force before the switch and its roles' pay kernels; null: no changeover in force. */
  oldScheme: CompiledScheme | null = null;
  oldPayKernels: PayKernel[] = [];
  switchMonth = 0;
  protect = PROTECT_NONE;
  months = 0;
  grandfatherMonths = 0;
  /** Per slot: the old scheme's role he had at the switch, and who he was (−1: nobody was there). */
  readonly oldRole: Int32Array;
  readonly protectedPerson: Int32Array;
  /** Per slot: this month's pay without the protection (for the grievance when it ends). */
  readonly unprotected: Float64Array;
  /** Per slot and component of the old role: his whole book, and the grandfathered clients, under the old rules. */
  readonly shadowSums: Float64Array;
  readonly shadowClawbacks: Float64Array;
  readonly grandfatheredSums: Float64Array;
  readonly grandfatheredClawbacks: Float64Array;
  readonly stride: number;

  constructor(slots: number, stride: number) {
    this.stride = stride;
    this.oldRole = new Int32Array(slots).fill(-1);
    this.protectedPerson = new Int32Array(slots).fill(-1);
    this.unprotected = new Float64Array(slots);
    this.shadowSums = new Float64Array(slots * stride);
    this.shadowClawbacks = new Float64Array(slots * stride);
    this.grandfatheredSums = new Float64Array(slots * stride);
    this.grandfatheredClawbacks = new Float64Array(slots * stride);
  }

  /** What copyFrom copies: every array (a new field must be listed here). */
  static readonly COPIED = ['oldRole', 'protectedPerson', 'unprotected', 'shadowSums', 'shadowClawbacks', 'grandfatheredSums', 'grandfatheredClawbacks'] as const;

  copyFrom(source: Changeover): void {
    for (const name of Changeover.COPIED) (this[name] as { set(a: ArrayLike<number>): void }).set(source[name]);
    this.oldScheme = source.oldScheme;
    this.oldPayKernels = source.oldPayKernels;
    this.switchMonth = source.switchMonth;
    this.protect = source.protect;
    this.months = source.months;
    this.grandfatherMonths = source.grandfatherMonths;
  }

  /**
   * `scheme` comes into force at `month`, replacing `oldScheme` (whose roles' pay kernels are
   * `oldPayKernels`); `persons` and `roles` are the team's people and roles under the old scheme
   * (before the reorganisation). Without a changeover, nothing is protected.
   */
  begin(scheme: CompiledScheme, oldScheme: CompiledScheme, oldPayKernels: PayKernel[], persons: Int32Array, roles: Int32Array, month: number): void {
    const changeover = scheme.changeover;
    this.oldScheme = changeover ? oldScheme : null;
    this.oldPayKernels = changeover ? oldPayKernels : [];
    if (!changeover) return;
    this.switchMonth = month;
    this.protect = changeover.protect;
    this.months = changeover.months;
    this.grandfatherMonths = changeover.grandfatherMonths;
    this.oldRole.set(roles);
    this.protectedPerson.set(persons);
  }

  /** Whether the pay of `month` is protected. */
  protects(month: number): boolean {
    return this.oldScheme !== null && this.protect !== PROTECT_NONE && month >= this.switchMonth && month < this.switchMonth + this.months;
  }

  /** Whether the clients signed before the switch are still under the old rules in `month`. */
  grandfathers(month: number): boolean {
    return this.oldScheme !== null && month >= this.switchMonth && month < this.switchMonth + this.grandfatherMonths;
  }

  /** Whether anything of the changeover applies in `month`. */
  activeAt(month: number): boolean {
    return this.protects(month) || this.grandfathers(month);
  }

  /** Whether `month` is the last protected month (the grievance of a cut is felt when the protection ends). */
  protectionEndsAfter(month: number): boolean {
    return this.protects(month) && !this.protects(month + 1);
  }

  /** Clears the month's old-rule sums before the client loop. */
  beginMonth(): void {
    this.shadowSums.fill(0);
    this.shadowClawbacks.fill(0);
    this.grandfatheredSums.fill(0);
    this.grandfatheredClawbacks.fill(0);
  }

  /**
   * The old scheme's role whose rules stand for the slot's person: the role he had at the
   * switch; for someone who came after, the old role of the same id as his role now, or the old
   * scheme's entry role. −1 when there are no old rules.
   */
  oldRoleOf(slot: number, person: number, currentRole: CompiledRole | null): number {
    const old = this.oldScheme;
    if (!old) return -1;
    if (person === this.protectedPerson[slot] && this.oldRole[slot] >= 0) return this.oldRole[slot];
    const same = currentRole ? old.roles.findIndex((r) => r.id === currentRole.id) : -1;
    return same >= 0 ? same : old.entryRole;
  }

  /**
   * The slot's pay in `month` with the changeover: `pay` (the new scheme's) plus what the old rules
   * pay on his grandfathered clients (their commissions; the salary is the new role's), then, while
   * protected and for the person who was there at the switch, the larger of that and the old
   * rules' pay on his whole book (hold-harmless), or w · old + (1 − w) · new with w = (months − t)
   * / months in the t-th month after the switch (a blend).
   */
  settle(slot: number, oldRole: number, pay: number, month: number, person: number): number {
    const scheme = this.oldScheme;
    if (!scheme || oldRole < 0) return pay;
    const role = scheme.roles[oldRole];
    const offset = slot * this.stride;
    let total = pay;
    if (this.grandfathers(month)) {
      if (lines.length < role.components.length) lines = new Float64Array(role.components.length);
      settle(role, this.grandfatheredSums, this.grandfatheredClawbacks, offset, lines, 0);
      for (let k = 0; k < role.components.length; k++) total += lines[k];
    }
    this.unprotected[slot] = total;
    if (!this.protects(month) || person !== this.protectedPerson[slot]) return total;
    const old = settle(role, this.shadowSums, this.shadowClawbacks, offset);
    if (this.protect === PROTECT_HOLD_HARMLESS) return old > total ? old : total;
    if (this.protect === PROTECT_BLEND) {
      const w = (this.months - (month - this.switchMonth)) / this.months;
      return w * old + (1 - w) * total;
    }
    return total;
  }
}
