/**
 * A scenario file read as YAML (JSON is YAML too) with the position of every node kept, so a
 * problem found later — by the schema or a cross-reference check — can name its line and column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import { fileMessages, MAX_ALIAS_COUNT } from './messages.js';
import type { PathSegment } from './schema-walk.js';

export interface Position {
  line: number;
  column: number;
}

/** A problem found while reading the YAML itself, before the scenario's meaning is looked at. */
export interface SyntaxProblem extends Partial<Position> {
  message: string;
}

export type YamlRead =
  | { ok: true; data: unknown; locate: (path: readonly PathSegment[], at?: 'value' | 'key') => Position }
  | { ok: false; problems: SyntaxProblem[] };

/**
 * Parse `text` as one YAML document. Merge keys (`<<: *defaults`) are allowed so analysts can
 * share parts between schemes; alias expansion is bounded by `maxAliasCount`. Keys are read as
 * the text written (`stringKeys`), so a key such as `.nan` or `0x10` is named in messages as the
 * user wrote it, not as the number YAML would make of it ("NaN", "16").
 */
export function readYaml(text: string, maxAliasCount = MAX_ALIAS_COUNT): YamlRead {
  if (text.includes('\u0000')) return { ok: false, problems: [{ message: fileMessages.notText() }] };
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, stringKeys: true });
  } catch (error) {
    return { ok: false, problems: [{ message: unexpectedFailure(error) }] };
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  const tooDeep = document.errors.find((error) => /call stack/i.test(error.message));
  if (tooDeep) return { ok: false, problems: [{ ...at(tooDeep.pos[0]), message: fileMessages.tooDeep() }] };
  const problems: SyntaxProblem[] = [...document.errors, ...document.warnings].map((error) => ({
    ...at(error.pos[0]),
    message: fileMessages.yaml(error.code, error.message, error.code === 'DUPLICATE_KEY' ? keyAt(text, error.pos) : undefined),
  }));
  if (problems.length === 0) problems.push(...unresolvedAliases(document, at));
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      return { ok: false, problems: [{ ...firstAlias(document, at), message: fileMessages.tooManyAliases(maxAliasCount) }] };
    }
    return { ok: false, problems: [{ message: unexpectedFailure(error) }] };
  }
  if (data === null || data === undefined) return { ok: false, problems: [{ message: fileMessages.empty() }] };
  return { ok: true, data, locate: (path, where = 'value') => locate(document, path, where, at) };
}

function unexpectedFailure(error: unknown): string {
  if (error instanceof RangeError) return fileMessages.tooDeep();
  return fileMessages.yaml('', error instanceof Error ? error.message : String(error));
}

/** The text of a duplicate key (up to its colon), for the message. */
function keyAt(text: string, range: [number, number]): string | undefined {
  const match = /^\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))\s*:/.exec(text.slice(range[0], range[0] + 200));
  const key = match?.[1] ?? match?.[2] ?? match?.[3];
  return key !== undefined && key.length > 0 && key.length <= 60 ? key : undefined;
}

function unresolvedAliases(document: Document.Parsed, at: (offset: number) => Position): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document) === undefined) {
        problems.push({ ...at(alias.range?.[0] ?? 0), message: fileMessages.unresolvedAlias(alias.source) });
      }
    },
  });
  return problems;
}

function firstAlias(document: Document.Parsed, at: (offset: number) => Position): Partial<Position> {
  let found: Alias | undefined;
  visit(document, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found?.range ? at(found.range[0]) : {};
}

/**
 * The position of the node at `path`: the value itself (or, with `at: 'key'`, the key that names
 * it), or — when the path goes past what the file has, as for a missing key — the key of the
 * nearest existing parent.
 */
function locate(
  document: Document.Parsed,
  path: readonly PathSegment[],
  where: 'value' | 'key',
  at: (offset: number) => Position,
): Position {
  let node: unknown = document.contents;
  let key: Node | undefined;
  let complete = true;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    let next: unknown;
    let nextKey: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (pair) {
        next = pair.value ?? null;
        nextKey = pair.key as Node;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined) {
      complete = false;
      break;
    }
    node = next;
    key = nextKey;
  }
  const value = hasRange(node) ? (node as Node) : undefined;
  const chosen = complete && where === 'value' ? (value ?? key) : (key ?? value);
  return at(chosen?.range?.[0] ?? 0);
}

function hasRange(node: unknown): boolean {
  return node !== null && typeof node === 'object' && Array.isArray((node as Node).range) && !isEmptyScalar(node);
}

/** An empty value (`salary:` with nothing after it) has no text of its own; point at its key instead. */
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.value === null && node.source === '';
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
