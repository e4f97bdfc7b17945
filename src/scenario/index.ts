/** Scenario files: loading, checking with messages that point at the mistake, `--set` overrides. */
export { loadScenario, parseScenarioText, type LoadOptions } from './load.js';
export { ScenarioError, type ScenarioProblem } from './errors.js';
export { applyOverrides, parseSetArgument, parseSetValue } from './overrides.js';
export { checkScenario, type CheckResult } from './validate.js';
export { scenarioJsonSchemaText } from './json-schema.js';
export { MAX_ALIAS_COUNT, MAX_FILE_BYTES, validSummary } from './messages.js';
export {
  ScenarioSchema,
  scenarioJsonSchema,
  BASES,
  COUNT_BASES,
  RELATIONS,
  ACTIVITY_NAMES,
  type Scenario,
  type Scheme,
  type Role,
  type Component,
  type Transition,
  type Handoff,
  type Hiring,
  type Basis,
  type Relation,
  type Market,
  type ClientsParameters,
  type TeamParameters,
  type BehaviorParameters,
} from './schema.js';
