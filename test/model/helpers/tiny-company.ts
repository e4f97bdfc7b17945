/**
 * A company of one or two managers and a handful of clients for the phases' unit tests: the
 * scenario's defaults (src/scenario/schema.ts) with the numbers a test sets, one scheme the test
 * writes (a generalist on salary only, by default), and dice the test scripts (scripted-dice.ts).
 * Clients are put into the book by hand with `addClient`; nothing is drawn until a phase runs.
 */
import { ACTIVE, CONTRACTED, PAYS_ON_TIME } from '../../../src/model/codes.js';
import { Company } from '../../../src/model/company.js';
import { deriveParameters } from '../../../src/model/parameters.js';
import { ScenarioSchema, type Scenario } from '../../../src/scenario/schema.js';
import { compileScheme, type CompiledScheme } from '../../../src/schemes/compile.js';
import { scriptedDraw, type Script } from './scripted-dice.js';

export const KEY = 12345;

type Section<K extends keyof Scenario> = Partial<Scenario[K]>;

export interface TinyOptions {
  market?: Section<'market'>;
  clients?: Section<'clients'>;
  team?: Section<'team'>;
  behavior?: Section<'behavior'>;
  /** The schemes as a scenario file writes them (the first is in force); default: one generalist on 20 000 salary. */
  schemes?: unknown[];
  /** Every draw of the run; unscripted draws (undefined) use the real dice. */
  script?: Script;
  managers?: number;
}

export function tinyScenario(options: TinyOptions = {}): Scenario {
  const schemes = options.schemes ?? [{ id: 'plain', name: 'Plain', roles: { generalist: { salary: 20_000 } } }];
  const parsed = ScenarioSchema.parse({
    name: 'tiny',
    current: (schemes[0] as { id: string }).id,
    warmupMonths: 0,
    horizonMonths: 12,
    schemes,
  });
  // Hours are fixed at hoursPerMonth (the floor and the ceiling equal to it) unless a test opens
  // the range: the split's tests are worked by hand at known hours; effort has its own.
  const hours = options.team?.hoursPerMonth ?? parsed.team.hoursPerMonth;
  return {
    ...parsed,
    market: { ...parsed.market, ...options.market },
    clients: { ...parsed.clients, ...options.clients },
    team: { ...parsed.team, managers: options.managers ?? 1, minHoursPerMonth: hours, maxHoursPerMonth: hours, ...options.team },
    behavior: { ...parsed.behavior, ...options.behavior },
  };
}

export interface Tiny {
  company: Company;
  scenario: Scenario;
  schemes: CompiledScheme[];
}

/**
 * The company with its managers employed in the entry role (person = slot, tenure 24 months, both
 * skills 1, temperament at the scenario's mean, hours split evenly) and no clients yet.
 */
export function tinyCompany(options: TinyOptions = {}): Tiny {
  const scenario = tinyScenario(options);
  const schemes = scenario.schemes.map((s) => compileScheme(s, scenario.team.hiringLagMonths));
  const draw = options.script ? scriptedDraw(KEY, options.script) : undefined;
  const company = new Company(deriveParameters(scenario), KEY, schemes, schemes[0], draw);
  const team = company.team;
  for (let s = 0; s < scenario.team.managers; s++) {
    team.role[s] = schemes[0].entryRole;
    team.person[s] = s;
    team.tenure[s] = 24;
    team.huntSkill[s] = 1;
    team.farmSkill[s] = 1;
    team.affinity[s] = scenario.team.hunterAffinityMean;
    team.referenceIncome[s] = scenario.team.outsideWage;
    team.pay[s] = scenario.team.outsideWage;
    for (let a = 0; a < 3; a++) team.split[s * 3 + a] = 1 / 3;
  }
  team.nextPerson = scenario.team.managers;
  return { company, scenario, schemes };
}

export interface ClientSpec {
  state?: typeof CONTRACTED | typeof ACTIVE;
  owner?: number;
  potential?: number;
  share?: number;
  marginRate?: number;
  payment?: number;
  frailty?: number;
  signedMonth?: number;
  activatedMonth?: number;
  relationStart?: number;
  /** Last month's money (revenue; margin = revenue × marginRate; all collected). */
  revenue?: number;
}

/** Puts a client into the book by hand; returns its index (its number, `book.id`, is the order added). */
export function addClient(company: Company, spec: ClientSpec = {}): number {
  const book = company.book;
  const i = book.add();
  const state = spec.state ?? ACTIVE;
  book.state[i] = state;
  book.owner[i] = spec.owner ?? 0;
  book.originSlot[i] = spec.owner ?? 0;
  book.originPerson[i] = company.team.person[spec.owner ?? 0];
  book.potential[i] = spec.potential ?? 1_000_000;
  book.share[i] = state === ACTIVE ? (spec.share ?? 0.4) : 0;
  book.marginRate[i] = spec.marginRate ?? 0.15;
  book.payment[i] = spec.payment ?? PAYS_ON_TIME;
  book.frailty[i] = spec.frailty ?? 1;
  book.signedMonth[i] = spec.signedMonth ?? -24;
  book.activatedMonth[i] = state === ACTIVE ? (spec.activatedMonth ?? -20) : -1;
  book.relationStart[i] = spec.relationStart ?? book.signedMonth[i];
  const revenue = spec.revenue ?? book.potential[i] * (state === ACTIVE ? book.share[i] : company.params.scenario.clients.contractedShareOfWallet);
  book.revenue[i] = revenue;
  book.margin[i] = revenue * book.marginRate[i];
  book.collected[i] = revenue;
  book.baseMargin[i] = book.margin[i];
  return i;
}
