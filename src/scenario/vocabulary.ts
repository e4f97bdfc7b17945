/**
 * The words of a scheme's pay rules, as constants: what a component pays on (its basis), whose
 * clients it counts (relation) and the three activities. The schema builds its enums from them;
 * the engine reads them from here, so a worker thread does not load zod to simulate.
 */
export const BASES = ['revenue', 'margin', 'collectedRevenue', 'collectedMargin', 'growth', 'newContracts', 'activations', 'volumeReached'] as const;
export type Basis = (typeof BASES)[number];
/** Bases that count clients (a sum per client) rather than money. */
export const COUNT_BASES: readonly Basis[] = ['newContracts', 'activations', 'volumeReached'];
/** What a role transition may be measured on: a manager's monthly money or counts (a milestone is a component's one-off event). */
export const TRANSITION_BASES = ['revenue', 'margin', 'collectedRevenue', 'collectedMargin', 'growth', 'newContracts', 'activations'] as const;
export const RELATIONS = ['owned', 'originated', 'trailing', 'team'] as const;
export type Relation = (typeof RELATIONS)[number];
export const ACTIVITY_NAMES = ['hunt', 'activate', 'farm'] as const;
