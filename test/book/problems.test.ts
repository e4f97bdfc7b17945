import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBook, readBook } from '../../src/book/book.js';
import { BookError, type BookProblem } from '../../src/book/problems.js';

/** The problems parseBook throws for these files (it must throw). */
function problemsOf(managers: string[], clients: string[]): readonly BookProblem[] {
  try {
    parseBook({ managers: managers.join('\r\n'), clients: clients.join('\r\n') });
  } catch (error) {
    expect(error).toBeInstanceOf(BookError);
    return (error as BookError).problems;
  }
  throw new Error('parseBook accepted a bad book');
}

const where = (problems: readonly BookProblem[]) => problems.map((problem) => `${problem.file}:${problem.line ?? ''} ${problem.column ?? ''}`);

const MANAGERS = ['id;name;role;monthsInCompany;monthlyPay', 'M1;Ivanov;generalist;24;55 000', 'M2;Petrova;hunter;6;31 500'];
const CLIENT_HEADER = 'id;name;owner;originator;category;signedMonthsAgo;firstShipmentMonthsAgo;monthlyRevenue;monthlyMargin;payment';

describe('bad rows are all reported at once, with file, line and column', () => {
  const managers = [
    ...MANAGERS,
    'M1;Sidorov;farmer;12;40 000', // line 4: duplicate id
    'M4;;boss;1,5;-100', // line 5: empty name, unknown role, fractional months, negative pay
    'M5;Orlov;farmer;3;30 000;;', // line 6: fine (trailing empty fields)
    'M6;Belov;farmer;3;30 000;x', // line 7: an extra value past the header
  ];
  const clients = [
    CLIENT_HEADER,
    'C1;Acme;M1;M1;3;20;19;300 000;45 000;on-time', // 2: fine
    'C2;Beta;M7;M1;3;10;9;100 000;15 000;вовремя', // 3: unknown owner
    'C3;Gamma;M1;М2;3;10;9;100 000;15 000;вовремя', // 4: originator typed with a Cyrillic М
    'C1;Delta;M1;M1;1;10;9;100 000;15 000;вовремя', // 5: duplicate id, category 1
    'C5;Eps;M2;M2;3;5;;100 000;15 000;late', // 6: active without first shipment
    'C6;Zeta;M2;M2;3;5;8;100 000;15 000;late', // 7: first shipment before signing
    'C7;Eta;M2;M2;2;5;;-10;0;bad', // 8: negative money
    'C8;Theta;M2;M2;3;5;4;100 000;150 000;вовремя', // 9: margin above revenue
    'C9;Iota;M2;M2;3;5;4;100 000;15 000;иногда', // 10: unknown payment
    'C10;Kappa;M2;M2;3;5;4;сто тысяч;15 000;вовремя', // 11: not a number
    'C11;Lambda;M6;M6;3;5;4;1 000;150;вовремя', // 12: fine, its owner's row is reported but the id is known
    'C12;Mu; Ltd;M1;M1;3;5;4;1 000;150;вовремя', // 13: unquoted separator: one problem, not one per shifted cell
  ];
  const problems = problemsOf(managers, clients);

  it('finds every problem in both files, managers.csv first, in line order', () => {
    expect(where(problems)).toEqual([
      'managers.csv:4 id',
      'managers.csv:5 name',
      'managers.csv:5 role',
      'managers.csv:5 monthsInCompany',
      'managers.csv:5 monthlyPay',
      'managers.csv:7 ',
      'clients.csv:3 owner',
      'clients.csv:4 originator',
      'clients.csv:5 id',
      'clients.csv:5 category',
      'clients.csv:6 firstShipmentMonthsAgo',
      'clients.csv:7 firstShipmentMonthsAgo',
      'clients.csv:8 monthlyRevenue',
      'clients.csv:9 monthlyMargin',
      'clients.csv:10 payment',
      'clients.csv:11 monthlyRevenue',
      'clients.csv:13 ',
    ]);
  });

  it('says what is wrong in words a user can act on', () => {
    const message = (file: string, line: number, column?: string) =>
      problems.find((problem) => problem.file === file && problem.line === line && problem.column === column)?.message;
    expect(message('managers.csv', 4, 'id')).toBe('id "M1" is already used on line 2');
    expect(message('managers.csv', 5, 'name')).toBe('is empty; a value is required');
    expect(message('managers.csv', 5, 'role')).toMatch(/^unknown value "boss" \(accepted: generalist \/ менеджер/);
    expect(message('managers.csv', 5, 'monthsInCompany')).toBe('must be a whole number of months, got "1,5"');
    expect(message('managers.csv', 5, 'monthlyPay')).toBe('money must not be negative, got "-100"');
    expect(message('managers.csv', 7)).toBe('row has 6 values but the header has 5; a value that contains ";" must be in double quotes');
    expect(message('clients.csv', 3, 'owner')).toBe('manager "M7" is not in managers.csv');
    expect(message('clients.csv', 4, 'originator')).toBe(
      'manager "М2" is not in managers.csv; did you mean "M2"? (ids must match exactly: letters that look Latin may be Cyrillic)',
    );
    expect(message('clients.csv', 5, 'category')).toMatch(/^category must be 2 .* or 3 .*, got "1"/);
    expect(message('clients.csv', 6, 'firstShipmentMonthsAgo')).toMatch(/^an active client \(category 3\) needs/);
    expect(message('clients.csv', 7, 'firstShipmentMonthsAgo')).toBe('first shipment 8 months ago is before the contract was signed 5 months ago');
    expect(message('clients.csv', 8, 'monthlyRevenue')).toBe('money must not be negative, got "-10"');
    expect(message('clients.csv', 9, 'monthlyMargin')).toBe('margin "150 000" is above revenue "100 000"');
    expect(message('clients.csv', 10, 'payment')).toBe(
      'unknown value "иногда" (accepted: on-time (on time, good, вовремя, в срок, своевременно, хорошо); late (с задержкой, задержка, задерживает, с опозданием); bad (плохо, плохой, не платит, проблемный))',
    );
    expect(message('clients.csv', 11, 'monthlyRevenue')).toBe('"сто тысяч" is not a number');
  });

  it('lists them all in the error message, one per line, in the documented form', () => {
    const error = (() => {
      try {
        parseBook({ managers: managers.join('\n'), clients: clients.join('\n') });
      } catch (caught) {
        return caught as BookError;
      }
    })()!;
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The book has 17 problems:');
    expect(lines).toContain('  clients.csv:3 column "owner": manager "M7" is not in managers.csv');
    expect(lines).toHaveLength(18);
  });
});

describe('headers', () => {
  it('names each missing required column, suggests a close header, and checks the rest of the rows anyway', () => {
    const clients = [
      'Код;Наименование;Ответсвенный;Кто привёл;Категоря;Договор, мес. назад;Первая отгрузка, мес. назад;Выручка без НДС;Маржа;Оплата',
      'C1;Acme;M1;M1;3;20;19;300 000;-5;вовремя',
    ];
    const problems = problemsOf(MANAGERS, clients);
    expect(where(problems)).toEqual(['clients.csv:1 owner', 'clients.csv:1 category', 'clients.csv:1 monthlyRevenue', 'clients.csv:2 monthlyMargin']);
    expect(problems[0].message).toMatch(/^required column is missing; did you mean "Ответсвенный"\? \(accepted names: owner, owner id, менеджер, ответственный/);
    expect(problems[1].message).toMatch(/did you mean "Категоря"\?/);
    expect(problems[2].message).toMatch(/did you mean "Выручка без НДС"\?/);
    // A value in a column the file does have is still checked, and reported under the file's own header.
    expect(problems[3]).toMatchObject({ column: 'monthlyMargin', header: 'Маржа', message: 'money must not be negative, got "-5"' });
  });

  it('reports two headers for the same column', () => {
    const managers = ['id;ФИО;name;role;monthsInCompany;monthlyPay', 'M1;Иванов;Ivanov;generalist;1;1'];
    const problems = problemsOf(managers, [CLIENT_HEADER]);
    expect(problems).toEqual([{ file: 'managers.csv', line: 1, column: 'name', message: 'header "name" names the same column as "ФИО"; keep one of them' }]);
  });

  it('reports an empty file and a quote that never closes', () => {
    const problems = problemsOf(['', ''], [CLIENT_HEADER, 'C1;"Acme;M1;M1;3;20;19;1;1;вовремя', 'C2;B;M1;M1;3;20;19;1;1;вовремя']);
    expect(problems.map((problem) => [problem.file, problem.line, problem.message.slice(0, 30)])).toEqual([
      ['managers.csv', undefined, 'the file is empty: expected a '],
      ['clients.csv', 2, 'a quoted value opens here and '],
    ]);
  });
});

describe('files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compsim-book-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing folder', () => {
    expect(() => readBook(join(dir, 'nope'))).toThrow(`folder not found: ${join(dir, 'nope')}`);
  });

  it('reports a missing file and still checks the other one', () => {
    writeFileSync(join(dir, 'clients.csv'), [CLIENT_HEADER, 'C1;Acme;M1;M1;5;20;19;1;1;вовремя'].join('\n'));
    try {
      readBook(dir);
      expect.unreachable();
    } catch (error) {
      const problems = (error as BookError).problems;
      expect(problems).toEqual([
        { file: 'managers.csv', message: `file not found: ${join(dir, 'managers.csv')}` },
        // Owners cannot be checked without managers.csv, so only the category is reported.
        expect.objectContaining({ file: 'clients.csv', line: 2, column: 'category' }),
      ]);
      expect((error as Error).message.split('\n')[0]).toBe(`The book in ${dir} has 2 problems:`);
    }
  });

  it('reports a file that cannot be read', () => {
    mkdirSync(join(dir, 'managers.csv'));
    expect(() => readBook(dir)).toThrow(/managers\.csv: cannot read .*managers\.csv: EISDIR/);
  });
});

describe('with lang ru the book speaks Russian', () => {
  it('says every problem and the count in Russian, the file, line and column as before', () => {
    const clients = [CLIENT_HEADER, 'C2;Beta;M7;M1;3;10;9;100 000;15 000;вовремя', 'C3;Gamma;M1;M1;5;10;9;100 000;-15 000;вовремя'];
    let text = '';
    try {
      parseBook({ managers: MANAGERS.join('\r\n'), clients: clients.join('\r\n') }, { lang: 'ru' });
    } catch (error) {
      expect(error).toBeInstanceOf(BookError);
      text = (error as BookError).message;
    }
    expect(text.split('\n')).toEqual([
      'В базе 3 ошибки:',
      '  clients.csv:2 столбец "owner": менеджера «M7» нет в managers.csv',
      '  clients.csv:3 столбец "category": категория должна быть 2 (договор подписан, отгрузок мало) или 3 (регулярные отгрузки), а здесь «5»; потенциальным клиентам (категория 1) в базе не место',
      '  clients.csv:3 столбец "monthlyMargin": сумма не может быть отрицательной, а здесь «-15 000»',
    ]);
  });

  it('every English message has its Russian twin', async () => {
    const { BOOK_MESSAGES } = await import('../../src/book/messages.js');
    expect(Object.keys(BOOK_MESSAGES.ru).sort()).toEqual(Object.keys(BOOK_MESSAGES.en).sort());
  });
});
