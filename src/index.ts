/**
 * The library API for analysts who script: load and check scenarios, price a payslip, run the
 * simulation, render the report.
 *
 *   import { loadScenario, simulate, renderReport } from 'compsim';
 *   const scenario = loadScenario('scenarios/freight.yaml', { set: ['team.managers=12'] });
 *   const summary = await simulate(scenario, { runs: 200, seed: 1, scenarioName: scenario.name });
 */
export {
  loadScenario,
  parseScenarioText,
  applyOverrides,
  ScenarioError,
  ScenarioSchema,
  scenarioJsonSchema,
  type Scenario,
  type Scheme,
  type Role,
  type Component,
  type ScenarioProblem,
} from './scenario/index.js';
export { compileScheme, type CompiledScheme } from './schemes/compile.js';
export { payFor, type PayBreakdown, type PayLine } from './schemes/pay.js';
export { loadStatement } from './schemes/load-statement.js';
export { StatementSchema, type Statement, type StatementClient } from './schemes/statement.js';
export { simulate, type SimulateOptions } from './engine/simulate.js';
export type { Summary, SchemeSummary, Stat, Comparison } from './engine/summary.js';
export { readBook, BookError, type Book } from './book/index.js';

/** Renders the HTML report of a summary (loads the charting libraries on first use). */
export async function renderReport(summary: import('./engine/summary.js').Summary, options: { lang: 'en' | 'ru' }): Promise<string> {
  const report = await import('./report/index.js');
  return report.renderReport(summary, options);
}
