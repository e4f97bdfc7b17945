/**
 * Credit splits, one-off bonuses and a protected changeover, payslips worked by hand (compsim
 * pay's payFor, which the month loop shares: ledger.ts settle, changeover.ts). The changeover's
 * old rules are the bundled current scheme, new-client-bonus: salary 20 000, 30 % of the margin of
 * clients he brought in during their first 6 months, 1.5 % of the margin of his clients from month 6.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { SchemeSchema, type Scheme } from '../../src/scenario/schema.js';
import { compileScheme, type CompiledScheme } from '../../src/schemes/compile.js';
import { payFor, type PayBreakdown } from '../../src/schemes/pay.js';
import type { Statement, StatementClient } from '../../src/schemes/statement.js';

const freight = loadScenario('scenarios/freight.yaml');
const spec = (id: string): Scheme => structuredClone(freight.schemes.find((s) => s.id === id)!);
const compiled = (scheme: Scheme): CompiledScheme => compileScheme(SchemeSchema.parse(scheme), 2);
const current = compiled(spec('new-client-bonus'));
const line = (pay: PayBreakdown, id: string, month?: number): number =>
  (month === undefined ? pay.lines : pay.months![month].lines).find((l) => l.id === id)!.amount;

const client = (id: string, margin: number, since: number, extra: Partial<StatementClient> = {}): StatementClient => ({
  id, state: 'active', revenue: margin * 6, margin, growth: 0, monthsSinceSigning: since, monthsSinceActivation: Math.max(0, since - 1), owned: true, originated: true, ...extra,
});

describe('a credit split', () => {
  const split = compiled({
    id: 'split', name: 'Split', roles: { farmer: { salary: 0, pay: [{ id: 'shared', basis: 'margin', rate: 0.05, credit: { owner: 0.7, originator: 0.3 } }] } },
  } as unknown as Scheme);
  it('credits 70 % of a client to its owner and 30 % to its originator, all of it to one who is both', () => {
    const statement: Statement = {
      clients: [
        client('both', 100_000, 10), // owner and originator: (0.7 + 0.3) · 0.05 · 100 000 = 5 000
        client('serviced', 200_000, 10, { originated: false }), // owner only: 0.7 · 0.05 · 200 000 = 7 000
        client('brought', 100_000, 10, { owned: false }), // originator only: 0.3 · 0.05 · 100 000 = 1 500
      ],
    };
    expect(payFor(split, 'farmer', statement).total).toBeCloseTo(13_500, 9);
  });
});

describe('a one-off bonus within a window counted from the event', () => {
  const bonus = compiled({
    id: 'one-off', name: 'One-off', roles: { hunter: { salary: 0, pay: [{ id: 'quick', basis: 'activations', rate: 20_000, monthsSinceSigning: { to: 3 } }] } },
  } as unknown as Scheme);
  it('pays 20 000 for a contract activated within 3 months of signing, nothing for one activated later', () => {
    const inside = payFor(bonus, 'hunter', { clients: [client('quick', 50_000, 2, { monthsSinceActivation: 0 })] });
    const outside = payFor(bonus, 'hunter', { clients: [client('slow', 50_000, 4, { monthsSinceActivation: 0 })] });
    expect(inside.total).toBe(20_000);
    expect(outside.total).toBe(0);
  });
});

describe('a one-off bonus for a client\'s first month above a volume', () => {
  const milestone = compiled({
    id: 'milestone', name: 'Milestone', roles: { farmer: { salary: 0, pay: [{ id: 'big', basis: 'volumeReached', volume: 500_000, rate: 30_000 }] } },
  } as unknown as Scheme);
  const reaching = (revenue: number, peakRevenue: number): StatementClient => ({ ...client('c', revenue / 6, 10), revenue, peakRevenue });
  it('pays 30 000 the first month a client ships 500 000 or more, never again', () => {
    expect(payFor(milestone, 'farmer', { clients: [reaching(600_000, 400_000)] }).total).toBe(30_000); // first time above
    expect(payFor(milestone, 'farmer', { clients: [reaching(600_000, 550_000)] }).total).toBe(0); // reached before
    expect(payFor(milestone, 'farmer', { clients: [reaching(450_000, 0)] }).total).toBe(0); // not yet
    expect(payFor(milestone, 'farmer', { clients: [reaching(500_000, 0), reaching(700_000, 100_000)] }).total).toBe(60_000); // two clients, at the volume counts
  });
});

describe('a hold-harmless changeover (hunter-farmer-split, 3 months, a hunter who was a generalist)', () => {
  const protectedSplit = spec('hunter-farmer-split');
  protectedSplit.changeover = { protect: 'holdHarmless', months: 3 };
  const scheme = compiled(protectedSplit);
  // An old client of 300 000 margin signed 20 months before the switch, and a client he signed 2 months
  // before it that starts shipping 40 000 in the switch month.
  const months: Statement['months'] = [0, 1, 2, 3].map((m) => ({
    clients: [client('old', 300_000, 20 + m), client('new', 40_000, 2 + m, { monthsSinceActivation: m })],
  }));
  const pay = payFor(scheme, 'hunter', { months, monthsSinceSwitch: 0, roleAtSwitch: 'generalist' }, current);

  it('in the switch month the new rules pay more: 42 000, no top-up', () => {
    // New: 20 000 + 30 % · 40 000 + 10 000 for the activation = 42 000. Old: 20 000 + 12 000 + 1.5 % · 300 000 = 36 500.
    expect(pay.months![0].total).toBe(42_000);
    expect(line(pay, 'protection', 0)).toBe(0);
  });

  it('a month later the old rules pay more: 36 500, a top-up of 4 500', () => {
    // New: 20 000 + 12 000 = 32 000 (no activation bonus); old: 36 500.
    expect(pay.months![1].total).toBe(36_500);
    expect(line(pay, 'protection', 1)).toBe(4_500);
    expect(pay.months![2].total).toBe(36_500);
  });

  it('after the 3 months the new rules alone: 32 000', () => {
    expect(pay.months![3].total).toBe(32_000);
    expect(line(pay, 'protection', 3)).toBe(0);
  });

  it('a declining blend pays w · old + (1 − w) · new, w = (3 − t) / 3', () => {
    const blended = spec('hunter-farmer-split');
    blended.changeover = { protect: 'blend', months: 3 };
    const blend = payFor(compiled(blended), 'hunter', { months, monthsSinceSwitch: 0, roleAtSwitch: 'generalist' }, current);
    // t = 0: all old, 36 500 (less than the new 42 000); t = 1: ⅔ · 36 500 + ⅓ · 32 000 = 35 000; t = 2: ⅓ · 36 500 + ⅔ · 32 000 = 33 500; then 32 000.
    const totals = blend.months!.map((m) => m.total);
    expect(totals[0]).toBeCloseTo(36_500, 9);
    expect(totals[1]).toBeCloseTo(35_000, 9);
    expect(totals[2]).toBeCloseTo(33_500, 9);
    expect(totals[3]).toBe(32_000);
  });
});

describe('grandfathering (hunter-farmer-split, clients signed before the switch under the old rules for 12 months)', () => {
  const grandfathered = spec('hunter-farmer-split');
  grandfathered.changeover = { grandfatherMonths: 12 };
  const scheme = compiled(grandfathered);
  // The old client (signed 20 months before the switch) and one he signs in the switch month (contracted, no margin yet).
  const month: Statement = { clients: [client('old', 300_000, 20), client('signed-now', 0, 0, { state: 'contracted', monthsSinceActivation: undefined })] };

  it('pays the old servicing commission on the old client beside the new salary: 24 500', () => {
    const pay = payFor(scheme, 'hunter', { ...month, monthsSinceSwitch: 0, roleAtSwitch: 'generalist' }, current);
    // Hunter's salary 20 000; the old client under new-client-bonus: 1.5 % · 300 000 = 4 500; the new one under the new rules: 30 % · 0.
    expect(pay.total).toBe(24_500);
    expect(line(pay, 'grandfathered')).toBe(4_500);
  });

  it('after the 12 months the old client is under the new rules: 20 000', () => {
    const later: Statement = { clients: [client('old', 300_000, 32)], monthsSinceSwitch: 12, roleAtSwitch: 'generalist' };
    expect(payFor(scheme, 'hunter', later, current).total).toBe(20_000);
  });
});
