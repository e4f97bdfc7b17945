/** What `compsim merge` does (the command is declared in merge.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultWorkers } from '../../engine/workers.js';
import { checkParts, mergeParts } from '../../whatif/experiment.js';
import { mergeRunParts, type RunInputs } from '../../whatif/run-shard.js';
import { analyseSweep, sweepReduce, sweepSpecs, type SweepInputs } from '../../whatif/sweep.js';
import { analyseSensitivity, sensitivityReduce, sensitivitySpecs, type SensitivityInputs } from '../../whatif/sensitivity.js';
import type { Lang } from '../../report/i18n.js';
import { checkOutputFolder } from '../atomic-write.js';
import { messages as m } from '../messages.js';
import { renderAndWrite } from '../report-files.js';
import { summaryTable } from '../summary-table.js';
import { UserError } from '../user-error.js';
import { withProgress } from '../whatif-options.js';
import { crossingEvaluator, sensitivityLines, writeSensitivity } from './sensitivity-action.js';
import { sweepLines, writeSweep } from './sweep-action.js';

export async function mergeAction(args: Record<string, unknown>): Promise<number> {
  const parts = (Array.isArray(args.parts) ? args.parts : [args.parts]).map(String).flatMap(partsIn);
  const out = String(args.out);
  const lang = args.lang as Lang;
  const workers = args.workers === undefined ? defaultWorkers() : Number(args.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 256)) throw new UserError(m.workersExpected(args.workers));
  checkOutputFolder(out);
  const { header, files } = await checkParts(parts);
  if (header.kind === 'run') {
    const summary = await mergeRunParts(header.inputs as RunInputs, files);
    await renderAndWrite(summary, out, lang);
    process.stdout.write(`${summaryTable(summary, args.lang as 'en' | 'ru')}\n${m.merged(files.length, [join(out, 'summary.json'), join(out, 'report.html')])}\n`);
    return 0;
  }
  if (header.kind === 'sweep') {
    const inputs = header.inputs as SweepInputs;
    const results = await mergeParts(inputs.base, sweepSpecs(inputs), sweepReduce(inputs), files);
    const result = analyseSweep(inputs, results);
    const paths = await writeSweep(result, out, lang);
    process.stdout.write(`${sweepLines(result)}\n${m.merged(files.length, paths)}\n`);
    return 0;
  }
  const inputs = header.inputs as SensitivityInputs;
  const results = await mergeParts(inputs.base, sensitivitySpecs(inputs), sensitivityReduce(inputs), files);
  const result = await withProgress(0, (p) => analyseSensitivity(inputs, results, crossingEvaluator(inputs, workers, p)));
  const paths = await writeSensitivity(result, out, lang);
  process.stdout.write(`${sensitivityLines(result)}\n${m.merged(files.length, paths)}\n`);
  return 0;
}

/** A part file as given, or the part files (`part-*-of-*.jsonl.gz`) of a folder given instead, in name order. */
function partsIn(path: string): string[] {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return [path];
  }
  if (!folder) return [path];
  const found = readdirSync(path).filter((name) => /^part-\d+-of-\d+\.jsonl\.gz$/.test(name)).sort();
  if (found.length === 0) throw new UserError(m.noPartsInFolder(path));
  return found.map((name) => join(path, name));
}
