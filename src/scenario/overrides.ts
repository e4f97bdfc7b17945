/**
 * `--set path=value`: change one value of a loaded scenario from the command line, then check the
 * result as if it had been written in the file.
 *
 * The path is dotted, list items are addressed by id or by position
 * (`schemes.new-client-bonus.roles.generalist.pay.servicing.rate=0.05`; the bracket form of the
 * messages, `pay[servicing]`, works too). A key the schema allows may be set even where the file
 * leaves it out; a new entry of a map (a role, a head-count) is added when the value is the whole
 * entry. The value is a number, true/false, null (removes the key, so its default applies again),
 * JSON (object, array, "quoted text") or plain text. Overrides apply in order.
 */
import { ScenarioError, type ScenarioProblem } from './errors.js';
import { overrideMessages } from './messages.js';
import { dottedPath, itemId, readablePath, startsWith } from './paths.js';
import type { Scenario } from './schema.js';
import { allowedKeys, childSchema, containerKind, schemaAt, type PathSegment } from './schema-walk.js';
import { closest } from './similar.js';
import type { Position } from './yaml-source.js';
import { checkScenario } from './validate.js';

export interface SetArgument {
  argument: string;
  segments: string[];
  value: unknown;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Split `a.b.c=value` into its path and value. */
export function parseSetArgument(argument: string): Parsed<SetArgument> {
  const equals = argument.indexOf('=');
  if (equals < 0) return { ok: false, message: overrideMessages.noEquals() };
  const pathText = argument.slice(0, equals).trim().replace(/\[([^\]]*)\]/g, '.$1');
  if (pathText === '') return { ok: false, message: overrideMessages.emptyPath() };
  const segments = pathText.split('.').map((segment) => segment.trim());
  if (segments.some((segment) => segment === '')) return { ok: false, message: overrideMessages.emptySegment() };
  const value = parseSetValue(argument.slice(equals + 1));
  if (!value.ok) return value;
  return { ok: true, value: { argument, segments, value: value.value } };
}

/** `0.05` → 0.05, `true` → true, `null` → null, `{"a":1}` → an object, `"42"` → the text 42, `abc` → the text abc. */
export function parseSetValue(text: string): Parsed<unknown> {
  const trimmed = text.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { ok: true, value: Number(trimmed) };
  if (trimmed === 'true' || trimmed === 'false') return { ok: true, value: trimmed === 'true' };
  if (trimmed === 'null') return { ok: true, value: null };
  if (/^[[{"]/.test(trimmed)) {
    try {
      return { ok: true, value: JSON.parse(trimmed) as unknown };
    } catch (error) {
      return { ok: false, message: overrideMessages.badJson(error instanceof Error ? error.message : String(error)) };
    }
  }
  return { ok: true, value: trimmed };
}

/** Where an override landed: the place in the scenario its value (and anything it created) lives. */
interface Applied {
  argument: string;
  path: PathSegment[];
}

/** Names that would reach into JavaScript's object machinery rather than the scenario. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Resolved = { ok: true; path: PathSegment[]; createdFrom?: number } | { ok: false; path: string; message: string };

/**
 * Find the place a dotted path names, walking the data and the schema together. Sections and maps
 * the data leaves out are created on the way (and reported in `createdFrom`).
 */
function resolve(data: Record<string, unknown>, segments: string[]): Resolved {
  let current: unknown = data;
  let path: PathSegment[] = [];
  let createdFrom: number | undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const isLast = i === segments.length - 1;
    const schema = schemaAt(path);
    const kind = schema ? containerKind(schema) : 'value';
    const here = readablePath(data, path);
    const fail = (message: string): Resolved => ({ ok: false, path: here, message });

    if (schema === undefined || kind === 'value' || current === null || typeof current !== 'object') {
      return fail(overrideMessages.notASection(here === '' ? 'the scenario' : here, current));
    }
    if (FORBIDDEN_KEYS.has(segment)) return fail(overrideMessages.unknownKey(segment, undefined, allowedKeys(schema)));
    let next: PathSegment | undefined;
    if (kind === 'section') {
      if (allowedKeys(schema).includes(segment)) next = segment;
      else return fail(overrideMessages.unknownKey(segment, suggestPath(data, segments), allowedKeys(schema)));
    } else if (kind === 'map') {
      if (Object.hasOwn(current, segment) || isLast) next = segment;
      else {
        const suggestion = suggestPath(data, segments);
        return fail(suggestion ? overrideMessages.unknownKey(segment, suggestion, []) : overrideMessages.newMapKeyNeedsValue(segment, dottedPath(data, path)));
      }
    } else {
      const list = current as unknown[];
      const byId = list.findIndex((item) => itemId(item) === segment);
      const byPosition = /^\d+$/.test(segment) ? Number(segment) : -1;
      if (byId >= 0) next = byId;
      else if (byPosition >= 0 && (byPosition < list.length || (isLast && byPosition === list.length))) next = byPosition;
      else {
        const ids = list.map((item) => itemId(item)).filter((id): id is string => id !== undefined);
        return fail(overrideMessages.unknownItem(segment, suggestPath(data, segments), ids));
      }
    }

    path = [...path, next];
    if (isLast) break;
    const container = current as Record<PathSegment, unknown>;
    const child = childSchema(schema, next);
    if ((container[next] === undefined || container[next] === null) && child !== undefined) {
      const childKind = containerKind(child);
      if (childKind === 'section' || childKind === 'map') {
        container[next] = {};
        createdFrom ??= path.length;
      }
    }
    current = container[next];
  }
  return { ok: true, path, createdFrom };
}

/**
 * The nearest valid path to a mistyped one: each part that names nothing is replaced by the
 * closest name allowed there. Undefined when some part is not close to anything.
 */
function suggestPath(data: Record<string, unknown>, segments: string[]): string | undefined {
  let current: unknown = data;
  const path: PathSegment[] = [];
  const names: string[] = [];
  let corrected = false;
  for (const segment of segments) {
    const schema = schemaAt(path);
    if (!schema || current === null || typeof current !== 'object') return undefined;
    const kind = containerKind(schema);
    let candidates: [string, PathSegment][];
    if (kind === 'section') candidates = allowedKeys(schema).map((key) => [key, key]);
    else if (kind === 'map') candidates = Object.keys(current).map((key) => [key, key]);
    else if (kind === 'list') {
      // Items are suggested by id only: "did you mean item 0" for "item 5" would be a guess.
      candidates = (current as unknown[]).flatMap((item, index): [string, PathSegment][] => {
        const id = itemId(item);
        return id === undefined ? [] : [[id, index]];
      });
      if (/^\d+$/.test(segment) && Number(segment) < (current as unknown[]).length) candidates.push([segment, Number(segment)]);
    } else return undefined;
    let match = candidates.find(([name]) => name === segment);
    if (!match) {
      const best = closest(segment, candidates.map(([name]) => name));
      match = candidates.find(([name]) => name === best);
      corrected = true;
    }
    if (!match) return undefined;
    names.push(match[0]);
    path.push(match[1]);
    current = (current as Record<PathSegment, unknown>)[match[1]];
  }
  return corrected ? names.join('.') : undefined;
}

function setAt(data: Record<string, unknown>, path: PathSegment[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, segment) => (node as Record<PathSegment, unknown>)[segment], data) as
    | Record<PathSegment, unknown>
    | unknown[];
  const last = path[path.length - 1];
  if (value === null && !Array.isArray(parent)) delete (parent as Record<PathSegment, unknown>)[last];
  else (parent as Record<PathSegment, unknown>)[last] = value;
}

/**
 * Apply `--set` arguments to a valid scenario and check the result. Problems name the `--set`
 * argument they come from; a problem no override explains (a reference an override broke) also
 * gets its position in the file, through `locate`.
 */
export function overrideScenario(
  scenario: Scenario,
  sets: readonly string[],
  file: string,
  locate?: (path: readonly PathSegment[], at?: 'value' | 'key') => Position,
): Scenario {
  const data = structuredClone(scenario) as Record<string, unknown>;
  const applied: Applied[] = [];
  const problems: ScenarioProblem[] = [];
  for (const argument of sets) {
    const parsed = parseSetArgument(argument);
    if (!parsed.ok) {
      problems.push({ file, set: argument, path: '', message: parsed.message });
      continue;
    }
    const resolved = resolve(data, parsed.value.segments);
    if (!resolved.ok) {
      problems.push({ file, set: argument, path: resolved.path, message: resolved.message });
      continue;
    }
    setAt(data, resolved.path, parsed.value.value);
    applied.push({ argument, path: resolved.createdFrom ? resolved.path.slice(0, resolved.createdFrom) : resolved.path });
  }

  // The overrides that could be applied are checked too, so every problem shows at once.
  const checked = checkScenario(data);
  if (checked.ok && problems.length === 0) return checked.scenario;
  const checkProblems = checked.ok ? [] : checked.problems;
  throw new ScenarioError([
    ...problems,
    ...checkProblems.map((problem) => {
      const readable = readablePath(data, problem.path);
      const cause = [...applied].reverse().find((override) => startsWith(problem.path, override.path) || startsWith(override.path, problem.path));
      if (cause) return { file, set: cause.argument, path: readable, message: problem.message };
      const all = applied.map((override) => override.argument).join(' --set ');
      return { file, ...locate?.(problem.path, problem.at), set: all, path: readable, message: problem.message };
    }),
  ]);
}

/**
 * Apply `--set path=value` overrides to a scenario (in order) and check the result; throws
 * ScenarioError listing every problem. `file` names the scenario in messages.
 */
export function applyOverrides(scenario: Scenario, sets: readonly string[], options: { file?: string } = {}): Scenario {
  return overrideScenario(scenario, sets, options.file ?? 'scenario');
}
