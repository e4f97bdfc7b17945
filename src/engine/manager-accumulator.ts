/**
 * Folding the per-manager outcomes of runs that start from a book (manager-outcomes.ts) into
 * statistics, per scheme and manager: how often he quit within the window, what he earned in the
 * window's last month when he stayed (a Stat across those runs), and the revenue that left with
 * him (its mean across all runs, counting 0 when he stayed). Mergeable in block order like the
 * rest of aggregate.ts, so the result does not depend on the number of workers.
 */
import { Accumulator, Moments, type AccumulatorJSON, type MomentsJSON } from '../stats/index.js';
import { OUTCOME_FIELDS, PAY_AT_END, QUIT_MONTH, REVENUE_LEAVING } from './manager-outcomes.js';
import type { RunRecord } from './protocol.js';

interface SchemeManagers {
  runs: number;
  quits: number[];
  pay: Accumulator[];
  leaving: Moments[];
}

export interface ManagerAccumulatorJSON {
  managers: number;
  schemes: { runs: number; quits: number[]; pay: AccumulatorJSON[]; leaving: MomentsJSON[] }[];
}

export class ManagerAccumulator {
  private readonly schemes: SchemeManagers[];

  constructor(
    readonly managers: number,
    schemes: number,
  ) {
    this.schemes = Array.from({ length: schemes }, () => ({
      runs: 0,
      quits: new Array<number>(managers).fill(0),
      pay: Array.from({ length: managers }, () => new Accumulator()),
      leaving: Array.from({ length: managers }, () => new Moments()),
    }));
  }

  /** One run: its records in the order of the experiment's selected schemes. */
  add(records: RunRecord[]): void {
    records.forEach((record, k) => {
      const outcomes = record.managers;
      if (!outcomes) return;
      const scheme = this.schemes[k];
      scheme.runs++;
      for (let j = 0; j < this.managers; j++) {
        const o = j * OUTCOME_FIELDS;
        if (outcomes[o + QUIT_MONTH] >= 0) scheme.quits[j]++;
        else if (Number.isFinite(outcomes[o + PAY_AT_END])) scheme.pay[j].add(outcomes[o + PAY_AT_END]);
        scheme.leaving[j].add(outcomes[o + REVENUE_LEAVING]);
      }
    });
  }

  merge(other: ManagerAccumulator): void {
    this.schemes.forEach((scheme, k) => {
      const theirs = other.schemes[k];
      scheme.runs += theirs.runs;
      for (let j = 0; j < this.managers; j++) {
        scheme.quits[j] += theirs.quits[j];
        scheme.pay[j].merge(theirs.pay[j]);
        scheme.leaving[j].merge(theirs.leaving[j]);
      }
    });
  }

  /** Per scheme (selected order) and manager (book order). */
  results(level = 0.95): { runs: number; quitProbability: number; payAtEnd: ReturnType<Accumulator['toStat']> | null; revenueLeaving: number }[][] {
    return this.schemes.map((scheme) =>
      scheme.quits.map((quits, j) => ({
        runs: scheme.runs,
        quitProbability: scheme.runs > 0 ? quits / scheme.runs : 0,
        payAtEnd: scheme.pay[j].count > 0 ? scheme.pay[j].toStat(level) : null,
        revenueLeaving: scheme.leaving[j].count > 0 ? scheme.leaving[j].mean : 0,
      })),
    );
  }

  toJSON(): ManagerAccumulatorJSON {
    return {
      managers: this.managers,
      schemes: this.schemes.map((s) => ({ runs: s.runs, quits: s.quits.slice(), pay: s.pay.map((a) => a.toJSON()), leaving: s.leaving.map((m) => m.toJSON()) })),
    };
  }

  static fromJSON(json: ManagerAccumulatorJSON): ManagerAccumulator {
    const accumulator = new ManagerAccumulator(json.managers, json.schemes.length);
    json.schemes.forEach((s, k) => {
      accumulator.schemes[k] = {
        runs: s.runs,
        quits: s.quits.slice(),
        pay: s.pay.map((a) => Accumulator.fromJSON(a)),
        leaving: s.leaving.map((m) => Moments.fromJSON(m)),
      };
    });
    return accumulator;
  }
}
