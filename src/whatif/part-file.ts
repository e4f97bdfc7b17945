/**
 * Shard output files (`--shard i/n`): gzip-compressed JSON lines, written as results arrive so
 * memory does not grow with the experiment, under a temporary name renamed into place only when
 * complete (an interrupted shard leaves no part file). Line 1 is the header (what was asked: the
 * resolved scenario and every option, so `compsim merge` needs nothing else), then one line per
 * point result or block, in order, then an end line with the count, so a truncated file is
 * recognised.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, openSync, readSync, closeSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { BlockAccumulatorJSON } from '../engine/aggregate.js';
import { WhatIfError } from './errors.js';
import type { Ownership, Shard } from './shard.js';

export const PART_FORMAT = 'compsim-part';
export const PART_VERSION = 5;

export type ExperimentKind = 'run' | 'sweep' | 'sensitivity';

export interface PartHeader {
  format: typeof PART_FORMAT;
  version: typeof PART_VERSION;
  kind: ExperimentKind;
  shard: Shard;
  ownership: Ownership;
  /** Units of work of the whole experiment (points or blocks), split among the shards. */
  units: number;
  /** Everything the experiment was asked to do, as JSON. */
  inputs: unknown;
  /** sha256 of `inputs`: parts of one experiment share it. */
  inputsKey: string;
}

export type PartLine =
  | { point: number; result: unknown }
  | { point: number; block: number; accumulator: BlockAccumulatorJSON };

interface EndLine {
  end: true;
  lines: number;
}

/** What a failed file operation said (Node's own message, e.g. `ENOENT: no such file or directory`). */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function inputsKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** `part-003-of-008.jsonl.gz`: sorts in shard order. */
export function partFileName(shard: Shard): string {
  const width = String(shard.count).length;
  const pad = (n: number): string => String(n).padStart(Math.max(3, width), '0');
  return `part-${pad(shard.index)}-of-${pad(shard.count)}.jsonl.gz`;
}

export class PartWriter {
  private lines = 0;
  private readonly gzip = createGzip();
  private readonly file;
  private readonly done: Promise<void>;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
  ) {
    this.file = createWriteStream(temporary);
    this.done = new Promise((resolve, reject) => {
      this.file.on('finish', resolve);
      this.file.on('error', reject);
      this.gzip.on('error', reject);
    });
    this.gzip.pipe(this.file);
  }

  static open(path: string, header: Omit<PartHeader, 'format' | 'version' | 'inputsKey'>): PartWriter {
    mkdirSync(dirname(path), { recursive: true });
    const writer = new PartWriter(path, join(dirname(path), `.tmp-part-${process.pid}-${Date.now()}`));
    const full: PartHeader = { format: PART_FORMAT, version: PART_VERSION, ...header, inputsKey: inputsKey(header.inputs) };
    writer.gzip.write(JSON.stringify(full) + '\n');
    return writer;
  }

  write(line: PartLine): void {
    this.lines++;
    this.gzip.write(JSON.stringify(line) + '\n');
  }

  /** Finishes the file and moves it into place. */
  async close(): Promise<void> {
    const end: EndLine = { end: true, lines: this.lines };
    this.gzip.end(JSON.stringify(end) + '\n');
    try {
      await this.done;
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw new WhatIfError({ code: 'part-not-written', path: this.path, reason: reason(error) });
    }
  }

  /** Drops the unfinished file (on an interruption or an error). */
  async abort(): Promise<void> {
    this.gzip.end();
    await this.done.catch(() => undefined);
    rmSync(this.temporary, { force: true });
  }
}

function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** The header of a part file (reads only its first line). */
export async function readPartHeader(path: string): Promise<PartHeader> {
  for await (const item of readPart(path)) {
    if ('header' in item) return item.header;
  }
  throw new WhatIfError({ code: 'part-empty', path });
}

/** The header, then every line of a part file, checking that it is complete. */
export async function* readPart(path: string): AsyncGenerator<{ header: PartHeader } | { line: PartLine }> {
  let gzip: boolean;
  try {
    gzip = isGzip(path);
  } catch (error) {
    throw new WhatIfError({ code: 'part-unreadable', path, reason: reason(error) });
  }
  const raw = createReadStream(path);
  const input = gzip ? raw.pipe(createGunzip()) : raw;
  const reader = createInterface({ input, crlfDelay: Infinity });
  let header: PartHeader | undefined;
  let count = 0;
  let ended = false;
  try {
    for await (const text of reader) {
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new WhatIfError({ code: 'part-not-json', path, line: count + 2 });
      }
      if (!header) {
        const candidate = value as Partial<PartHeader>;
        if (candidate?.format !== PART_FORMAT) throw new WhatIfError({ code: 'not-a-part', path });
        if (candidate.version !== PART_VERSION) throw new WhatIfError({ code: 'part-version', path, version: String(candidate.version), expected: PART_VERSION });
        header = candidate as PartHeader;
        yield { header };
        continue;
      }
      if ((value as EndLine).end === true) {
        if ((value as EndLine).lines !== count) throw new WhatIfError({ code: 'part-damaged', path, lines: count, endLine: (value as EndLine).lines });
        ended = true;
        break;
      }
      count++;
      yield { line: value as PartLine };
    }
  } catch (error) {
    if (error instanceof WhatIfError) throw error;
    throw new WhatIfError({ code: 'part-read-failed', path, reason: reason(error) });
  } finally {
    reader.close();
    raw.destroy();
  }
  if (!header) throw new WhatIfError({ code: 'part-empty', path });
  if (!ended) throw new WhatIfError({ code: 'part-incomplete', path });
}
