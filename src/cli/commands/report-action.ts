/** What `compsim report` does (the command is declared in report.ts). */
import { dirname, join } from 'node:path';
import type { Summary } from '../../engine/summary.js';
import { writeFilesAtomically } from '../atomic-write.js';
import { readTextFile } from '../read-text.js';
import { summaryProblem } from '../summary-check.js';
import { UserError } from '../user-error.js';

export async function reportAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.summary);
  const text = readTextFile(file, 'summary', 200 * 1024 * 1024);
  let summary: Summary;
  try {
    summary = JSON.parse(text) as Summary;
  } catch (error) {
    throw new UserError(`${file}: expected a summary.json written by compsim run (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = summaryProblem(summary);
  if (problem) throw new UserError(`${file}${problem.path ? ` ${problem.path}` : ''}: ${problem.message}`);
  const { renderReport } = await import('../../report/index.js');
  const out = args.out === undefined ? join(dirname(file), 'report.html') : String(args.out);
  let html: string;
  try {
    html = await renderReport(summary, { lang: args.lang as 'en' | 'ru' });
  } catch (error) {
    // The fields checked above are there, so something deeper in the file is missing or odd.
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(`${file}: expected a complete summary.json written by compsim run; the report could not be drawn from it (${message})`);
  }
  writeFilesAtomically([{ path: out, content: html }]);
  process.stdout.write(`Wrote ${out}\n`);
  return 0;
}
