/**
 * Reading the zod schema as data: which keys a section allows, what a value must be, and the
 * description written next to it. Messages ("expected a whole number from 1 to 600", "missing
 * "salary" (Fixed monthly salary ...)") and `--set` paths come from here, so they can never
 * disagree with the schema itself.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

export type PathSegment = string | number;

/** What a value at some place in the scenario must be, as plain data for the messages module. */
export type Expectation =
  | { kind: 'number'; min: number; max: number; whole: boolean }
  | { kind: 'id' }
  | { kind: 'text'; minLength: number; maxLength?: number; pattern?: string }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'list'; minItems: number }
  | { kind: 'mapping' }
  | { kind: 'anything' };

type Schema = z.ZodType;

/** The pattern schema.ts gives every id (scheme, role, component, ...). */
const ID_PATTERN_SOURCE = '^[a-z][a-z0-9-]*$';

/** The schema with default/optional/nullable wrappers removed. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap() as Schema;
  }
  return current;
}

/**
 * The schema with wrappers removed and, for a choice between a single value and a section (a
 * quota is a number or {amount, ratchet, ...}), the section: what a path can go into.
 */
function container(schema: Schema): Schema {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodUnion)) return inner;
  const options = (inner.options as Schema[]).map(unwrap);
  return options.find((option) => option instanceof z.ZodObject || option instanceof z.ZodRecord || option instanceof z.ZodArray) ?? inner;
}

/** The schema of the value at `segment` inside a value of `schema`, or undefined when there is none. */
export function childSchema(schema: Schema, segment: PathSegment): Schema | undefined {
  const inner = container(schema);
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, Schema>;
    return typeof segment === 'string' && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
  }
  if (inner instanceof z.ZodArray) return typeof segment === 'number' ? (inner.element as Schema) : undefined;
  if (inner instanceof z.ZodRecord) return typeof segment === 'string' ? (inner.valueType as Schema) : undefined;
  return undefined;
}

/** The schema of the value at `path` in a scenario, or undefined when the path leads nowhere. */
export function schemaAt(path: readonly PathSegment[], root: Schema = ScenarioSchema): Schema | undefined {
  let schema: Schema | undefined = root;
  for (const segment of path) {
    if (schema === undefined) return undefined;
    schema = childSchema(schema, segment);
  }
  return schema;
}

/** What sort of container a schema describes: a section with fixed keys, a map keyed by id, a list, or a single value. */
export function containerKind(schema: Schema): 'section' | 'map' | 'list' | 'value' {
  const inner = container(schema);
  if (inner instanceof z.ZodObject) return 'section';
  if (inner instanceof z.ZodRecord) return 'map';
  if (inner instanceof z.ZodArray) return 'list';
  return 'value';
}

/** The keys a section allows (empty for anything else). */
export function allowedKeys(schema: Schema): string[] {
  const inner = container(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** Whether a key of a section may be left out (it is optional or has a default). */
export function isOptionalKey(schema: Schema, key: string): boolean {
  const child = childSchema(schema, key);
  return child instanceof z.ZodOptional || child instanceof z.ZodDefault;
}

/** The description written in the schema, looking through wrappers. */
export function descriptionOf(schema: Schema): string | undefined {
  let current: Schema = schema;
  for (;;) {
    if (current.description) return current.description;
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as Schema;
    } else {
      return undefined;
    }
  }
}

/** What a value of this schema must be. */
export function expectationOf(schema: Schema): Expectation {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodNumber) {
    return { kind: 'number', min: inner.minValue ?? -Infinity, max: inner.maxValue ?? Infinity, whole: inner.isInt };
  }
  if (inner instanceof z.ZodString) {
    const pattern = stringPattern(inner);
    if (pattern?.source === ID_PATTERN_SOURCE) return { kind: 'id' };
    return { kind: 'text', minLength: inner.minLength ?? 0, maxLength: inner.maxLength ?? undefined, pattern: pattern?.source };
  }
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (inner instanceof z.ZodEnum) return { kind: 'choice', values: inner.options.map(String) };
  if (inner instanceof z.ZodArray) {
    const minimum = (inner._zod.def.checks ?? []).map((check) => (check._zod.def as { minimum?: number }).minimum);
    return { kind: 'list', minItems: minimum.find((value) => typeof value === 'number') ?? 0 };
  }
  if (inner instanceof z.ZodObject || inner instanceof z.ZodRecord) return { kind: 'mapping' };
  return { kind: 'anything' };
}

/** The expectation for keys of a map (e.g. role ids in `roles`), when the schema is a map. */
export function keyExpectation(schema: Schema): Expectation | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodRecord ? expectationOf(inner.keyType as Schema) : undefined;
}

function stringPattern(schema: z.ZodString): RegExp | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const pattern = (check._zod.def as { pattern?: unknown }).pattern;
    if (pattern instanceof RegExp) return pattern;
  }
  return undefined;
}
