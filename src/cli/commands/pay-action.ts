/** What `compsim pay` does (the command is declared in pay.ts): the payslip, as a table or JSON. */
import { loadScenario } from '../../scenario/index.js';
import { compileScheme } from '../../schemes/compile.js';
import { payFor, type PayBreakdown } from '../../schemes/pay.js';
import { loadStatement } from '../../schemes/load-statement.js';
import { messages as m } from '../messages.js';
import { readTextFile } from '../read-text.js';
import { setArguments } from '../shared-options.js';
import { UserError } from '../user-error.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function payslipTable(breakdown: PayBreakdown, currency: string): string {
  const months = breakdown.months;
  const header = months ? m.payslipMonthsHeader(months.map((month) => month.month), currency) : m.payslipHeader(currency);
  const rows = breakdown.lines.map((line, j) =>
    months
      ? [line.name, ...months.map((month) => number.format(month.lines[j].amount)), number.format(line.amount)]
      : [line.name, line.basis === null ? '' : number.format(line.basis), number.format(line.amount)],
  );
  rows.push(months ? [m.payslipTotal(), ...months.map((month) => number.format(month.total)), number.format(breakdown.total)] : [m.payslipTotal(), '', number.format(breakdown.total)]);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]): string => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  const quotas = (breakdown.quotas ?? []).map((q) =>
    m.payslipQuota(q.name, number.format(q.quota), number.format(q.result), percent.format(q.attainment), q.nextQuota === null ? null : number.format(q.nextQuota)),
  );
  return [m.payslipTitle(breakdown.scheme, breakdown.role), line(header), ...rows.map(line), ...quotas].join('\n');
}

export async function payAction(args: Record<string, unknown>): Promise<number> {
  const scenario = loadScenario(String(args.scenario), { set: setArguments(args.set) });
  const scheme = scenario.schemes.find((s) => s.id === args.scheme);
  if (!scheme) throw new UserError(m.unknownScheme(String(args.scheme), String(args.scenario), scenario.schemes.map((s) => s.id)));
  if (!(String(args.role) in scheme.roles)) throw new UserError(m.unknownRole(scheme.id, String(args.role), Object.keys(scheme.roles)));
  const file = String(args.statement);
  const text = readTextFile(file, m.statement(), 5 * 1024 * 1024);
  const statement = loadStatement(text, file);
  const role = scheme.roles[String(args.role)];
  const withQuota = role.pay.filter((c) => c.quota !== undefined).map((c) => c.id);
  for (const id of Object.keys(statement.quota ?? {})) {
    if (!withQuota.includes(id)) throw new UserError(m.statementQuotaUnknown(file, id, scheme.id, String(args.role), withQuota));
  }
  // A scheme with a changeover protects against the current scheme's rules.
  const current = scenario.schemes.find((s) => s.id === scenario.current);
  if (statement.roleAtSwitch !== undefined && current && !(statement.roleAtSwitch in current.roles)) {
    throw new UserError(m.statementRoleAtSwitchUnknown(file, statement.roleAtSwitch, current.id, Object.keys(current.roles)));
  }
  const old = scheme.changeover && current ? compileScheme(current, scenario.team.hiringLagMonths) : undefined;
  const breakdown = payFor(compileScheme(scheme, scenario.team.hiringLagMonths), String(args.role), statement, old);
  process.stdout.write((args.json ? JSON.stringify(breakdown, null, 2) : payslipTable(breakdown, scenario.currency)) + '\n');
  return 0;
}
