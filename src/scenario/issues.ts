/**
 * zod's findings rewritten in plain words: what was expected (read from the schema at that path,
 * with its range) and what was found (read from the data), "did you mean" for misspelt keys and
 * choices. One zod issue may become several problems (one per unknown key).
 */
import type { z } from 'zod';
import { schemaMessages } from './messages.js';
import { valueAt } from './paths.js';
import {
  allowedKeys,
  descriptionOf,
  expectationOf,
  keyExpectation,
  schemaAt,
  type PathSegment,
} from './schema-walk.js';
import { closest } from './similar.js';

/** A problem at a path of the scenario, not yet tied to a file position. */
export interface PathProblem {
  path: PathSegment[];
  message: string;
  /** Point at the key that names the node rather than at its value (unknown or badly named keys). */
  at?: 'value' | 'key';
}

/** `root` is the schema the data was checked against: the scenario's, or another file's (a statement). */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, root?: z.ZodType): PathProblem[] {
  const problems = issues.flatMap((issue) => describeIssue(issue, data, root));
  return uniqueProblems(problems);
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, root?: z.ZodType): PathProblem[] {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const value = valueAt(data, path);
  const schema = schemaAt(path, root);

  const parentValue = valueAt(data, path.slice(0, -1));
  const isMissing = path.length > 0 && value === undefined && parentValue !== null && typeof parentValue === 'object';
  if (isMissing && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_key') {
    const expectation = schema ? expectationOf(schema) : undefined;
    const choices = expectation?.kind === 'choice' ? expectation.values : undefined;
    return [{ path, message: schemaMessages.missing(String(path[path.length - 1]), schema ? descriptionOf(schema) : undefined, choices) }];
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = schema ? allowedKeys(schema) : [];
      return issue.keys.map((key) => ({
        path: [...path, key],
        at: 'key' as const,
        message: schemaMessages.unknownKey(key, closest(key, allowed), allowed),
      }));
    }
    case 'invalid_key': {
      const parent = schemaAt(path.slice(0, -1), root);
      const keyRule = parent ? keyExpectation(parent) : undefined;
      const key = String(path[path.length - 1]);
      return [{ path, at: 'key', message: keyRule ? schemaMessages.badMapKey(key, keyRule) : schemaMessages.other(issue.message, key) }];
    }
    case 'invalid_type': {
      if (path.length === 0 && !root) return [{ path, message: schemaMessages.notAScenario(value) }];
      return [{ path, message: schema ? schemaMessages.expected(expectationOf(schema), value) : schemaMessages.other(issue.message, value) }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      return [{ path, message: schemaMessages.wrongChoice(values, value, typeof value === 'string' ? closest(value, values) : undefined) }];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array') {
        return [{ path, message: schemaMessages.tooFewItems(Number(issue.code === 'too_small' ? issue.minimum : 0), value) }];
      }
      if (issue.origin === 'string') {
        return [{ path, message: issue.code === 'too_small' ? schemaMessages.emptyText() : schemaMessages.textTooLong(Number(issue.maximum), value) }];
      }
      return [{ path, message: schema ? schemaMessages.expected(expectationOf(schema), value) : schemaMessages.other(issue.message, value) }];
    }
    case 'invalid_format':
    case 'not_multiple_of':
      return [{ path, message: schema ? schemaMessages.expected(expectationOf(schema), value) : schemaMessages.other(issue.message, value) }];
    default:
      return [{ path, message: schemaMessages.other(issue.message, value) }];
  }
}

/** zod may report one value twice (a whole number beyond the safe range is also beyond the maximum). */
function uniqueProblems(problems: PathProblem[]): PathProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.path, problem.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
