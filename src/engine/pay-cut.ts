/**
 * How hard a scheme hits the pay of the team it finds at the switch: for each manager employed
 * then, his average monthly pay over the first PAY_CUT_MONTHS months after it (the months he is
 * still there) against the pay he is used to at the switch (his reference income, the exponential
 * average of his past pay that his grievances and quits are measured from; from a company book, the
 * book's monthly pay). One lumpy month therefore neither makes nor hides a cut. The worst-hit manager's relative
 * cut is the run's figure (`worstPayCut`: 0.25 = somebody's pay fell by a quarter; negative when
 * everybody earns more). Months he has left are not counted, so a manager who quits in the first
 * month counts by the pay of the months he stayed, and one who quits before any is left out.
 *
 * It only reads the company between months, like manager-outcomes.ts.
 */
import type { Company } from '../model/company.js';

/** The months after the switch a pay cut is measured over (the owner's "first half-year"). */
export const PAY_CUT_MONTHS = 6;

export class PayCutTracker {
  private readonly people: Int32Array;
  private readonly before: Float64Array;
  private readonly paid: Float64Array;
  private readonly months: Int32Array;

  constructor(capacity: number) {
    this.people = new Int32Array(capacity);
    this.before = new Float64Array(capacity);
    this.paid = new Float64Array(capacity);
    this.months = new Int32Array(capacity);
  }

  /** At the switch: who holds each slot (those the current scheme pays for the last month's book, `paid`) and the pay he is used to (`reference`). */
  start(company: Company, paid: Float64Array, reference: Float64Array): void {
    const { person } = company.team;
    for (let s = 0; s < this.people.length; s++) {
      this.people[s] = paid[s] > 0 && reference[s] > 0 ? person[s] : -1;
      this.before[s] = reference[s];
      this.paid[s] = 0;
      this.months[s] = 0;
    }
  }

  /** After horizon month m: the month's pay of everybody still in his slot (first PAY_CUT_MONTHS months only). */
  afterMonth(company: Company, m: number): void {
    if (m >= PAY_CUT_MONTHS) return;
    const { person, pay } = company.team;
    for (let s = 0; s < this.people.length; s++) {
      if (this.people[s] < 0 || person[s] !== this.people[s]) continue;
      this.paid[s] += pay[s];
      this.months[s]++;
    }
  }

  /** The worst relative cut over the team at the switch (0 when nobody was followed for a month). */
  worstCut(): number {
    let worst = -Infinity;
    for (let s = 0; s < this.people.length; s++) {
      if (this.people[s] < 0 || this.months[s] === 0) continue;
      worst = Math.max(worst, 1 - this.paid[s] / this.months[s] / this.before[s]);
    }
    return Number.isFinite(worst) ? worst : 0;
  }
}
