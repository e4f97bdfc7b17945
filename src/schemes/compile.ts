/**
 * Compiling a scheme: the scenario's pay rules turned once into plain numeric records that the
 * month loop and the payslip calculator both read. Nothing here knows which scheme it compiles;
 * behaviour differs between schemes only through these numbers.
 */
import type { Basis, Component, Scheme, Relation, Translations } from '../scenario/schema.js';
import { COUNT_BASES } from '../scenario/vocabulary.js';
import * as codes from '../model/codes.js';

/** A scenario's basis and relation names as the codes the compiled records hold (model/codes.ts). */
export const BASIS_CODES: Record<Basis, number> = {
  revenue: codes.REVENUE,
  margin: codes.MARGIN,
  collectedRevenue: codes.COLLECTED_REVENUE,
  collectedMargin: codes.COLLECTED_MARGIN,
  growth: codes.GROWTH,
  newContracts: codes.NEW_CONTRACTS,
  activations: codes.ACTIVATIONS,
  volumeReached: codes.VOLUME_REACHED,
};
export const RELATION_CODES: Record<Relation, number> = { owned: codes.OWNED, originated: codes.ORIGINATED, trailing: codes.TRAILING, team: codes.TEAM };
/** Component state filters: which client states a component counts. */
const STATE_FILTER = { contracted: codes.COUNTS_CONTRACTED, active: codes.COUNTS_ACTIVE, any: codes.COUNTS_ANY } as const;

export interface CompiledComponent {
  id: string;
  name: string;
  /** Index of the component in its scheme's flat component list. */
  index: number;
  basis: number;
  isCount: boolean;
  relation: number;
  /** Bit mask of client states counted: 1 contracted, 2 active. */
  stateMask: number;
  signingFrom: number;
  signingTo: number;
  activationFrom: number;
  activationTo: number;
  /** Whether the component has a window counted from activation (so only active clients match). */
  needsActivation: boolean;
  perClient: boolean;
  /** Schedule: tier starts and rates (a flat rate is one tier from 0). */
  tierFrom: Float64Array;
  tierRate: Float64Array;
  retroactive: boolean;
  threshold: number;
  cap: number;
  clawbackMonths: number;
  clawbackShare: number;
  /** Months in the measurement period: 1 (month), 3 (quarter) or 12 (year). */
  periodMonths: number;
  /** Advanced monthly on the period so far and trued up at its end (else paid at the period's end). */
  advance: boolean;
  /** Whether the component carries state from month to month: a period longer than a month, or a quota. */
  periodic: boolean;
  hasQuota: boolean;
  /** The quota per period: a fixed amount (NaN: set from the book), or `quotaFromBook` × his first month's basis × periodMonths, at least `quotaAtLeast`. */
  quotaAmount: number;
  quotaFromBook: number;
  quotaAtLeast: number;
  /** Next period's quota is max(quota, ratchet × this period's result); 0: no ratchet. */
  ratchet: number;
  /** Tier starts are attainments: fractions of the quota. */
  attainmentTiers: boolean;
  /** With basis volumeReached: the monthly revenue whose first month reached pays (Infinity otherwise). */
  volume: number;
  /** With a credit split (relation CREDIT): the shares of the owner and of the originator (0 otherwise). */
  creditOwner: number;
  creditOriginator: number;
}

export interface CompiledRole {
  id: string;
  name: string;
  translations?: Translations;
  index: number;
  salary: number;
  salaryIsDraw: boolean;
  /** May spend hours on: [hunt, activate, farm]. */
  allowed: [boolean, boolean, boolean];
  worksOnTeam: boolean;
  components: CompiledComponent[];
  /** How strongly the role is about hunting, for splitting a team by temperament: 1 hunts only, 0 never hunts. */
  huntingOrientation: number;
}

export interface CompiledTransition {
  from: number;
  to: number;
  basis: number;
  atLeast: number;
  forMonths: number;
}

export interface CompiledHandoff {
  /** fromRole[r] is true when role r hands its clients over. */
  fromRole: boolean[];
  to: number;
  afterActivationMonths: number;
  afterSigningMonths: number;
}

export interface CompiledScheme {
  id: string;
  name: string;
  description: string;
  translations?: Translations;
  roles: CompiledRole[];
  entryRole: number;
  components: CompiledComponent[];
  transitions: CompiledTransition[];
  handoffs: CompiledHandoff[];
  /** Head-count per role at the start of the scheme, or null: everybody keeps to the entry role. */
  headcount: number[] | null;
  assignment: 'temperament' | 'skill';
  hiringLagMonths: number | null;
  /** Role a quitting manager's vacancy is refilled in, or −1: the leaver's role. */
  refillRole: number;
  /** Fewest positions (employed + open vacancies) kept per role, or null: none kept. */
  keep: number[] | null;
  /** Most positions `keep` may open up to, or null: the default (`positionLimit`). */
  maxPositions: number | null;
  /** Role whose least-loaded member takes a leaver's clients, or −1: the leaver's role. */
  leaverClientsTo: number;
  /** Role whose least-loaded member takes a promoted manager's clients, or −1: he keeps them. */
  promotedClientsTo: number;
  /** Whether any component pays on team-wide money or counts (needs company totals each month). */
  hasTeamComponents: boolean;
  /** Whether any component is measured over a quarter or a year or against a quota (the ledger keeps periods). */
  hasPeriodic: boolean;
  /** A protected changeover from the scheme in force before it (model/changeover.ts), or null. */
  changeover: CompiledChangeover | null;
}

export interface CompiledChangeover {
  /** PROTECT_NONE, PROTECT_HOLD_HARMLESS or PROTECT_BLEND, for `months` months after the switch. */
  protect: number;
  months: number;
  /** Months the clients signed before the switch stay under the old rules (0: none). */
  grandfatherMonths: number;
}

export const PROTECT_NONE = 0;
export const PROTECT_HOLD_HARMLESS = 1;
export const PROTECT_BLEND = 2;

const PERIOD_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/** The component's tiers as starts and rates; `paidAbove` is a zero tier up to the amount (or the quota), then the rate. */
function tiersOf(component: Component): { starts: number[]; rates: number[]; attainment: boolean } {
  const rate = component.rate ?? 0;
  const above = component.paidAbove;
  if (above !== undefined) return { starts: [0, above === 'quota' ? 1 : above], rates: [0, rate], attainment: above === 'quota' };
  const tiers = component.tiers;
  if (!tiers) return { starts: [0], rates: [rate], attainment: false };
  const attainment = tiers[0].from === undefined && tiers[0].attainment !== undefined;
  return { starts: tiers.map((tier) => (attainment ? tier.attainment : tier.from) ?? 0), rates: tiers.map((tier) => tier.rate), attainment };
}

function compileComponent(component: Component, index: number): CompiledComponent {
  const tiers = tiersOf(component);
  const periodMonths = PERIOD_MONTHS[component.period ?? 'month'];
  const quota = component.quota;
  const signing = component.monthsSinceSigning;
  const activation = component.monthsSinceActivation;
  return {
    id: component.id,
    name: component.name ?? component.id,
    index,
    basis: BASIS_CODES[component.basis],
    isCount: COUNT_BASES.includes(component.basis),
    relation: component.credit ? codes.CREDIT : RELATION_CODES[component.relation],
    stateMask: STATE_FILTER[component.state],
    signingFrom: signing?.from ?? 0,
    signingTo: signing?.to ?? Infinity,
    activationFrom: activation?.from ?? 0,
    activationTo: activation?.to ?? Infinity,
    needsActivation: activation !== undefined,
    perClient: component.per === 'client',
    tierFrom: Float64Array.from(tiers.starts),
    tierRate: Float64Array.from(tiers.rates),
    retroactive: component.tierMode === 'retroactive',
    threshold: component.threshold ?? 0,
    cap: component.cap ?? Infinity,
    clawbackMonths: component.clawback?.withinMonths ?? 0,
    clawbackShare: component.clawback?.share ?? 0,
    periodMonths,
    advance: component.payout === 'monthlyAdvance',
    periodic: periodMonths > 1 || quota !== undefined,
    hasQuota: quota !== undefined,
    quotaAmount: typeof quota === 'number' ? quota : (quota?.amount ?? NaN),
    quotaFromBook: typeof quota === 'object' ? (quota.fromBook ?? 0) : 0,
    quotaAtLeast: typeof quota === 'object' ? (quota.atLeast ?? 0) : 0,
    ratchet: typeof quota === 'object' ? (quota.ratchet ?? 0) : 0,
    attainmentTiers: tiers.attainment,
    volume: component.volume ?? Infinity,
    creditOwner: component.credit?.owner ?? 0,
    creditOriginator: component.credit?.originator ?? 0,
  };
}

export function compileScheme(scheme: Scheme, defaultHiringLag: number): CompiledScheme {
  const roleIds = Object.keys(scheme.roles);
  const components: CompiledComponent[] = [];
  const roles: CompiledRole[] = roleIds.map((roleId, index) => {
    const role = scheme.roles[roleId];
    const compiled = role.pay.map((component) => {
      const c = compileComponent(component, components.length);
      components.push(c);
      return c;
    });
    const allowed: [boolean, boolean, boolean] = [
      role.activities.includes('hunt'),
      role.activities.includes('activate'),
      role.activities.includes('farm'),
    ];
    return {
      id: roleId,
      name: role.name ?? roleId,
      translations: role.translations,
      index,
      salary: role.salary,
      salaryIsDraw: role.salaryIsDraw,
      allowed,
      worksOnTeam: role.worksOn === 'team',
      components: compiled,
      huntingOrientation: allowed[codes.HUNT] ? 1 / role.activities.length : 0,
    };
  });
  const roleIndex = (id: string): number => {
    const index = roleIds.indexOf(id);
    if (index < 0) throw new Error(`scheme ${scheme.id}: no role "${id}"`);
    return index;
  };
  const hiring = scheme.hiring;
  const headcount = hiring?.headcount ? roleIds.map((roleId) => hiring.headcount?.[roleId] ?? 0) : null;
  const keep = hiring?.keep ? roleIds.map((roleId) => hiring.keep?.[roleId] ?? 0) : null;
  const optionalRole = (id: string | undefined): number => (id === undefined ? -1 : roleIndex(id));
  return {
    id: scheme.id,
    name: scheme.name,
    description: scheme.description,
    translations: scheme.translations,
    roles,
    entryRole: scheme.entryRole ? roleIndex(scheme.entryRole) : 0,
    components,
    transitions: scheme.transitions.map((t) => ({
      from: roleIndex(t.from),
      to: roleIndex(t.to),
      basis: BASIS_CODES[t.basis],
      atLeast: t.atLeast,
      forMonths: t.forMonths,
    })),
    handoffs: scheme.handoffs.map((h) => ({
      fromRole: roleIds.map((roleId) => h.from.includes(roleId)),
      to: roleIndex(h.to),
      afterActivationMonths: h.afterActivationMonths ?? Infinity,
      afterSigningMonths: h.afterSigningMonths ?? Infinity,
    })),
    headcount,
    assignment: scheme.hiring?.assignment ?? 'temperament',
    hiringLagMonths: scheme.hiring ? (scheme.hiring.lagMonths ?? defaultHiringLag) : null,
    refillRole: optionalRole(hiring?.refillRole),
    keep,
    maxPositions: hiring?.maxPositions ?? null,
    leaverClientsTo: optionalRole(hiring?.leaverClientsTo),
    promotedClientsTo: optionalRole(hiring?.promotedClientsTo),
    hasTeamComponents: components.some((c) => c.relation === codes.TEAM),
    hasPeriodic: components.some((c) => c.periodic),
    changeover: scheme.changeover
      ? {
          protect: scheme.changeover.protect === 'holdHarmless' ? PROTECT_HOLD_HARMLESS : scheme.changeover.protect === 'blend' ? PROTECT_BLEND : PROTECT_NONE,
          months: scheme.changeover.months ?? 0,
          grandfatherMonths: scheme.changeover.grandfatherMonths ?? 0,
        }
      : null,
  };
}

/**
 * The most positions (employed + open vacancies) `hiring.keep` may open up to under a scheme in a
 * company that starts with `managers` people: `hiring.maxPositions`, or by default the larger of
 * `managers` and the scheme's head-count, plus the sum of `keep` — the company may at most
 * replace every kept position once over. Infinity-free: a scheme without `keep` opens none, so its
 * limit is the positions it starts with.
 */
export function positionLimit(scheme: CompiledScheme, managers: number): number {
  const start = Math.max(managers, scheme.headcount ? scheme.headcount.reduce((a, b) => a + b, 0) : 0);
  if (!scheme.keep) return start;
  return scheme.maxPositions ?? start + scheme.keep.reduce((a, b) => a + b, 0);
}
