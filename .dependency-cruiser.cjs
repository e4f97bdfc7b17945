/**
 * The one-way flow of the stages (README, "Architecture for the next engineer"), checked by
 * dependency-cruiser in `npm test` (`npm run lint:layers`):
 *
 *   scenario, book ──► schemes ──► model ──► engine ──► whatif ──► report ──► cli
 *   stats: a leaf library any stage may use; model/codes.ts: a leaf of names
 *
 * A module may import only from stages to its left. Type-only imports count like any other
 * (`tsPreCompilationDeps`): a type is a dependency on the module that defines it. The one place
 * they are let through is a cycle: the model's phase modules take `type Company` while company.ts
 * builds them, which is a cycle only before compilation.
 *
 * test/layers/rules.test.ts runs these rules on a tiny tree with one forbidden import per rule, so
 * a rule that stops matching (a renamed folder, a broken pattern) fails the tests.
 */

/** Stages that come after a stage, as path patterns. */
const later = (...stages) => `^src/(${stages.join('|')})/`;

/**
 * Temporary exceptions, each one pair (importing file, imported module) of one rule. They are in
 * files another change is rewriting right now; remove the pair when it lands (the rules test
 * fails on a pair that no longer occurs, so none is forgotten).
 */
const EXCEPTIONS = [];

const RULES = [
  {
    name: 'stats-is-a-leaf',
    comment: 'src/stats/ is a library of statistics (moments, sketches, intervals): it imports nothing from the stages.',
    severity: 'error',
    from: { path: '^src/stats/' },
    to: { path: '^src/', pathNot: '^src/stats/' },
  },
  {
    name: 'codes-import-nothing',
    comment: 'src/model/codes.ts holds the names (states, activities, bases) that schemes, model and engine share: it imports nothing.',
    severity: 'error',
    from: { path: '^src/model/codes\\.ts$' },
    to: {},
  },
  {
    name: 'input-stages-import-nothing-later',
    comment: 'src/scenario/ and src/book/ (the CSV import) read the inputs: they import nothing from the stages that use them.',
    severity: 'error',
    from: { path: '^src/(scenario|book)/' },
    to: { path: later('schemes', 'model', 'engine', 'whatif', 'report', 'cli') },
  },
  {
    name: 'schemes-only-scenario-stats-codes',
    comment: 'src/schemes/ (the pay rules) imports only the scenario, the statistics and the shared names of src/model/codes.ts.',
    severity: 'error',
    from: { path: '^src/schemes/' },
    to: { path: '^src/', pathNot: ['^src/(schemes|scenario|stats)/', '^src/model/codes\\.ts$'] },
  },
  {
    name: 'model-not-later',
    comment: 'src/model/ (the phases of the month) imports nothing from the engine, what-if, report or command line.',
    severity: 'error',
    from: { path: '^src/model/' },
    to: { path: later('engine', 'whatif', 'report', 'cli') },
  },
  {
    name: 'engine-not-later',
    comment: 'src/engine/ does not know it is being batched, reported or run from a command line.',
    severity: 'error',
    from: { path: '^src/engine/' },
    to: { path: later('whatif', 'report', 'cli') },
  },
  {
    name: 'whatif-not-later',
    comment: 'src/whatif/ (designs and analysis) imports nothing from the report or the command line.',
    severity: 'error',
    from: { path: '^src/whatif/' },
    to: { path: later('report', 'cli') },
  },
  {
    name: 'whatif-no-worker-threads',
    comment: "Worker threads belong to the engine's runner; what-if designs run their points through it.",
    severity: 'error',
    from: { path: '^src/whatif/' },
    to: { dependencyTypes: ['core'], path: '^(node:)?worker_threads$' },
  },
  {
    name: 'report-not-cli',
    comment: 'src/report/ builds pages; argv, stdout and files are the command line\'s.',
    severity: 'error',
    from: { path: '^src/report/' },
    to: { path: later('cli') },
  },
  {
    name: 'report-not-whatif-simulation',
    comment:
      "src/report/ may read what-if results and their analysis (sweep, sensitivity, observables), not the code that simulates the points (the pool, the points, the experiment runner, shards' part files).",
    severity: 'error',
    from: { path: '^src/report/' },
    to: { path: '^src/whatif/(points|experiment|run-shard|part-file)\\.ts$' },
  },
  {
    name: 'command-line-packages-only-in-cli',
    comment: 'yargs and cli-progress are the command line\'s (the build and bench tooling lives in tools/, outside src/).',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/cli/' },
    to: { path: '^node_modules/(@types/)?(yargs|cli-progress)/' },
  },
  {
    name: 'library-not-on-tools',
    comment: 'The shipped library never imports the build or bench tooling in tools/.',
    severity: 'error',
    from: { path: '^src/' },
    to: { path: '^tools/' },
  },
  {
    name: 'no-runtime-cycles',
    comment: "No circular imports, except through a type-only import (a phase module taking `type Company` from the company that builds it): those vanish when compiled.",
    severity: 'error',
    from: {},
    to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
  },
  {
    name: 'no-unresolvable',
    comment: 'Every import resolves to a file or package; one that does not would slip past every rule above.',
    severity: 'error',
    from: {},
    to: { couldNotResolve: true },
  },
];

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const exactly = (path) => `^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

/**
 * A rule with its exceptions taken out: the rule as written for every other file, and for each
 * excepted file the same rule without the excepted imports.
 */
function withExceptions(rule) {
  const pairs = EXCEPTIONS.filter((exception) => exception.rule === rule.name);
  if (pairs.length === 0) return [rule];
  const files = [...new Set(pairs.map((pair) => pair.from))];
  return [
    { ...rule, from: { ...rule.from, pathNot: [...asList(rule.from.pathNot), ...files.map(exactly)] } },
    ...files.map((file) => ({
      ...rule,
      comment: `${rule.comment} Temporary exception in ${file}: ${pairs.filter((p) => p.from === file).map((p) => `${p.to} (${p.because})`).join(', ')}.`,
      from: { path: exactly(file) },
      to: { ...rule.to, pathNot: [...asList(rule.to.pathNot), ...pairs.filter((p) => p.from === file).map((p) => exactly(p.to))] },
    })),
  ];
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: RULES.flatMap(withExceptions),
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    // Packages that declare their entry points only in `exports` (vega-lite), as Node resolves them.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
// The rules as written and their exceptions, for test/layers/rules.test.ts; not enumerable, so
// dependency-cruiser's check of the configuration (which allows no other keys) does not see them.
Object.defineProperty(module.exports, 'rules', { value: RULES });
Object.defineProperty(module.exports, 'exceptions', { value: EXCEPTIONS });
