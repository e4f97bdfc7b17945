/**
 * The company's book of business as read from its own CSV exports: who sells, which
 * clients they hold, what those clients ship and pay today. The simulation starts from this state
 * instead of a warm-up, so every field here is something a CRM or a spreadsheet actually has.
 */

/** How a client pays its invoices (good / late / bad payer: docs/model.md, "Company state"). */
export type PaymentBehaviour = 'on-time' | 'late' | 'bad';

/**
 * The thread's categories present in a book: 2 = contract signed but ships little or nothing
 * ("almost a client"), 3 = ships regularly. Prospects (category 1) are not in a book: they are
 * the market the scenario describes.
 */
export type ClientCategory = 2 | 3;

/** Roles a book accepts when the caller does not pass the scenario's own list. */
export const DEFAULT_ROLES = ['generalist', 'hunter', 'farmer', 'developer'] as const;

export interface BookManager {
  id: string;
  name: string;
  /** A role id: one of DEFAULT_ROLES or of the roles passed to readBook. */
  role: string;
  /** Tenure: whole months in the company (new hires ramp up: docs/model.md, "People"). */
  monthsInCompany: number;
  /** Current monthly pay, salary and bonus together, in the scenario's currency. */
  monthlyPay: number;
  /** Temperament, 0..1: 1 = a born hunter, 0 = prefers his own portfolio. Absent = scenario default. */
  hunterAffinity?: number;
  /** Multiplier around 1 on the scenario's hunting response. Absent = scenario default. */
  huntingSkill?: number;
  /** Multiplier around 1 on the scenario's farming response. Absent = scenario default. */
  farmingSkill?: number;
  notes?: string;
  /** Line of managers.csv this manager came from, so later messages can point back at it. */
  line: number;
}

export interface BookClient {
  id: string;
  name: string;
  /** Id of the manager who services the client now. */
  owner: string;
  /** Id of the manager who brought the client in; null = brought in by someone no longer here. */
  originator: string | null;
  category: ClientCategory;
  /** Whole months since the contract was signed (0 = this month). */
  signedMonthsAgo: number;
  /** Whole months since the first shipment; null when the client has not shipped yet. */
  firstShipmentMonthsAgo: number | null;
  /** Average monthly revenue over the last months, in the scenario's currency. */
  monthlyRevenue: number;
  /** Average monthly gross margin over the same months; never above revenue. */
  monthlyMargin: number;
  payment: PaymentBehaviour;
  /** Line of clients.csv this client came from. */
  line: number;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

/** How one file was read, so a report can say where its numbers came from. */
export interface BookSource {
  /** File name as given to readBook/parseBook (e.g. "clients.csv"), or its path when read from disk. */
  path: string;
  encoding: TextEncodingName;
  separator: ',' | ';' | '\t';
  /** Line of the header row (rows above it, such as a report title, are skipped). */
  headerLine: number;
}

export interface Book {
  managers: BookManager[];
  clients: BookClient[];
  sources: { managers: BookSource; clients: BookSource };
}
