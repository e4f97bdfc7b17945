/**
 * What goes wrong with a scenario, all of it at once: every problem carries the file, the line and
 * column of the offending node (when it comes from the file), the path inside the scenario with list
 * items named by id, and a plain-words message that says what was expected and what was found.
 */
import { formatProblem, problemList } from './messages.js';

export interface ScenarioProblem {
  /** The scenario file as the user named it. */
  file: string;
  /** 1-based line of the offending node, or of its nearest existing parent for a missing key. */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
  /** Path inside the scenario, e.g. `schemes[new-client-bonus].roles.generalist.pay[servicing].rate`; '' for the whole file. */
  path: string;
  /** What was expected and what was found. */
  message: string;
  /** The `--set path=value` argument the problem comes from, when it comes from one. */
  set?: string;
}

/** A scenario that cannot be used. `userMessage` lists every problem, one per line. */
export class ScenarioError extends Error {
  readonly problems: ScenarioProblem[];
  readonly userMessage: string;

  constructor(problems: ScenarioProblem[]) {
    const sorted = sortProblems(problems);
    const text = problemList(sorted[0]?.file ?? 'the scenario', sorted.map(formatProblem));
    super(text);
    this.name = 'ScenarioError';
    this.problems = sorted;
    this.userMessage = text;
  }
}

/** Problems in reading order: file positions first, top to bottom, then those from `--set`. */
function sortProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
  const rank = (problem: ScenarioProblem) => (problem.set !== undefined ? 2 : problem.line === undefined ? 0 : 1);
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        (a.problem.column ?? 0) - (b.problem.column ?? 0) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}
