/**
 * The numbers the typed arrays store, named once: client states, activities, payment classes,
 * money bases, relations and the causes of losing a client. Nothing else in `src/` writes these
 * numbers; it imports them from here. This module imports nothing, so the scheme compiler, the
 * model and the engine can all share it (docs/model.md, "Company state").
 */

// ------------------------------------------------------------------ client states

/** A company in the market that has not signed (category 1). The book never stores it. */
export const PROSPECT = 0;
/** Signed, but ships nothing or very little yet (category 2). */
export const CONTRACTED = 1;
/** Ships regularly (category 3). */
export const ACTIVE = 2;
/** Gone: churned, dormant, followed a leaving manager or lost at a hand-over. */
export const LOST = 3;

// ------------------------------------------------------------------ why a client was lost

/** Not lost. */
export const NOT_LOST = 0;
/** An active client left (neglect, an unsmoothed incident, its own fickleness, paying badly). */
export const CHURNED = 1;
/** A contracted client never started shipping and went dormant. */
export const DORMANT = 2;
/** The relationship did not survive a change of manager (a hand-off or a reassignment). */
export const LOST_AT_HANDOVER = 3;
/** Followed its manager out of the company. */
export const FOLLOWED_MANAGER = 4;

// ------------------------------------------------------------------ activities

/** Finding and signing prospects (category 1). */
export const HUNT = 0;
/** Getting contracted clients to ship (category 2). */
export const ACTIVATE = 1;
/** Looking after active clients (category 3). */
export const FARM = 2;
/** Number of activities: the stride of every per-manager [hunt, activate, farm] array. */
export const ACTIVITIES = 3;

// ------------------------------------------------------------------ payment classes

export const PAYS_ON_TIME = 0;
export const PAYS_LATE = 1;
export const PAYS_BADLY = 2;

// ------------------------------------------------------------------ money bases

/**
 * What a pay component or a role transition is measured on. The first five are money, the last
 * two counts of this month's events. A manager's owned money of the month is kept per basis in
 * this order (OWNED_BASES numbers a manager), so a transition reads `ownedMoney[slot · OWNED_BASES + basis]`.
 */
export const REVENUE = 0;
export const MARGIN = 1;
export const COLLECTED_REVENUE = 2;
/** Margin less the revenue never collected. */
export const COLLECTED_MARGIN = 3;
/** Margin above what the client gave when it came to its current owner. */
export const GROWTH = 4;
export const NEW_CONTRACTS = 5;
export const ACTIVATIONS = 6;
/** A client's first month with revenue at or above a component's `volume` (a one-off milestone; not a transition basis). */
export const VOLUME_REACHED = 7;
export const OWNED_BASES = 8;

/**
 * Where a client's money of the month is passed to the compiled pay rules (a small Float64Array:
 * numbers passed to a call that is not inlined are boxed, one allocation each).
 */
export const CLIENT_MONEY = { revenue: 0, margin: 1, collectedRevenue: 2, growth: 3, peakRevenue: 4, length: 5 } as const;

// ------------------------------------------------------------------ relations

/** Which of a manager's clients a component counts. */
export const OWNED = 0;
export const ORIGINATED = 1;
/** Brought in by him, serviced by someone else now. */
export const TRAILING = 2;
/** Every client of the company. */
export const TEAM = 3;
/** A credit split: the owner and the originator each count their stated share of the client (schemes/match.ts creditShare). */
export const CREDIT = 4;

/** Relation bits of a client seen from one manager: he services it, he brought it in. */
export const OWNS_BIT = 1;
export const ORIGINATED_BIT = 2;

/** Component state filters: which client states a component counts (bit masks of the states). */
export const COUNTS_CONTRACTED = 1;
export const COUNTS_ACTIVE = 2;
export const COUNTS_ANY = 3;
