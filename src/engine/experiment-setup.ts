/**
 * Turning a validated scenario and a list of scheme ids into an experiment: compile every scheme
 * once, pick the ones to simulate (always with the baseline, so comparisons are paired).
 */
import type { Book } from '../book/types.js';
import type { Scenario } from '../scenario/schema.js';
import { compileScheme } from '../schemes/compile.js';
import { bookScenario } from './book-start.js';
import { makeExperiment, type Experiment } from './protocol.js';

export interface ExperimentChoice {
  /** Scheme ids to simulate (default: all, in the file's order). */
  schemes?: string[];
  seed: number;
  /** Start every run from this book (no warm-up; the team is the book's). */
  book?: Book;
}

export function setUpExperiment(given: Scenario, choice: ExperimentChoice): { experiment: Experiment; baseline: number } {
  const scenario = choice.book ? bookScenario(given, choice.book) : given;
  const compiled = scenario.schemes.map((scheme) => compileScheme(scheme, scenario.team.hiringLagMonths));
  const { selected, baseline } = selectSchemes(scenario, choice.schemes);
  return { experiment: makeExperiment(scenario, compiled, selected, choice.seed, choice.book), baseline };
}

/**
 * The indices of the schemes an experiment simulates, in the file's order whatever order they were
 * asked in (so output does not depend on the listing), the baseline always among them.
 */
export function selectSchemes(scenario: Scenario, schemes?: readonly string[]): { selected: number[]; baseline: number } {
  const ids = scenario.schemes.map((s) => s.id);
  const baselineId = scenario.baseline ?? scenario.current;
  const baseline = ids.indexOf(baselineId);
  if (baseline < 0) throw new Error(`baseline scheme "${baselineId}" is not among the schemes`);
  const wanted = schemes && schemes.length > 0 ? schemes : ids;
  for (const id of wanted) {
    if (!ids.includes(id)) throw new Error(`unknown scheme "${id}" (schemes: ${ids.join(', ')})`);
  }
  return { selected: ids.map((_, i) => i).filter((i) => wanted.includes(ids[i]) || i === baseline), baseline };
}
