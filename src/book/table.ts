import { normalizeName } from './columns.js';
import { tokenizeCsv, type CsvRecord } from './csv.js';
import { messages as englishMessages, type BookMessages } from './messages.js';
import { parseNumber, parseShare } from './numbers.js';
import type { BookProblem } from './problems.js';
import { closeness, closest } from './similar.js';
import type { BookSource } from './types.js';

/**
 * One CSV file of the book as a table: which separator it uses, where its header is, which
 * column holds what, and its data rows. Knows the column specs of books but not what the
 * columns mean; managers.ts and clients.ts give them meaning.
 */

export interface ColumnOf<K extends string> {
  key: K;
  required: boolean;
  aliases: readonly string[];
}

export interface Table<K extends string> {
  file: string;
  separator: BookSource['separator'];
  headerLine: number;
  /** Where each recognised column is, and its header as written in the file. */
  columns: Map<K, { index: number; header: string }>;
  /** Data rows below the header, blank rows and a trailing totals row left out. */
  rows: CsvRecord[];
  /** Rows with more values than the header, already reported and left out of `rows`. */
  misfits: CsvRecord[];
  /** The language its problems are told in. */
  messages: BookMessages;
}

// Tried in this order; on a tie the earlier wins. Semicolon first: it is what Russian Excel and
// 1C write, because the comma is the decimal separator there.
const SEPARATORS = [';', '\t', ','] as const;
// Exports often put a title ("Клиенты на 01.03.2025") above the header; look this far for it.
const HEADER_SEARCH_ROWS = 10;
// 1C and Excel reports end with a totals row that is not a client.
const TOTALS_WORDS = ['итого', 'всего', 'total'];

/**
 * Finds the separator and the header together: the separator is the one under which some row
 * among the first few names the most known columns. Counting characters would be fooled by
 * headers such as "Выручка, руб.;Маржа, руб." and by decimal commas in the data.
 */
export function readTable<K extends string>(
  file: string,
  text: string,
  specs: readonly ColumnOf<K>[],
  problems: BookProblem[],
  messages: BookMessages = englishMessages,
): Table<K> | undefined {
  const lookup = new Map<string, K>();
  for (const spec of specs) for (const alias of spec.aliases) lookup.set(normalizeName(alias), spec.key);

  const readings = SEPARATORS.map((separator) => {
    const parsed = tokenizeCsv(text, separator);
    const records = parsed.records.filter((record) => !isBlank(record));
    return { separator, records, unclosedQuoteLine: parsed.unclosedQuoteLine, ...findHeader(records, lookup), width: records[0]?.fields.length ?? 0 };
  });
  // When no row names a known column, take the separator that splits the first row the most.
  const byScore = (a: (typeof readings)[number], b: (typeof readings)[number]) => b.score - a.score || b.width - a.width;
  const reading = readings.reduce((best, candidate) => (byScore(best, candidate) > 0 ? candidate : best));
  if (reading.records.length === 0) {
    problems.push({ file, message: messages.noHeader() });
    return undefined;
  }
  if (reading.unclosedQuoteLine !== undefined) problems.push({ file, line: reading.unclosedQuoteLine, message: messages.unclosedQuote() });

  const headerRecord = reading.records[reading.header];
  const columns = mapColumns(file, headerRecord, specs, lookup, problems, messages);
  let rows = reading.records.slice(reading.header + 1).filter((record, i, all) => !(i === all.length - 1 && isTotals(record)));
  // The record with the unclosed quote is the last one and holds the rest of the file: checking it only adds noise.
  if (reading.unclosedQuoteLine !== undefined) rows = rows.slice(0, -1);
  // A row with more values than the header has a separator inside an unquoted value, so every
  // value after it sits in the wrong column: report the row once instead of each shifted cell.
  const misfits = rows.filter((row) => row.fields.slice(headerRecord.fields.length).some((value) => value.trim() !== ''));
  for (const row of misfits) problems.push({ file, line: row.line, message: messages.tooManyValues(row.fields.length, headerRecord.fields.length, reading.separator) });
  rows = rows.filter((row) => !misfits.includes(row));
  return { file, separator: reading.separator, headerLine: headerRecord.line, columns, rows, misfits, messages };
}

/** The row among the first few that names the most known columns (the first such row on a tie). */
function findHeader<K>(records: readonly CsvRecord[], lookup: Map<string, K>): { header: number; score: number } {
  let header = 0;
  let score = 0;
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    const keys = new Set(records[i].fields.map((field) => lookup.get(normalizeName(field))).filter((key) => key !== undefined));
    if (keys.size > score) {
      header = i;
      score = keys.size;
    }
  }
  return { header, score };
}

function mapColumns<K extends string>(
  file: string,
  header: CsvRecord,
  specs: readonly ColumnOf<K>[],
  lookup: Map<string, K>,
  problems: BookProblem[],
  messages: BookMessages,
): Map<K, { index: number; header: string }> {
  const columns = new Map<K, { index: number; header: string }>();
  const unrecognised: string[] = [];
  header.fields.forEach((field, index) => {
    const written = field.trim();
    if (written === '') return;
    const key = lookup.get(normalizeName(written));
    if (key === undefined) {
      unrecognised.push(written);
    } else if (columns.has(key)) {
      problems.push({ file, line: header.line, column: key, message: messages.duplicateColumn(written, columns.get(key)!.header) });
    } else {
      columns.set(key, { index, header: written });
    }
  });
  for (const spec of specs) {
    if (!spec.required || columns.has(spec.key)) continue;
    problems.push({ file, line: header.line, column: spec.key, message: messages.missingColumn(spec.aliases, suggestHeader(spec, unrecognised)) });
  }
  return columns;
}

/** The header in the file that most looks like a name of the missing column. */
function suggestHeader(spec: ColumnOf<string>, unrecognised: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const written of unrecognised) {
    for (const alias of spec.aliases) {
      const score = closeness(normalizeName(written), normalizeName(alias));
      if (score !== undefined && score < bestScore) {
        best = written;
        bestScore = score;
      }
    }
  }
  return best;
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

function isTotals(record: CsvRecord): boolean {
  const first = normalizeName(record.fields.find((field) => field.trim() !== '') ?? '');
  return TOTALS_WORDS.some((word) => first === word || first.startsWith(`${word} `));
}

/**
 * What a column may hold. months: a whole number ≥ 0; money: ≥ 0; share: 0..1 or a percentage;
 * multiplier: above 0 and at most 5 (skills are multipliers around 1, so 80 is a typo for 0,8 or 80 %).
 */
export type CellKind = 'months' | 'money' | 'share' | 'multiplier';

/**
 * One data row. Readers return a value, null for an empty optional cell, or undefined when the
 * column is absent or the cell is wrong, in which case the problem is already recorded. Checks
 * that combine cells act only on values, so one wrong cell gives one message, not a cascade.
 */
export class Row<K extends string> {
  constructor(
    private readonly table: Table<K>,
    private readonly record: CsvRecord,
    private readonly problems: BookProblem[],
  ) {}

  get line(): number {
    return this.record.line;
  }

  /** The language its problems are told in (its table's). */
  get messages(): BookMessages {
    return this.table.messages;
  }

  report(key: K, message: string): void {
    const header = this.table.columns.get(key)?.header;
    this.problems.push({ file: this.table.file, line: this.line, column: key, ...(header === undefined ? {} : { header }), message });
  }

  /** The trimmed cell; undefined when the file has no such column. */
  cell(key: K): string | undefined {
    const column = this.table.columns.get(key);
    return column === undefined ? undefined : (this.record.fields[column.index] ?? '').trim();
  }

  text(key: K, required: boolean): string | null | undefined {
    const cell = this.cell(key);
    if (cell === undefined) return undefined;
    if (cell !== '') return cell;
    if (required) this.report(key, this.table.messages.empty());
    return required ? undefined : null;
  }

  number(key: K, kind: CellKind, required: boolean): number | null | undefined {
    const cell = this.text(key, required);
    if (cell === undefined || cell === null) return cell;
    const value = kind === 'share' || kind === 'multiplier' ? parseShare(cell) : parseNumber(cell);
    const messages = this.table.messages;
    const problem = value === undefined ? messages.notANumber(cell) : checkKind(kind, value, cell, messages);
    if (problem === undefined) return value;
    this.report(key, problem);
    return undefined;
  }

  /** A value from a list of accepted words, e.g. a payment behaviour. */
  choice<T>(key: K, lookup: Map<string, T>, accepted: string, required: boolean): T | null | undefined {
    const cell = this.text(key, required);
    if (cell === undefined || cell === null) return cell;
    const value = lookup.get(normalizeName(cell));
    if (value !== undefined) return value;
    this.report(key, this.table.messages.unknownValue(cell, accepted, closest(normalizeName(cell), [...lookup.keys()])));
    return undefined;
  }
}

function checkKind(kind: CellKind, value: number, cell: string, messages: BookMessages): string | undefined {
  switch (kind) {
    case 'months':
      if (value < 0) return messages.negativeMonths(cell);
      return Number.isInteger(value) ? undefined : messages.notWholeMonths(cell);
    case 'money':
      return value < 0 ? messages.negativeMoney(cell) : undefined;
    case 'share':
      return value >= 0 && value <= 1 ? undefined : messages.shareOutOfRange(cell);
    case 'multiplier':
      return value > 0 && value <= 5 ? undefined : messages.multiplierOutOfRange(cell);
  }
}
