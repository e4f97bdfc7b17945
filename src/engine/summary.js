/**
 * The shape of `summary.json` (version 1), DESIGN §6. Users and tests rely on these names:
 * fields may be added, never renamed.
 */
/** Every per-month series in `monthly`, one Stat per month of the horizon (warm-up excluded). */
export const MONTHLY_METRICS = [
    'revenue',
    'margin',
    'compCost',
    'netProfit',
    'cumulativeNetProfit',
    'newContracts',
    'activations',
    'churnedClients',
    'dormantClients',
    'activeClients',
    'contractedClients',
    'stuckContracted',
    'huntShare',
    'activateShare',
    'farmShare',
    'managers',
    'managerQuits',
    'clientsLostWithManagers',
    'managerMonthlyPay',
    'badPayerShare',
];
export const TOTAL_METRICS = [
    'revenue',
    'margin',
    'compCost',
    'netProfit',
    'newContracts',
    'activations',
    'churnedClients',
    'managerQuits',
    'clientsLostWithManagers',
    'hiringCost',
    'uncollected',
    'leakedMargin',
];
export const END_METRICS = ['activeClients', 'contractedClients', 'stuckContracted', 'managers'];
export const ACTIVITIES = ['hunt', 'activate', 'farm'];
