import { describe, expect, it } from 'vitest';
import { tokenizeCsv } from '../../src/book/csv.js';

describe('tokenizeCsv', () => {
  it('splits on the given separator and keeps empty fields', () => {
    expect(tokenizeCsv('a;b;;d\n1;2;3;4\n', ';').records).toEqual([
      { line: 1, fields: ['a', 'b', '', 'd'] },
      { line: 2, fields: ['1', '2', '3', '4'] },
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks (RFC 4180)', () => {
    const text = 'id,name,notes\r\n1,"Acme, Ltd","say ""hi""\r\nsecond line"\r\n2,Beta,x\r\n';
    const { records } = tokenizeCsv(text, ',');
    expect(records).toEqual([
      { line: 1, fields: ['id', 'name', 'notes'] },
      { line: 2, fields: ['1', 'Acme, Ltd', 'say "hi"\nsecond line'] },
      // The quoted line break moved this record to line 4 of the file.
      { line: 4, fields: ['2', 'Beta', 'x'] },
    ]);
  });

  it('treats CRLF, LF and a lone CR as one line break each, and drops nothing at a missing final newline', () => {
    const { records } = tokenizeCsv('a\r\nb\nc\rd', ',');
    expect(records.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('keeps blank lines as empty records so the lines of later records stay right', () => {
    const { records } = tokenizeCsv('a\n\nb\n\n\n', ',');
    expect(records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['b'] },
      { line: 4, fields: [''] },
      { line: 5, fields: [''] },
    ]);
  });

  it('is lenient with stray quotes the way spreadsheets are', () => {
    const { records, unclosedQuoteLine } = tokenizeCsv('ООО "Ромашка";  "a;b" ;"x"y\n', ';');
    expect(records[0].fields).toEqual(['ООО "Ромашка"', 'a;b ', 'xy']);
    expect(unclosedQuoteLine).toBeUndefined();
  });

  it('reports the line where a quote opens and never closes', () => {
    const { unclosedQuoteLine } = tokenizeCsv('a;b\n1;2\n3;"oops\n4;5\n', ';');
    expect(unclosedQuoteLine).toBe(3);
  });
});
