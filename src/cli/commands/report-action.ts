/** What `compsim report` does (the command is declared in report.ts). */
import { dirname, join } from 'node:path';
import type { Summary } from '../../engine/summary.js';
import { writeFilesAtomically, wroteLine } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { readTextFile } from '../read-text.js';
import { summaryProblem } from '../summary-check.js';
import { UserError } from '../user-error.js';
import { loadEvidence } from '../evidence-options.js';
import type { OptimizationResult } from '../../whatif/optimize-result.js';

export async function reportAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.summary);
  const text = readTextFile(file, m.summary(), 200 * 1024 * 1024);
  let summary: Summary;
  try {
    summary = JSON.parse(text) as Summary;
  } catch (error) {
    throw new UserError(m.notASummary(file, error instanceof Error ? error.message : String(error)));
  }
  if ((summary as unknown as { kind?: unknown }).kind === 'optimization') return optimizationReport(file, summary as unknown as OptimizationResult, args);
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
  writeFilesAtomically([{ path: out, content: html }]);
  process.stdout.write(`${wroteLine([out])}\n`);
  return 0;
}

/** optimize.json from compsim optimize: its page again, in either language, without simulating. */
async function optimizationReport(file: string, result: OptimizationResult, args: Record<string, unknown>): Promise<number> {
  const { renderOptimizationPage } = await import('../../report/index.js');
  const out = args.out === undefined ? join(dirname(file), 'optimize.html') : String(args.out);
  let html: string;
  try {
    html = await renderOptimizationPage(result, args.lang as 'en' | 'ru');
  } catch (error) {
    throw new UserError(m.optimizationNotDrawn(file, error instanceof Error ? error.message : String(error)));
  }
  writeFilesAtomically([{ path: out, content: html }]);
  process.stdout.write(`${wroteLine([out])}\n`);
  return 0;
}
