/**
 * What every summary must satisfy, whatever scenario produced it: only finite numbers (no NaN,
 * Infinity or null where a number belongs), and statistics that are internally consistent —
 * quantiles in order, the mean inside its confidence interval, shares and probabilities in [0, 1].
 * Returns the problems as `path: what is wrong`, so a failing test names the exact field.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rounding slack: quantile estimates and interval ends are computed separately in floating point. */
function slack(...values: number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

function inOrder(values: number[]): boolean {
  for (let k = 1; k < values.length; k++) if (values[k - 1] > values[k] + slack(values[k - 1], values[k])) return false;
  return true;
}

const has = (value: Record<string, unknown>, keys: string[]): boolean => keys.every((key) => key in value);

/** Problems with the numbers of one object that looks like a Stat, a Distribution or a convergence point. */
function statProblems(value: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  const n = (key: string) => value[key] as number;
  if (has(value, ['mean', 'sd', 'p5', 'p50', 'p95', 'ci95'])) {
    const quantiles = ['p5', 'p25', 'p50', 'p75', 'p95'].filter((key) => key in value).map(n);
    if (!inOrder(quantiles)) problems.push(`${path}: quantiles out of order (${quantiles.join(' ≤ ')})`);
    const ci = value.ci95 as number[];
    if (!Array.isArray(ci) || ci.length !== 2) problems.push(`${path}.ci95: expected [low, high]`);
    else if (!inOrder([ci[0], n('mean'), ci[1]])) problems.push(`${path}: mean ${n('mean')} outside ci95 [${ci[0]}, ${ci[1]}]`);
    if (n('sd') < 0) problems.push(`${path}.sd: negative (${n('sd')})`);
    if ('probBetter' in value && !(n('probBetter') >= 0 && n('probBetter') <= 1)) problems.push(`${path}.probBetter: outside [0, 1]`);
  } else if (has(value, ['mean', 'p5', 'p25', 'p50', 'p75', 'p95', 'count'])) {
    const quantiles = ['p5', 'p25', 'p50', 'p75', 'p95'].map(n);
    if (!inOrder(quantiles)) problems.push(`${path}: quantiles out of order (${quantiles.join(' ≤ ')})`);
  } else if (has(value, ['runs', 'mean', 'lo', 'hi'])) {
    if (!inOrder([n('lo'), n('mean'), n('hi')])) problems.push(`${path}: mean ${n('mean')} outside [${n('lo')}, ${n('hi')}]`);
  }
  return problems;
}

/** Every place in `summary` where a number is not finite, a statistic is inconsistent, or a null sits. */
export function summaryProblems(summary: unknown): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${path}: ${value}`);
    } else if (value === null || value === undefined) {
      problems.push(`${path}: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, k) => walk(item, `${path}[${k}]`));
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        // An optional field left undefined is not written to summary.json at all.
        if (child === undefined) continue;
        // The one field DESIGN allows to be null: no precision target was set.
        if (path === '.precision' && key === 'target' && child === null) continue;
        walk(child, `${path}.${key}`);
      }
      if (!problems.some((problem) => problem.startsWith(path + '.'))) problems.push(...statProblems(value, path || '(top)'));
    }
  };
  walk(summary, '');
  // What summary.json holds (NaN and Infinity are written as null there) must pass too.
  if (problems.length === 0) walk(JSON.parse(JSON.stringify(summary)), '');
  return problems;
}

/**
 * Plain sense about a scheme's results: counts and money that cannot be negative are not, shares
 * are fractions and the time split adds up to 1 (or 0 when nobody worked).
 */
export function senseProblems(summary: {
  schemes: { id: string; totals: Record<string, { mean: number; p5: number }>; end: Record<string, { mean: number; p5: number }>; timeShare: Record<string, { mean: number }> }[];
  comparisons: { probBetter: number }[];
}): string[] {
  const problems: string[] = [];
  for (const scheme of summary.schemes) {
    for (const key of ['revenue', 'margin', 'compCost', 'newContracts', 'activations', 'churnedClients', 'managerQuits', 'clientsLostWithManagers', 'hiringCost', 'uncollected']) {
      const value = scheme.totals[key];
      if (value && value.p5 < 0) problems.push(`${scheme.id}.totals.${key}: negative (p5 ${value.p5})`);
    }
    for (const [key, value] of Object.entries(scheme.end)) if (value.p5 < 0) problems.push(`${scheme.id}.end.${key}: negative (p5 ${value.p5})`);
    if (scheme.totals.margin && scheme.totals.revenue && scheme.totals.margin.mean > scheme.totals.revenue.mean * (1 + 1e-9) + 1e-6) {
      problems.push(`${scheme.id}: margin ${scheme.totals.margin.mean} above revenue ${scheme.totals.revenue.mean}`);
    }
    const shares = Object.values(scheme.timeShare).map((s) => s.mean);
    const total = shares.reduce((a, b) => a + b, 0);
    if (shares.some((s) => s < -1e-12 || s > 1 + 1e-12)) problems.push(`${scheme.id}.timeShare: a share outside [0, 1] (${shares.join(', ')})`);
    if (!(Math.abs(total - 1) < 1e-6 || Math.abs(total) < 1e-12)) problems.push(`${scheme.id}.timeShare: shares add up to ${total}`);
  }
  for (const comparison of summary.comparisons) {
    if (!(comparison.probBetter >= 0 && comparison.probBetter <= 1)) problems.push(`probBetter ${comparison.probBetter} outside [0, 1]`);
  }
  return problems;
}
