/**
 * The static payroll of a book (issue 9), like the payout replay of commercial compensation
 * tools: this month's book — the export month — paid under the current scheme and, with the same
 * book, under each candidate scheme, before anybody changes what he does. It goes through the
 * same code that pays the simulated managers (primePay → the compiled pay rules and ledger.ts
 * settle), so a payslip from `compsim pay` with the same clients gives the same total (team-wide
 * components aside: the payslip counts only its own clients for them, the replay the whole book).
 *
 * The only rule a switch applies at once is the team's organisation (a scheme's head-count may
 * make a generalist a hunter or a farmer, switchTo); hand-offs happen in the first simulated
 * month, so here everybody still owns his clients. A scheme with team-wide components pays them
 * on the whole book, as in the month loop.
 */
import { startFromBook } from './book-start.js';
import type { Experiment } from './protocol.js';
import { runKey } from './random.js';
import { World } from './world.js';
import { primePay } from './pay-and-value.js';

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
  const world = new World(experiment.params, runKey(experiment.seed, run), experiment.schemes, experiment.current);
  startFromBook(world, book);
  const managers = book.managers.length;
  const replay = (branch: World): StaticPay => {
    const out = new Float64Array(branch.team.capacity);
    primePay(branch, 0, out);
    return {
      scheme: branch.scheme.id,
      roles: Array.from({ length: managers }, (_, s) => branch.role(s)?.id ?? null),
      pay: Array.from(out.subarray(0, managers)),
    };
  };
  const current = replay(world.clone());
  const schemes = experiment.selected.map((index) => {
    const branch = world.clone();
    branch.switchTo(experiment.schemes[index], 0);
    return replay(branch);
  });
  return { current, schemes };
}
