/**
 * The month loop values active clients with a kernel compiled per role (valuation-kernel.ts);
 * it must give exactly what the generic activeClientValue gives, for every kind of component.
 */
import { describe, expect, it } from 'vitest';
import { uniform } from '../../src/model/random.js';
import { ACTIVE_CLIENT, activeClientValue, cumulativeDiscount } from '../../src/model/valuation.js';
import { valueKernel } from '../../src/model/valuation-kernel.js';
import { BASES, RELATIONS, SchemeSchema } from '../../src/scenario/schema.js';
import { compileScheme, type CompiledRole } from '../../src/schemes/compile.js';
import { ORIGINATED_BIT as ORIGINATED, OWNS_BIT as OWNS } from '../../src/model/codes.js';

const dice = (n: number, salt: number) => (k: number) => uniform(0x7a1e, salt, n, 0, k);

function roleOf(pay: unknown[]): CompiledRole {
  return compileScheme(SchemeSchema.parse({ id: 'x', name: 'X', roles: { manager: { salary: 10_000, pay } } }), 2).roles[0];
}

function randomRole(n: number): CompiledRole {
  const u = dice(n, 1);
  const pay = Array.from({ length: 1 + Math.floor(u(0) * 5) }, (_, c) => {
    const v = (k: number) => u(1 + c * 16 + k);
    const basis = BASES[Math.floor(v(0) * BASES.length)];
    const window = (k: number) => (v(k) < 0.5 ? undefined : { from: Math.floor(v(k + 1) * 6), ...(v(k + 2) < 0.5 ? {} : { to: 7 + Math.floor(v(k + 3) * 30) }) });
    return {
      id: `k${c}`,
      basis,
      ...(v(12) < 0.2 ? { credit: { owner: 0.7, originator: 0.3 } } : { relation: RELATIONS[Math.floor(v(1) * RELATIONS.length)] }),
      state: (['contracted', 'active', 'any'] as const)[Math.floor(v(2) * 3)],
      rate: basis === 'newContracts' || basis === 'activations' ? 5000 : v(3) * 0.3,
      ...(window(4) ? { monthsSinceSigning: window(4) } : {}),
      ...(window(8) ? { monthsSinceActivation: window(8) } : {}),
    };
  });
  return roleOf(pay);
}

describe('the compiled valuation of an active client', () => {
  const cumulative = cumulativeDiscount(0.97, 60);

  it('equals activeClientValue to the last bit on 500 random roles and clients', () => {
    const expected = new Float64Array(2);
    const actual = new Float64Array(2);
    const client = new Float64Array(ACTIVE_CLIENT.length);
    for (let n = 0; n < 500; n++) {
      const role = randomRole(n);
      const u = dice(n, 2);
      const rates = Float64Array.from({ length: 2 + role.components.length }, (_, k) => (u(k) < 0.15 ? 0 : u(10 + k) * 0.2));
      const sinceSigning = Math.floor(u(20) * 70) - 2;
      const sinceActivation = u(21) < 0.1 ? -1 : Math.floor(u(22) * (sinceSigning + 3));
      client[ACTIVE_CLIENT.margin] = u(23) * 100_000;
      client[ACTIVE_CLIENT.marginRate] = 0.01 + u(24) * 0.4;
      client[ACTIVE_CLIENT.uncollectedShare] = u(25) < 0.5 ? 0 : u(26) * 0.3;
      const bits = [0, OWNS, ORIGINATED, OWNS | ORIGINATED][Math.floor(u(27) * 4)];
      activeClientValue(role, rates, 2, bits, sinceSigning, sinceActivation, client, cumulative, expected);
      valueKernel(role)(rates, 2, bits, sinceSigning, sinceActivation, client, cumulative, actual);
      expect([actual[0], actual[1]], `role ${n}`).toEqual([expected[0], expected[1]]);
    }
  });

  it('values a flat margin commission as rate × margin × the discounted months left (worked by hand)', () => {
    // 10 % of margin on owned clients, no window: level = 0.1 · Σ_{t<3} 0.5^t · margin = 0.1 · 1.75 · 20 000.
    const role = roleOf([{ id: 'c', basis: 'margin', rate: 0.1 }]);
    const out = new Float64Array(2);
    const client = Float64Array.from([20_000, 0.2, 0]);
    valueKernel(role)(Float64Array.of(0.1), 0, OWNS, 12, 6, client, cumulativeDiscount(0.5, 3), out);
    expect(out[0]).toBeCloseTo(3500, 9);
    expect(out[1]).toBeCloseTo(0.175, 12);
    // A client he did not bring in and does not own counts nothing.
    valueKernel(role)(Float64Array.of(0.1), 0, ORIGINATED, 12, 6, client, cumulativeDiscount(0.5, 3), out);
    expect([out[0], out[1]]).toEqual([0, 0]);
  });
});
