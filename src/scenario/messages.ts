/**
 * Every sentence the scenario loader says to a person, in one place, so the wording stays
 * consistent and tests can rely on it. Messages say what was expected and what was found, in plain
 * words; nothing here knows about zod or YAML internals.
 */
import type { Expectation } from './schema-walk.js';

// ---------------------------------------------------------------- limits

/** Largest scenario file read, in bytes: a hand-written scenario is a few kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most alias expansions (`*name`) a file may make: protects against "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;
/** Most problems listed in one message; the rest are counted. */
const MAX_LISTED_PROBLEMS = 50;

// ---------------------------------------------------------------- the problem list

export interface ProblemText {
  file: string;
  line?: number;
  column?: number;
  path: string;
  message: string;
  set?: string;
}

/**
 * One problem on one line: `file:line:column path: message`, or `file (--set a.b=c) path: message`
 * for a problem that comes from a command-line override.
 */
export function formatProblem(problem: ProblemText): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}:${problem.column ?? 1}`;
  if (problem.set !== undefined) where += ` (--set ${problem.set})`;
  if (problem.path === '') return `${where}: ${problem.message}`;
  return `${where} ${problem.path}: ${problem.message}`;
}

/** All problems, one per line, with a count first when there are several. */
export function problemList(file: string, lines: string[]): string {
  if (lines.length === 1) return lines[0];
  const shown = lines.slice(0, MAX_LISTED_PROBLEMS);
  const more = lines.length - shown.length;
  const tail = more > 0 ? [`... and ${more} more problem${more === 1 ? '' : 's'}`] : [];
  return [`${lines.length} problems in ${file}:`, ...shown, ...tail].join('\n');
}

// ---------------------------------------------------------------- values

/** A value as a message shows it: strings quoted, long ones cut, containers named. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    if (value === '') return 'an empty text';
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'not-a-number (.nan)';
    if (!Number.isFinite(value)) return value > 0 ? 'infinity (.inf)' : 'minus infinity (-.inf)';
    return String(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a mapping (key: value lines)';
  return String(value);
}

function plainNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
}

/** "a whole number from 1 to 600", "a fraction from 0 to 1", "one of owned, originated, ..." */
export function describeExpectation(expectation: Expectation): string {
  switch (expectation.kind) {
    case 'number': {
      const { min, max, whole } = expectation;
      if (!whole && min === 0 && max === 1) return 'a fraction from 0 to 1';
      const noun = whole ? 'a whole number' : 'a number';
      if (Number.isFinite(min) && Number.isFinite(max)) return `${noun} from ${plainNumber(min)} to ${plainNumber(max)}`;
      if (Number.isFinite(min)) return `${noun} of at least ${plainNumber(min)}`;
      if (Number.isFinite(max)) return `${noun} of at most ${plainNumber(max)}`;
      return noun;
    }
    case 'id':
      return 'an id: lower-case letters, digits and dashes, starting with a letter';
    case 'text': {
      const length =
        expectation.maxLength !== undefined
          ? ` of ${Math.max(1, expectation.minLength)} to ${expectation.maxLength} characters`
          : expectation.minLength > 0
            ? ' that is not empty'
            : '';
      const pattern = expectation.pattern ? ` matching /${expectation.pattern}/` : '';
      return `a text${length}${pattern}`;
    }
    case 'boolean':
      return 'true or false';
    case 'choice':
      return `one of ${expectation.values.join(', ')}`;
    case 'list':
      return expectation.minItems > 0 ? `a list with at least ${expectation.minItems} item${expectation.minItems === 1 ? '' : 's'}` : 'a list';
    case 'mapping':
      return 'a mapping (key: value lines)';
    case 'anything':
      return 'a value';
  }
}

/**
 * A hint for values pasted from a spreadsheet or written as a percentage: "15 %" or "20 000" are
 * text to YAML, and 15 where a fraction is wanted most likely meant 15 %.
 */
function hint(expectation: Expectation, value: unknown): string {
  if (expectation.kind !== 'number') return '';
  if (typeof value === 'string') {
    const percent = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(value);
    if (percent) return ` (write percentages as fractions: ${Number(percent[1].replace(',', '.')) / 100} for ${value.trim()})`;
    if (/^\s*[+-]?\d{1,3}([ \u00a0\u202f_,']\d{3})+([.,]\d+)?\s*$/.test(value)) return ' (write numbers without thousands separators)';
    if (/^\s*[+-]?\d+,\d+\s*$/.test(value)) return ' (write decimals with a point: 0.15, not 0,15)';
  }
  if (typeof value === 'number' && !expectation.whole && expectation.min === 0 && expectation.max === 1 && value > 1 && value <= 100) {
    return ` (if you meant ${value} %, write ${Number((value / 100).toPrecision(12))})`;
  }
  return '';
}

// ---------------------------------------------------------------- schema problems

export const schemaMessages = {
  expected: (expectation: Expectation, value: unknown) =>
    `expected ${describeExpectation(expectation)}, found ${shown(value)}${hint(expectation, value)}`,
  wrongChoice: (values: string[], value: unknown, suggestion: string | undefined) =>
    `expected one of ${values.join(', ')}, found ${shown(value)}${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
  missing: (key: string, description: string | undefined, choices?: string[]) =>
    `missing "${key}"${description ? ` (${description})` : ''}${choices ? `; expected one of ${choices.join(', ')}` : ''}`,
  unknownKey: (key: string, suggestion: string | undefined, allowed: string[]) =>
    suggestion
      ? `unknown key "${key}" — did you mean "${suggestion}"?`
      : `unknown key "${key}"; the keys allowed here are ${allowed.join(', ')}`,
  badMapKey: (key: string, expectation: Expectation) =>
    `the key ${JSON.stringify(key)} is not valid here: expected ${describeExpectation(expectation)}`,
  tooFewItems: (minimum: number, value: unknown) =>
    `expected at least ${minimum} item${minimum === 1 ? '' : 's'}, found ${shown(value)}`,
  emptyText: () => 'expected a text that is not empty, found an empty text',
  textTooLong: (maximum: number, value: unknown) => `expected at most ${maximum} characters, found ${shown(value)}`,
  notAScenario: (value: unknown) =>
    `expected a scenario: a mapping with at least "name", "current" and "schemes", found ${shown(value)}`,
  other: (zodMessage: string, value: unknown) => `${zodMessage}, found ${shown(value)}`,
};

// ---------------------------------------------------------------- reading the file

export const fileMessages = {
  missing: () => 'cannot read the file: there is no such file',
  isFolder: () => 'cannot read the file: it is a folder, not a scenario file',
  unreadable: (reason: string) => `cannot read the file: ${reason}`,
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${megabytes(bytes)}; a scenario file may be at most ${megabytes(limit)} (is it the right file?)`,
  tooLargeStream: (limit: number) => `the file is larger than ${megabytes(limit)}, the most a scenario file may be (is it the right file?)`,
  notText: () => 'the file is not text (it contains zero bytes); expected a YAML or JSON scenario',
  empty: () => 'the file is empty; expected a scenario with at least "name", "current" and "schemes"',
  tooManyAliases: (limit: number) =>
    `too many YAML aliases: the file expands anchors (&name, *name) more than ${limit} times; ` +
    'this limit protects against files that expand to a huge size — write the repeated parts out',
  unresolvedAlias: (name: string) => `the alias *${name} names no anchor &${name} defined above it`,
  tooDeep: () => 'the file nests too deeply to read (thousands of levels); expected a scenario a few levels deep',
  yaml: (code: string, message: string, key?: string) => {
    switch (code) {
      case 'DUPLICATE_KEY':
        return `YAML syntax error: the key ${key ? `"${key}" ` : ''}appears twice in the same mapping; each key may appear once`;
      case 'TAB_AS_INDENT':
        return 'YAML syntax error: a tab is used for indentation; YAML indents with spaces only';
      case 'MULTIPLE_DOCS':
        return 'YAML syntax error: the file holds several YAML documents (separated by ---); a scenario is one document';
      case 'TAG_RESOLVE_FAILED':
        return `YAML tags (!name) are not used in scenarios: ${lowerFirst(message)}`;
      default:
        return `YAML syntax error: ${lowerFirst(message)}`;
    }
  },
};

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

function lowerFirst(text: string): string {
  const firstLine = text.split('\n')[0];
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

// ---------------------------------------------------------------- cross-references and consistency

const didYouMean = (suggestion: string | undefined) => (suggestion ? ` — did you mean "${suggestion}"?` : '');
const listOf = (items: string[]) => (items.length > 0 ? items.join(', ') : 'none');

export const referenceMessages = {
  unknownScheme: (id: string, suggestion: string | undefined, ids: string[]) =>
    `expected the id of a scheme in this file (${listOf(ids)}), found "${id}"${didYouMean(suggestion)}`,
  unknownRole: (role: string, suggestion: string | undefined, roles: string[]) =>
    `expected a role of this scheme (${listOf(roles)}), found "${role}"${didYouMean(suggestion)}`,
  noRoles: () => 'expected at least one role (e.g. generalist: { salary: 20000 }), found none',
  duplicateId: (what: string, id: string, firstPath: string) =>
    `${what} id "${id}" is used twice; ids must be unique (first used at ${firstPath})`,
  transitionCycle: (roles: string[]) =>
    roles.length === 2
      ? `a transition from role "${roles[0]}" to itself would move a manager for ever; expected another role in "to"`
      : `transitions form a cycle ${roles.join(' → ')}: a manager could be moved back and forth for ever; remove one of them`,
  rateAndTiers: () => 'a component has either "rate" or "tiers", found both',
  noRateNorTiers: () => 'a component needs "rate" (one rate for everything) or "tiers" (rates by tiers of the basis), found neither',
  firstTierNotZero: (from: number, key = 'from') =>
    `the first tier must start at 0 so every amount has a rate, found ${key}: ${plainNumber(from)}` +
    ' (to pay only on the part above an amount, write rate and paidAbove: amount, or paidAbove: quota)',
  tiersNotIncreasing: (previous: number, from: number, key = 'from') =>
    `tiers must start at strictly increasing ${key === 'from' ? 'amounts' : 'attainments'}, found ${key}: ${plainNumber(from)} after ${key}: ${plainNumber(previous)}`,
  tierFromAndAttainment: () => 'a tier starts either at an amount ("from") or at an attainment of the quota ("attainment"), found both',
  tierStartMissing: (key: string, later: boolean) =>
    later
      ? `expected "${key}" like the first tier (every tier starts the same way), found neither`
      : 'a tier needs where it starts: "from" (an amount) or "attainment" (a fraction of the quota), found neither',
  attainmentWithoutQuota: () => 'attainment is measured against a quota; expected "quota" on the component (e.g. quota: 3000000), found none',
  paidAboveWithTiers: () => 'paidAbove goes with one "rate"; with tiers, let the first tier pay 0 up to the amount instead',
  perClientWithPeriod: () => 'a period or a quota applies to the manager\'s total; expected per: portfolio (the default) with "period" or "quota", found per: client',
  payoutWithoutPeriod: () => 'payout says when a period longer than a month is paid; expected period: quarter or year beside it',
  quotaAmountOrBook: (both: boolean) =>
    both
      ? 'a quota is either a fixed amount ("amount") or set from each manager\'s book ("fromBook"), found both'
      : 'a quota needs "amount" (the same for everybody) or "fromBook" (a multiple of each manager\'s own book), found neither',
  creditAboveWhole: (owner: number, originator: number) =>
    `a credit split shares one client: expected owner + originator at most 1, found ${plainNumber(owner)} + ${plainNumber(originator)} = ${plainNumber(Number((owner + originator).toPrecision(12)))}`,
  creditWithRelation: (relation: string) => `credit says whose shares count (the owner's and the originator's); remove relation: ${relation}`,
  protectAndMonths: (monthsWithoutProtect: boolean) =>
    monthsWithoutProtect
      ? 'months says how long the pay protection lasts; expected protect: holdHarmless or blend beside it'
      : 'a pay protection needs how long it lasts; expected months (e.g. months: 3) beside protect',
  changeoverEmpty: () => 'a changeover protects pay (protect with months) or keeps old clients under the old rules (grandfatherMonths); found neither',
  volumeMissing: () => 'basis volumeReached pays a client\'s first month at or above a volume; expected volume (monthly revenue, e.g. volume: 500000)',
  volumeWithoutMilestone: (basis: string) => `volume goes with basis: volumeReached (a one-off milestone), found basis: ${basis}`,
  quotaNotPositive: () => 'expected a quota above 0 (attainment is measured against it)',
  quotaFromBookNeedsFloor: () =>
    'a quota from the book needs atLeast above 0: a newcomer without a book would otherwise get a quota of 0 (e.g. atLeast: 500000)',
  clawbackWithoutUnitBonus: () =>
    'a clawback takes back one fixed bonus per contract or activation; with paidAbove or tiers by attainment the bonus per unit is not one number: use one rate (or tiers from an amount)',
  quotaAtLeastWithoutBook: () => 'atLeast is the floor of a quota set from the book; expected "fromBook" beside it',
  moneyRateAboveOne: (basis: string, rate: number) =>
    `expected a fraction from 0 to 1 for a rate on ${basis} (money), found ${plainNumber(rate)}` +
    (rate <= 100 ? ` (if you meant ${plainNumber(rate)} %, write ${Number((rate / 100).toPrecision(12))})` : ''),
  clawbackOnMoney: (basis: string, countBases: readonly string[]) =>
    `a clawback takes back a bonus for a count (${countBases.join(', ')}), found basis: ${basis}`,
  activationWindowOnContracted: () =>
    'monthsSinceActivation counts months since a first shipment, which a contracted client has not had; found state: contracted',
  windowEndNotAfterStart: (from: number, to: number) => `expected "to" after "from" (${from}), found to: ${to}`,
  teamRoleHunts: () => 'a role with worksOn: team works on the company\'s existing clients and cannot hunt; remove "hunt" from activities',
  handoffWithoutDelay: () => 'a hand-off needs "afterActivationMonths" or "afterSigningMonths" to say when clients move',
  noHeadcount: () => 'expected at least one person in total, found 0 in every role',
  keepAboveMaxPositions: (kept: number, max: number) =>
    `expected at least as many positions as hiring.keep keeps (${kept} in all), found maxPositions: ${max}`,
  hoursOutsideRange: (min: number, normal: number, max: number) =>
    `expected minHoursPerMonth ≤ hoursPerMonth ≤ maxHoursPerMonth, found ${min} ≤ ${normal} ≤ ${max}`,
  targetValueAndRange: () => 'a target wants either min/max or value (with tolerance), found both',
  targetWantsNothing: () => 'a target needs what it wants: min, max (or both), or value with tolerance; found none of them',
  targetValueWithoutTolerance: () => 'expected a tolerance (a fraction, e.g. 0.1 for ± 10 %) beside value',
  targetMaxNotAboveMin: (min: number, max: number) => `expected max above min (${plainNumber(min)}), found max: ${plainNumber(max)}`,
  targetComparesWithNothing: (form: string) => `as: ${form} compares two measurements; expected "against" (another scheme, variant or measure)`,
  targetAgainstUnused: () => 'as: value measures one thing; remove "against" or say how to compare (as: difference, ratio or elasticity)',
  targetElasticityBy: () => 'as: elasticity and "by" go together: the elasticity of the measure with respect to "by" (e.g. by: huntHoursPerManager)',
  tooManyMonths: (warmup: number, horizon: number) =>
    `warmupMonths + horizonMonths must be at most 600 months (50 years), found ${warmup} + ${horizon} = ${warmup + horizon}`,
};

// ---------------------------------------------------------------- --set overrides

export const overrideMessages = {
  noEquals: () => 'expected path=value, e.g. schemes.new-client-bonus.roles.generalist.salary=30000',
  emptyPath: () => 'expected a path before "=", e.g. schemes.new-client-bonus.roles.generalist.salary=30000',
  emptySegment: () => 'the path has an empty part (two dots in a row, or a dot at an end)',
  badJson: (reason: string) => `the value looks like JSON but is not valid JSON: ${reason}`,
  unknownKey: (key: string, suggestion: string | undefined, allowed: string[]) =>
    `unknown key "${key}"` +
    (suggestion ? ` — did you mean ${suggestion}?` : `; the keys allowed here are ${listOf(allowed.slice(0, 20))}${allowed.length > 20 ? ', ...' : ''}`),
  unknownItem: (item: string, suggestion: string | undefined, ids: string[]) =>
    `no item "${item}" in this list` +
    (suggestion ? ` — did you mean ${suggestion}?` : `; address items by id (${listOf(ids)}) or by position from 0`),
  notASection: (where: string, value: unknown) => `${where} is a single value (${shown(value)}), so nothing is inside it`,
  newMapKeyNeedsValue: (key: string, where: string) =>
    `there is no "${key}" in ${where} yet; to add one, set the whole entry, e.g. ${where}.${key}={...} as JSON`,
};

// ---------------------------------------------------------------- the one-line summary

/** `valid — 6 schemes, 36 months after 24 months of warm-up, current new-client-bonus` */
export function validSummary(scenario: {
  schemes: unknown[];
  horizonMonths: number;
  warmupMonths: number;
  current: string;
  baseline?: string;
}): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const warmup = scenario.warmupMonths > 0 ? ` after ${count(scenario.warmupMonths, 'month')} of warm-up` : ', no warm-up';
  const baseline = scenario.baseline && scenario.baseline !== scenario.current ? `, baseline ${scenario.baseline}` : '';
  return `valid — ${count(scenario.schemes.length, 'scheme')}, ${count(scenario.horizonMonths, 'month')}${warmup}, current ${scenario.current}${baseline}`;
}
