/**
 * A what-if request that cannot be carried out, for a reason only this stage can know (a parameter
 * name the schema does not have, a scheme the experiment does not simulate, part files that do not
 * belong together). The error carries a code and the data a message needs, never a sentence: the
 * command line words it through its message table (src/cli/whatif-messages.ts), and the stage
 * knows nothing about flags or exit codes. Malformed arguments never get here: the CLI parses and
 * checks them before it calls this stage.
 */
export type WhatIfProblem =
  // Sensitivity: what is analysed.
  | { code: 'unknown-parameter'; name: string; sections: readonly string[] }
  | { code: 'no-parameters' }
  | { code: 'too-few-schemes'; simulated: readonly string[] }
  // Sweep and sensitivity: the scheme analysed.
  | { code: 'focus-not-simulated'; focus: string; simulated: readonly string[] }
  | { code: 'focus-is-baseline'; metric: string; baseline: string }
  | { code: 'only-baseline'; metric: string }
  // Part files and merging them.
  | { code: 'part-not-written'; path: string; reason: string }
  | { code: 'part-unreadable'; path: string; reason: string }
  | { code: 'part-read-failed'; path: string; reason: string }
  | { code: 'part-not-json'; path: string; line: number }
  | { code: 'not-a-part'; path: string }
  | { code: 'part-version'; path: string; version: string; expected: number }
  | { code: 'part-damaged'; path: string; lines: number; endLine: number }
  | { code: 'part-empty'; path: string }
  | { code: 'part-incomplete'; path: string }
  | { code: 'no-parts' }
  | { code: 'parts-of-different-kinds'; file: string; kind: string; firstFile: string; firstKind: string }
  | { code: 'parts-of-different-experiments'; file: string; firstFile: string }
  | { code: 'shard-given-twice'; index: number; count: number; first: string; second: string }
  | { code: 'shards-missing'; missing: readonly number[]; count: number }
  | { code: 'points-missing'; missing: number; first: number }
  // Observables (--metric, calibration targets): a path a summary of these schemes does not hold.
  | { code: 'bad-metric'; path: string; problem: ObservableProblem }
  | { code: 'metric-not-in-summary'; path: string; scheme: string }
  // Optimisation: what the search could not do.
  | { code: 'budget-too-small'; budget: number; least: number }
  | { code: 'no-feasible-candidate'; tried: number; constraints: readonly string[]; broken: readonly number[] }
  | { code: 'round-not-written'; path: string; round: number; shard: number; count: number; minutes: number }
  | { code: 'round-of-another-search'; path: string };

/** What is wrong with an observable's path; each kind carries what would have been valid. */
export type ObservableProblem =
  | { kind: 'not-a-path' }
  | { kind: 'unknown-scheme'; scheme: string; schemes: readonly string[] }
  | { kind: 'baseline-with-itself'; baseline: string }
  | { kind: 'unknown-comparison'; scheme: string; paired: readonly string[] }
  | {
      kind: 'unknown-field';
      scheme: string;
      totals: readonly string[];
      end: readonly string[];
      timeShares: readonly string[];
      rates: readonly string[];
      months: number;
    };

export type WhatIfCode = WhatIfProblem['code'];

export class WhatIfError extends Error {
  readonly problem: WhatIfProblem;
  readonly code: WhatIfCode;

  constructor(problem: WhatIfProblem) {
    // The message is for a stack trace, not for the user: the code and its data.
    super(`${problem.code} ${JSON.stringify(problem)}`);
    this.name = 'WhatIfError';
    this.problem = problem;
    this.code = problem.code;
  }
}

