/**
 * Checks the schema cannot express: ids that must name something in the file (`current`, roles in
 * transitions, hand-offs and hiring), ids that must be unique, and rules that tie several fields
 * together (a component has a rate or tiers, tiers rise, a transition chain cannot loop, the
 * positions a scheme keeps fit its limit). Every problem is collected, none stops the others.
 */
import { referenceMessages } from './messages.js';
import type { PathProblem } from './issues.js';
import type { z } from 'zod';
import { COUNT_BASES, ScenarioSchema, SchemeSchema, type Component, type Scenario, type ScenarioTarget, type Scheme } from './schema.js';
import type { PathSegment } from './schema-walk.js';
import { closest } from './similar.js';

/** The longest simulation a scenario may ask for (warm-up plus horizon), in months. */
const MAX_TOTAL_MONTHS = 600;

/** Every cross-reference and consistency problem of a scenario that passed the schema. */
export function checkReferences(scenario: Scenario): PathProblem[] {
  return checkParts({ ...scenario, schemes: scenario.schemes.map((scheme) => ({ id: scheme.id, scheme })) });
}

/**
 * The same checks on a file the schema rejected, as far as its parts allow: top-level ids that are
 * text, schemes that are valid on their own. So an analyst sees a dangling `current` together with
 * a misspelt key, not one after the other.
 */
export function checkReferencesOfInvalid(data: unknown): PathProblem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const top = data as Record<string, unknown>;
  if (!Array.isArray(top.schemes)) return [];
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const months = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? (parsed.data as number) : undefined;
  };
  // Whether `current` names a scheme can only be judged when every scheme has a proper id.
  const idsUsable = top.schemes.length > 0 && top.schemes.every((item: unknown) => SchemeSchema.shape.id.safeParse((item as { id?: unknown } | null)?.id).success);
  return checkParts({
    current: idsUsable ? text(top.current) : undefined,
    baseline: idsUsable ? text(top.baseline) : undefined,
    warmupMonths: months(ScenarioSchema.shape.warmupMonths, top.warmupMonths),
    horizonMonths: months(ScenarioSchema.shape.horizonMonths, top.horizonMonths),
    team: parsedTeam(top.team),
    schemes: top.schemes.map((item: unknown) => {
      const parsed = SchemeSchema.safeParse(item);
      return { id: text((item as { id?: unknown } | null)?.id), scheme: parsed.success ? parsed.data : undefined };
    }),
  });
}

/** The team section when it is valid on its own (with its defaults). */
function parsedTeam(value: unknown): ScenarioParts['team'] {
  const parsed = ScenarioSchema.shape.team.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

interface ScenarioParts {
  current?: string;
  baseline?: string;
  warmupMonths?: number;
  horizonMonths?: number;
  team?: { minHoursPerMonth: number; hoursPerMonth: number; maxHoursPerMonth: number };
  schemes: { id?: string; scheme?: Scheme }[];
  targets?: ScenarioTarget[];
}

function checkParts(parts: ScenarioParts): PathProblem[] {
  const problems: PathProblem[] = [];
  const schemeIds = parts.schemes.flatMap((scheme) => (scheme.id === undefined ? [] : [scheme.id]));
  const checkScheme = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !schemeIds.includes(id)) {
      problems.push({ path, message: referenceMessages.unknownScheme(id, closest(id, schemeIds), schemeIds) });
    }
  };
  checkScheme(parts.current, ['current']);
  checkScheme(parts.baseline, ['baseline']);
  const { warmupMonths, horizonMonths, team } = parts;
  if (team && !(team.minHoursPerMonth <= team.hoursPerMonth && team.hoursPerMonth <= team.maxHoursPerMonth)) {
    problems.push({ path: ['team', 'hoursPerMonth'], message: referenceMessages.hoursOutsideRange(team.minHoursPerMonth, team.hoursPerMonth, team.maxHoursPerMonth) });
  }
  if (warmupMonths !== undefined && horizonMonths !== undefined && warmupMonths + horizonMonths > MAX_TOTAL_MONTHS) {
    problems.push({ path: ['horizonMonths'], message: referenceMessages.tooManyMonths(warmupMonths, horizonMonths) });
  }
  problems.push(...duplicateIds('scheme', parts.schemes.map((scheme, i) => ({ id: scheme.id, path: ['schemes', i] }))));
  parts.schemes.forEach(({ scheme }, i) => {
    if (scheme) problems.push(...checkSchemeRules(scheme, ['schemes', i]));
  });
  const targets = parts.targets ?? [];
  targets.forEach((target, t) => {
    checkScheme(target.scheme, ['targets', t, 'scheme']);
    checkScheme(target.against?.scheme, ['targets', t, 'against', 'scheme']);
    problems.push(...checkTargetForm(target, ['targets', t]));
  });
  problems.push(...duplicateIds('target', targets.map((target, t) => ({ id: target.id, path: ['targets', t] }))));
  return problems;
}

/** A target says what it wants (min and/or max, or a value with its tolerance) and compares only with something. */
function checkTargetForm(target: ScenarioTarget, path: PathSegment[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const ranged = target.min !== undefined || target.max !== undefined;
  if (ranged && target.value !== undefined) problems.push({ path: [...path, 'value'], message: referenceMessages.targetValueAndRange() });
  else if (!ranged && target.value === undefined) problems.push({ path, message: referenceMessages.targetWantsNothing() });
  if (target.value !== undefined && target.tolerance === undefined) problems.push({ path: [...path, 'tolerance'], message: referenceMessages.targetValueWithoutTolerance() });
  if (target.min !== undefined && target.max !== undefined && !(target.min < target.max)) {
    problems.push({ path: [...path, 'max'], message: referenceMessages.targetMaxNotAboveMin(target.min, target.max) });
  }
  const form = target.as ?? (target.against ? 'ratio' : 'value');
  if (form !== 'value' && !target.against) problems.push({ path: [...path, 'as'], message: referenceMessages.targetComparesWithNothing(form) });
  if (form === 'value' && target.against) problems.push({ path: [...path, 'against'], message: referenceMessages.targetAgainstUnused() });
  if ((form === 'elasticity') !== (target.by !== undefined)) problems.push({ path: [...path, target.by === undefined ? 'as' : 'by'], message: referenceMessages.targetElasticityBy() });
  return problems;
}

function checkSchemeRules(scheme: Scheme, base: PathSegment[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const roleIds = Object.keys(scheme.roles);
  const checkRole = (role: string, path: PathSegment[], at: 'value' | 'key' = 'value') => {
    if (!Object.hasOwn(scheme.roles, role)) {
      problems.push({ path, at, message: referenceMessages.unknownRole(role, closest(role, roleIds), roleIds) });
    }
  };

  if (roleIds.length === 0) problems.push({ path: [...base, 'roles'], message: referenceMessages.noRoles() });
  if (scheme.entryRole !== undefined) checkRole(scheme.entryRole, [...base, 'entryRole']);

  for (const [roleId, role] of Object.entries(scheme.roles)) {
    const rolePath = [...base, 'roles', roleId];
    if (role.worksOn === 'team' && role.activities.includes('hunt')) {
      problems.push({ path: [...rolePath, 'activities', role.activities.indexOf('hunt')], message: referenceMessages.teamRoleHunts() });
    }
    problems.push(...duplicateIds('component', role.pay.map((component, k) => ({ id: component.id, path: [...rolePath, 'pay', k] }))));
    role.pay.forEach((component, k) => problems.push(...checkComponent(component, [...rolePath, 'pay', k])));
  }

  scheme.transitions.forEach((transition, t) => {
    checkRole(transition.from, [...base, 'transitions', t, 'from']);
    checkRole(transition.to, [...base, 'transitions', t, 'to']);
  });
  problems.push(...duplicateIds('transition', scheme.transitions.map((transition, t) => ({ id: transition.id, path: [...base, 'transitions', t] }))));
  problems.push(...transitionCycles(scheme, base));

  scheme.handoffs.forEach((handoff, h) => {
    const path = [...base, 'handoffs', h];
    handoff.from.forEach((role, j) => checkRole(role, [...path, 'from', j]));
    checkRole(handoff.to, [...path, 'to']);
    if (handoff.afterActivationMonths === undefined && handoff.afterSigningMonths === undefined) {
      problems.push({ path, message: referenceMessages.handoffWithoutDelay() });
    }
  });
  problems.push(...duplicateIds('hand-off', scheme.handoffs.map((handoff, h) => ({ id: handoff.id, path: [...base, 'handoffs', h] }))));

  const changeover = scheme.changeover;
  if (changeover) {
    const where = [...base, 'changeover'];
    if ((changeover.protect === undefined) !== (changeover.months === undefined)) {
      problems.push({ path: [...where, changeover.protect === undefined ? 'months' : 'protect'], at: 'key', message: referenceMessages.protectAndMonths(changeover.protect === undefined) });
    } else if (changeover.protect === undefined && changeover.grandfatherMonths === undefined) {
      problems.push({ path: where, message: referenceMessages.changeoverEmpty() });
    }
  }
  const hiring = scheme.hiring;
  if (hiring?.headcount) {
    const headcountPath = [...base, 'hiring', 'headcount'];
    for (const role of Object.keys(hiring.headcount)) checkRole(role, [...headcountPath, role], 'key');
    const total = Object.values(hiring.headcount).reduce((sum, count) => sum + count, 0);
    if (total < 1) problems.push({ path: headcountPath, message: referenceMessages.noHeadcount() });
  }
  if (hiring) {
    for (const key of ['refillRole', 'leaverClientsTo', 'promotedClientsTo'] as const) {
      const role = hiring[key];
      if (role !== undefined) checkRole(role, [...base, 'hiring', key]);
    }
    const keep = hiring.keep ?? {};
    for (const role of Object.keys(keep)) checkRole(role, [...base, 'hiring', 'keep', role], 'key');
    const kept = Object.values(keep).reduce((sum, count) => sum + count, 0);
    if (hiring.maxPositions !== undefined && kept > hiring.maxPositions) {
      problems.push({ path: [...base, 'hiring', 'maxPositions'], message: referenceMessages.keepAboveMaxPositions(kept, hiring.maxPositions) });
    }
  }
  return problems;
}

function checkComponent(component: Component, path: PathSegment[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const isCount = COUNT_BASES.includes(component.basis);

  if (component.rate !== undefined && component.tiers !== undefined) {
    problems.push({ path: [...path, 'tiers'], at: 'key', message: referenceMessages.rateAndTiers() });
  } else if (component.rate === undefined && component.tiers === undefined) {
    problems.push({ path, message: referenceMessages.noRateNorTiers() });
  }
  // A money basis pays a share of money: more than all of it is a percentage written as a number.
  if (!isCount && component.rate !== undefined && component.rate > 1) {
    problems.push({ path: [...path, 'rate'], message: referenceMessages.moneyRateAboveOne(component.basis, component.rate) });
  }
  const tiers = component.tiers ?? [];
  const byAttainment = tiers.length > 0 && tiers[0].attainment !== undefined && tiers[0].from === undefined;
  const key = byAttainment ? 'attainment' : 'from';
  tiers.forEach((tier, j) => {
    if (tier.from !== undefined && tier.attainment !== undefined) {
      problems.push({ path: [...path, 'tiers', j, 'attainment'], at: 'key', message: referenceMessages.tierFromAndAttainment() });
      return;
    }
    const start = tier[key];
    if (start === undefined) {
      problems.push({ path: [...path, 'tiers', j], message: referenceMessages.tierStartMissing(key, j > 0) });
      return;
    }
    if (j === 0 && start !== 0) problems.push({ path: [...path, 'tiers', 0, key], message: referenceMessages.firstTierNotZero(start, key) });
    const previous = j > 0 ? tiers[j - 1][key] : undefined;
    if (previous !== undefined && start <= previous) {
      problems.push({ path: [...path, 'tiers', j, key], message: referenceMessages.tiersNotIncreasing(previous, start, key) });
    }
    if (!isCount && tier.rate > 1) {
      problems.push({ path: [...path, 'tiers', j, 'rate'], message: referenceMessages.moneyRateAboveOne(component.basis, tier.rate) });
    }
  });

  problems.push(...checkPeriodAndQuota(component, path, byAttainment));
  if ((component.basis === 'volumeReached') !== (component.volume !== undefined)) {
    problems.push(component.volume === undefined
      ? { path: [...path, 'basis'], message: referenceMessages.volumeMissing() }
      : { path: [...path, 'volume'], at: 'key', message: referenceMessages.volumeWithoutMilestone(component.basis) });
  }
  if (component.clawback !== undefined && component.basis === 'volumeReached') {
    problems.push({ path: [...path, 'clawback'], at: 'key', message: referenceMessages.clawbackOnMoney(component.basis, ['newContracts', 'activations']) });
  } else if (component.clawback !== undefined && !isCount) {
    problems.push({ path: [...path, 'clawback'], at: 'key', message: referenceMessages.clawbackOnMoney(component.basis, ['newContracts', 'activations']) });
  }
  if (component.monthsSinceActivation !== undefined && component.state === 'contracted') {
    problems.push({ path: [...path, 'monthsSinceActivation'], at: 'key', message: referenceMessages.activationWindowOnContracted() });
  }
  for (const windowName of ['monthsSinceSigning', 'monthsSinceActivation'] as const) {
    const window = component[windowName];
    if (window?.to !== undefined && window.to <= window.from) {
      problems.push({ path: [...path, windowName, 'to'], message: referenceMessages.windowEndNotAfterStart(window.from, window.to) });
    }
  }
  return problems;
}

/** Periods, quotas, attainment tiers and paidAbove: what each needs beside it. */
function checkPeriodAndQuota(component: Component, path: PathSegment[], byAttainment: boolean): PathProblem[] {
  const problems: PathProblem[] = [];
  const quota = component.quota;
  if (byAttainment && quota === undefined) problems.push({ path: [...path, 'tiers'], at: 'key', message: referenceMessages.attainmentWithoutQuota() });
  if (component.paidAbove !== undefined) {
    if (component.tiers !== undefined) problems.push({ path: [...path, 'paidAbove'], at: 'key', message: referenceMessages.paidAboveWithTiers() });
    if (component.paidAbove === 'quota' && quota === undefined) problems.push({ path: [...path, 'paidAbove'], message: referenceMessages.attainmentWithoutQuota() });
  }
  if (component.per === 'client' && (quota !== undefined || (component.period ?? 'month') !== 'month')) {
    problems.push({ path: [...path, 'per'], message: referenceMessages.perClientWithPeriod() });
  }
  if (component.credit !== undefined) {
    const sum = component.credit.owner + component.credit.originator;
    if (sum > 1 + 1e-12) problems.push({ path: [...path, 'credit'], message: referenceMessages.creditAboveWhole(component.credit.owner, component.credit.originator) });
    if (component.relation !== 'owned') problems.push({ path: [...path, 'relation'], at: 'key', message: referenceMessages.creditWithRelation(component.relation) });
  }
  if (component.payout !== undefined && (component.period ?? 'month') === 'month') {
    problems.push({ path: [...path, 'payout'], at: 'key', message: referenceMessages.payoutWithoutPeriod() });
  }
  if (quota !== undefined && typeof quota === 'object') {
    if ((quota.amount === undefined) === (quota.fromBook === undefined)) {
      problems.push({ path: [...path, 'quota'], message: referenceMessages.quotaAmountOrBook(quota.amount !== undefined) });
    }
    if (quota.atLeast !== undefined && quota.fromBook === undefined) {
      problems.push({ path: [...path, 'quota', 'atLeast'], at: 'key', message: referenceMessages.quotaAtLeastWithoutBook() });
    }
    if (quota.fromBook !== undefined && !(quota.atLeast! > 0)) {
      problems.push({ path: [...path, 'quota', ...(quota.atLeast === undefined ? [] : ['atLeast'])], message: referenceMessages.quotaFromBookNeedsFloor() });
    }
  }
  // A quota of 0 would put every attainment tier at 0: the top rate on everything, for good.
  const amount = typeof quota === 'number' ? quota : quota?.amount;
  if (amount !== undefined && !(amount > 0)) problems.push({ path: [...path, 'quota', ...(typeof quota === 'number' ? [] : ['amount'])], message: referenceMessages.quotaNotPositive() });
  if (component.clawback !== undefined && (component.paidAbove !== undefined || byAttainment)) {
    problems.push({ path: [...path, 'clawback'], at: 'key', message: referenceMessages.clawbackWithoutUnitBonus() });
  }
  return problems;
}

/** Ids used twice in one list: reported at every later use, naming the first. */
function duplicateIds(what: string, items: { id: string | undefined; path: PathSegment[] }[]): PathProblem[] {
  const first = new Map<string, PathSegment[]>();
  const problems: PathProblem[] = [];
  for (const item of items) {
    if (item.id === undefined) continue;
    const earlier = first.get(item.id);
    if (earlier) {
      problems.push({ path: [...item.path, 'id'], message: referenceMessages.duplicateId(what, item.id, indexPath(earlier)) });
    } else {
      first.set(item.id, item.path);
    }
  }
  return problems;
}

/** `schemes[0]` — positions rather than ids, since the id is the ambiguous part. */
function indexPath(path: PathSegment[]): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

/**
 * Role transitions that loop (hunter → farmer → hunter) would move a manager back and forth
 * every time both thresholds hold. Depth-first search; each cycle is reported once, at the
 * transition that closes it.
 */
function transitionCycles(scheme: Scheme, base: PathSegment[]): PathProblem[] {
  const outgoing = new Map<string, { to: string; index: number }[]>();
  scheme.transitions.forEach((transition, index) => {
    const edges = outgoing.get(transition.from) ?? [];
    edges.push({ to: transition.to, index });
    outgoing.set(transition.from, edges);
  });
  const problems: PathProblem[] = [];
  const reported = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];

  const visit = (role: string) => {
    state.set(role, 'open');
    stack.push(role);
    for (const edge of outgoing.get(role) ?? []) {
      if (state.get(edge.to) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({ path: [...base, 'transitions', edge.index], message: referenceMessages.transitionCycle(cycle) });
        }
      } else if (!state.has(edge.to)) {
        visit(edge.to);
      }
    }
    stack.pop();
    state.set(role, 'done');
  };
  for (const role of outgoing.keys()) if (!state.has(role)) visit(role);
  return problems;
}
