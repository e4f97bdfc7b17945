/**
 * Dotted scenario paths as --set takes them (`schemes.new-client-bonus.roles.generalist.salary`,
 * list items by id or position) resolved to the keys and positions of the data.
 */

/** The keys and list positions of a dotted path inside `data`; undefined where it leads nowhere. */
export function pathSegments(data: unknown, path: string): (string | number)[] | undefined {
  const segments: (string | number)[] = [];
  let current = data;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) {
      const byId = current.findIndex((item) => item !== null && typeof item === 'object' && (item as { id?: unknown }).id === part);
      const index = byId >= 0 ? byId : /^\d+$/.test(part) && Number(part) < current.length ? Number(part) : -1;
      if (index < 0) return undefined;
      segments.push(index);
      current = current[index];
    } else if (current !== null && typeof current === 'object') {
      segments.push(part);
      current = (current as Record<string, unknown>)[part];
    } else return undefined;
  }
  return segments;
}

/** The value at a dotted path (undefined where it leads nowhere). */
export function valueAtPath(data: unknown, path: string): unknown {
  const segments = pathSegments(data, path);
  if (!segments) return undefined;
  return segments.reduce<unknown>((node, key) => (node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[key]), data);
}
