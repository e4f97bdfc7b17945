import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBook } from '../../src/book/book.js';

const EXAMPLE = fileURLToPath(new URL('../../scenarios/book-example/', import.meta.url));

// Totals checked by hand outside compsim: awk over the raw file, summing the 3rd- and 2nd-last
// fields after dropping no-break spaces and turning the decimal comma into a dot, and Python's
// csv module on the same file; both give these numbers.
describe('scenarios/book-example', () => {
  const book = readBook(EXAMPLE);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

  it('has the fictional company: 8 managers, 120 clients (85 active, 35 contracted)', () => {
    expect(book.managers).toHaveLength(8);
    expect(book.clients).toHaveLength(120);
    expect(book.clients.filter((client) => client.category === 3)).toHaveLength(85);
    expect(book.clients.filter((client) => client.category === 2)).toHaveLength(35);
    expect(book.managers.map((manager) => manager.role)).toEqual(['generalist', 'generalist', 'generalist', 'generalist', 'hunter', 'farmer', 'generalist', 'generalist']);
  });

  it('adds up to the hand-checked monthly revenue, margin and payroll', () => {
    expect(sum(book.clients.map((client) => client.monthlyRevenue))).toBeCloseTo(27_639_799.25, 2);
    expect(sum(book.clients.map((client) => client.monthlyMargin))).toBeCloseTo(4_181_439.1, 2);
    expect(sum(book.managers.map((manager) => manager.monthlyPay))).toBeCloseTo(494_200, 2);
  });

  it('is read as a Russian Excel export: UTF-8 with BOM, semicolons', () => {
    expect(book.sources.clients).toMatchObject({ encoding: 'utf-8', separator: ';', headerLine: 1 });
    expect(book.clients[0]).toEqual({
      id: '00-000101',
      name: 'ООО "Агросервис"',
      owner: 'M01',
      originator: 'M01',
      category: 3,
      signedMonthsAgo: 37,
      firstShipmentMonthsAgo: 36,
      monthlyRevenue: 598_000.5,
      monthlyMargin: 90_507.82,
      payment: 'on-time',
      line: 2,
    });
    expect(book.managers[4]).toMatchObject({ id: 'M05', role: 'hunter', hunterAffinity: 0.9, notes: 'Подписывает много договоров,\nдо отгрузок доводит редко' });
    expect(book.managers[6]).not.toHaveProperty('hunterAffinity');
  });

  it('is consistent with DESIGN: margin ≈ 15 % of revenue, active clients ship a few hundred thousand a month', () => {
    const active = book.clients.filter((client) => client.category === 3).map((client) => client.monthlyRevenue).sort((a, b) => a - b);
    expect(sum(book.clients.map((client) => client.monthlyMargin)) / sum(book.clients.map((client) => client.monthlyRevenue))).toBeCloseTo(0.15, 2);
    expect(active[Math.floor(active.length / 2)]).toBeGreaterThan(200_000);
    expect(active[Math.floor(active.length / 2)]).toBeLessThan(400_000);
  });
});
