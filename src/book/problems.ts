/**
 * Every problem found in a book is collected, never thrown on the spot: an analyst fixing an
 * export wants the whole list at once, not one error per attempt.
 */

import { messages, type BookMessages } from './messages.js';

export interface BookProblem {
  /** File name, e.g. "clients.csv" (or the folder, when the folder itself is missing). */
  file: string;
  /** 1-based physical line of the file; absent for problems with the whole file. */
  line?: number;
  /** Canonical column name (e.g. "owner"); absent for problems with a whole row or file. */
  column?: string;
  /** The column's header as written in the file, when it differs from the canonical name. */
  header?: string;
  message: string;
}

/** `clients.csv:14 column "owner": manager "M7" is not in managers.csv` */
export function formatProblem(problem: BookProblem, m: BookMessages = messages): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.column !== undefined) {
    const header = problem.header !== undefined && problem.header !== problem.column ? `"${problem.header}" (${problem.column})` : `"${problem.column}"`;
    where += ` ${m.column()} ${header}`;
  }
  return `${where}: ${problem.message}`;
}

/** Thrown by readBook/parseBook when the files are not clean; nothing may be simulated then. */
export class BookError extends Error {
  readonly problems: readonly BookProblem[];

  constructor(problems: readonly BookProblem[], where?: string, m: BookMessages = messages) {
    const title = m.title(m.problemCount(problems.length), where);
    super([title, ...problems.map((problem) => `  ${formatProblem(problem, m)}`)].join('\n'));
    this.name = 'BookError';
    this.problems = problems;
  }
}
