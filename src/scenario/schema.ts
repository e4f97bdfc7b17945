/**
 * The scenario file format: the single definition. Validation, the JSON Schema that editors use
 * (`compsim schema`), the defaults and the TypeScript types all come from here.
 *
 * Every number says its unit and range in its description; defaults are the bundled scenario's
 * uncalibrated starting points (the calibrated values live in scenarios/freight.yaml).
 */
import { z } from 'zod';
import { ACTIVITY_NAMES, BASES, RELATIONS, TRANSITION_BASES } from './vocabulary.js';

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const id = (what: string) =>
  z.string().regex(ID_PATTERN, `${what} must be lower-case letters, digits and dashes, starting with a letter`);

function num(description: string, min: number, max: number) {
  return z.number().min(min).max(max).describe(`${description} [range ${min} to ${max}]`);
}
function int(description: string, min: number, max: number) {
  return z.number().int().min(min).max(max).describe(`${description} [whole number, range ${min} to ${max}]`);
}
const fraction = (description: string) => num(`${description} (fraction)`, 0, 1);
const money = (description: string, max = 1e12) =>
  num(/\bmoney\b/.test(description) ? `${description.replace('(money', '(money in the scenario currency')}` : `${description} (money in the scenario currency)`, 0, max);

// ---------------------------------------------------------------- market

export const MarketSchema = z
  .strictObject({
    prospects: int('Companies in the addressable market that could become clients at the start (count)', 1, 1_000_000).default(3000),
    newProspectsPerMonth: num('New companies entering the addressable market each month (count per month)', 0, 100_000).default(15),
    potentialMedian: money('Median monthly freight spend of a prospect (money per month)').default(600_000),
    potentialSigma: num('Spread of prospects\' monthly spend: sd of its logarithm (lognormal)', 0, 3).default(0.9),
    marginRate: fraction('Average gross margin on revenue').default(0.15),
    marginRateSd: num('Spread of the margin rate between clients (sd, fraction)', 0, 0.5).default(0.03),
    latePayerShare: fraction('Share of unscreened prospects that pay late').default(0.15),
    badPayerShare: fraction('Share of unscreened prospects that pay badly').default(0.12),
    lateUncollected: fraction('Share of a late payer\'s revenue never collected').default(0.02),
    badUncollected: fraction('Share of a bad payer\'s revenue never collected').default(0.25),
    screeningEfficacy: fraction('Share of bad payers a manager with full incentive to check the counterparty weeds out').default(0.7),
    screeningTimeShare: fraction('Share of his hunting hours a manager with full incentive to check every counterparty spends on the checks instead of selling').default(0.1),
    incidentRate: fraction('Monthly probability that a logistics incident upsets a client').default(0.08),
    revenueNoise: num('Month-to-month noise of a client\'s revenue: sd of its logarithm', 0, 2).default(0.15),
    seasonality: z
      .array(num('Freight demand in this calendar month, relative to the other months', 0.01, 10))
      .length(12)
      .default([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
      .describe('Freight demand by calendar month, January first: 12 numbers in proportion to the volume shipped (divided by their average, so monthly volumes can be pasted as they are; all equal = no seasonality) [12 numbers, each 0.01 to 10]'),
    closeMonths: num('How long a deal takes to close after a manager meets it: the mean months from meeting to signing (geometric, cut off at 23 months; 0 = it signs the month it is met)', 0, 4).default(0),
    switchCalendarMonth: int('Calendar month in which the schemes are switched, the first month of the horizon (1 = January, 12 = December); earlier months count back from it', 1, 12).default(1),
    demandVolatility: num('Market-wide swings of freight demand that every client shares: sd of the logarithm of the demand factor in the long run (0 = no market luck)', 0, 1).default(0),
    demandPersistence: num('How long the market-wide demand factor stays high or low: its month-to-month autocorrelation (0 = a new draw every month)', 0, 0.99).default(0.8),
    huntDemandElasticity: num('How strongly hunting yield follows the market\'s demand: new contracts move with demand to this power (1 = in proportion)', 0, 5).default(1),
    companyDiscountRate: num('The owner\'s cost of money: monthly rate at which the company discounts the margin its client book will bring after the horizon, to value the book (fraction per month; not the managers\' behavior.discountRate)', 0.0001, 1).default(0.014),
  })
  .describe('The market: how many companies could ship with us, how much, at what margin, how they pay');

// ---------------------------------------------------------------- clients

export const ClientsSchema = z
  .strictObject({
    stuckAfterMonths: int('A contracted client signed more than this many months ago and still not active counts as stuck (months)', 1, 120).default(6),
    contractedShareOfWallet: fraction('Share of its freight a contracted-but-inactive client gives us').default(0.03),
    initialShareOfWallet: fraction('Share of its freight a client gives us when it becomes active').default(0.25),
    baseActivation: num('Monthly activation hazard of a contracted client nobody works on (per month)', 0, 5).default(0.03),
    activationPerHour: num('Added activation hazard per hour of activation work on the client in a month (per hour)', 0, 5).default(0.06),
    dormantAfterMonths: int('A contracted client not active after this many months starts going dormant (months)', 1, 240).default(12),
    dormancyHazard: fraction('Monthly probability that a contracted client past dormantAfterMonths is lost').default(0.06),
    attentionHours: num('Farming hours per client per month at which attention reaches 63 % of its effect (hours)', 0.01, 200).default(3),
    shareGrowth: fraction('Monthly growth of share of wallet towards 100 % under full attention').default(0.04),
    shareErosion: fraction('Monthly erosion of share of wallet without attention').default(0.04),
    baseChurn: fraction('Monthly churn hazard of an average client that is well looked after').default(0.008),
    churnHeterogeneity: num('How much clients differ in fickleness: variance of the unit-mean gamma frailty that multiplies a client\'s churn hazard (shape 1/variance; 0 = all alike)', 0, 10).default(1),
    neglectChurn: fraction('Extra monthly churn hazard of an average client nobody looks after').default(0.03),
    incidentChurn: fraction('Probability that an incident nobody smooths over makes the client leave').default(0.25),
    badPayerChurn: fraction('Extra monthly probability that we stop serving a bad payer').default(0.04),
    followMax: fraction('Probability that a client follows a leaving manager after a long relationship').default(0.5),
    followMonths: num('Relationship length at which the follow probability reaches 63 % of followMax (months)', 0.1, 240).default(24),
    handoffChurn: fraction('One-off probability that a handed-over client leaves, with a fully skilled receiver who gives it handoffAttentionHours').default(0.05),
    handoffAttentionHours: num('Farming hours per client a month at which a fully skilled receiver loses handoffChurn of the clients handed to him; fewer hours (or less skill) lose more (hours)', 0, 200).default(5),
    handoffsPerMonth: int('Most clients one receiver takes at a month\'s scheduled hand-offs; the rest wait for the next month (count)', 1, 10_000).default(8),
  })
  .describe('Clients: activation, share of wallet, churn and what relationships are worth');

// ---------------------------------------------------------------- team

export const TeamSchema = z
  .strictObject({
    managers: int('Sales managers at the start of the warm-up, all in the current scheme\'s entry role (count)', 1, 10_000).default(10),
    initialActivePerManager: int('Active clients each manager has at the start of the warm-up (count)', 0, 10_000).default(20),
    initialContractedPerManager: int('Contracted clients each manager has at the start of the warm-up (count)', 0, 10_000).default(3),
    initialTenureMonths: num('Average tenure of the starting team (months)', 0, 600).default(30),
    hoursPerMonth: num('Selling hours of a normal month after admin: the hours at which the last one costs a manager behavior.effortPrice (hours)', 1, 400).default(140),
    minHoursPerMonth: num('Fewest selling hours a manager may work in a month and keep the job (hours)', 0, 400).default(100),
    maxHoursPerMonth: num('Most selling hours a manager can work in a month (hours)', 1, 744).default(200),
    rampUpMonths: int('Months a new hire needs to reach full skill', 0, 60).default(6),
    hiringLagMonths: int('Months from a vacancy to the new hire\'s first day', 0, 24).default(2),
    hiringCost: money('One-off cost of hiring a manager (money per hire)').default(60_000),
    outsideWage: money('Monthly pay a manager could get elsewhere (money per month)').default(55_000),
    hunterAffinityMean: fraction('Average hunter temperament (0 = farmer, 1 = born hunter)').default(0.3),
    hunterAffinityConcentration: num('How alike people are in temperament: beta concentration (higher = more alike)', 0.1, 1000).default(5),
    skillSd: num('Spread of hunting and farming skill between people: sd of its logarithm', 0, 2).default(0.25),
  })
  .describe('The sales team: size, hours, hiring, temperament and skill');

// ---------------------------------------------------------------- behaviour

export const BehaviorSchema = z
  .strictObject({
    discountRate: num('Monthly rate at which a manager discounts future pay (fraction per month)', 0, 1).default(0.03),
    beliefHorizonMonths: int('How far ahead a manager looks when valuing a client (months)', 1, 240).default(36),
    contractsPerHuntHour: num('New contracts per month from hunting, at 1 hour and average skill (scale of the response)', 0, 100).default(0.25),
    huntElasticity: num('Elasticity of new contracts to hunting hours (diminishing returns; 0.34 is the published mean of personal-selling elasticities)', 0.05, 0.95).default(0.34),
    effortPrice: num('Felt cost of the last hour of a normal month (team.hoursPerMonth): what one more hour of work must bring a manager (money per hour)', 0.01, 1e6).default(240),
    hoursElasticity: num('Elasticity of the hours a manager works to what an hour brings him (labour supply, intensive margin)', 0.01, 10).default(0.33),
    huntingEffortCost: num('Felt cost of an hour of hunting for an average temperament: stress (money per hour)', -1e5, 1e5).default(150),
    activationEffortCost: num('Felt cost of an hour of activation work (money per hour)', -1e5, 1e5).default(50),
    farmingEffortCost: num('Felt cost of an hour of farming familiar clients; negative = comfortable (money per hour)', -1e5, 1e5).default(-50),
    temperamentWeight: num('Hunting cost removed for a born hunter compared with an average temperament (money per hour)', 0, 1e5).default(300),
    attentionFocus: num('How strongly a manager concentrates his activation and farming hours on the clients worth most to him: attention grows with value to this power (1 = in proportion to value)', 0, 10).default(2),
    inertia: fraction('Share of last month\'s time split a manager keeps (partial adjustment)').default(0.5),
    allocationNoise: num('Month-to-month noise of the time split: sd of log multipliers', 0, 3).default(0.1),
    quitBase: fraction('Monthly quit probability of a content manager').default(0.01),
    quitLossAversion: num('Added monthly quit probability per unit of relative pay drop below reference income', 0, 10).default(0.3),
    quitOutside: num('Added monthly quit probability per unit of relative gap below the outside wage', 0, 10).default(0.1),
    referenceAdaptation: fraction('Weight of this month\'s pay in the reference income (exponential average per month)').default(0.1),
    leakRate: fraction('Share of his clients\' margin a manager gives away (discounts, kickbacks) per unit of relative income drop at a switch').default(0.2),
    effortCut: fraction('Share of hours withheld per unit of relative income drop at a switch').default(0.3),
    grievanceMonths: int('How long the leak and effort cut after a switch last (months)', 0, 120).default(6),
    closeShiftCost: fraction('What moving a close by a month costs: a deal pulled into this month is signed at this share off its margin (a price concession), a deal held back to next month is lost with this probability; managers move closes only when a period\'s pay curve rewards it by more (Oyer 1998; Larkin 2014)').default(0.1),
    closeShiftShare: fraction('Share of next month\'s likely deals a manager can pull into this month, or of this month\'s he can hold back to the next').default(0.5),
    handoverAversion: num('How a manager feels a client a switch\'s hand-offs take from him: the multiple of what it paid him under the old rules that he counts as lost, beyond the pay he really loses (0 = only the money counts)', 0, 10).default(1),
  })
  .describe('How managers behave: valuation of hours, effort costs, inertia, quits and reactions to a switch');

// ---------------------------------------------------------------- schemes

/** Names and descriptions in the report's other languages (the plain `name` is the default). */
export const TranslationsSchema = z
  .partialRecord(
    z.enum(['en', 'ru']),
    z.strictObject({
      name: z.string().min(1).optional().describe('The name in this language'),
      description: z.string().optional().describe('The description in this language'),
    }),
  )
  .describe('Names and descriptions by report language, e.g. {ru: {name: ...}}');
export type Translations = z.infer<typeof TranslationsSchema>;

export { ACTIVITY_NAMES, BASES, COUNT_BASES, RELATIONS, type Basis, type Relation } from './vocabulary.js';

const windowSchema = z
  .strictObject({
    from: int('First month of the window, counted from the event (0 = the month of the event)', 0, 1200).default(0),
    to: int('End of the window, exclusive (months after the event); omit for no end', 1, 1200).optional(),
  })
  .describe('A window of months counted from an event');

const tierSchema = z.strictObject({
  from: money('Start of the tier: the basis amount (money or count per month, or per period with "period") from which this rate applies').optional(),
  attainment: num('Start of the tier as attainment, a fraction of the quota (1 = the quota reached; needs "quota"), instead of "from"', 0, 100).optional(),
  rate: num('Rate in this tier (fraction of money, or money per unit for counts)', 0, 1e9),
});

const quotaSchema = z.union([
  money('The quota: the basis a manager is expected to reach in a period (money or count per period)'),
  z.strictObject({
    amount: money('The quota: the basis a manager is expected to reach in a period (money or count per period)').optional(),
    fromBook: num('Per manager: his quota is this multiple of his own book\'s basis in his first month under the scheme, times the months of the period (e.g. 1.1 = 10 % above his run rate)', 0, 100).optional(),
    atLeast: money('With fromBook: no quota below this (money or count per period), e.g. for a newcomer without a book').optional(),
    ratchet: num('Ratchet: next period\'s quota is the larger of this period\'s and this share of this period\'s result (e.g. 0.9); managers see that a good period raises the next bar', 0, 10).optional(),
  }),
]);

export const ComponentSchema = z
  .strictObject({
    id: id('A component id'),
    name: z.string().optional().describe('What the payslip calls this line'),
    translations: TranslationsSchema.optional(),
    basis: z.enum(BASES).describe('What the component pays on: money of clients (revenue, margin, collectedRevenue, collectedMargin, growth of margin since the client came to its owner) or counts (newContracts, activations, volumeReached: a client\'s first month with revenue at or above `volume`)'),
    volume: money('With basis volumeReached: the monthly revenue whose first month at or above it pays the bonus once per client (money per month)').optional(),
    relation: z.enum(RELATIONS).default('owned').describe('Whose clients count: owned (the manager services them), originated (he brought them in), trailing (he brought them in, someone else owns them now), team (every client of the company)'),
    state: z.enum(['contracted', 'active', 'any']).default('any').describe('Client state the component counts (money bases)'),
    monthsSinceSigning: windowSchema.optional().describe('Count only clients within this window after signing'),
    monthsSinceActivation: windowSchema.optional().describe('Count only active clients within this window after their first shipment'),
    rate: num('Rate: a fraction of the money basis, or money per unit of a count basis', 0, 1e9).optional(),
    tiers: z.array(tierSchema).min(1).optional().describe('Rates by tiers of the basis, lowest first'),
    tierMode: z.enum(['marginal', 'retroactive']).default('marginal').describe('marginal: each tier\'s rate applies to the part of the basis inside it; retroactive: the rate of the highest tier reached applies to all of it'),
    threshold: money('A cliff: nothing is paid while the basis is below this, and the whole basis is paid from it on (money or count per month, or per period with "period"); to pay only on the part above an amount, use paidAbove').optional(),
    paidAbove: z.union([money('Pay the rate only on the part of the basis above this amount (money or count per month, or per period)'), z.literal('quota')]).optional().describe('Pay the rate only on the part of the basis above this amount, or above the quota ("quota"): one line for an excess bonus'),
    cap: money('At most this much from the component in a month, or in a period with "period" (money)').optional(),
    credit: z
      .strictObject({
        owner: fraction('Share of the client\'s basis credited to the manager who services it'),
        originator: fraction('Share credited to the manager who brought it in (while he is in the company); both when one person did both'),
      })
      .optional()
      .describe('A credit split instead of "relation": the owner and the originator each count their share of the client (summing to at most 1), e.g. {owner: 0.7, originator: 0.3}'),
    period: z.enum(['month', 'quarter', 'year']).optional().describe('Measurement period: the basis is summed over the calendar month, quarter or year and the rates, tiers, quota, threshold and cap apply to the period\'s sum (default month)'),
    payout: z.enum(['periodEnd', 'monthlyAdvance']).optional().describe('With a period longer than a month: paid at the period\'s end (periodEnd, default), or advanced monthly on the period so far against the quota pro-rated to date and trued up at the end (monthlyAdvance)'),
    quota: quotaSchema.optional().describe('The quota of the period: a number, or {amount | fromBook, atLeast, ratchet}; tiers may then start at an attainment (a fraction of it)'),
    per: z.enum(['portfolio', 'client']).default('portfolio').describe('Apply rates, tiers, threshold and cap to the manager\'s total, or to each client separately'),
    clawback: z
      .strictObject({
        withinMonths: int('A client lost within this many months of the event takes its bonus back (months)', 1, 120),
        share: fraction('Share of the bonus taken back').default(1),
      })
      .optional()
      .describe('Take back a count bonus (newContracts, activations) when the client is lost soon after'),
  })
  .describe('One line of the payslip');

export const RoleSchema = z
  .strictObject({
    name: z.string().optional().describe('How people call the role'),
    translations: TranslationsSchema.optional(),
    salary: money('Fixed monthly salary (money per month)'),
    salaryIsDraw: z.boolean().default(false).describe('true: salary is a guaranteed minimum, total pay = max(salary, sum of components); false: salary is added to the components'),
    activities: z.array(z.enum(ACTIVITY_NAMES)).min(1).default(['hunt', 'activate', 'farm']).describe('What people in this role may spend hours on: hunt (category 1), activate (category 2), farm (category 3)'),
    worksOn: z.enum(['own', 'team']).default('own').describe('own: works on his own clients; team: works on every client of the company (a dedicated developer)'),
    pay: z.array(ComponentSchema).default([]).describe('Pay components, each with an id'),
  })
  .describe('A role in the scheme: salary, pay components, what its people work on');

export const TransitionSchema = z
  .strictObject({
    id: id('A transition id').optional(),
    from: id('Role id'),
    to: id('Role id'),
    basis: z.enum(TRANSITION_BASES).default('margin').describe('The monthly metric that must be held: a basis summed over the manager\'s owned clients'),
    atLeast: money('Threshold the metric must reach every month (money or count per month)'),
    forMonths: int('Consecutive months the threshold must be held', 1, 120),
  })
  .describe('Move a manager to another role once a metric is held for N months (threshold promotion)');

export const HandoffSchema = z
  .strictObject({
    id: id('A hand-off id').optional(),
    from: z.array(id('Role id')).min(1).describe('Roles whose clients are handed over'),
    to: id('Role id').describe('The role whose pool receives the clients (each goes to the member with the fewest clients)'),
    afterActivationMonths: int('Hand over an active client this many months after its first shipment', 0, 600).optional(),
    afterSigningMonths: int('Hand over a client (contracted or active) this many months after signing', 0, 600).optional(),
  })
  .describe('Hand clients over from one role to another; pay trailing commissions with a `trailing` component');

export const HiringSchema = z
  .strictObject({
    headcount: z
      .record(id('Role id'), int('People in the role under the scheme (count)', 0, 10_000))
      .optional()
      .describe('Head-count per role when the scheme starts; missing people are hired (omit: everybody keeps his role or takes the entry role)'),
    assignment: z.enum(['temperament', 'skill']).default('temperament').describe('How the current team is split between roles: temperament (people choose: the most hunter-minded take hunting roles) or skill (by decree: the best hunters hunt)'),
    lagMonths: int('Months until the hires arrive (default: team.hiringLagMonths)', 0, 60).optional(),
    refillRole: id('Role id').optional().describe('The role in which the vacancy of a manager who quits is refilled (omit: the leaver\'s role)'),
    keep: z
      .record(id('Role id'), int('Fewest positions (people employed plus vacancies already open) the company keeps in the role (count)', 0, 10_000))
      .optional()
      .describe('Head-count per role the company keeps while the scheme is in force: when promotions or quits leave fewer positions in a role, a vacancy in it is opened at the end of the month and filled after the lag (hiring.lagMonths, or team.hiringLagMonths)'),
    maxPositions: int('Most positions (people employed plus open vacancies) the company has under the scheme; `keep` opens no vacancy beyond it (default: the larger of team.managers and the head-count, plus the sum of keep)', 1, 10_000).optional(),
    leaverClientsTo: id('Role id').optional().describe('The role whose least-loaded member takes each client of a manager who quits and that does not follow him (omit: the leaver\'s own role)'),
    promotedClientsTo: id('Role id').optional().describe('The role whose least-loaded member takes each client of a manager promoted by a transition, in the month of the promotion (omit: he keeps his clients)'),
  })
  .describe('How the team is organised when the scheme starts, and the hiring policy while it is in force');

export const ChangeoverSchema = z
  .strictObject({
    protect: z
      .enum(['holdHarmless', 'blend'])
      .optional()
      .describe('Pay protection for the first `months` after the switch: holdHarmless pays each manager the larger of the new scheme and what the current scheme would have paid him on his book that month; blend pays a mix that goes from all old rules in the first month to all new after `months`'),
    months: int('Months after the switch the pay protection lasts (months)', 1, 60).optional(),
    grandfatherMonths: int('Clients signed before the switch stay under the current scheme\'s rules for this many months (months)', 1, 120).optional(),
  })
  .describe('A protected changeover from the current scheme: pay protection (hold-harmless or a declining blend) and/or grandfathering of the clients signed before the switch');

export const SchemeSchema = z
  .strictObject({
    id: id('A scheme id'),
    name: z.string().min(1).describe('Name shown in the report'),
    description: z.string().default('').describe('What the scheme is, in plain words'),
    translations: TranslationsSchema.optional(),
    entryRole: id('Role id').optional().describe('Role of new hires and of the current team by default (default: the first role)'),
    roles: z.record(id('Role id'), RoleSchema).describe('Roles by id'),
    transitions: z.array(TransitionSchema).default([]),
    handoffs: z.array(HandoffSchema).default([]),
    hiring: HiringSchema.optional(),
    changeover: ChangeoverSchema.optional(),
  })
  .describe('A compensation scheme: roles with salary and pay components, transitions, hand-offs, hiring');

// ---------------------------------------------------------------- targets

/** One side of a target that compares two measurements: each field defaults to the target's own. */
export const TargetSideSchema = z
  .strictObject({
    scheme: id('Scheme id').optional().describe("The scheme of the second measurement (default: the target's scheme)"),
    measure: z.string().min(1).optional().describe("What the second measurement measures (default: the target's measure)"),
    set: z.array(z.string().min(1)).optional().describe("Overrides (as --set) of the variant it is measured on (default: the target's own)"),
  })
  .describe('The measurement a target is compared with');

export const TARGET_FORMS = ['value', 'difference', 'ratio', 'elasticity'] as const;

export const TargetSchema = z
  .strictObject({
    id: id('Target id'),
    source: z.string().min(1).describe('Where the wanted range comes from, in words ([thread], [published: …], the company\'s own books)'),
    measure: z
      .string()
      .min(1)
      .describe('What is measured: a shorthand of one scheme (huntActivate, annualChurnRate, managerTurnover, newContracts, churnByTenure.year1, quitsByTenure.months0to6, …) or a full summary.json path'),
    scheme: id('Scheme id').describe('The scheme it is measured on'),
    set: z.array(z.string().min(1)).default([]).describe('Overrides (as --set) of the variant it is measured on; every variant is simulated on the same random numbers'),
    against: TargetSideSchema.optional(),
    as: z
      .enum(TARGET_FORMS)
      .optional()
      .describe('value: the measure itself; difference: measure − against; ratio: measure / against; elasticity: ln(measure / against) / ln(by / by against) (default: value, or ratio when against is given)'),
    by: z.string().min(1).optional().describe("An elasticity's denominator: the measure whose change the measure responds to (hours of hunting: huntHoursPerManager)"),
    min: z.number().optional().describe('The smallest value wanted'),
    max: z.number().optional().describe('The largest value wanted'),
    value: z.number().optional().describe('The value wanted, widened by ± tolerance (instead of min and max)'),
    tolerance: num('Relative tolerance of value (fraction)', 0, 1).optional(),
    translations: z
      .partialRecord(z.enum(['en', 'ru']), z.strictObject({ source: z.string().min(1).describe('The source in this language') }))
      .optional()
      .describe('The source in the report\'s other languages, e.g. {ru: {source: ...}}'),
  })
  .describe('A checkable target: an observed or published number the simulated company should reproduce (`compsim targets`)');

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editors\' JSON Schema reference (ignored)'),
    name: z.string().min(1).describe('Name of the scenario'),
    description: z.string().default(''),
    translations: TranslationsSchema.optional(),
    currency: z.string().min(1).max(8).default('RUB').describe('Currency code of all money in the file'),
    horizonMonths: int('Months simulated after the switch', 1, 600).default(36),
    warmupMonths: int('Months simulated under the current scheme before the switch, so the book is realistic', 0, 600).default(24),
    book: z.string().min(1).optional().describe('Folder with the company\'s managers.csv and clients.csv, relative to this file: runs start from that book instead of a warm-up (see scenarios/book-example/README.md); `--book` overrides it'),
    current: id('Scheme id').describe('The scheme in force now (used for the warm-up)'),
    baseline: id('Scheme id').optional().describe('The scheme others are compared with (default: current)'),
    market: MarketSchema.default(MarketSchema.parse({})),
    clients: ClientsSchema.default(ClientsSchema.parse({})),
    team: TeamSchema.default(TeamSchema.parse({})),
    behavior: BehaviorSchema.default(BehaviorSchema.parse({})),
    schemes: z.array(SchemeSchema).min(1).describe('The schemes to compare, each with an id'),
    targets: z.array(TargetSchema).default([]).describe('What the simulated company should reproduce, each with its source: `compsim targets` measures them'),
  })
  .describe('A compsim scenario: a company, its market and team, and the compensation schemes to compare');

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Scheme = z.infer<typeof SchemeSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Component = z.infer<typeof ComponentSchema>;
export type Transition = z.infer<typeof TransitionSchema>;
export type Handoff = z.infer<typeof HandoffSchema>;
export type Hiring = z.infer<typeof HiringSchema>;
export type ScenarioTarget = z.infer<typeof TargetSchema>;
export type Market = z.infer<typeof MarketSchema>;
export type ClientsParameters = z.infer<typeof ClientsSchema>;
export type TeamParameters = z.infer<typeof TeamSchema>;
export type BehaviorParameters = z.infer<typeof BehaviorSchema>;

/** The JSON Schema of the scenario format, as editors and `compsim schema` use it. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
