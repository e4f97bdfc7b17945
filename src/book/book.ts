import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readClients } from './clients.js';
import { CLIENT_COLUMNS, MANAGER_COLUMNS } from './columns.js';
import { decodeText } from './decode.js';
import { readManagers } from './managers.js';
import { BOOK_MESSAGES, type BookLang, type BookMessages } from './messages.js';
import { BookError, type BookProblem } from './problems.js';
import { readTable } from './table.js';
import { DEFAULT_ROLES, type Book, type BookSource } from './types.js';

export const MANAGERS_FILE = 'managers.csv';
export const CLIENTS_FILE = 'clients.csv';

export interface BookOptions {
  /** Role ids a manager may have (the scenario's roles); default DEFAULT_ROLES. */
  roles?: readonly string[];
  /** The language of the problems (default en). */
  lang?: BookLang;
}

/** A file's content: raw bytes (the encoding is detected) or text already decoded. */
export type BookFileContent = Uint8Array | string;

/**
 * Reads managers.csv and clients.csv from `dir` (synchronously: two small files, read once before
 * a run, and a sync API keeps the caller free of await). Returns the book, or throws a BookError
 * listing every problem in both files; nothing should be simulated from a book that is not clean.
 */
export function readBook(dir: string, options: BookOptions = {}): Book {
  const messages = BOOK_MESSAGES[options.lang ?? 'en'];
  const folderProblem = checkFolder(dir, messages);
  if (folderProblem !== undefined) throw new BookError([folderProblem], dir, messages);

  const problems: BookProblem[] = [];
  const read = (file: string): Uint8Array | undefined => {
    const path = join(dir, findFile(dir, file));
    try {
      return readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file, message: code === 'ENOENT' ? messages.fileNotFound(path) : messages.fileUnreadable(path, (error as Error).message) });
      return undefined;
    }
  };
  const managers = read(MANAGERS_FILE);
  const clients = read(CLIENTS_FILE);
  return assemble({ managers, clients }, options, problems, dir);
}

/**
 * Parses a book from file contents already in memory (tests, uploads); same checks and errors as
 * readBook. Bytes are decoded as readBook does; text is taken as already decoded (sources say utf-8).
 */
export function parseBook(files: { managers: BookFileContent; clients: BookFileContent }, options: BookOptions = {}): Book {
  return assemble(files, options, [], undefined);
}

function assemble(
  files: { managers: BookFileContent | undefined; clients: BookFileContent | undefined },
  options: BookOptions,
  problems: BookProblem[],
  dir: string | undefined,
): Book {
  const messages = BOOK_MESSAGES[options.lang ?? 'en'];
  const managersFile = files.managers === undefined ? undefined : decode(MANAGERS_FILE, files.managers);
  const clientsFile = files.clients === undefined ? undefined : decode(CLIENTS_FILE, files.clients);

  const managersTable = managersFile && readTable(MANAGERS_FILE, managersFile.text, MANAGER_COLUMNS, problems, messages);
  const { managers, ids } = managersTable ? readManagers(managersTable, options.roles ?? DEFAULT_ROLES, problems) : { managers: [], ids: undefined };
  // Without a usable id column every owner would be "unknown"; the header problem already says why.
  const knownIds = managersTable?.columns.has('id') ? ids : undefined;

  const clientsTable = clientsFile && readTable(CLIENTS_FILE, clientsFile.text, CLIENT_COLUMNS, problems, messages);
  const clients = clientsTable ? readClients(clientsTable, knownIds, problems) : [];

  if (problems.length > 0 || !managersTable || !clientsTable) throw new BookError(sortProblems(problems), dir, messages);
  const source = (path: string, table: typeof managersTable | typeof clientsTable, encoding: BookSource['encoding']): BookSource => ({
    path: dir === undefined ? path : join(dir, path),
    encoding,
    separator: table.separator,
    headerLine: table.headerLine,
  });
  return {
    managers,
    clients,
    sources: {
      managers: source(MANAGERS_FILE, managersTable, managersFile!.encoding),
      clients: source(CLIENTS_FILE, clientsTable, clientsFile!.encoding),
    },
  };
}

function decode(file: string, content: BookFileContent): { text: string; encoding: BookSource['encoding'] } {
  // Text handed in is already decoded; only a BOM left in it by the caller is dropped.
  return typeof content === 'string' ? { text: content.replace(/^\uFEFF/, ''), encoding: 'utf-8' } : decodeText(content);
}

function checkFolder(dir: string, messages: BookMessages): BookProblem | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : { file: dir, message: messages.notAFolder(dir) };
  } catch {
    return { file: dir, message: messages.folderNotFound(dir) };
  }
}

/** The exact name, or else a name differing only in case ("Clients.CSV" saved on Windows). */
function findFile(dir: string, file: string): string {
  try {
    const names = readdirSync(dir);
    return names.includes(file) ? file : (names.find((name) => name.toLowerCase() === file) ?? file);
  } catch {
    return file;
  }
}

/** managers.csv before clients.csv, each by line; file-wide problems first. Stable otherwise. */
function sortProblems(problems: BookProblem[]): BookProblem[] {
  const fileOrder = (file: string) => (file === MANAGERS_FILE ? 0 : file === CLIENTS_FILE ? 1 : -1);
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => fileOrder(a.problem.file) - fileOrder(b.problem.file) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}
