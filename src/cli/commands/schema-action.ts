/** What `compsim schema` does (the command is declared in schema.ts). */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scenarioJsonSchemaText } from '../../scenario/index.js';
import { UserError } from '../user-error.js';

export async function schemaAction(args: Record<string, unknown>): Promise<number> {
  const text = scenarioJsonSchemaText();
  if (args.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  writeWhole(String(args.out), text);
  return 0;
}

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
