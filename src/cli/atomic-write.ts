/**
 * Writing output so that an interrupted run never leaves a half-written file: every file is
 * written to a temporary name in the same folder first, and only when all of them are complete
 * are they renamed over the old ones (a rename within a folder is atomic on POSIX file systems).
 */
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from './user-error.js';

/** Checks that `dir` can hold output: missing (it will be made) or a folder, not a file. */
export function checkOutputFolder(dir: string): void {
  let isFolder = true;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    return;
  }
  if (!isFolder) throw new UserError(`--out ${dir}: expected a folder for the report, found a file`);
}

export function writeFilesAtomically(files: { path: string; content: string }[]): void {
  const temporary: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.tmp-${process.pid}-${temporary.length}-${Date.now()}`);
      temporary.push(temp);
      writeFileSync(temp, file.content);
    }
    files.forEach((file, k) => renameSync(temporary[k], file.path));
  } catch (error) {
    for (const temp of temporary) rmSync(temp, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(`could not write ${files.map((f) => f.path).join(', ')}: ${message}`);
  }
}
