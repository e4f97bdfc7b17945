/**
 * `compsim merge parts/* --out DIR`: combine the part files that `--shard i/n` wrote (run, sweep or
 * sensitivity) into exactly the result one big invocation would have written: blocks are folded
 * in block order, so summary.json is byte for byte the unsharded one. A sensitivity merge then runs
 * the (sequential) search for where the ranking of schemes changes, here.
 */
import { join } from 'node:path';
import type { CommandModule } from '../command.js';
import { defaultWorkers } from '../../engine/workers.js';
import { withExamples } from '../shared-options.js';

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
        .option('lang', { choices: ['en', 'ru'] as const, default: 'en' as const, describe: 'Language of the report (what the command prints stays English)' })
        .option('workers', { type: 'number', requiresArg: true, describe: `Worker threads for a sensitivity merge's crossing search (default: all cores, ${defaultWorkers()} here)` }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./merge-action.js')).mergeAction(args),
  examples: EXAMPLES,
};
