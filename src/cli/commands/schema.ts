/** `compsim schema [--out FILE]`: the JSON Schema of scenario files, for editors and other tools. */
import type { CommandModule } from '../command.js';
import { withExamples } from '../shared-options.js';

const EXAMPLES: [string, string][] = [
  ['compsim schema', 'Print the JSON Schema'],
  ['compsim schema --out schema/scenario.schema.json', 'Refresh the committed copy'],
];

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of scenario files (editors use it to complete and check them)',
  builder: (yargs) =>
    withExamples(
      yargs.option('out', { type: 'string', requiresArg: true, describe: 'Write the schema to this file instead of printing it' }),
      EXAMPLES,
    ),
  handler: async (args) => (await import('./schema-action.js')).schemaAction(args),
  examples: EXAMPLES,
};
