/** What `compsim schema` does (the command is declared in schema.ts). */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { scenarioJsonSchemaText } from '../../scenario/index.js';
import { messages as m } from '../messages.js';
import { UserError } from '../user-error.js';

export async function schemaAction(args: Record<string, unknown>): Promise<number> {
  const text = scenarioJsonSchemaText();
  if (args.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  const file = String(args.out);
  const existed = existsSync(file);
  writeWhole(file, text);
  // Like every command's outputs: overwritten atomically, and said so.
  process.stdout.write(`${m.wrote([file], existed ? [file] : [])}\n`);
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
  if (isFolder) throw new UserError(m.schemaOutIsFolder(file));
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'ENOENT' ? m.folderMissing(dirname(file))
      : code === 'EACCES' || code === 'EPERM' ? m.permissionDenied()
      : error instanceof Error ? error.message : String(error);
    throw new UserError(m.schemaNotWritten(file, reason));
  }
}
