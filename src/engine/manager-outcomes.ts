/**
 * What happens to each manager of the company's book in one branch (one scheme) of a run, over
 * the first year after the switch: does he quit, and when; what does he earn in the year's last
 * month if he stays; how much monthly revenue walks out with him if he leaves. Only runs that
 * start from a book keep this: the managers of a simulated warm-up are nobody in particular.
 *
 * It only reads the company between months, so the month loop does not know it exists.
 */
import { LOST } from '../model/codes.js';
import type { Company } from '../model/company.js';
import { followProbability } from '../model/people.js';

/** "Within a year": the months after the switch that the per-manager outcomes cover. */
export const OUTCOME_MONTHS = 12;

/** Numbers kept per manager: the month he quit (−1: stayed), his pay in the window's last month (NaN if gone), revenue leaving with him. */
export const OUTCOME_FIELDS = 3;
export const QUIT_MONTH = 0;
export const PAY_AT_END = 1;
export const REVENUE_LEAVING = 2;

export class ManagerTracker {
  /** The person each book manager is in the run (person numbers are never reused). */
  private readonly people: Int32Array;
  /** Expected monthly revenue that would follow each manager if he quit this month. */
  private readonly atRisk: Float64Array;
  readonly outcomes: Float64Array;
  readonly window: number;

  constructor(
    readonly managers: number,
    horizon: number,
  ) {
    this.window = Math.min(OUTCOME_MONTHS, horizon);
    this.people = new Int32Array(managers);
    this.atRisk = new Float64Array(managers);
    this.outcomes = new Float64Array(managers * OUTCOME_FIELDS);
  }

  /** Call once a branch has switched to its scheme: slot k holds the k-th manager of the book. */
  start(company: Company): void {
    for (let s = 0; s < this.managers; s++) {
      this.people[s] = company.team.person[s];
      this.outcomes[s * OUTCOME_FIELDS + QUIT_MONTH] = -1;
      this.outcomes[s * OUTCOME_FIELDS + PAY_AT_END] = NaN;
      this.outcomes[s * OUTCOME_FIELDS + REVENUE_LEAVING] = 0;
    }
  }

  /**
   * Before month `m` of the horizon (absolute month `month`): the revenue each manager would take
   * if he quit this month, in expectation over which clients follow him (the quit rule's follow
   * probability on last month's revenue). The expectation rather than the dice that fall: a
   * steadier estimate of the same number, and no hook inside the month loop.
   */
  beforeMonth(company: Company, month: number, m: number): void {
    if (m >= this.window) return;
    const { book, team } = company;
    const clients = company.params.scenario.clients;
    this.atRisk.fill(0);
    for (let i = 0; i < book.count; i++) {
      if (book.state[i] === LOST) continue;
      const s = book.owner[i];
      if (s >= this.managers || team.person[s] !== this.people[s]) continue;
      this.atRisk[s] += followProbability(month - book.relationStart[i], clients) * book.revenue[i];
    }
  }

  /** After month `m` of the horizon: who has left, and what those still here were paid. */
  afterMonth(company: Company, m: number): void {
    if (m >= this.window) return;
    const team = company.team;
    for (let s = 0; s < this.managers; s++) {
      const o = s * OUTCOME_FIELDS;
      if (this.outcomes[o + QUIT_MONTH] >= 0) continue;
      if (team.person[s] !== this.people[s]) {
        this.outcomes[o + QUIT_MONTH] = m;
        this.outcomes[o + REVENUE_LEAVING] = this.atRisk[s];
      } else if (m === this.window - 1) {
        this.outcomes[o + PAY_AT_END] = team.pay[s];
      }
    }
  }
}
