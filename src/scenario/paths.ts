/**
 * Paths inside a scenario, as people read them. A list item is named by its `id` when it has one
 * (`schemes[new-client-bonus].roles.generalist.pay[servicing].rate`) and by its position otherwise
 * (`transitions[0]`), so a message points at the thing the analyst named, not at a number he must count.
 */
import type { PathSegment } from './schema-walk.js';

/** The value at `path` inside `data`, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** The id of a list item, when it is a mapping with a usable string `id`. */
export function itemId(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && /^[^\s[\].]+$/.test(id) ? id : undefined;
}

/** `schemes[new-client-bonus].roles.generalist.pay[servicing].rate` — the path as messages show it. */
export function readablePath(data: unknown, path: readonly PathSegment[]): string {
  let text = '';
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${itemId(Array.isArray(current) ? current[segment] : undefined) ?? segment}]`;
    } else if (/^[A-Za-z0-9_$-]+$/.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return text;
}

/** `schemes.new-client-bonus.roles.generalist.salary` — the path as `--set` takes it. */
export function dottedPath(data: unknown, path: readonly PathSegment[]): string {
  const parts: string[] = [];
  let current = data;
  for (const segment of path) {
    parts.push(typeof segment === 'number' ? (itemId(Array.isArray(current) ? current[segment] : undefined) ?? String(segment)) : segment);
    current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return parts.join('.');
}

/** Whether `prefix` is the start of `path` (or all of it). */
export function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
