/**
 * `compsim pay <scenario> --scheme ID --role ROLE --statement FILE`: the payslip calculator —
 * what a manager with this month's clients earns under a scheme, line by line. The month loop
 * pays simulated managers with exactly the same code.
 */
import type { CommandModule } from '../command.js';
import { loadScenario } from '../../scenario/index.js';
import { compileScheme } from '../../schemes/compile.js';
import { payFor, type PayBreakdown } from '../../schemes/pay.js';
import { loadStatement } from '../../schemes/load-statement.js';
import { readTextFile } from '../read-text.js';
import { UserError } from '../user-error.js';
import { setArguments, withExamples, withSetOption } from './validate.js';

const EXAMPLES: [string, string][] = [
  [
    'compsim pay scenarios/freight.yaml --scheme threshold-promotion --role hunter --statement scenarios/statements/hunter-700k.yaml',
    'The thread\'s hunter with 700 000 turnover: 70 000',
  ],
  ['compsim pay scenarios/freight.yaml --scheme new-client-bonus --role generalist --statement scenarios/statements/generalist.yaml --json', 'As JSON'],
];

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function payslipTable(breakdown: PayBreakdown, currency: string): string {
  const rows = breakdown.lines.map((line) => [line.name, line.basis === null ? '' : number.format(line.basis), number.format(line.amount)]);
  rows.push(['total', '', number.format(breakdown.total)]);
  const header = ['line', 'basis', `pay, ${currency}`];
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]): string => cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  return [`${breakdown.scheme} / ${breakdown.role}`, line(header), ...rows.map(line)].join('\n');
}

export const payCommand: CommandModule = {
  command: 'pay <scenario>',
  describe: 'Payslip calculator: what one manager\'s month pays under a scheme, line by line',
  builder: (yargs) =>
    withExamples(
      withSetOption(yargs.positional('scenario', { type: 'string', describe: 'Scenario file (YAML or JSON)', demandOption: true }))
        .option('scheme', { type: 'string', requiresArg: true, demandOption: true, describe: 'Scheme id' })
        .option('role', { type: 'string', requiresArg: true, demandOption: true, describe: 'Role id within the scheme' })
        .option('statement', { type: 'string', requiresArg: true, demandOption: true, describe: 'Statement file (YAML or JSON): the manager\'s clients this month' })
        .option('json', { type: 'boolean', default: false, describe: 'Print JSON instead of a table' }),
      EXAMPLES,
    ),
  handler: async (args) => {
    const scenario = loadScenario(String(args.scenario), { set: setArguments(args.set) });
    const scheme = scenario.schemes.find((s) => s.id === args.scheme);
    if (!scheme) {
      throw new UserError(`--scheme: no scheme "${String(args.scheme)}" in ${String(args.scenario)}; expected one of ${scenario.schemes.map((s) => s.id).join(', ')}`);
    }
    if (!(String(args.role) in scheme.roles)) {
      throw new UserError(`--role: scheme "${scheme.id}" has no role "${String(args.role)}"; expected one of ${Object.keys(scheme.roles).join(', ')}`);
    }
    const file = String(args.statement);
    const text = readTextFile(file, 'statement', 5 * 1024 * 1024);
    const statement = loadStatement(text, file);
    const breakdown = payFor(compileScheme(scheme, scenario.team.hiringLagMonths), String(args.role), statement);
    process.stdout.write((args.json ? JSON.stringify(breakdown, null, 2) : payslipTable(breakdown, scenario.currency)) + '\n');
    return 0;
  },
  examples: EXAMPLES,
};
