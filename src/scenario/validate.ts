/**
 * One scenario value checked in full: the schema (types, ranges, unknown keys) and the
 * cross-references and consistency rules, all problems at once. Positions are added by the caller,
 * which knows where the value came from (a file, a `--set`).
 */
import { describeIssues, type PathProblem } from './issues.js';
import { startsWith } from './paths.js';
import { checkReferences, checkReferencesOfInvalid } from './references.js';
import { ScenarioSchema, type Scenario } from './schema.js';

export type CheckResult = { ok: true; scenario: Scenario } | { ok: false; problems: PathProblem[] };

export function checkScenario(data: unknown): CheckResult {
  const parsed = ScenarioSchema.safeParse(data);
  if (parsed.success) {
    const problems = checkReferences(parsed.data);
    return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: parsed.data };
  }
  const schemaProblems = describeIssues(parsed.error.issues, data);
  // A value the schema already rejected is not reported a second time as a dangling reference.
  const referenceProblems = checkReferencesOfInvalid(data).filter(
    (problem) => !schemaProblems.some((schemaProblem) => startsWith(problem.path, schemaProblem.path) || startsWith(schemaProblem.path, problem.path)),
  );
  return { ok: false, problems: [...schemaProblems, ...referenceProblems] };
}
