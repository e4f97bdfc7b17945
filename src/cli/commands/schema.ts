/** `compsim schema [--out FILE]`: the JSON Schema of scenario files, for editors and other tools. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CommandModule } from '../command.js';
import { UserError } from '../user-error.js';
import { withExamples } from './validate.js';
import { scenarioJsonSchemaText } from '../../scenario/index.js';

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
  handler: async (args) => {
    const text = scenarioJsonSchemaText();
    if (args.out === undefined) {
      process.stdout.write(text);
      return 0;
    }
    writeWhole(String(args.out), text);
    return 0;
  },
  examples: EXAMPLES,
};

/** Write through a temporary file and rename, so an existing file is never left half-written. */
function writeWhole(file: string, text: string): void {
  const isFolder = (() => {
    try {
      return statSync(file).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isFolder) throw new UserError(`--out ${file}: is a folder; expected a file name such as ${file}/scenario.schema.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'ENOENT' ? `the folder ${dirname(file)} does not exist`
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : error instanceof Error ? error.message : String(error);
    throw new UserError(`--out ${file}: cannot write the file: ${reason}`);
  }
}
