/**
 * Where a run's time goes, from a V8 CPU profile (`node:inspector`): each sampled function's own
 * time is put into one part of the model, by the compiled file it lives in and, for files that
 * mix parts, its name. The parts say what the time is spent per: per client-month (the loops over
 * the book), per manager-month, or per run (statistics), so the bench can show how far the
 * engine could get if the per-client loops cost nothing at all.
 *
 * A profile names the compiled JavaScript (dist/…/*.js) and, for the pay and valuation rules
 * compiled at run time with `new Function`, no file at all. Time the rules below do not claim
 * (V8's own start-up, compilation, idle) is "other".
 */

/** What a part's time is spent per. */
export type Per = 'client-month' | 'manager-month' | 'run' | 'other';

export interface Part {
  name: string;
  per: Per;
  /** Source files (relative to src/, as .ts) whose functions belong here, or `file#function`. */
  sources: string[];
  /** Functions without a file (compiled at run time) that belong here. */
  generated?: string[];
  /** Functions of V8 itself, as the profile names them. */
  runtime?: string[];
}

/** First match wins: a `file#function` rule must come before its file's plain rule. */
export const PARTS: Part[] = [
  {
    name: 'client moves (activation, churn, share, revenue; dice and normal quantile)',
    per: 'client-month',
    sources: ['model/clients.ts', 'model/random.ts', 'model/distributions.ts'],
  },
  {
    name: 'pay and valuation of every client (compiled pay and valuation rules)',
    per: 'client-month',
    sources: ['model/pay-and-value.ts'],
    generated: ['payKernel', 'valueKernel'],
  },
  { name: 'hand-offs (a scan of the book)', per: 'client-month', sources: ['model/people.ts#handOver'] },
  { name: 'the book’s value every month (each client valued for the value-created series)', per: 'client-month', sources: ['model/book-value.ts'] },
  {
    name: 'time allocation (each manager’s optimal split, attention per client)',
    per: 'manager-month',
    sources: ['model/allocation.ts', 'model/optimal-split.ts', 'model/effort.ts'],
  },
  {
    name: 'activation tables and the value of a new contract',
    per: 'manager-month',
    sources: ['model/valuation.ts', 'model/manager-valuation.ts', 'model/valuation-kernel.ts'],
  },
  {
    name: 'the rest of the month (hiring, hunting, pay settling, quits, branches)',
    per: 'manager-month',
    sources: ['engine/month.ts', 'model/company.ts', 'model/people.ts', 'model/hunting.ts', 'model/pay.ts', 'model/promotions.ts', 'model/reorganisation.ts', 'engine/company-start.ts', 'engine/book-start.ts', 'model/book.ts', 'model/team.ts', 'model/hiring.ts', 'model/market.ts', 'model/frailty.ts', 'model/rules.ts', 'model/parameters.ts', 'engine/pay-cut.ts', 'schemes/'],
  },
  {
    name: 'statistics (each run’s records folded into blocks)',
    per: 'run',
    sources: ['stats/', 'engine/aggregate.ts', 'model/tally.ts', 'engine/protocol.ts', 'engine/manager-accumulator.ts', 'engine/manager-outcomes.ts', 'engine/blocks.ts', 'engine/run-figures.ts', 'engine/metrics.ts'],
  },
  { name: 'garbage collection', per: 'other', sources: [], runtime: ['(garbage collector)'] },
];

export const OTHER = 'other (start-up, compilation, idle)';

/** The slice of a V8 CPU profile this reads (Profiler.Profile). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; positionTicks?: { line: number; ticks: number }[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface PartTime {
  name: string;
  per: Per;
  /** Share of the profiled time, 0..1. */
  share: number;
}

/** `src/`-relative source path of a compiled file URL (…/dist/engine/month.js → engine/month.ts), or ''. */
export function sourceOf(url: string): string {
  const match = /\/dist\/(.+)\.js$/.exec(url);
  return match ? `${match[1]}.ts` : '';
}

/** The part a sampled function belongs to (its name from `PARTS`, or `OTHER`). */
export function partOf(functionName: string, url: string): string {
  const source = sourceOf(url);
  for (const part of PARTS) {
    if (url === '' && part.generated?.includes(functionName)) return part.name;
    if (part.runtime?.includes(functionName)) return part.name;
    if (source === '') continue;
    for (const rule of part.sources) {
      const [file, fn] = rule.split('#');
      const fileMatches = file.endsWith('/') ? source.startsWith(file) : source === file;
      if (fileMatches && (fn === undefined || fn === functionName)) return part.name;
    }
  }
  return OTHER;
}

/**
 * The part of each function name that can be told from its name alone: the functions a rule
 * names, and those the profile saw in a file. A name found in two parts is left out.
 */
function partsByName(profile: CpuProfile): Map<string, string> {
  const found = new Map<string, string | null>();
  const note = (name: string, part: string) => {
    if (name === '' || name.startsWith('(')) return;
    const before = found.get(name);
    found.set(name, before === undefined || before === part ? part : null);
  };
  for (const part of PARTS) for (const rule of part.sources) if (rule.includes('#')) note(rule.split('#')[1], part.name);
  for (const node of profile.nodes) if (node.callFrame.url !== '') note(node.callFrame.functionName, partOf(node.callFrame.functionName, node.callFrame.url));
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Each part's share of the profile's sampled time, in the order of `PARTS`, then other.
 *
 * When V8 inlines a function into its caller, the profile puts the callee's samples on the
 * caller, at the line of the call (a month's whole client loop can show up as `simulateMonth`).
 * With `sourceText` (the compiled source of a profiled file), a caller's samples on a line that
 * calls a function known by name go to that function's part.
 */
export function timeParts(profile: CpuProfile, sourceText?: (url: string) => string | undefined): PartTime[] {
  const timeOf = new Map<number, number>();
  profile.samples.forEach((node, k) => timeOf.set(node, (timeOf.get(node) ?? 0) + (profile.timeDeltas[k] ?? 0)));
  const byName = partsByName(profile);
  const lines = new Map<string, string[] | undefined>();
  const lineOf = (url: string, line: number): string => {
    if (!lines.has(url)) lines.set(url, sourceText?.(url)?.split('\n'));
    return lines.get(url)?.[line - 1] ?? '';
  };
  const byPart = new Map<string, number>();
  const add = (part: string, time: number) => byPart.set(part, (byPart.get(part) ?? 0) + time);
  let total = 0;
  for (const node of profile.nodes) {
    const time = timeOf.get(node.id) ?? 0;
    if (time === 0) continue;
    total += time;
    const { functionName, url } = node.callFrame;
    const own = partOf(functionName, url);
    const ticks = node.positionTicks ?? [];
    const allTicks = ticks.reduce((sum, t) => sum + t.ticks, 0);
    let attributed = 0;
    if (sourceText && url !== '' && allTicks > 0) {
      for (const tick of ticks) {
        const callee = [...lineOf(url, tick.line).matchAll(/([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]).find((name) => name !== functionName && byName.has(name));
        if (callee === undefined) continue;
        const share = (time * tick.ticks) / allTicks;
        add(byName.get(callee) as string, share);
        attributed += share;
      }
    }
    add(own, time - attributed);
  }
  const rows: PartTime[] = PARTS.map((p) => ({ name: p.name, per: p.per, share: 0 }));
  rows.push({ name: OTHER, per: 'other', share: 0 });
  if (total > 0) for (const row of rows) row.share = (byPart.get(row.name) ?? 0) / total;
  return rows;
}
