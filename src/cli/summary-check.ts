/**
 * `compsim report` reads a summary.json that anybody may have edited or mixed up with another
 * JSON file. Before drawing from it we check the DESIGN §6 fields the report relies on and name
 * the first one that is missing or of the wrong kind, instead of failing deep in the charts.
 */

const DESIGN_TOTALS = ['revenue', 'margin', 'compCost', 'netProfit', 'newContracts', 'activations', 'churnedClients', 'managerQuits', 'clientsLostWithManagers'];
const DESIGN_END = ['activeClients', 'contractedClients', 'stuckContracted'];
const ACTIVITIES = ['hunt', 'activate', 'farm'];

type Check = (value: unknown) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const found = (value: unknown): string =>
  value === undefined ? 'nothing' : value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value);

const number: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? null : `expected a number, found ${found(value)}`);
const text: Check = (value) => (typeof value === 'string' ? null : `expected a text, found ${found(value)}`);
const stat: Check = (value) => {
  if (!isObject(value)) return `expected a statistic {mean, sd, p5, p50, p95, ci95}, found ${found(value)}`;
  for (const key of ['mean', 'sd', 'p5', 'p50', 'p95']) if (number(value[key]) !== null) return `${key}: ${number(value[key])}`;
  const ci = value.ci95;
  return Array.isArray(ci) && ci.length === 2 && ci.every((x) => number(x) === null) ? null : `ci95: expected two numbers [low, high], found ${found(ci)}`;
};

/** The first problem as `path: what was expected, found what` ('' path for the whole file), or null when the summary can be drawn. */
export function summaryProblem(summary: unknown): { path: string; message: string } | null {
  const problem = firstProblem(summary);
  if (problem === null) return null;
  const colon = problem.indexOf(': ');
  return problem.startsWith('expected') ? { path: '', message: problem } : { path: problem.slice(0, colon), message: problem.slice(colon + 2) };
}

function firstProblem(summary: unknown): string | null {
  if (!isObject(summary)) return `expected a summary.json written by compsim run (an object), found ${found(summary)}`;
  if (summary.version !== 1) return `version: expected 1 (a summary.json written by compsim run), found ${found(summary.version)}`;
  const top: [string, Check][] = [['scenario', text], ['baseline', text], ['seed', number], ['runs', number], ['months', number]];
  for (const [key, check] of top) {
    const problem = check(summary[key]);
    if (problem) return `${key}: ${problem}`;
  }
  const schemes = summary.schemes;
  if (!Array.isArray(schemes) || schemes.length === 0) return `schemes: expected a list of at least one scheme, found ${found(schemes)}`;
  for (const [k, scheme] of schemes.entries()) {
    const where = `schemes[${k}]`;
    if (!isObject(scheme)) return `${where}: expected a scheme, found ${found(scheme)}`;
    for (const key of ['id', 'name']) if (text(scheme[key])) return `${where}.${key}: ${text(scheme[key])}`;
    const sections: [string, string[]][] = [['totals', DESIGN_TOTALS], ['end', DESIGN_END], ['timeShare', ACTIVITIES]];
    for (const [section, keys] of sections) {
      const part = scheme[section];
      if (!isObject(part)) return `${where}.${section}: expected an object of statistics, found ${found(part)}`;
      for (const key of keys) if (stat(part[key])) return `${where}.${section}.${key}: ${stat(part[key])}`;
    }
    if (stat(scheme.managerMonthlyPay)) return `${where}.managerMonthlyPay: ${stat(scheme.managerMonthlyPay)}`;
    if (!isObject(scheme.monthly)) return `${where}.monthly: expected an object of monthly statistics, found ${found(scheme.monthly)}`;
    if (!Array.isArray(scheme.roles)) return `${where}.roles: expected a list, found ${found(scheme.roles)}`;
  }
  if (!Array.isArray(summary.comparisons)) return `comparisons: expected a list, found ${found(summary.comparisons)}`;
  for (const [k, comparison] of summary.comparisons.entries()) {
    if (!isObject(comparison)) return `comparisons[${k}]: expected a comparison, found ${found(comparison)}`;
    if (stat(comparison.netProfitDiff)) return `comparisons[${k}].netProfitDiff: ${stat(comparison.netProfitDiff)}`;
    if (number(comparison.probBetter)) return `comparisons[${k}].probBetter: ${number(comparison.probBetter)}`;
  }
  return null;
}
