/**
 * Random edits of a parsed YAML document, as an analyst's slips would make them: numbers scaled,
 * nudged or replaced by values inside and outside their ranges, keys deleted or misspelt, values
 * of the wrong type, list items duplicated. fast-check generates the edits (so a failure shrinks
 * to the smallest one); they are applied to a copy, leaving the original untouched.
 */
import fc from 'fast-check';

type Path = (string | number)[];
interface Node {
  path: Path;
  value: unknown;
}

export interface Mutation {
  kind: 'scale' | 'extreme' | 'delete' | 'rename' | 'swap' | 'duplicate';
  /** Which candidate node, modulo the number of candidates. */
  pick: number;
  /** Which factor, extreme value, replacement or new name, modulo their number. */
  choice: number;
  /** For `scale`: a relative nudge added to the factor. */
  nudge: number;
}

const FACTORS = [0, -1, 0.5, 1.5, 2, 10, 1000, 1e6, 1e-3];
const EXTREMES = [-1, 0, 1, 1.0000001, 0.5, 100, 601, 1e9, 1e13, 1e300, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53 + 2];
const REPLACEMENTS: unknown[] = ['15 %', '20 000', '0,15', '', 'abc', true, null, [], {}, [1, 2], { a: 1 }, 0, -5, '<b>x</b>'];
const RENAMES: ((key: string) => string)[] = [(k) => `${k}s`, (k) => k.toUpperCase(), (k) => k.slice(0, -1), (k) => `x${k}`, (k) => k.replace(/-/g, '_')];

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('scale', 'extreme', 'delete', 'rename', 'swap', 'duplicate'),
  pick: fc.nat(),
  choice: fc.nat(),
  nudge: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
});

function nodes(value: unknown, path: Path = [], out: Node[] = []): Node[] {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((item, k) => nodes(item, [...path, k], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) nodes(child, [...path, key], out);
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
}

/** `document` with `mutation` applied (a new object); unchanged when nothing fits the kind. */
export function mutate(document: unknown, mutation: Mutation): unknown {
  const root = structuredClone(document);
  const all = nodes(root).filter((node) => node.path.length > 0);
  const candidates = all.filter((node) => {
    switch (mutation.kind) {
      case 'scale':
      case 'extreme':
        return typeof node.value === 'number';
      case 'rename':
        return typeof node.path[node.path.length - 1] === 'string';
      case 'duplicate':
        return Array.isArray(node.value) && node.value.length > 0;
      default:
        return true;
    }
  });
  if (candidates.length === 0) return root;
  const { path, value } = candidates[mutation.pick % candidates.length];
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  switch (mutation.kind) {
    case 'scale':
      parent[key] = (value as number) * (FACTORS[mutation.choice % FACTORS.length] + mutation.nudge);
      break;
    case 'extreme':
      parent[key] = EXTREMES[mutation.choice % EXTREMES.length];
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'rename': {
      const renamed = RENAMES[mutation.choice % RENAMES.length](key as string);
      delete parent[key];
      parent[renamed] = value;
      break;
    }
    case 'swap':
      parent[key] = structuredClone(REPLACEMENTS[mutation.choice % REPLACEMENTS.length]);
      break;
    case 'duplicate': {
      const list = value as unknown[];
      list.push(structuredClone(list[mutation.choice % list.length]));
      break;
    }
  }
  return root;
}
