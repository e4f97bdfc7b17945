/**
 * An RFC 4180 tokenizer: fields separated by one character, records by CRLF, LF or a lone CR;
 * a field in double quotes may hold separators, line breaks and doubled quotes ("" = ").
 * It knows nothing about books: it only splits text and remembers on which physical line each
 * record starts, because every message to the user is about a line of the file he can open.
 *
 * It is lenient where spreadsheets are sloppy and RFC 4180 is silent: a quote inside an unquoted
 * field is kept as a character, text after a closing quote is appended, and blanks before an
 * opening quote (`a, "b; c"`) are dropped. Only a quote that never closes is reported, since
 * then the rest of the file has been swallowed into one field.
 */

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
}

export interface CsvText {
  records: CsvRecord[];
  /** Line of a quote that opens a field and is never closed, if any. */
  unclosedQuoteLine?: number;
}

export function tokenizeCsv(text: string, separator: string): CsvText {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;

  const endField = (): void => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const isLineBreak = char === '\n' || char === '\r';
    // CRLF counts as one line break wherever it appears.
    if (char === '\r' && text[i + 1] === '\n') i++;

    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else if (isLineBreak) {
        field += '\n';
        line++;
      } else {
        field += char;
      }
    } else if (char === '"' && !wasQuoted && field.trim() === '') {
      inQuotes = true;
      wasQuoted = true;
      quoteLine = line;
      field = '';
    } else if (char === separator) {
      endField();
    } else if (isLineBreak) {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }

  // The last record has no line break after it, unless the file ends with one (then nothing is pending).
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return inQuotes ? { records, unclosedQuoteLine: quoteLine } : { records };
}
