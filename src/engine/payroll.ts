/**
 * The static payroll of a book, like the payout replay of commercial compensation
 * tools: this month's book — the export month — paid under the current scheme and, with the same
 * book, under each candidate scheme, before anybody changes what he does. It goes through the
 * same code that pays the simulated managers (primePay → the compiled pay rules and ledger.ts
 * settle), so a payslip from `compsim pay` with the same clients gives the same total (team-wide
 * components aside: the payslip counts only its own clients for them, the replay the whole book).
 *
 * The only rule a switch applies at once is the team's organisation (a scheme's head-count may
 * make a generalist a hunter or a farmer, reorganisation.ts); hand-offs happen in the first simulated
 * month, so here everybody still owns his clients. A scheme with team-wide components pays them
 * on the whole book, as in the month loop.
 */
import { Company } from '../model/company.js';
import { primePay } from '../model/pay-and-value.js';
import { runKey } from '../model/random.js';
import { switchTo } from '../model/reorganisation.js';
import { startFromBook } from './book-start.js';
import type { Experiment } from './protocol.js';

export interface StaticPay {
  scheme: string;
  /** Per manager of the book (its order): role id under the scheme, or null if the scheme leaves him without one. */
  roles: (string | null)[];
  /** Per manager of the book: pay of the export month under the scheme's rules. */
  pay: number[];
}

export interface StaticPayroll {
  current: StaticPay;
  /** One per selected scheme, in the experiment's order. */
  schemes: StaticPay[];
}

/**
 * Replays the book's month under every selected scheme. What the book leaves empty (temperament
 * and skills of some managers, which decide who becomes a hunter under a split) comes from the
 * dice of run `run`, as in that run of the simulation.
 */
export function staticPayroll(experiment: Experiment, run = 0): StaticPayroll {
  const book = experiment.book;
  if (!book) throw new Error('staticPayroll requires an experiment started from a book');
  const company = new Company(experiment.params, runKey(experiment.seed, run), experiment.schemes, experiment.current);
  startFromBook(company, book);
  const managers = book.managers.length;
  const replay = (branch: Company): StaticPay => {
    const out = new Float64Array(branch.team.capacity);
    primePay(branch, 0, out);
    return {
      scheme: branch.scheme.id,
      roles: Array.from({ length: managers }, (_, s) => branch.role(s)?.id ?? null),
      pay: Array.from(out.subarray(0, managers)),
    };
  };
  const current = replay(company.clone());
  const schemes = experiment.selected.map((index) => {
    const branch = company.clone();
    switchTo(branch, experiment.schemes[index], 0);
    return replay(branch);
  });
  return { current, schemes };
}
