/**
 * The payslip: what a manager in a role earns in a month (or in each month of his period so
 * far) under a scheme, line by line. The
 * month loop pays with the same `addClient` and `settle` (see ledger.ts), so this is exactly what
 * the simulated managers are paid.
 */
import type { CompiledRole, CompiledScheme } from './compile.js';
import { ACTIVE, CLIENT_MONEY, CONTRACTED, LOST, ORIGINATED_BIT, OWNS_BIT } from '../model/codes.js';
import { Changeover } from './changeover.js';
import { addClient, monthsLeftAfter, settle, type PeriodState } from './ledger.js';
import { startingQuota } from './schedule.js';
import { statementMonths, type Statement, type StatementClient } from './statement.js';

export interface PayLine {
  id: string;
  name: string;
  /** The component's basis this month (or over the months): money, or a count of contracts/activations. */
  basis: number | null;
  amount: number;
}

/** One month of a statement of several: its calendar month (1 = January), its lines and its total. */
export interface PayMonth {
  month: number;
  lines: PayLine[];
  total: number;
}

/** A component measured against a quota: the quota this period, the result so far, and the next period's quota when the period ended. */
export interface QuotaLine {
  id: string;
  name: string;
  quota: number;
  result: number;
  attainment: number;
  /** The quota of the next period (a ratchet may raise it), when the statement ends its period; else null. */
  nextQuota: number | null;
}

export interface PayBreakdown {
  scheme: string;
  role: string;
  /** One line per component: the month's pay, or with several months their sum. */
  lines: PayLine[];
  total: number;
  /** With a statement of several months: each month's payslip. */
  months?: PayMonth[];
  /** Components with a quota: where the manager stands. */
  quotas?: QuotaLine[];
}

const STATES = { contracted: CONTRACTED, active: ACTIVE, lost: LOST } as const;

function relationBits(client: StatementClient): number {
  return (client.owned ? OWNS_BIT : 0) | (client.originated ? ORIGINATED_BIT : 0);
}

/**
 * Pay of one manager for the statement's month, or for each of its months in turn with his
 * periods carried from month to month exactly as the month loop carries them (ledger.ts
 * PeriodState): a line per component that sums to the total, and each month's payslip.
 */
export function payFor(scheme: CompiledScheme, roleId: string, statement: Statement, oldScheme?: CompiledScheme): PayBreakdown {
  const role = scheme.roles.find((r) => r.id === roleId);
  if (!role) {
    throw new Error(`scheme "${scheme.id}" has no role "${roleId}" (roles: ${scheme.roles.map((r) => r.id).join(', ')})`);
  }
  const n = role.components.length;
  const periods: PeriodState = {
    toDate: new Float64Array(n),
    paid: new Float64Array(n),
    measured: new Float64Array(n),
    quota: Float64Array.from(role.components, (c) => statement.quota?.[c.id] ?? NaN),
    calendarMonth: 0,
  };
  const months = statementMonths(statement);
  const changeover = changeoverFor(scheme, role, statement, oldScheme);
  const fromMonth = (statement.fromMonth ?? 1) - 1;
  const payslips: PayMonth[] = [];
  const quotas = new Map<string, QuotaLine>();
  for (let m = 0; m < months.length; m++) {
    periods.calendarMonth = (fromMonth + m) % 12;
    const quotaBefore = Float64Array.from(periods.quota);
    const toDateBefore = Float64Array.from(periods.toDate);
    const measuredBefore = Float64Array.from(periods.measured);
    const { lines, total, sums } = payMonth(role, months[m], periods, changeover && { ...changeover, month: (statement.monthsSinceSwitch ?? 0) + m });
    payslips.push({ month: periods.calendarMonth + 1, lines, total });
    role.components.forEach((c, k) => {
      if (!c.hasQuota) return;
      const ended = monthsLeftAfter(c, periods.calendarMonth) === 0;
      // The quota of his part of the period (pro-rated when he is measured for only some of its months, as pay is).
      const full = Number.isNaN(quotaBefore[k]) ? startingQuota(c, sums[k]) : quotaBefore[k];
      const quota = (full * (measuredBefore[k] + 1 + monthsLeftAfter(c, periods.calendarMonth))) / c.periodMonths;
      const result = toDateBefore[k] + sums[k];
      quotas.set(c.id, { id: c.id, name: c.name, quota, result, attainment: quota > 0 ? result / quota : 0, nextQuota: ended ? periods.quota[k] : null });
    });
  }
  if (payslips.length === 1 && !statement.months) {
    const only = payslips[0];
    return { scheme: scheme.id, role: role.id, lines: only.lines, total: only.total, ...(quotas.size > 0 ? { quotas: [...quotas.values()] } : {}) };
  }
  const lines = payslips[0].lines.map((line, j) => ({
    ...line,
    basis: line.basis === null ? null : payslips.reduce((sum, month) => sum + (month.lines[j].basis ?? 0), 0),
    amount: payslips.reduce((sum, month) => sum + month.lines[j].amount, 0),
  }));
  const total = payslips.reduce((sum, month) => sum + month.total, 0);
  return { scheme: scheme.id, role: role.id, lines, total, months: payslips, ...(quotas.size > 0 ? { quotas: [...quotas.values()] } : {}) };
}

/** The changeover of a statement that says when the switch was: the old scheme's rules and the role whose rules protect him. */
interface StatementChangeover {
  changeover: Changeover;
  oldRole: CompiledRole;
  oldRoleIndex: number;
}

function changeoverFor(scheme: CompiledScheme, role: CompiledRole, statement: Statement, oldScheme: CompiledScheme | undefined): StatementChangeover | null {
  if (!scheme.changeover || !oldScheme || statement.monthsSinceSwitch === undefined) return null;
  const changeover = new Changeover(1, Math.max(1, ...oldScheme.roles.map((r) => r.components.length)));
  const named = statement.roleAtSwitch ?? role.id;
  const found = oldScheme.roles.findIndex((r) => r.id === named);
  const oldRoleIndex = found >= 0 ? found : oldScheme.entryRole;
  changeover.begin(scheme, oldScheme, [], Int32Array.of(0), Int32Array.of(oldRoleIndex), 0);
  return { changeover, oldRole: oldScheme.roles[oldRoleIndex], oldRoleIndex };
}

function payMonth(
  role: CompiledRole,
  clients: StatementClient[],
  periods: PeriodState,
  protection: (StatementChangeover & { month: number }) | null,
): { lines: PayLine[]; total: number; sums: Float64Array } {
  const n = role.components.length;
  const sums = new Float64Array(n);
  const clawbacks = new Float64Array(n);
  const money = new Float64Array(CLIENT_MONEY.length);
  const co = protection?.changeover;
  const month = protection?.month ?? 0;
  co?.beginMonth();
  for (const client of clients) {
    const state = STATES[client.state];
    const wasActive = client.state === 'active' || (client.state === 'lost' && (client.wasActive ?? client.monthsSinceActivation !== undefined));
    money[CLIENT_MONEY.revenue] = client.revenue;
    money[CLIENT_MONEY.margin] = client.margin;
    money[CLIENT_MONEY.collectedRevenue] = client.collectedRevenue ?? client.revenue;
    money[CLIENT_MONEY.growth] = client.growth;
    money[CLIENT_MONEY.peakRevenue] = client.peakRevenue ?? 0;
    const since = client.monthsSinceSigning;
    const activation = client.monthsSinceActivation ?? -1;
    const bits = relationBits(client);
    // A client signed before the switch (more months ago than the switch) is grandfathered while that lasts.
    if (co && co.grandfathers(month) && since > month) {
      addClient(protection.oldRole, co.grandfatheredSums, co.grandfatheredClawbacks, 0, false, state, wasActive, since, activation, bits, money);
    } else {
      addClient(role, sums, clawbacks, 0, true, state, wasActive, since, activation, bits, money);
    }
    if (co && co.protects(month)) addClient(protection.oldRole, co.shadowSums, co.shadowClawbacks, 0, false, state, wasActive, since, activation, bits, money);
  }
  const amounts = new Float64Array(n);
  const newRules = settle(role, sums, clawbacks, 0, amounts, 0, periods);
  const total = co && co.activeAt(month) ? co.settle(0, protection.oldRoleIndex, newRules, month, 0) : newRules;
  const lines: PayLine[] = [{ id: 'salary', name: 'salary', basis: null, amount: role.salary }];
  let commission = 0;
  role.components.forEach((c, k) => {
    lines.push({ id: c.id, name: c.name, basis: c.perClient ? null : sums[k], amount: amounts[k] });
    commission += amounts[k];
  });
  if (role.salaryIsDraw) {
    // The salary is a floor: commissions first repay it, so the draw line takes it back when they exceed it.
    lines.push({ id: 'draw', name: 'salary repaid from commissions', basis: null, amount: newRules - role.salary - commission });
  }
  if (co) {
    // The changeover's lines: the old rules' commissions on grandfathered clients, then the protection's top-up (or, in a blend, its difference).
    lines.push({ id: 'grandfathered', name: 'old rules on clients signed before the switch', basis: null, amount: co.activeAt(month) ? co.unprotected[0] - newRules : 0 });
    lines.push({ id: 'protection', name: 'changeover protection', basis: null, amount: co.activeAt(month) ? total - co.unprotected[0] : 0 });
  }
  return { lines, total, sums };
}
