/**
 * Writing output so that an interrupted run never leaves a half-written file: every file is
 * written to a temporary name in the same folder first, and only when all of them are complete
 * are they renamed over the old ones (a rename within a folder is atomic on POSIX file systems).
 * The old files are kept as hard links until every rename has succeeded, so a failure between
 * two renames puts the earlier ones back: the folder holds either all new files or all old ones.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';

/** Checks that `dir` can hold output: missing (it will be made) or a folder, not a file, and not inside a file. */
export function checkOutputFolder(dir: string): void {
  let isFolder = true;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') return;
    // A parent of `dir` is a file: name it, since that is what the user has to change.
    let parent = dirname(dir);
    while (dirname(parent) !== parent && !isExistingFile(parent)) parent = dirname(parent);
    throw new UserError(m.outputParentIsFile(dir, parent));
  }
  if (!isFolder) throw new UserError(m.outputIsFile(dir));
}

function isExistingFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Output files this process has replaced (an earlier file of the same name), for wroteLine. */
const replaced = new Set<string>();

/** "Wrote a and b", saying which of them replaced an earlier file (every command overwrites its outputs, atomically, and says so). */
export function wroteLine(paths: readonly string[]): string {
  return m.wrote(paths, paths.filter((p) => replaced.has(p)));
}

export function writeFilesAtomically(files: { path: string; content: string }[]): void {
  for (const { path } of files) {
    if (existsSync(path) && statSync(path).isDirectory()) throw new UserError(m.outputIsFolder(path));
  }
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary: string[] = [];
  const backups: (string | null)[] = [];
  let renamed = 0;
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.tmp-${stamp}-${temporary.length}`);
      temporary.push(temp);
      writeFileSync(temp, file.content);
    }
    files.forEach((file, k) => backups.push(keepOld(file.path, `${temporary[k]}.old`)));
    for (; renamed < files.length; renamed++) renameSync(temporary[renamed], files[renamed].path);
  } catch (error) {
    for (let k = 0; k < renamed; k++) restore(backups[k], files[k].path);
    for (const temp of temporary) rmSync(temp, { force: true });
    for (const backup of backups) if (backup) rmSync(backup, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError(m.notWritten(files.map((f) => f.path), message));
  }
  files.forEach((file, k) => {
    if (backups[k]) replaced.add(file.path);
  });
  for (const backup of backups) if (backup) rmSync(backup, { force: true });
}

/** A second name for the file at `path` (a hard link, or a copy where links are not allowed); null when there is none. */
function keepOld(path: string, backup: string): string | null {
  if (!existsSync(path) || statSync(path).isDirectory()) return null;
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup);
  }
  return backup;
}

/** Puts the old file back over a new one (or removes the new one when there was no old file). */
function restore(backup: string | null, path: string): void {
  try {
    if (backup) renameSync(backup, path);
    else rmSync(path, { force: true });
  } catch {
    // Best effort: the error that brought us here is the one to report.
  }
}
