/**
 * Every sentence a user may read about his book, in one place (like vega-lite's src/log), so
 * wording stays consistent and a translation has one file to cover. Values are quoted as written
 * in the file, so the user can search for them.
 */
export const messages = {
  folderNotFound: (dir: string) => `folder not found: ${dir}`,
  notAFolder: (dir: string) => `not a folder: ${dir}`,
  fileNotFound: (path: string) => `file not found: ${path}`,
  fileUnreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  noHeader: () => 'the file is empty: expected a header row with column names',
  noRows: () => 'no managers below the header: a book needs at least one manager',
  unclosedQuote: () => 'a quoted value opens here and never closes (a missing "?), so the rest of the file was read as one value',
  missingColumn: (accepted: readonly string[], suggestion: string | undefined) =>
    `required column is missing${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (accepted names: ${accepted.join(', ')})`,
  duplicateColumn: (header: string, first: string) => `header "${header}" names the same column as "${first}"; keep one of them`,
  tooManyValues: (count: number, expected: number, separator: string) =>
    `row has ${count} values but the header has ${expected}; a value that contains ${separatorName(separator)} must be in double quotes`,
  empty: () => 'is empty; a value is required',
  notANumber: (text: string) => `"${text}" is not a number`,
  notWholeMonths: (text: string) => `must be a whole number of months, got "${text}"`,
  negativeMoney: (text: string) => `money must not be negative, got "${text}"`,
  negativeMonths: (text: string) => `months must not be negative, got "${text}"`,
  shareOutOfRange: (text: string) => `must be between 0 and 1 (or 0 % and 100 %), got "${text}"`,
  multiplierOutOfRange: (text: string) => `must be a multiplier above 0 and at most 5 (1 = an average manager), got "${text}"`,
  duplicateId: (id: string, firstLine: number) => `id "${id}" is already used on line ${firstLine}`,
  unknownManager: (id: string, lookalike: string | undefined) =>
    `manager "${id}" is not in managers.csv${lookalike === undefined ? '' : `; did you mean "${lookalike}"? (ids must match exactly: letters that look Latin may be Cyrillic)`}`,
  unknownCategory: (text: string) =>
    `category must be 2 (contract signed, ships little) or 3 (ships regularly), got "${text}"; prospects (category 1) do not belong in the book`,
  activeWithoutFirstShipment: () => 'an active client (category 3) needs the months since its first shipment; fill it in or set category 2',
  firstShipmentBeforeSigning: (firstShipment: number, signed: number) =>
    `first shipment ${firstShipment} months ago is before the contract was signed ${signed} months ago`,
  marginAboveRevenue: (margin: string, revenue: string) => `margin "${margin}" is above revenue "${revenue}"`,
  unknownValue: (text: string, accepted: string, suggestion: string | undefined) =>
    `unknown value "${text}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`} (accepted: ${accepted})`,
};

function separatorName(separator: string): string {
  if (separator === '\t') return 'a tab';
  return `"${separator}"`;
}
