import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBook, readBook } from '../../src/book/book.js';
import type { Book } from '../../src/book/types.js';
import { encodeCp1251 } from './cp1251.js';

// The same small book written the ways real exports write it; every variant must read the same.
const MANAGERS_EN = [
  'id,name,role,monthsInCompany,monthlyPay,hunterAffinity,huntingSkill,farmingSkill,notes',
  'M1,Ivanov Ivan,generalist,24,"55 000",0.3,1.1,1.2,"likes his own clients, calls them daily"',
  'M2,Petrova Anna,hunter,6,"31 500,50",,,,',
];
const CLIENTS_EN = [
  'id,name,owner,originator,category,signedMonthsAgo,firstShipmentMonthsAgo,monthlyRevenue,monthlyMargin,payment',
  'C1,"Acme, Ltd",M1,M1,3,20,19,"312 450,5","46 867,58",on-time',
  'C2,"""Beta"" Trans",M1,M2,3,5,4,"100 000","15 000",late',
  'C3,Gamma,M2,M2,2,3,,0,0,bad',
  'C4,Delta,M2,,2,2,1,"12 000,00","1 800,00",on-time',
];
const MANAGERS_RU = [
  'Код;ФИО;Должность;Стаж, мес.;Зарплата в месяц, руб.;Склонность к охоте;Навык охоты;Навык сопровождения;Примечание',
  'M1;Ivanov Ivan;менеджер;24;55\u00a0000,00;0,3;1,1;1,2;"likes his own clients, calls them daily"',
  'M2;Petrova Anna;хантер;6;31\u202f500,50 ₽;;;;',
];
const CLIENTS_RU = [
  'Код;Наименование;Ответственный;Кто привёл;Категория;Договор, мес. назад;Первая отгрузка, мес. назад;Выручка в месяц, руб.;Маржа;Оплата',
  'C1;Acme, Ltd;M1;M1;3;20;19;312 450,50 руб.;46 867,58;вовремя',
  'C2;"""Beta"" Trans";M1;M2;3;5;4;100 000;15 000;с задержкой',
  'C3;Gamma;M2;M2;2;3;;0;0;плохо',
  'C4;Delta;M2;;2;2;1;12 000,00;1 800,00;в срок',
];

const EXPECTED_MANAGERS = [
  { id: 'M1', name: 'Ivanov Ivan', role: 'generalist', monthsInCompany: 24, monthlyPay: 55000, hunterAffinity: 0.3, huntingSkill: 1.1, farmingSkill: 1.2, notes: 'likes his own clients, calls them daily', line: 2 },
  { id: 'M2', name: 'Petrova Anna', role: 'hunter', monthsInCompany: 6, monthlyPay: 31500.5, line: 3 },
];
const EXPECTED_CLIENTS = [
  { id: 'C1', name: 'Acme, Ltd', owner: 'M1', originator: 'M1', category: 3, signedMonthsAgo: 20, firstShipmentMonthsAgo: 19, monthlyRevenue: 312450.5, monthlyMargin: 46867.58, payment: 'on-time', line: 2 },
  { id: 'C2', name: '"Beta" Trans', owner: 'M1', originator: 'M2', category: 3, signedMonthsAgo: 5, firstShipmentMonthsAgo: 4, monthlyRevenue: 100000, monthlyMargin: 15000, payment: 'late', line: 3 },
  { id: 'C3', name: 'Gamma', owner: 'M2', originator: 'M2', category: 2, signedMonthsAgo: 3, firstShipmentMonthsAgo: null, monthlyRevenue: 0, monthlyMargin: 0, payment: 'bad', line: 4 },
  { id: 'C4', name: 'Delta', owner: 'M2', originator: null, category: 2, signedMonthsAgo: 2, firstShipmentMonthsAgo: 1, monthlyRevenue: 12000, monthlyMargin: 1800, payment: 'on-time', line: 5 },
];

const utf8 = (lines: string[], lineEnd = '\n') => new TextEncoder().encode(lines.join(lineEnd) + lineEnd);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

function expectSmallBook(book: Book): void {
  expect(book.managers).toEqual(EXPECTED_MANAGERS);
  expect(book.clients).toEqual(EXPECTED_CLIENTS);
}

describe('parseBook reads every export variant into the same book', () => {
  it('comma-separated, English headers, quoted values with commas and doubled quotes', () => {
    const book = parseBook({ managers: utf8(MANAGERS_EN), clients: utf8(CLIENTS_EN) });
    expectSmallBook(book);
    expect(book.sources.clients).toMatchObject({ separator: ',', encoding: 'utf-8', headerLine: 1 });
  });

  it('semicolon-separated, Russian headers and values, decimal commas, space / no-break / narrow no-break thousands, currency', () => {
    const book = parseBook({ managers: utf8(MANAGERS_RU), clients: utf8(CLIENTS_RU) });
    expectSmallBook(book);
    expect(book.sources.managers.separator).toBe(';');
  });

  it('UTF-8 with a BOM and CRLF line ends and blank trailing lines', () => {
    const managers = withBom(utf8([...MANAGERS_RU, '', ''], '\r\n'));
    const clients = withBom(utf8([...CLIENTS_RU, ';;;;;;;;;', ''], '\r\n'));
    expectSmallBook(parseBook({ managers, clients }));
  });

  it('Windows-1251 bytes', () => {
    const book = parseBook({ managers: encodeCp1251(MANAGERS_RU.join('\r\n').replace('\u202f', ' ').replace(' ₽', '')), clients: encodeCp1251(CLIENTS_RU.join('\r\n')) });
    expectSmallBook(book);
    expect(book.sources.clients.encoding).toBe('windows-1251');
  });

  it('tab-separated (Excel "Unicode text")', () => {
    const tabbed = (lines: string[]) => lines.map((line) => line.replace(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t'));
    expectSmallBook(parseBook({ managers: tabbed(MANAGERS_RU).join('\n'), clients: tabbed(CLIENTS_RU).join('\n') }));
  });

  it('skips a title above the header and a totals row at the bottom, keeping file line numbers', () => {
    const clients = ['Клиенты на 01.03.2025;;;', '', ...CLIENTS_RU, 'Итого;;;;;;;424 450,50;63 667,58;'];
    const book = parseBook({ managers: MANAGERS_RU.join('\n'), clients: clients.join('\n') });
    expect(book.sources.clients.headerLine).toBe(3);
    expect(book.clients.map((client) => client.line)).toEqual([4, 5, 6, 7]);
    expect(book.clients).toHaveLength(4);
  });

  it('accepts a multi-line quoted note and ignores columns it does not know', () => {
    const managers = ['id;name;role;monthsInCompany;monthlyPay;notes;Телефон', 'M1;Ivanov;farmer;1;1000;"first line\nsecond; line";+7 900', 'M2;Petrov;hunter;2;2000;;'];
    const clients = [CLIENTS_RU[0], 'C1;Acme;M2;M2;3;1;0;10;1;вовремя'];
    const book = parseBook({ managers: managers.join('\r\n'), clients: clients.join('\r\n') });
    expect(book.managers[0].notes).toBe('first line\nsecond; line');
    expect(book.managers[1].line).toBe(4);
  });

  it('accepts scenario roles passed by the caller', () => {
    const managers = ['id,name,role,monthsInCompany,monthlyPay', 'M1,A,account-developer,1,1', 'M2,B,хантер,1,1'];
    const clients = [CLIENTS_EN[0]];
    const book = parseBook({ managers: managers.join('\n'), clients: clients.join('\n') }, { roles: ['account-developer', 'hunter'] });
    expect(book.managers.map((manager) => manager.role)).toEqual(['account-developer', 'hunter']);
    expect(book.clients).toEqual([]);
  });
});

describe('readBook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compsim-book-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads managers.csv and clients.csv from a folder, whatever their case', () => {
    writeFileSync(join(dir, 'managers.csv'), withBom(utf8(MANAGERS_RU, '\r\n')));
    writeFileSync(join(dir, 'Clients.CSV'), encodeCp1251(CLIENTS_RU.join('\r\n')));
    const book = readBook(dir);
    expectSmallBook(book);
    expect(book.sources.clients).toEqual({ path: join(dir, 'clients.csv'), encoding: 'windows-1251', separator: ';', headerLine: 1 });
  });
});
