/**
 * Loading a scenario: read the file (bounded in size), parse the YAML (bounded in aliases) keeping
 * positions, check it against the schema and the cross-reference rules, then apply `--set`
 * overrides and check again. Any problem ends in one ScenarioError that lists them all with
 * file:line:column, the path inside the scenario and what was expected.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { ScenarioError, type ScenarioProblem } from './errors.js';
import { fileMessages, MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './messages.js';
import { overrideScenario } from './overrides.js';
import { readablePath } from './paths.js';
import type { Scenario } from './schema.js';
import { readYaml } from './yaml-source.js';
import { checkScenario } from './validate.js';

export interface LoadOptions {
  /** `path=value` overrides, applied in order after the file is checked (`--set` on the command line). */
  set?: readonly string[];
  /** Largest file accepted, in bytes (default 5 MB). */
  maxFileBytes?: number;
  /** Most YAML alias expansions accepted (default 100). */
  maxAliasCount?: number;
}

/** Read, check and return the scenario in `file`; throws ScenarioError naming every problem. */
export function loadScenario(file: string, options: LoadOptions = {}): Scenario {
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const fail = (message: string): never => {
    throw new ScenarioError([{ file, path: '', message }]);
  };
  let size = 0;
  let regular = true;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) fail(fileMessages.isFolder());
    size = stats.size;
    regular = stats.isFile();
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    fail(describeReadError(error));
  }
  if (size > maxFileBytes) fail(fileMessages.tooLarge(size, maxFileBytes));
  let text = '';
  try {
    // A device or pipe (/dev/stdin works, /dev/zero never ends) has no size: read at most the limit.
    text = regular ? readFileSync(file, 'utf8') : readAtMost(file, maxFileBytes + 1).toString('utf8');
  } catch (error) {
    fail(describeReadError(error));
  }
  if (!regular && Buffer.byteLength(text) > maxFileBytes) fail(fileMessages.tooLargeStream(maxFileBytes));
  return parseScenarioText(text, file, options);
}

/** The first `limit` bytes of `file` (fewer when it ends sooner). */
function readAtMost(file: string, limit: number): Buffer {
  const buffer = Buffer.alloc(limit);
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (let read = 1; read > 0 && length < limit; length += read) read = readSync(fd, buffer, length, limit - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Check and return the scenario written in `text`; `fileName` names it in messages. */
export function parseScenarioText(text: string, fileName: string, options: LoadOptions = {}): Scenario {
  const maxFileBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxFileBytes) throw new ScenarioError([{ file: fileName, path: '', message: fileMessages.tooLarge(bytes, maxFileBytes) }]);

  const read = readYaml(text, options.maxAliasCount ?? MAX_ALIAS_COUNT);
  if (!read.ok) {
    throw new ScenarioError(read.problems.map((problem): ScenarioProblem => ({ file: fileName, path: '', ...problem })));
  }
  const checked = checkScenario(read.data);
  if (!checked.ok) {
    throw new ScenarioError(
      checked.problems.map((problem) => ({
        file: fileName,
        ...read.locate(problem.path, problem.at),
        path: readablePath(read.data, problem.path),
        message: problem.message,
      })),
    );
  }
  if (!options.set || options.set.length === 0) return checked.scenario;
  return overrideScenario(checked.scenario, options.set, fileName, read.locate);
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileMessages.missing();
  if (code === 'EISDIR') return fileMessages.isFolder();
  if (code === 'EACCES' || code === 'EPERM') return fileMessages.unreadable('permission denied');
  return fileMessages.unreadable(error instanceof Error ? error.message : String(error));
}
