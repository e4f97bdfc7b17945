/**
 * `activeClientValue` (valuation.ts) compiled for one role: the month loop values every active
 * client for its manager every month, and the generic function re-reads every component's basis,
 * relation and windows each time. The kernel has them written in as constants and performs the
 * same floating-point operations in the same order, so it returns the same numbers to the last
 * bit (test/model/valuation-kernel.test.ts compares both on random roles and clients).
 * The source is built only from the compiled role's numbers; kernels are cached per role object.
 */
import type { CompiledComponent, CompiledRole } from '../schemes/compile.js';
import { COLLECTED_MARGIN, COLLECTED_REVENUE, COUNTS_ACTIVE, CREDIT, GROWTH, MARGIN, REVENUE } from './codes.js';
import { creditShareOf, literal, relationTest } from '../schemes/pay-kernel.js';
import type { activeClientValue } from './valuation.js';

/** `activeClientValue` with the role fixed (same arguments otherwise). */
export type ValueKernel = typeof activeClientValue extends (role: CompiledRole, ...rest: infer Rest) => void ? (...rest: Rest) => void : never;

const kernels = new WeakMap<CompiledRole, ValueKernel>();

/** The role's active-client valuation kernel (compiled on first use). */
export function valueKernel(role: CompiledRole): ValueKernel {
  let kernel = kernels.get(role);
  if (!kernel) kernels.set(role, (kernel = compileValueKernel(role)));
  return kernel;
}

/** basisPerMargin(c, marginRate, uncollectedShare) as an expression. */
function perMarginOf(c: CompiledComponent): string {
  switch (c.basis) {
    case REVENUE:
      return '(1 / marginRate)';
    case MARGIN:
      return '1';
    case COLLECTED_REVENUE:
      return '((1 - uncollectedShare) / marginRate)';
    case COLLECTED_MARGIN:
      return '(1 - uncollectedShare / marginRate)';
    default:
      return '0';
  }
}

function compileValueKernel(role: CompiledRole): ValueKernel {
  const parts: string[] = [];
  role.components.forEach((c, k) => {
    if (c.isCount || (c.stateMask & COUNTS_ACTIVE) === 0) return;
    const activation = c.needsActivation
      ? `{
          const activationAge = sinceActivation < 0 ? 0 : sinceActivation;
          lo = Math.max(lo, ${literal(c.activationFrom)} - activationAge);
          hi = Math.min(hi, ${literal(c.activationTo)} - activationAge);
        }`
      : '';
    const perMargin = perMarginOf(c);
    parts.push(`{
      const rate = rates[ratesOffset + ${k}];
      if (rate !== 0 && ${relationTest(c.relation)}) {
        let lo = ${literal(c.signingFrom)} - sinceSigning;
        let hi = ${literal(c.signingTo)} - sinceSigning;
        ${activation}
        if (lo < 0) lo = 0;
        if (hi > horizon) hi = horizon;
        const weight = (hi > lo ? cumulative[hi] - cumulative[lo] : 0) * rate${c.relation === CREDIT ? ` * ${creditShareOf(c)}` : ''};
        if (weight !== 0) {
          level += weight * ${perMargin};
          perMargin += weight * ${c.basis === GROWTH ? '1' : perMargin};
        }
      }
    }`);
  });
  const source = `
    return function valueKernel(rates, ratesOffset, relationBits, sinceSigning, sinceActivation, client, cumulative, out) {
      const marginRate = client[1];
      const uncollectedShare = client[2];
      const horizon = cumulative.length - 1;
      let level = 0;
      let perMargin = 0;
      ${parts.join('\n      ')}
      out[0] = level * client[0];
      out[1] = perMargin;
    };`;
  return new Function(source)() as ValueKernel;
}
