/**
 * `compsim merge parts/* --out DIR`: combine the part files that `--shard i/n` wrote (run, sweep or
 * sensitivity) into exactly the result one big invocation would have written: blocks are folded
 * in block order, so summary.json is byte for byte the unsharded one. A sensitivity merge then runs
 * the (sequential) search for where the ranking of schemes changes, here.
 */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { checkOutputFolder } from '../atomic-write.js';
import { summaryTable } from '../summary-table.js';
import { withProgress } from '../whatif-options.js';
import { renderAndWrite } from './run.js';
import { withExamples } from './validate.js';
import { defaultWorkers } from '../../engine/simulate.js';
import { checkParts, mergeParts } from '../../whatif/experiment.js';
import { mergeRunParts, type RunInputs } from '../../whatif/run-shard.js';
import { analyseSweep, sweepReduce, sweepSpecs, type SweepInputs } from '../../whatif/sweep.js';
import { analyseSensitivity, sensitivityReduce, sensitivitySpecs, type SensitivityInputs } from '../../whatif/sensitivity.js';
import { sweepLines, writeSweep } from './sweep.js';
import { crossingEvaluator, sensitivityLines, writeSensitivity } from './sensitivity.js';
import { UserError } from '../user-error.js';
import type { Lang } from '../../report/i18n.js';

const EXAMPLES: [string, string][] = [
  ['compsim merge parts/*.jsonl.gz --out reports/freight', 'Put the shards of a run (or a sweep, or a sensitivity analysis) together'],
];

export const mergeCommand: CommandModule = {
  command: 'merge <parts..>',
  describe: 'Combine the part files of --shard i/n into the result of one big run, sweep or sensitivity analysis',
  builder: (yargs) =>
    withExamples(
      yargs
        .positional('parts', { type: 'string', array: true, describe: 'Every part file (part-i-of-n.jsonl.gz), in any order', demandOption: true })
        .option('out', { type: 'string', default: join('reports', 'merged'), requiresArg: true, describe: 'Output folder' })
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report' })
        .option('workers', { type: 'number', requiresArg: true, describe: `Worker threads for a sensitivity merge's crossing search (default: all cores, ${defaultWorkers()} here)` }),
      EXAMPLES,
    ),
  handler: async (args) => {
    const parts = (Array.isArray(args.parts) ? args.parts : [args.parts]).map(String);
    const out = String(args.out);
    const lang = args.lang as Lang;
    const workers = args.workers === undefined ? defaultWorkers() : Number(args.workers);
    if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UserError(`--workers: expected a whole number from 1 to 256, found ${String(args.workers)}`);
    checkOutputFolder(out);
    const { header, files } = await checkParts(parts);
    if (header.kind === 'run') {
      const summary = await mergeRunParts(header.inputs as RunInputs, files);
      await renderAndWrite(summary, out, lang);
      process.stdout.write(`${summaryTable(summary)}\nMerged ${files.length} parts. Wrote ${join(out, 'summary.json')} and ${join(out, 'report.html')}\n`);
      return 0;
    }
    if (header.kind === 'sweep') {
      const inputs = header.inputs as SweepInputs;
      const results = await mergeParts(inputs.base, sweepSpecs(inputs), sweepReduce(inputs), files);
      const result = analyseSweep(inputs, results);
      await writeSweep(result, out, lang);
      process.stdout.write(`${sweepLines(result)}\nMerged ${files.length} parts. Wrote ${join(out, 'sweep.json')} and ${join(out, 'sweep.html')}\n`);
      return 0;
    }
    const inputs = header.inputs as SensitivityInputs;
    const results = await mergeParts(inputs.base, sensitivitySpecs(inputs), sensitivityReduce(inputs), files);
    const result = await withProgress(0, (p) => analyseSensitivity(inputs, results, crossingEvaluator(inputs, workers, p)));
    await writeSensitivity(result, out, lang);
    process.stdout.write(`${sensitivityLines(result)}\nMerged ${files.length} parts. Wrote ${join(out, 'sensitivity.json')} and ${join(out, 'sensitivity.html')}\n`);
    return 0;
  },
  examples: EXAMPLES,
};
