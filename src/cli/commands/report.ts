/** `compsim report <summary.json>`: re-render report.html from a saved summary, without simulating. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandModule } from '../command.js';
import type { Summary } from '../../engine/summary.js';
import { writeFilesAtomically } from '../atomic-write.js';
import { UserError } from '../user-error.js';

export const reportCommand: CommandModule = {
  command: 'report <summary>',
  describe: 'Re-render report.html from a saved summary.json (no simulation)',
  builder: (yargs) =>
    yargs
      .positional('summary', { type: 'string', describe: 'A summary.json written by compsim run', demandOption: true })
      .option('out', { type: 'string', describe: 'Where to write the report (default: report.html next to the summary)' })
      .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report' }),
  handler: async (args) => {
    const file = String(args.summary);
    let summary: Summary;
    try {
      summary = JSON.parse(readFileSync(file, 'utf8')) as Summary;
    } catch (error) {
      throw new UserError(`${file}: expected a summary.json written by compsim run (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!summary || summary.version !== 1 || !Array.isArray(summary.schemes)) {
      throw new UserError(`${file}: expected a summary.json of version 1 with a "schemes" list`);
    }
    const { renderReport } = await import('../../report/index.js');
    const out = args.out === undefined ? join(dirname(file), 'report.html') : String(args.out);
    writeFilesAtomically([{ path: out, content: await renderReport(summary, { lang: args.lang as 'en' | 'ru' }) }]);
    process.stdout.write(`Wrote ${out}\n`);
    return 0;
  },
  examples: [['compsim report reports/freight/summary.json --lang ru', 'The same results, report in Russian']],
};
