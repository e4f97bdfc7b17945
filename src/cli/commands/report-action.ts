/** What `compsim report` does (the command is declared in report.ts). */
import { dirname, join } from 'node:path';
import type { Summary } from '../../engine/summary.js';
import { writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { readTextFile } from '../read-text.js';
import { summaryProblem } from '../summary-check.js';
import { UserError } from '../user-error.js';
import { loadEvidence } from '../evidence-options.js';
import type { CsvDialect } from '../../report/csv.js';
import type { Lang } from '../../report/i18n.js';
import type { OptimizationResult } from '../../whatif/optimize-result.js';
import type { SensitivityResult } from '../../whatif/sensitivity.js';
import type { SweepResult } from '../../whatif/sweep.js';

export async function reportAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.summary);
  const text = readTextFile(file, m.summary(), 200 * 1024 * 1024);
  let summary: Summary;
  try {
    summary = JSON.parse(text) as Summary;
  } catch (error) {
    throw new UserError(m.notASummary(file, error instanceof Error ? error.message : String(error)));
  }
  const kind = (summary as unknown as { kind?: unknown }).kind;
  if (typeof kind === 'string' && kind in PAGES) return resultPage(file, kind as keyof typeof PAGES, summary as unknown as Record<string, unknown>, args);
  const problem = summaryProblem(summary);
  if (problem) throw new UserError(m.summaryProblem(file, problem.path, problem.message));
  const evidence = loadEvidence(args, summary.scenario);
  const { renderReport } = await import('../../report/index.js');
  const out = args.out === undefined ? join(dirname(file), 'report.html') : String(args.out);
  let html: string;
  try {
    html = await renderReport(summary, { lang: args.lang as 'en' | 'ru', ...evidence });
  } catch (error) {
    // The fields checked above are there, so something deeper in the file is missing or odd.
    throw new UserError(m.summaryNotDrawn(file, error instanceof Error ? error.message : String(error)));
  }
  const files = [{ path: out, content: html }, ...(await csvBeside(out, args, (csv, dialect) => csv.summaryCsv(summary, dialect)))];
  writeFilesAtomically(files);
  process.stdout.write(`${wroteLine(files.map((f) => f.path))}\n`);
  return 0;
}

type CsvModule = typeof import('../../report/csv.js');
type CsvOf = (csv: CsvModule, dialect: CsvDialect) => { name: string; content: string }[];

/** With --csv, the CSV files of a result, beside the page. */
async function csvBeside(out: string, args: Record<string, unknown>, make: CsvOf | undefined): Promise<{ path: string; content: string }[]> {
  if (args.csv === undefined || !make) return [];
  const csv = await import('../../report/csv.js');
  return make(csv, args.csv as CsvDialect).map((f) => ({ path: join(dirname(out), f.name), content: f.content }));
}

/** The CSV tables of each result kind that has them. */
const CSV_OF: Partial<Record<keyof typeof PAGES, (result: never) => CsvOf>> = {
  optimization: (result: OptimizationResult) => (csv, dialect) => csv.optimizationCsv(result, dialect),
  sweep: (result: SweepResult) => (csv, dialect) => csv.sweepCsv(result, dialect),
  sensitivity: (result: SensitivityResult) => (csv, dialect) => csv.sensitivityCsv(result, dialect),
};

type Page = (result: never, lang: Lang) => string | Promise<string>;

/** The page of each result kind a what-if command writes, and the file name it has beside the JSON. */
const PAGES: Record<'optimization' | 'sweep' | 'sensitivity' | 'calibration' | 'targets', { file: string; render: () => Promise<Page> }> = {
  optimization: { file: 'optimize.html', render: async () => (await import('../../report/index.js')).renderOptimizationPage as Page },
  sweep: { file: 'sweep.html', render: async () => {
    const { renderSweepPage } = await import('../../report/whatif/sweep-page.js');
    return ((result: SweepResult, lang: Lang) => renderSweepPage(result, { lang })) as Page;
  } },
  sensitivity: { file: 'sensitivity.html', render: async () => {
    const { renderSensitivityPage } = await import('../../report/whatif/sensitivity-page.js');
    // sensitivity.json words its findings in English and keeps their codes beside them.
    return ((result: SensitivityResult & { findings?: SensitivityResult['headline'] }, lang: Lang) => {
      if (!result.findings) throw new UserError(m.resultTooOld('sensitivity'));
      return renderSensitivityPage({ ...result, headline: result.findings }, { lang });
    }) as Page;
  } },
  calibration: { file: 'calibration.html', render: async () => (await import('../../report/whatif/calibration-page.js')).renderCalibrationPage as Page },
  targets: { file: 'targets.html', render: async () => (await import('../../report/index.js')).renderTargetsPage as Page },
};

/** A what-if result file (optimize, sweep, sensitivity, calibration, targets): its page again, in either language, without simulating. */
async function resultPage(file: string, kind: keyof typeof PAGES, result: Record<string, unknown>, args: Record<string, unknown>): Promise<number> {
  const page = PAGES[kind];
  const render = await page.render();
  const out = args.out === undefined ? join(dirname(file), page.file) : String(args.out);
  let html: string;
  try {
    html = await render(result as never, args.lang as Lang);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(m.resultNotDrawn(file, kind, error instanceof Error ? error.message : String(error)));
  }
  const files = [{ path: out, content: html }, ...(await csvBeside(out, args, CSV_OF[kind]?.(result as never)))];
  writeFilesAtomically(files);
  process.stdout.write(`${wroteLine(files.map((f) => f.path))}\n`);
  return 0;
}
