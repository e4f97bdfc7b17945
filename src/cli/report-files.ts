/**
 * summary.json and report.html of a finished simulation (run, payroll, a merged run), written
 * together or not at all. The report and its charting libraries are loaded here, on first use.
 */
import { join } from 'node:path';
import type { Summary } from '../engine/summary.js';
import { writeFilesAtomically } from './atomic-write.js';
import { interrupted } from './interrupt.js';
import type { ReportOptions } from '../report/render-report.js';
import type { CsvDialect } from '../report/csv.js';

/**
 * Starts loading the report and its charting libraries (about a second of work before the first
 * chart) without waiting: `compsim run` calls it as the simulation starts, while the main thread
 * mostly waits for the workers. Failures are left for renderAndWrite to report.
 */
export function prepareReport(): Promise<void> {
  return import('../report/index.js').then((report) => report.warmUpCharts()).catch(() => undefined);
}

/** Renders the report and writes both files; a Ctrl-C seen while rendering (`signal`) writes nothing. */
export async function renderAndWrite(
  summary: Summary,
  out: string,
  lang: 'en' | 'ru',
  signal?: AbortSignal,
  evidence: Omit<ReportOptions, 'lang'> = {},
  csv?: CsvDialect,
): Promise<string[]> {
  const { renderReport, summaryCsv } = await import('../report/index.js');
  const html = await renderReport(summary, { lang, ...evidence });
  if (signal?.aborted) throw interrupted();
  const files = [
    { path: join(out, 'summary.json'), content: JSON.stringify(summary, null, 2) + '\n' },
    { path: join(out, 'report.html'), content: html },
    ...(csv ? summaryCsv(summary, csv).map((f) => ({ path: join(out, f.name), content: f.content })) : []),
  ];
  writeFilesAtomically(files);
  return files.map((f) => f.path);
}
