/**
 * The parameters sensitivity analysis perturbs: every number of the scenario's behavioural and
 * market sections, found in the schema (so a parameter added there is analysed without touching
 * this file), each with the range its description states (`[range a to b]`, `[whole number, range
 * a to b]`) and its value in the scenario. A perturbed value never leaves that range.
 */
import { z } from 'zod';
import { BehaviorSchema, ClientsSchema, MarketSchema, TeamSchema } from '../scenario/schema.js';
import type { Scenario } from '../scenario/schema.js';
import { WhatIfError } from './errors.js';
import { tidy } from './grid.js';

export const SECTIONS = { market: MarketSchema, clients: ClientsSchema, team: TeamSchema, behavior: BehaviorSchema } as const;
export type Section = keyof typeof SECTIONS;

/** What sensitivity analyses unless told otherwise: the assumptions about the market, clients and people. */
export const DEFAULT_SECTIONS: Section[] = ['market', 'clients', 'behavior'];

/**
 * Numbers that define how results are measured, or when the owner acts, rather than assume
 * something about the world: changing them changes the question, not the answer. The calendar
 * month of the switch is the owner's choice (and ±20 % of a month number means nothing).
 */
const DEFINITIONS = new Set(['clients.stuckAfterMonths', 'market.switchCalendarMonth']);

export interface Parameter {
  /** Dotted path, as --set takes it. */
  path: string;
  description: string;
  min: number;
  max: number;
  whole: boolean;
  /** The value in the scenario analysed. */
  base: number;
}

const RANGE = /\[(whole number, )?range (-?[\d.e+]+) to (-?[\d.e+]+)\]/;

/** The range and whole-number flag a schema description states. */
export function parseRange(description: string): { min: number; max: number; whole: boolean } | undefined {
  const match = RANGE.exec(description);
  if (!match) return undefined;
  return { whole: match[1] !== undefined, min: Number(match[2]), max: Number(match[3]) };
}

/** Every number of `sections` with its range and current value, in schema order. */
export function schemaParameters(scenario: Scenario, sections: readonly Section[] = DEFAULT_SECTIONS): Parameter[] {
  const list: Parameter[] = [];
  for (const section of sections) {
    for (const [key, field] of Object.entries(SECTIONS[section].shape)) {
      const path = `${section}.${key}`;
      if (DEFINITIONS.has(path)) continue;
      const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as { description?: string; type?: string };
      const range = parseRange(json.description ?? '');
      const base = (scenario[section] as Record<string, unknown>)[key];
      if (json.type !== 'number' && json.type !== 'integer') continue;
      if (!range || typeof base !== 'number') continue;
      list.push({ path, description: (json.description ?? '').replace(RANGE, '').trim(), ...range, base });
    }
  }
  return list;
}

/**
 * The parameters named (sections such as `behavior`, or paths such as `clients.baseChurn`), or
 * the default sections when none are named.
 */
export function selectParameters(scenario: Scenario, names: readonly string[]): Parameter[] {
  if (names.length === 0) return schemaParameters(scenario);
  const all = schemaParameters(scenario, Object.keys(SECTIONS) as Section[]);
  const chosen = new Set<string>();
  for (const name of names) {
    const matches = all.filter((p) => p.path === name || p.path.startsWith(`${name}.`));
    if (matches.length === 0) {
      throw new WhatIfError({ code: 'unknown-parameter', name, sections: Object.keys(SECTIONS) });
    }
    for (const p of matches) chosen.add(p.path);
  }
  return all.filter((p) => chosen.has(p.path));
}

/** A value brought inside the parameter's range (and to a whole number where it must be one). */
export function clampValue(parameter: Parameter, value: number): number {
  const inside = Math.min(parameter.max, Math.max(parameter.min, value));
  return parameter.whole ? Math.round(inside) : tidy(inside);
}

/**
 * The box a parameter is perturbed in: its value ± `share` of it, clamped to the range. A whole
 * number moves by at least 1 each way, so rounding never leaves it where it was.
 */
export function perturbationBox(parameter: Parameter, share: number): { low: number; high: number } {
  const step = Math.abs(parameter.base) * share;
  let low = clampValue(parameter, parameter.base - step);
  let high = clampValue(parameter, parameter.base + step);
  if (parameter.whole) {
    if (low === parameter.base) low = clampValue(parameter, parameter.base - 1);
    if (high === parameter.base) high = clampValue(parameter, parameter.base + 1);
  }
  return { low, high };
}

/** `path=value` for --set. */
export function setArgument(parameter: Parameter, value: number): string {
  return `${parameter.path}=${value}`;
}
