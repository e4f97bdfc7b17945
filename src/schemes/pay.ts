/**
 * The payslip: what a manager in a role earns in a month under a scheme, line by line. The
 * month loop pays with the same `addClient` and `settle` (see ledger.ts), so this is exactly what
 * the simulated managers are paid.
 */
import type { CompiledScheme } from './compile.js';
import { ACTIVE, CLIENT_MONEY, CONTRACTED, LOST, ORIGINATED_BIT, OWNS_BIT } from '../model/codes.js';
import { addClient, settle } from './ledger.js';
import type { Statement, StatementClient } from './statement.js';

export interface PayLine {
  id: string;
  name: string;
  /** The component's basis this month: money, or a count of contracts/activations. */
  basis: number | null;
  amount: number;
}

export interface PayBreakdown {
  scheme: string;
  role: string;
  lines: PayLine[];
  total: number;
}

const STATES = { contracted: CONTRACTED, active: ACTIVE, lost: LOST } as const;

function relationBits(client: StatementClient): number {
  return (client.owned ? OWNS_BIT : 0) | (client.originated ? ORIGINATED_BIT : 0);
}

/** Pay of one manager for one month, with a line per component that sums to the total. */
export function payFor(scheme: CompiledScheme, roleId: string, statement: Statement): PayBreakdown {
  const role = scheme.roles.find((r) => r.id === roleId);
  if (!role) {
    throw new Error(`scheme "${scheme.id}" has no role "${roleId}" (roles: ${scheme.roles.map((r) => r.id).join(', ')})`);
  }
  const n = role.components.length;
  const sums = new Float64Array(n);
  const clawbacks = new Float64Array(n);
  const money = new Float64Array(CLIENT_MONEY.length);
  for (const client of statement.clients) {
    const state = STATES[client.state];
    const wasActive = client.state === 'active' || (client.state === 'lost' && (client.wasActive ?? client.monthsSinceActivation !== undefined));
    money[CLIENT_MONEY.revenue] = client.revenue;
    money[CLIENT_MONEY.margin] = client.margin;
    money[CLIENT_MONEY.collectedRevenue] = client.collectedRevenue ?? client.revenue;
    money[CLIENT_MONEY.growth] = client.growth;
    addClient(role, sums, clawbacks, 0, true, state, wasActive, client.monthsSinceSigning, client.monthsSinceActivation ?? -1, relationBits(client), money);
  }
  const amounts = new Float64Array(n);
  const total = settle(role, sums, clawbacks, 0, amounts);
  const lines: PayLine[] = [{ id: 'salary', name: 'salary', basis: null, amount: role.salary }];
  let commission = 0;
  role.components.forEach((c, k) => {
    lines.push({ id: c.id, name: c.name, basis: c.perClient ? null : sums[k], amount: amounts[k] });
    commission += amounts[k];
  });
  if (role.salaryIsDraw) {
    // The salary is a floor: commissions first repay it, so the draw line takes it back when they exceed it.
    lines.push({ id: 'draw', name: 'salary repaid from commissions', basis: null, amount: total - role.salary - commission });
  }
  return { scheme: scheme.id, role: role.id, lines, total };
}
