/**
 * The roles of a scheme as the charts and tables show them: a unique label per role within its
 * scheme, and whether anybody held the role at all. A role nobody held (head-count 0 in every run,
 * e.g. `--set schemes.x.hiring.headcount.developer=0`) has zero time shares and an empty pay
 * distribution; drawn, it would be an empty bar or a box at zero pay, so charts leave it out and
 * say so, and tables say "nobody".
 */
import type { RoleSummary } from '../engine/summary.js';
import type { ReportContext, SchemeView } from './context.js';
import { fill } from './context.js';

export interface RoleView {
  role: RoleSummary;
  /** The role's name, made unique within its scheme (charts use it as a category). */
  label: string;
  index: number;
  /** Somebody held the role in some run (mean head-count above zero). */
  held: boolean;
}

export function roleViews(view: SchemeView): RoleView[] {
  const used = new Set<string>();
  return (view.scheme.roles ?? []).map((role, index) => {
    const name = role.translations?.[view.lang]?.name ?? role.name;
    let label = String(name || role.role).trim() || String(role.role);
    while (used.has(label)) label = `${label}′`;
    used.add(label);
    const headcount = role.headcount?.mean;
    // No head-count figure at all: judge by whether the role has pay records or hours.
    const held = Number.isFinite(headcount)
      ? headcount > 0
      : (role.payDistribution?.count ?? 0) > 0 || Object.values(role.timeShare ?? {}).some((s) => (s?.mean ?? 0) > 0);
    return { role, label, index, held };
  });
}

/** "Not shown: roles nobody held in any run (Scheme: Role, …)." — or '' when every role was held. */
export function emptyRolesNote(ctx: ReportContext): string {
  const empty = ctx.schemes.flatMap((view) => roleViews(view).filter((r) => !r.held).map((r) => `${view.label}: ${r.label}`));
  return empty.length ? fill(ctx.m.emptyRolesNote, { roles: empty.join('; ') }) : '';
}

/**
 * A role id as the page names it: the role's name in the page's language from the first scheme
 * that has the role (the book's roles are the schemes' role ids), else the id itself.
 */
export function roleName(ctx: ReportContext, id: string): string {
  for (const scheme of ctx.summary.schemes) {
    const role = (scheme.roles ?? []).find((r) => r.role === id);
    if (role) return role.translations?.[ctx.lang]?.name ?? role.name ?? id;
  }
  return id;
}
