/**
 * Simulating from the company's book: no warm-up, the same summary whatever the number of
 * workers (the book travels to worker threads as plain data), and a `book` part with every
 * manager's static payroll and simulated first year.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBook } from '../../src/book/index.js';
import type { BookSummary } from '../../src/engine/book-summary.js';
import { simulate } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/index.js';

const EXAMPLE = fileURLToPath(new URL('../../scenarios/book-example/', import.meta.url));

describe('simulate from scenarios/book-example', () => {
  const book = readBook(EXAMPLE);
  const run = (workers: number) =>
    simulate(loadScenario('scenarios/freight.yaml', { set: ['horizonMonths=14'] }), { runs: 70, seed: 5, workers, scenarioName: 'book', schemes: ['lifetime-commission'], book });

  it('gives a byte-identical summary with 1 and 2 workers', async () => {
    const [one, two] = [await run(1), await run(2)];
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('skips the warm-up and reports every manager under every simulated scheme', async () => {
    const summary = await run(1);
    expect(summary.warmupMonths).toBe(0);
    expect(summary.warmupCheck).toBeUndefined();
    const part = summary.book as BookSummary;
    expect(part.ignored.warmupMonths).toBeGreaterThan(0);
    expect(part.windowMonths).toBe(12);
    expect(part.people).toHaveLength(8);
    expect(part.activeClients).toBe(85);
    expect(part.contractedClients).toBe(35);
    for (const person of part.people) {
      expect(person.schemes.map((s) => s.scheme)).toEqual(['lifetime-commission', 'new-client-bonus']);
      for (const s of person.schemes) {
        expect(s.quitProbability).toBeGreaterThanOrEqual(0);
        expect(s.quitProbability).toBeLessThanOrEqual(1);
        if (s.quitProbability < 1) expect(s.payInAYear?.mean).toBeGreaterThan(0);
        expect(s.revenueLeaving).toBeLessThanOrEqual(person.monthlyRevenue * 2);
      }
    }
    // The first month starts from the book's state: about its 85 active clients.
    const active = summary.schemes[0].monthly.activeClients[0].mean;
    expect(active).toBeGreaterThan(80);
    expect(active).toBeLessThanOrEqual(85 + 35);
  });
});
