/** What `compsim run` does (the command is declared in run.ts). */
import { loadScenario } from '../../scenario/index.js';
import type { CsvDialect } from '../../report/csv.js';
import type { Summary } from '../../engine/summary.js';
import { checkOutputFolder, wroteLine } from '../atomic-write.js';
import { bookFolder, bookNote, loadBook } from '../book-option.js';
import { interruptible } from '../interrupt.js';
import { messages as m } from '../messages.js';
import { prepareReport, renderAndWrite } from '../report-files.js';
import { checkWorkBound, defaultOutputFolder, resolveRunOptions } from '../run-options.js';
import { runShard } from '../run-shard.js';
import { setArguments } from '../shared-options.js';
import { simulateWithProgress } from '../simulate-with-progress.js';
import { summaryTable } from '../summary-table.js';
import { UserError } from '../user-error.js';
import { loadEvidence } from '../evidence-options.js';

/** Up to this many runs, `run` loads the report's charting libraries while it simulates. */
const PRELOAD_REPORT_RUNS = 5000;

export async function runAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  const overrides = setArguments(args.set);
  const { scenario, options, overrides: summaryOverrides } = resolveRunOptions(args, loadScenario(file, { set: overrides }), overrides);
  const folder = bookFolder(args, file, scenario);
  const book = folder === undefined ? undefined : loadBook(folder, scenario, args.lang === 'ru' ? 'ru' : 'en');
  const out = args.out === undefined ? defaultOutputFolder(file) : String(args.out);
  checkOutputFolder(out);
  const evidence = loadEvidence(args, scenario.name);
  if (args.shard !== undefined) return runShard(args, scenario, { ...options, overrides: summaryOverrides, book }, out);
  let precision: { target: number; minRuns: number; maxRuns: number } | undefined;
  if (args.precision !== undefined) {
    const target = Number(args.precision);
    if (!(target > 0 && target < 1)) throw new UserError(m.precisionExpected(Number.isNaN(target) ? target : args.precision));
    const minRuns = Number(args['min-runs']);
    const maxRuns = Number(args['max-runs']);
    if (!(Number.isInteger(minRuns) && Number.isInteger(maxRuns) && minRuns >= 2 && maxRuns >= minRuns && maxRuns <= 1_000_000)) {
      throw new UserError(m.runLimitsExpected(minRuns, maxRuns));
    }
    // With --precision the runs go up to --max-runs, so the bound applies to that.
    checkWorkBound(scenario, maxRuns, options.schemes);
    precision = { target, minRuns, maxRuns };
  }
  // Ctrl-C is caught until the files are written, so it never cuts rendering or writing short.
  const { signal, release } = interruptible();
  let summary: Summary;
  let written: string[];
  try {
    // Loading the charts (about a second of work) while simulating hides it when a core is
    // free; with every core simulating it only moves it (measured on 2 cores, 2 workers, 200
    // runs: 5.4–5.6 s either way). A long experiment would carry their ~35 MB through its peak.
    const reportReady = (precision?.maxRuns ?? options.runs) <= PRELOAD_REPORT_RUNS ? prepareReport() : Promise.resolve();
    summary = await simulateWithProgress(scenario, { ...options, precision, scenarioName: scenario.name, overrides: summaryOverrides, signal, book });
    await reportReady;
    written = await renderAndWrite(summary, out, args.lang as 'en' | 'ru', signal, evidence, args.csv as CsvDialect | undefined);
  } finally {
    release();
  }
  const reached = summary.precision;
  if (reached && reached.target !== null && reached.reached > reached.target) process.stderr.write(`${m.precisionNotReached(reached.target, reached.reached, reached.runsUsed)}\n`);
  if (args.format === 'json') process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else process.stdout.write((book && folder ? bookNote(folder, book, scenario) + '\n' : '') + `${summaryTable(summary, args.lang as 'en' | 'ru')}\n${wroteLine(written)}\n`);
  return 0;
}
