/** Reading a file the user named (a statement, a summary.json), with the failure in plain words. */
import { readFileSync } from 'node:fs';
import { UserError } from './user-error.js';

/** The text of `file`; a UserError such as `x.yaml: cannot read the statement: there is no such file` otherwise. */
export function readTextFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new UserError(`${file}: cannot read the ${what}: ${reason}`);
  }
}
