/**
 * The scheme in force, ready for the month loop: its roles' pay rules and active-client valuation
 * compiled into kernels, the role that holds its team-wide components, and the discounted window
 * weights of an activating client per role. All of it depends only on the scheme and the
 * experiment's parameters, so it is built once per pair and shared (never written after).
 */
import type { CompiledRole, CompiledScheme } from '../schemes/compile.js';
import { payKernel, type PayKernel } from '../schemes/pay-kernel.js';
import { TEAM } from './codes.js';
import type { Parameters } from './parameters.js';
import { ACTIVATION_TABLE_MONTHS, activationWindows } from './valuation.js';
import { valueKernel, type ValueKernel } from './valuation-kernel.js';

export interface SchemeRules {
  scheme: CompiledScheme;
  /** A role holding the scheme's team-wide components, whose sums are the company's totals. */
  teamRole: CompiledRole;
  /** Per role, its compiled pay rules (schemes/pay-kernel.ts); the team-wide ones. */
  payKernels: PayKernel[];
  teamPayKernel: PayKernel;
  /** Per role, its compiled valuation of an active client (valuation-kernel.ts). */
  valueKernels: ValueKernel[];
  /** Per role: window weights of an activating client for good and for bad payers (activationWindows). */
  activationWindowsGood: Float64Array[];
  activationWindowsBad: Float64Array[];
}

const cache = new WeakMap<CompiledScheme, WeakMap<Parameters, SchemeRules>>();

/** The scheme's rules for these parameters (built on first use). */
export function rulesOf(scheme: CompiledScheme, params: Parameters): SchemeRules {
  let byParameters = cache.get(scheme);
  if (!byParameters) cache.set(scheme, (byParameters = new WeakMap()));
  let rules = byParameters.get(params);
  if (!rules) byParameters.set(params, (rules = buildRules(scheme, params)));
  return rules;
}

function buildRules(scheme: CompiledScheme, params: Parameters): SchemeRules {
  const teamRole = newTeamRole(scheme);
  return {
    scheme,
    teamRole,
    payKernels: scheme.roles.map((role) => payKernel(role, false)),
    teamPayKernel: payKernel(teamRole, true),
    valueKernels: scheme.roles.map((role) => valueKernel(role)),
    activationWindowsGood: scheme.roles.map((role) => activationWindows(role, params.cumulativeGood, ACTIVATION_TABLE_MONTHS)),
    activationWindowsBad: scheme.roles.map((role) => activationWindows(role, params.cumulativeBad, ACTIVATION_TABLE_MONTHS)),
  };
}

function newTeamRole(scheme: CompiledScheme): CompiledRole {
  return {
    id: '(team)',
    name: '(team)',
    index: -1,
    salary: 0,
    salaryIsDraw: false,
    allowed: [false, false, false],
    worksOnTeam: true,
    components: scheme.components.filter((c) => c.relation === TEAM),
    huntingOrientation: 0,
  };
}
