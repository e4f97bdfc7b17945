/** What `compsim payroll` does (the command is declared in payroll.ts). */
import { join } from 'node:path';
import { loadScenario } from '../../scenario/index.js';
import type { BookSummary } from '../../engine/book-summary.js';
import type { Summary } from '../../engine/summary.js';
import { checkOutputFolder, wroteLine } from '../atomic-write.js';
import { bookFolder, loadBook } from '../book-option.js';
import { interruptible } from '../interrupt.js';
import { messages as m } from '../messages.js';
import { payrollTable } from '../payroll-table.js';
import { renderAndWrite } from '../report-files.js';
import { defaultOutputFolder, resolveRunOptions } from '../run-options.js';
import { setArguments } from '../shared-options.js';
import { simulateWithProgress } from '../simulate-with-progress.js';
import { UserError } from '../user-error.js';

export async function payrollAction(args: Record<string, unknown>): Promise<number> {
  const file = String(args.scenario);
  const overrides = setArguments(args.set);
  const { scenario, options, overrides: recorded } = resolveRunOptions(args, loadScenario(file, { set: overrides }), overrides);
  const folder = bookFolder(args, file, scenario);
  if (folder === undefined) throw new UserError(m.noBook(file));
  const book = loadBook(folder, scenario, args.lang === 'ru' ? 'ru' : 'en');
  const out = args.out === undefined ? defaultOutputFolder(file) : String(args.out);
  checkOutputFolder(out);
  const lang = args.lang as 'en' | 'ru';
  const { signal, release } = interruptible();
  let summary: Summary;
  try {
    summary = await simulateWithProgress(scenario, {
      ...options,
      scenarioName: scenario.name,
      overrides: recorded,
      signal,
      book,
    });
    await renderAndWrite(summary, out, lang, signal);
  } finally {
    release();
  }
  const part = summary.book as BookSummary;
  if (args.format === 'json') process.stdout.write(JSON.stringify(part, null, 2) + '\n');
  else process.stdout.write(`${payrollTable(summary, part, folder, lang)}\n\n${wroteLine([join(out, 'summary.json'), join(out, 'report.html')])}\n`);
  return 0;
}
