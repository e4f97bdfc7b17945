/**
 * A role's pay rules compiled into a small JavaScript function for the month loop, which adds
 * every client's month to its manager's component sums (about 70 000 client-months a run).
 * The generic `addClient` (ledger.ts) walks the role's components and re-reads each component's
 * relation, windows, state filter and basis for every client; the kernel has them written in as
 * constants, so a client costs a handful of integer comparisons and additions.
 *
 * The kernel does exactly what `addClient` does, in the same order and with the same floating-
 * point operations (per-client schedules call the same `applySchedule`), so the month loop pays
 * to the last bit what the payslip calculator (`compsim pay`, which uses `addClient`) pays: the
 * test in test/schemes/compiled-vs-payslip.test.ts checks it on random schemes and statements.
 * The source is built only from the compiled role's numbers (never from user text), and a role
 * is compiled once per experiment (kernels are cached per role object).
 */
import type { CompiledComponent, CompiledRole } from './compile.js';
import {
  ACTIVATIONS, ACTIVE, COLLECTED_MARGIN, COLLECTED_REVENUE, CONTRACTED, COUNTS_ACTIVE, COUNTS_CONTRACTED, CREDIT, GROWTH, LOST, MARGIN,
  NEW_CONTRACTS, ORIGINATED, ORIGINATED_BIT, OWNED, OWNS_BIT, REVENUE, TEAM, TRAILING, VOLUME_REACHED,
} from '../model/codes.js';
import { applySchedule } from './schedule.js';

/** `addClient` for one role, with the role and `includeTeam` fixed (same arguments otherwise). */
export type PayKernel = (
  sums: Float64Array,
  clawbacks: Float64Array,
  offset: number,
  state: number,
  wasActive: boolean,
  monthsSinceSigning: number,
  monthsSinceActivation: number,
  relationBits: number,
  money: Float64Array,
) => void;

const kernels = new WeakMap<CompiledRole, [PayKernel | undefined, PayKernel | undefined]>();

/** The role's pay kernel (compiled on first use). Team-wide components count only with `includeTeam`. */
export function payKernel(role: CompiledRole, includeTeam: boolean): PayKernel {
  let pair = kernels.get(role);
  if (!pair) kernels.set(role, (pair = [undefined, undefined]));
  const k = includeTeam ? 1 : 0;
  return (pair[k] ??= compilePayKernel(role, includeTeam));
}

/** A number as a JavaScript literal that reads back as the same number. */
export function literal(x: number): string {
  if (Number.isNaN(x)) throw new Error('pay kernel: NaN in a compiled role');
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return Object.is(x, -0) ? '-0' : `(${String(x)})`;
}

/** relationMatches(c.relation, relationBits) as an expression on `relationBits`. */
export function relationTest(relation: number): string {
  switch (relation) {
    case OWNED:
      return `(relationBits & ${OWNS_BIT}) !== 0`;
    case ORIGINATED:
      return `(relationBits & ${ORIGINATED_BIT}) !== 0`;
    case TRAILING:
      return `relationBits === ${ORIGINATED_BIT}`;
    case CREDIT:
      return `(relationBits & ${OWNS_BIT | ORIGINATED_BIT}) !== 0`;
    default:
      return 'true';
  }
}

/** creditShare(c, relationBits) as an expression (only for a credit split). */
export function creditShareOf(c: CompiledComponent): string {
  return `(((relationBits & ${OWNS_BIT}) !== 0 ? ${literal(c.creditOwner)} : 0) + ((relationBits & ${ORIGINATED_BIT}) !== 0 ? ${literal(c.creditOriginator)} : 0))`;
}

/** componentMatches(c, state, …) as an expression, for a state that is contracted or active. */
function matchTest(c: CompiledComponent): string {
  const tests = [relationTest(c.relation), `since >= ${literal(c.signingFrom)}`, `since < ${literal(c.signingTo)}`];
  if (c.basis === NEW_CONTRACTS) tests.push('since === 0');
  else if (c.basis === ACTIVATIONS) tests.push(`state === ${ACTIVE}`, 'sinceActivation === 0');
  else if (c.basis === VOLUME_REACHED) tests.push(`state === ${ACTIVE}`, `revenue >= ${literal(c.volume)}`, `peakRevenue < ${literal(c.volume)}`);
  else {
    if ((c.stateMask & COUNTS_CONTRACTED) === 0) tests.push(`state !== ${CONTRACTED}`);
    if ((c.stateMask & COUNTS_ACTIVE) === 0) tests.push(`state !== ${ACTIVE}`);
    if (c.needsActivation) {
      tests.push(`state === ${ACTIVE}`, `sinceActivation >= ${literal(c.activationFrom)}`, `sinceActivation < ${literal(c.activationTo)}`);
    }
  }
  return tests.join(' && ');
}

/** basisAmount(c, …) as an expression. */
function amountOf(c: CompiledComponent): string {
  switch (c.basis) {
    case REVENUE:
      return 'revenue';
    case MARGIN:
      return 'margin';
    case COLLECTED_REVENUE:
      return 'collectedRevenue';
    case COLLECTED_MARGIN:
      return '(margin - (revenue - collectedRevenue))';
    case GROWTH:
      return 'growth';
    default:
      return '1';
  }
}

/** clawbackApplies(c, …) as an expression, or null when it can never apply. */
function clawbackTest(c: CompiledComponent): string | null {
  if (!(c.clawbackMonths > 0)) return null;
  const relation = relationTest(c.relation);
  if (c.basis === NEW_CONTRACTS) {
    return c.signingFrom === 0 ? `${relation} && since < ${literal(c.clawbackMonths)}` : null;
  }
  if (c.basis === ACTIVATIONS) {
    return (
      `${relation} && wasActive && since - sinceActivation >= ${literal(c.signingFrom)} && ` +
      `since - sinceActivation < ${literal(c.signingTo)} && sinceActivation < ${literal(c.clawbackMonths)}`
    );
  }
  return null;
}

function compilePayKernel(role: CompiledRole, includeTeam: boolean): PayKernel {
  const lost: string[] = [];
  const live: string[] = [];
  role.components.forEach((c, k) => {
    if (!includeTeam && c.relation === TEAM) return;
    const clawback = clawbackTest(c);
    if (clawback) lost.push(`if (${clawback}) clawbacks[offset + ${k}] += ${c.relation === CREDIT ? creditShareOf(c) : '1'};`);
    const whole = c.relation === CREDIT ? `${amountOf(c)} * ${creditShareOf(c)}` : amountOf(c);
    const amount = c.perClient ? `applySchedule(components[${k}], ${whole})` : whole;
    live.push(`if (${matchTest(c)}) sums[offset + ${k}] += ${amount};`);
  });
  const source = `
    return function payKernel(sums, clawbacks, offset, state, wasActive, since, sinceActivation, relationBits, money) {
      if (state === ${LOST}) {
        ${lost.join('\n        ')}
        return;
      }
      if (state !== ${CONTRACTED} && state !== ${ACTIVE}) return;
      const revenue = money[0];
      const margin = money[1];
      const collectedRevenue = money[2];
      const growth = money[3];
      const peakRevenue = money[4];
      ${live.join('\n      ')}
    };`;
  return new Function('applySchedule', 'components', source)(applySchedule, role.components) as PayKernel;
}
