/**
 * `--book DIR`, or the scenario's `book:` key (a folder relative to the scenario file): the
 * company's managers.csv and clients.csv, read before anything is simulated. A book with problems
 * stops the command with every problem listed, file:line and column (src/book/problems.ts).
 * Declared in shared-options.ts.
 */
import { dirname, resolve } from 'node:path';
import { BookError, DEFAULT_ROLES, readBook, type Book } from '../book/index.js';
import type { Scenario } from '../scenario/schema.js';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';

/** The folder the book is read from: --book as given, else the scenario's `book` next to its file; undefined when neither. */
export function bookFolder(args: Record<string, unknown>, scenarioFile: string, scenario: Scenario): string | undefined {
  if (args.book !== undefined) return String(args.book);
  return scenario.book === undefined ? undefined : resolve(dirname(scenarioFile), scenario.book);
}

/**
 * Reads the book for a scenario. Roles accepted: every role of the scenario's schemes and the
 * default ones, so a "хантер" of the CRM is read even when the scheme in force has only
 * generalists (he then starts as one: see book-start.ts).
 */
export function loadBook(folder: string, scenario: Scenario, lang: 'en' | 'ru' = 'en'): Book {
  const roles = [...new Set([...DEFAULT_ROLES, ...scenario.schemes.flatMap((s) => Object.keys(s.roles))])];
  let book: Book;
  try {
    book = readBook(folder, { roles, lang });
  } catch (error) {
    if (error instanceof BookError) throw new UserError(error.message);
    throw error;
  }
  if (book.managers.length === 0) throw new UserError(m.bookWithoutManagers(folder));
  return book;
}

/** One line for the terminal: what the run started from and which scenario numbers it did not use. */
export function bookNote(folder: string, book: Book, scenario: Scenario): string {
  const active = book.clients.filter((c) => c.category === 3).length;
  const contracted = book.clients.length - active;
  const ignored = scenario.warmupMonths > 0 ? { warmupMonths: scenario.warmupMonths, managers: scenario.team.managers } : undefined;
  return m.bookNote(folder, book.managers.length, active, contracted, ignored);
}
