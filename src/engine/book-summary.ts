/**
 * The `book` part of summary.json, written when the runs start from the company's book: the
 * book's totals, what the simulation ignored or assumed because of it, and for every manager his
 * payroll today and under each scheme (static replay), then — from the simulation — his pay in a
 * year, his chance of leaving within it and the revenue of the clients likely to go with him.
 * Every number says where it comes from by the field it sits in: `book.*` from the files,
 * `payNow` from the files through the scheme's rules, the rest from the simulation.
 */
import type { Book, BookClient } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { bookMonths, followProbability, MATURE_SHARE_OF_WALLET } from './book-start.js';
import type { ManagerAccumulator } from './manager-accumulator.js';
import { OUTCOME_MONTHS } from './manager-outcomes.js';
import type { StaticPayroll } from './payroll.js';
import type { Experiment } from './protocol.js';
import type { Stat } from './summary.js';

/** Clients listed per manager as the ones most likely to leave with him. */
export const CLIENTS_AT_RISK_LISTED = 5;

/** Months of recent signings counted in the book, to set against the simulation's pace. */
export const RECENT_SIGNING_MONTHS = 6;

export interface ClientAtRisk {
  id: string;
  name: string;
  monthlyRevenue: number;
  /** Probability that the client follows him if he leaves now (the scenario's follow rule on the relationship's length). */
  followProbability: number;
}

export interface BookManagerScheme {
  scheme: string;
  /** His role under the scheme when it starts (a head-count may change it); null: none. */
  role: string | null;
  /** Static replay: the export month paid by the scheme's rules. */
  payNow: number;
  /** Simulated: his pay in the window's last month, over the runs in which he stayed; null if he never stayed. */
  payInAYear: Stat | null;
  /** Simulated: share of runs in which he left within the window. */
  quitProbability: number;
  /** Simulated: monthly revenue that left with him within the window, averaged over all runs (0 when he stayed). */
  revenueLeaving: number;
}

export interface BookManagerSummary {
  id: string;
  name: string;
  /** From managers.csv. */
  role: string;
  monthsInCompany: number;
  monthlyPay: number;
  temperamentGiven: boolean;
  skillsGiven: boolean;
  /** From clients.csv: the clients he services now. */
  activeClients: number;
  contractedClients: number;
  monthlyRevenue: number;
  monthlyMargin: number;
  /** Monthly revenue expected to follow him if he left now (Σ follow probability × revenue). */
  revenueAtRisk: number;
  clientsAtRisk: ClientAtRisk[];
  /** Static replay under the scheme in force now, to set against the pay managers.csv reports. */
  payNowCurrent: number;
  schemes: BookManagerScheme[];
}

export interface BookSummary {
  sources: { managers: string; clients: string };
  current: string;
  managers: number;
  activeClients: number;
  contractedClients: number;
  monthlyRevenue: number;
  monthlyMargin: number;
  monthlyPay: number;
  /** Months after the switch that "within a year" covers (12, or the horizon if shorter). */
  windowMonths: number;
  /** Scenario numbers a run from the book does not use, as the file had them. */
  ignored: { warmupMonths: number; managers: number; initialActivePerManager: number; initialContractedPerManager: number; initialTenureMonths: number };
  /** What had to be assumed, and how often. */
  assumed: {
    initialShareOfWallet: number;
    matureShareOfWallet: number;
    contractedShareOfWallet: number;
    followMax: number;
    followMonths: number;
    managersWithoutTemperament: number;
    managersWithoutSkills: number;
    clientsWithoutRevenue: number;
    clientsWithoutOriginator: number;
  };
  /**
   * Clients in the book signed within the last RECENT_SIGNING_MONTHS months (the export month
   * included): the company's recent pace of new contracts, a lower bound since clients lost
   * since then are not in the book. The report sets it against the simulation's first months.
   */
  signedRecently: { months: number; clients: number };
  /** Run (1-based) whose dice fill what the book leaves empty in the static payroll. */
  staticRun: number;
  people: BookManagerSummary[];
}

export function bookSummary(experiment: Experiment, given: Scenario, payroll: StaticPayroll, outcomes: ManagerAccumulator | null, level = 0.95): BookSummary {
  const book = experiment.book as Book;
  const clients = experiment.scenario.clients;
  const results = outcomes?.results(level);
  const tenure = new Map(book.managers.map((m) => [m.id, m.monthsInCompany]));
  const follow = (client: BookClient): number => followProbability(-1 - bookMonths(client, tenure.get(client.owner) ?? 0).relationStart, clients);
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

  const people = book.managers.map((manager, j): BookManagerSummary => {
    const own = book.clients.filter((c) => c.owner === manager.id);
    const atRisk = own
      .map((c) => ({ id: c.id, name: c.name, monthlyRevenue: c.monthlyRevenue, followProbability: follow(c) }))
      .sort((a, b) => b.followProbability * b.monthlyRevenue - a.followProbability * a.monthlyRevenue || a.id.localeCompare(b.id));
    return {
      id: manager.id,
      name: manager.name,
      role: manager.role,
      monthsInCompany: manager.monthsInCompany,
      monthlyPay: manager.monthlyPay,
      temperamentGiven: manager.hunterAffinity !== undefined,
      skillsGiven: manager.huntingSkill !== undefined && manager.farmingSkill !== undefined,
      activeClients: own.filter((c) => c.category === 3).length,
      contractedClients: own.filter((c) => c.category === 2).length,
      monthlyRevenue: sum(own.map((c) => c.monthlyRevenue)),
      monthlyMargin: sum(own.map((c) => c.monthlyMargin)),
      revenueAtRisk: sum(atRisk.map((c) => c.followProbability * c.monthlyRevenue)),
      clientsAtRisk: atRisk.filter((c) => c.monthlyRevenue > 0).slice(0, CLIENTS_AT_RISK_LISTED),
      payNowCurrent: payroll.current.pay[j],
      schemes: payroll.schemes.map((paid, k) => ({
        scheme: paid.scheme,
        role: paid.roles[j],
        payNow: paid.pay[j],
        payInAYear: results?.[k][j].payAtEnd ?? null,
        quitProbability: results?.[k][j].quitProbability ?? 0,
        revenueLeaving: results?.[k][j].revenueLeaving ?? 0,
      })),
    };
  });

  return {
    sources: { managers: book.sources.managers.path, clients: book.sources.clients.path },
    current: experiment.current.id,
    managers: book.managers.length,
    activeClients: book.clients.filter((c) => c.category === 3).length,
    contractedClients: book.clients.filter((c) => c.category === 2).length,
    monthlyRevenue: sum(book.clients.map((c) => c.monthlyRevenue)),
    monthlyMargin: sum(book.clients.map((c) => c.monthlyMargin)),
    monthlyPay: sum(book.managers.map((m) => m.monthlyPay)),
    windowMonths: Math.min(OUTCOME_MONTHS, experiment.scenario.horizonMonths),
    ignored: {
      warmupMonths: given.warmupMonths,
      managers: given.team.managers,
      initialActivePerManager: given.team.initialActivePerManager,
      initialContractedPerManager: given.team.initialContractedPerManager,
      initialTenureMonths: given.team.initialTenureMonths,
    },
    assumed: {
      initialShareOfWallet: clients.initialShareOfWallet,
      matureShareOfWallet: Math.max(clients.initialShareOfWallet, MATURE_SHARE_OF_WALLET),
      contractedShareOfWallet: clients.contractedShareOfWallet,
      followMax: clients.followMax,
      followMonths: clients.followMonths,
      managersWithoutTemperament: book.managers.filter((m) => m.hunterAffinity === undefined).length,
      managersWithoutSkills: book.managers.filter((m) => m.huntingSkill === undefined || m.farmingSkill === undefined).length,
      clientsWithoutRevenue: book.clients.filter((c) => !(c.monthlyRevenue > 0)).length,
      clientsWithoutOriginator: book.clients.filter((c) => c.originator === null).length,
    },
    signedRecently: { months: RECENT_SIGNING_MONTHS, clients: book.clients.filter((c) => c.signedMonthsAgo < RECENT_SIGNING_MONTHS).length },
    staticRun: 1,
    people,
  };
}
