/** Reading a file the user named (a statement, a summary.json), with the failure in plain words. */
import { closeSync, openSync, readSync } from 'node:fs';
import { messages as m } from './messages.js';
import { UserError } from './user-error.js';

/**
 * The text of `file`, at most `maxBytes` long; a UserError such as `x.yaml: cannot read the
 * statement: there is no such file` otherwise (`what` names the file: messages.statement()). Reading stops at the limit, so a device that never
 * ends (/dev/zero) or a huge file mixed up with ours is refused instead of filling the memory.
 */
export function readTextFile(file: string, what: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    bytes = readAtMost(file, maxBytes + 1);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? m.noSuchFile()
        : code === 'EISDIR'
          ? m.isAFolder()
          : code === 'EACCES' || code === 'EPERM'
            ? m.permissionDenied()
            : error instanceof Error
              ? error.message
              : String(error);
    throw new UserError(m.cannotRead(file, what, reason));
  }
  if (bytes.length > maxBytes) throw new UserError(m.fileTooLarge(file, Math.round(maxBytes / 1024 / 1024), what));
  return bytes.toString('utf8');
}

function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, limit - total));
      const read = chunk.length > 0 ? readSync(fd, chunk, 0, chunk.length, null) : 0;
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}
