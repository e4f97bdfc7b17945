/**
 * A realistic synthetic summary.json for report tests, until the engine's own output is wired in:
 * the six schemes of DESIGN §5, 36 months, roles, paired comparisons against `new-client-bonus`.
 * The numbers are made up but shaped like the thread: the old scheme spends ~60 % of hours on
 * hunt + activate, the current one ~92 %, stuck contracted clients pile up under the current
 * scheme, the hunter/farmer split is clearly better, the farmer hand-off is no clear difference.
 */
import type {
  Activity,
  Comparison,
  ConvergenceTrace,
  Distribution,
  MonthlyMetric,
  PairedDiff,
  RoleSummary,
  SchemeSummary,
  Stat,
  Summary,
} from '../../src/engine/summary.js';
import { MONTHLY_METRICS } from '../../src/engine/metrics.js';

const RUNS = 200;
const MONTHS = 36;
const Z90 = 1.6448536269514722;

/** A Stat across runs from a mean and sd, optionally right-skewed (skew in -0.5..0.5). */
export function makeStat(mean: number, sd: number, skew = 0, runs = RUNS, ciZ = 1.96): Stat {
  const half = (ciZ * sd) / Math.sqrt(runs);
  return {
    mean,
    sd,
    p5: mean - Z90 * sd * (1 - skew),
    p50: mean - 0.15 * sd * skew,
    p95: mean + Z90 * sd * (1 + skew),
    ci95: [mean - half, mean + half],
  };
}

interface RoleProfile {
  role: string;
  name: string;
  headcount: number;
  shares: [number, number, number];
  payMedian: number;
}

interface SchemeProfile {
  id: string;
  name: string;
  description: string;
  /** Team share of hours [hunt, activate, farm] the scheme settles at. */
  shares: [number, number, number];
  roles: RoleProfile[];
  activeEnd: number;
  contractedEnd: number;
  stuckEnd: number;
  newContracts: number;
  activationRate: number;
  churn: number;
  quits: number;
  lostPerQuit: number;
  revenuePerActive: number;
  managers: number;
  /** Paired sd of the total net-profit difference against the baseline, as a share of |diff| (see classes). */
  pairedSdFactor: number;
}

const PROFILES: SchemeProfile[] = [
  {
    id: 'lifetime-commission',
    name: 'Lifetime commission (old)',
    description: 'Salary 20 000 + 10 % of the margin of every client the manager brought in, for as long as the client ships.',
    shares: [0.36, 0.24, 0.4],
    roles: [{ role: 'generalist', name: 'Generalist', headcount: 20, shares: [0.36, 0.24, 0.4], payMedian: 72_000 }],
    activeEnd: 164,
    contractedEnd: 24,
    stuckEnd: 6,
    newContracts: 5.2,
    activationRate: 0.2,
    churn: 4.2,
    quits: 3.1,
    lostPerQuit: 2.2,
    revenuePerActive: 405_000,
    managers: 20,
    pairedSdFactor: 1.0,
  },
  {
    id: 'new-client-bonus',
    name: 'New-client bonus (current)',
    description: 'Salary 20 000 + main bonus from new clients’ margin for 6 months after signing + 2 % servicing commission.',
    shares: [0.7, 0.22, 0.08],
    roles: [{ role: 'generalist', name: 'Generalist', headcount: 20, shares: [0.7, 0.22, 0.08], payMedian: 64_000 }],
    activeEnd: 150,
    contractedEnd: 58,
    stuckEnd: 31,
    newContracts: 8.1,
    activationRate: 0.12,
    churn: 6.3,
    quits: 4.0,
    lostPerQuit: 1.6,
    revenuePerActive: 400_000,
    managers: 20,
    pairedSdFactor: 1,
  },
  {
    id: 'hunter-farmer-split',
    name: 'Hunters and farmers',
    description: 'Hunters get a large bonus per new active client; farmers a reduced commission on repeat sales.',
    shares: [0.44, 0.21, 0.35],
    roles: [
      { role: 'hunter', name: 'Hunter', headcount: 8, shares: [0.78, 0.2, 0.02], payMedian: 70_000 },
      { role: 'farmer', name: 'Farmer', headcount: 12, shares: [0.08, 0.22, 0.7], payMedian: 61_000 },
    ],
    activeEnd: 181,
    contractedEnd: 32,
    stuckEnd: 9,
    newContracts: 7.0,
    activationRate: 0.22,
    churn: 4.0,
    quits: 4.6,
    lostPerQuit: 1.8,
    revenuePerActive: 415_000,
    managers: 20,
    pairedSdFactor: 0.35,
  },
  {
    id: 'threshold-promotion',
    name: 'Threshold promotion (500 000 for 6 months)',
    description: 'A hunter whose turnover stays at or above 500 000 RUB a month for 6 months becomes a farmer: salary 35 000 + bonus.',
    shares: [0.55, 0.2, 0.25],
    roles: [
      { role: 'hunter', name: 'Hunter', headcount: 14, shares: [0.72, 0.22, 0.06], payMedian: 66_000 },
      { role: 'farmer', name: 'Farmer', headcount: 6, shares: [0.1, 0.18, 0.72], payMedian: 78_000 },
    ],
    activeEnd: 159,
    contractedEnd: 44,
    stuckEnd: 19,
    newContracts: 7.7,
    activationRate: 0.15,
    churn: 5.6,
    quits: 3.8,
    lostPerQuit: 1.7,
    revenuePerActive: 402_000,
    managers: 20,
    pairedSdFactor: 1.1,
  },
  {
    id: 'farmer-handoff',
    name: 'Hand-off to hired farmers',
    description: 'Hired farmers take over clients after activation; the hunter keeps a smaller trailing percentage.',
    shares: [0.6, 0.24, 0.16],
    roles: [
      { role: 'hunter', name: 'Hunter', headcount: 16, shares: [0.74, 0.24, 0.02], payMedian: 60_000 },
      { role: 'farmer', name: 'Hired farmer', headcount: 4, shares: [0.0, 0.2, 0.8], payMedian: 52_000 },
    ],
    activeEnd: 150.4,
    contractedEnd: 41,
    stuckEnd: 14,
    newContracts: 7.9,
    activationRate: 0.16,
    churn: 6.2,
    quits: 6.5,
    lostPerQuit: 2.4,
    revenuePerActive: 400_500,
    managers: 20,
    pairedSdFactor: 12,
  },
  {
    id: 'account-developer',
    name: 'Dedicated client developer',
    description: 'Current scheme plus one developer with KPIs on activations and growth of existing clients.',
    shares: [0.62, 0.26, 0.12],
    roles: [
      { role: 'generalist', name: 'Generalist', headcount: 19, shares: [0.68, 0.24, 0.08], payMedian: 64_000 },
      { role: 'developer', name: 'Client developer', headcount: 1, shares: [0.0, 0.55, 0.45], payMedian: 85_000 },
    ],
    activeEnd: 160,
    contractedEnd: 40,
    stuckEnd: 15,
    newContracts: 8.0,
    activationRate: 0.18,
    churn: 5.4,
    quits: 4.1,
    lostPerQuit: 1.6,
    revenuePerActive: 402_000,
    managers: 20,
    pairedSdFactor: 0.45,
  },
];

const BASELINE = 'new-client-bonus';
const ACTIVE_START = 150;
const CONTRACTED_START = 40;
const bookValueOf = (active: number, contracted: number, revenuePerActive: number) => (active + 0.3 * contracted) * revenuePerActive * MARGIN_RATE * 40;
const STUCK_START = 14;
const MARGIN_RATE = 0.15;
const BOOK_AT_SWITCH = (150 + 0.3 * 40) * 400_000 * MARGIN_RATE * 40;

/** Smooth approach from `from` to `to` over the horizon (time constant `tau` months). */
const approach = (from: number, to: number, month: number, tau: number) => to + (from - to) * Math.exp(-month / tau);
/** A small deterministic wiggle so lines do not look synthetic-straight. */
const wiggle = (month: number, phase: number) => 1 + 0.025 * Math.sin(month * 0.9 + phase) + 0.015 * Math.cos(month * 2.3 + phase);

function monthlySeries(p: SchemeProfile, index: number): Record<MonthlyMetric, Stat[]> {
  const current = PROFILES.find((x) => x.id === BASELINE)!;
  const series = Object.fromEntries(MONTHLY_METRICS.map((k) => [k, [] as Stat[]])) as Record<MonthlyMetric, Stat[]>;
  let cumulative = 0;
  let cumulativeSd = 0;
  for (let month = 1; month <= MONTHS; month++) {
    const w = wiggle(month, index);
    const active = approach(ACTIVE_START, p.activeEnd, month, 12) * w;
    const contracted = approach(CONTRACTED_START, p.contractedEnd, month, 10);
    const stuck = approach(STUCK_START, p.stuckEnd, month, 14);
    const revenue = active * p.revenuePerActive * w;
    const margin = revenue * MARGIN_RATE;
    const pay = p.roles.reduce((s, r) => s + r.headcount * r.payMedian * 1.05, 0);
    const netProfit = margin - pay;
    cumulative += netProfit;
    cumulativeSd = Math.sqrt(cumulativeSd ** 2 + (netProfit * 0.12) ** 2) * 1.02;
    // Hours move from the current scheme's split towards the new scheme's with inertia (tau 3 months).
    const shares = p.shares.map((s, k) => approach(current.shares[k], s, month, 3));
    const values: Record<MonthlyMetric, [number, number, number?]> = {
      revenue: [revenue, revenue * 0.09, 0.1],
      margin: [margin, margin * 0.09, 0.1],
      compCost: [pay, pay * 0.05],
      netProfit: [netProfit, Math.abs(netProfit) * 0.12, 0.1],
      cumulativeNetProfit: [cumulative, cumulativeSd],
      newContracts: [p.newContracts * w, 2.6],
      activations: [contracted * p.activationRate * w, 2.1],
      churnedClients: [p.churn * w, 2.2, 0.2],
      dormantClients: [1.2 * w, 1.0, 0.3],
      activeClients: [active, active * 0.06],
      contractedClients: [contracted, contracted * 0.15],
      stuckContracted: [stuck, stuck * 0.2, 0.15],
      huntShare: [shares[0], 0.03],
      activateShare: [shares[1], 0.02],
      farmShare: [shares[2], 0.03],
      managers: [p.managers - 0.4, 0.8],
      managerQuits: [p.quits / MONTHS, 0.35, 0.4],
      clientsLostWithManagers: [(p.quits * p.lostPerQuit) / MONTHS, 0.7, 0.4],
      managerMonthlyPay: [pay / p.managers, (pay / p.managers) * 0.06],
      badPayerShare: [0.06, 0.01],
      hoursPerManager: [140, 3],
      // The losses by cause add up to churnedClients (active) and, with the active ones, clientsLostWithManagers (followers).
      lostActiveChurn: [p.churn * w * 0.9 - 0.8 * ((p.quits * p.lostPerQuit) / MONTHS), 2.0, 0.2],
      lostActiveHandover: [p.churn * w * 0.1, 0.4, 0.3],
      lostActiveFollowedManager: [0.8 * ((p.quits * p.lostPerQuit) / MONTHS), 0.6, 0.4],
      lostContractedHandover: [0.1, 0.2, 0.4],
      lostContractedFollowedManager: [0.2 * ((p.quits * p.lostPerQuit) / MONTHS), 0.3, 0.4],
      // The book valued at about 40 months of its margin; value created against the book at the switch.
      bookValue: [bookValueOf(active, contracted, p.revenuePerActive), bookValueOf(active, contracted, p.revenuePerActive) * 0.05],
      valueCreated: [cumulative + bookValueOf(active, contracted, p.revenuePerActive) - BOOK_AT_SWITCH, cumulativeSd * 1.1],
    };
    for (const metric of MONTHLY_METRICS) {
      const [mean, sd, skew] = values[metric];
      series[metric].push(makeStat(mean, sd, skew ?? 0));
    }
  }
  return series;
}

const sum = (stats: Stat[]) => stats.reduce((s, x) => s + x.mean, 0);

function distribution(median: number): Distribution {
  return {
    mean: median * 1.06,
    p5: median * 0.45,
    p25: median * 0.78,
    p50: median,
    p75: median * 1.28,
    p95: median * 1.95,
    count: 7200,
  };
}

function schemeSummary(p: SchemeProfile, index: number): SchemeSummary {
  const monthly = monthlySeries(p, index);
  const total = (metric: MonthlyMetric, relSd: number, skew = 0) => {
    const mean = sum(monthly[metric]);
    return makeStat(mean, Math.abs(mean) * relSd, skew);
  };
  const timeShare = (shares: [number, number, number], sd = 0.025): Record<Activity, Stat> => ({
    hunt: makeStat(shares[0], sd),
    activate: makeStat(shares[1], sd),
    farm: makeStat(shares[2], sd),
  });
  const teamShares = (['huntShare', 'activateShare', 'farmShare'] as const).map((k) => sum(monthly[k]) / MONTHS) as [number, number, number];
  const roles: RoleSummary[] = p.roles.map((r) => ({
    role: r.role,
    name: r.name,
    headcount: makeStat(r.headcount, 0.6),
    timeShare: timeShare(r.shares),
    payDistribution: distribution(r.payMedian),
  }));
  const last = (metric: MonthlyMetric) => monthly[metric][MONTHS - 1];
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    totals: {
      revenue: total('revenue', 0.05, 0.1),
      margin: total('margin', 0.05, 0.1),
      compCost: total('compCost', 0.03),
      netProfit: total('netProfit', 0.08, 0.1),
      newContracts: total('newContracts', 0.08),
      activations: total('activations', 0.09),
      churnedClients: total('churnedClients', 0.12, 0.2),
      managerQuits: makeStat(p.quits, 1.7, 0.3),
      clientsLostWithManagers: makeStat(p.quits * p.lostPerQuit, 3.2, 0.4),
      hiringCost: makeStat(p.quits * 40_000, p.quits * 15_000),
      uncollected: makeStat(sum(monthly.revenue) * 0.012, sum(monthly.revenue) * 0.003),
      leakedMargin: makeStat(p.id === 'farmer-handoff' ? 2_600_000 : 400_000, 300_000, 0.3),
      newBadPayers: makeStat(sum(monthly.newContracts) * 0.1, 2),
      promotions: makeStat(p.id === 'threshold-promotion' ? 4 : 0, 1.5),
      promotionsWatched: makeStat(p.id === 'threshold-promotion' ? 3 : 0, 1.2),
      promotedFellBelow: makeStat(p.id === 'threshold-promotion' ? 0.5 : 0, 0.6),
      switchPayChange: makeStat(p.id === 'farmer-handoff' ? -900_000 : -200_000, 150_000),
      worstPayCut: makeStat(p.id === 'farmer-handoff' ? 0.35 : 0.1, 0.05),
      bookValue: last('bookValue'),
      pipelineValue: makeStat(last('bookValue').mean * 0.08, last('bookValue').mean * 0.01),
      valueCreated: last('valueCreated'),
      bookValueAtSwitch: makeStat(BOOK_AT_SWITCH, BOOK_AT_SWITCH * 0.05),
      activeClientsAtSwitch: makeStat(150, 9),
      contractedClientsAtSwitch: makeStat(40, 6),
    },
    end: {
      activeClients: last('activeClients'),
      contractedClients: last('contractedClients'),
      stuckContracted: last('stuckContracted'),
      managers: last('managers'),
    },
    timeShare: timeShare(teamShares, 0.02),
    managerMonthlyPay: makeStat(sum(monthly.managerMonthlyPay) / MONTHS, 2500),
    hoursPerManager: makeStat(140, 3),
    newBadPayerShare: makeStat(0.1, 0.02),
    churnByTenure: { year1: makeStat(0.4, 0.05), year2: makeStat(0.3, 0.05), year3: makeStat(0.25, 0.05), year4plus: makeStat(0.2, 0.05) },
    promotedFellBelowShare: p.id === 'threshold-promotion' ? 0.17 : 0,
    lostActiveByCause: {
      churn: total('lostActiveChurn', 0.12, 0.2),
      handover: total('lostActiveHandover', 0.3, 0.3),
      followedManager: total('lostActiveFollowedManager', 0.4, 0.4),
    },
    lostContractedByCause: {
      handover: total('lostContractedHandover', 0.5, 0.4),
      followedManager: total('lostContractedFollowedManager', 0.5, 0.4),
      dormant: total('dormantClients', 0.3, 0.3),
    },
    quitsByTenure: { months0to6: makeStat(0.6, 0.2), months6to12: makeStat(0.35, 0.15), year2: makeStat(0.25, 0.1), year3plus: makeStat(0.2, 0.08) },
    headcountByRole: Object.fromEntries(p.roles.map((r) => [r.role, Array.from({ length: MONTHS }, () => makeStat(r.headcount, 0.6))])),
    roles,
    monthly,
  };
}

/** Paired difference scheme − baseline with a chosen paired sd (CRN: much tighter than unpaired). */
function pairedDiff(diff: number, sd: number, comparisonZ: number, higherIsBetter = true): PairedDiff {
  const stat = makeStat(diff, sd, 0, RUNS, comparisonZ);
  const z = sd > 0 ? diff / sd : 0;
  const probHigher = 0.5 * (1 + erf(z / Math.SQRT2));
  return { ...stat, probBetter: higherIsBetter ? probHigher : 1 - probHigher };
}

/** Abramowitz & Stegun 7.1.26, |error| < 1.5e-7 — plenty for a fixture. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

function comparison(scheme: SchemeSummary, baseline: SchemeSummary, profile: SchemeProfile, comparisonZ: number): Comparison {
  const diff = scheme.totals.netProfit.mean - baseline.totals.netProfit.mean;
  const sd = Math.max(Math.abs(diff) * profile.pairedSdFactor, 1);
  const valueDiff = scheme.totals.valueCreated.mean - baseline.totals.valueCreated.mean;
  const valueSd = Math.max(Math.abs(valueDiff) * profile.pairedSdFactor, 1);
  const metric = (a: Stat, b: Stat, relSd: number, higherIsBetter = true) =>
    pairedDiff(a.mean - b.mean, Math.max(Math.abs(a.mean - b.mean) * relSd, Math.abs(b.mean) * 0.02, 0.05), comparisonZ, higherIsBetter);
  const cumulative: Stat[] = [];
  for (let i = 0; i < MONTHS; i++) {
    const d = scheme.monthly.cumulativeNetProfit[i].mean - baseline.monthly.cumulativeNetProfit[i].mean;
    const share = (i + 1) / MONTHS;
    cumulative.push(makeStat(d, sd * Math.sqrt(share), 0, RUNS, comparisonZ));
  }
  return {
    scheme: scheme.id,
    vs: baseline.id,
    netProfitDiff: makeStat(diff, sd, 0, RUNS, comparisonZ),
    probBetter: pairedDiff(diff, sd, comparisonZ).probBetter,
    valueCreatedDiff: makeStat(valueDiff, valueSd, 0, RUNS, comparisonZ),
    probValueBetter: pairedDiff(valueDiff, valueSd, comparisonZ).probBetter,
    metrics: {
      valueCreated: pairedDiff(valueDiff, valueSd, comparisonZ),
      bookValue: metric(scheme.totals.bookValue, baseline.totals.bookValue, 0.3),
      revenue: metric(scheme.totals.revenue, baseline.totals.revenue, 0.3),
      margin: metric(scheme.totals.margin, baseline.totals.margin, 0.3),
      compCost: metric(scheme.totals.compCost, baseline.totals.compCost, 0.2, false),
      newContracts: metric(scheme.totals.newContracts, baseline.totals.newContracts, 0.4),
      activations: metric(scheme.totals.activations, baseline.totals.activations, 0.4),
      churnedClients: metric(scheme.totals.churnedClients, baseline.totals.churnedClients, 0.5, false),
      activeClients: metric(scheme.end.activeClients, baseline.end.activeClients, 0.4),
      stuckContracted: metric(scheme.end.stuckContracted, baseline.end.stuckContracted, 0.4, false),
      managerQuits: metric(scheme.totals.managerQuits, baseline.totals.managerQuits, 0.9, false),
      clientsLostWithManagers: metric(scheme.totals.clientsLostWithManagers, baseline.totals.clientsLostWithManagers, 0.9, false),
      managerMonthlyPay: metric(scheme.managerMonthlyPay, baseline.managerMonthlyPay, 0.3),
    },
    cumulativeNetProfitDiff: cumulative,
  };
}

function convergence(comparisons: Comparison[]): ConvergenceTrace[] {
  return comparisons.map((c, k) => ({
    scheme: c.scheme,
    points: Array.from({ length: 20 }, (_, i) => {
      const runs = (i + 1) * 10;
      const half = (2.6 * c.netProfitDiff.sd) / Math.sqrt(runs);
      const mean = c.netProfitDiff.mean + (c.netProfitDiff.sd / Math.sqrt(runs)) * 0.8 * Math.sin(i * 0.7 + k);
      return { runs, mean, lo: mean - half, hi: mean + half };
    }),
  }));
}

function scenario(profiles: SchemeProfile[]) {
  return {
    name: 'Freight sales team (default)',
    currency: 'RUB',
    horizonMonths: MONTHS,
    warmupMonths: 24,
    current: BASELINE,
    baseline: BASELINE,
    market: { companyDiscountRate: 0.014, addressableProspects: 4000, potentialSpend: { median: 450_000, sigma: 0.9 }, marginRate: { mean: 0.15, sd: 0.03 } },
    clients: { stuckAfterMonths: 6, dormantAfterMonths: 9, badPayerShare: 0.06, latePayerShare: 0.15, incidentsPerMonth: 0.04 },
    team: { managers: 20, hoursPerMonth: 140, trueHunterShare: 0.01, hiringLagMonths: 2, rampUpMonths: 4, outsideWage: 60_000 },
    behavior: { discountPerMonth: 0.985, adjustment: 0.35, lossAversion: 2.25, quitHazardBase: 0.008, effortCost: { hunt: 0.3, activate: 0.1, farm: 0.0 } },
    schemes: profiles.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      roles: Object.fromEntries(
        p.roles.map((r) => [
          r.role,
          {
            salary: r.role === 'farmer' && p.id === 'threshold-promotion' ? 35_000 : 20_000,
            pay: [{ id: `${r.role}-bonus`, basis: 'margin', filter: { relation: 'originated' }, rate: 0.1 }],
          },
        ]),
      ),
    })),
  };
}

export interface FixtureOptions {
  /** Replace every piece of user text (scenario, scheme/role names, ids, descriptions, overrides) with this. */
  userText?: string;
}

/** The synthetic summary (deterministic). */
export function buildFixtureSummary(options: FixtureOptions = {}): Summary {
  const profiles = PROFILES.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r })) }));
  const schemes = profiles.map((p, i) => schemeSummary(p, i));
  const baseline = schemes.find((s) => s.id === BASELINE)!;
  const comparisonLevel = 1 - 0.05 / 5;
  const comparisonZ = 2.5758293035489; // z for a two-sided 99 % interval (Bonferroni: 95 % over 5 comparisons)
  const comparisons = schemes
    .filter((s) => s.id !== BASELINE)
    .map((s) => comparison(s, baseline, profiles.find((p) => p.id === s.id)!, comparisonZ));
  const summary: Summary = {
    version: 1,
    scenario: 'Freight sales team (default)',
    seed: 7,
    runs: RUNS,
    months: MONTHS,
    warmupMonths: 24,
    currency: 'RUB',
    baseline: BASELINE,
    current: BASELINE,
    schemes,
    comparisons,
    work: { clientMonths: 6 * RUNS * 60 * 4200, managerMonths: 6 * RUNS * 60 * 20 },
    confidence: { level: 0.95, adjustment: 'bonferroni', comparisons: comparisons.length, comparisonLevel },
    warmupCheck: {
      activeClientsByMonth: Array.from({ length: 24 }, (_, i) => approach(60, 150, i + 1, 5)),
      stable: true,
      relativeDrift: 0.012,
      months: 6,
    },
    convergence: convergence(comparisons),
    precision: { target: 0.02, reached: 0.017, runsUsed: RUNS, minRuns: 100, maxRuns: 2000 },
    assumptions: scenario(profiles),
    overrides: ['schemes.threshold-promotion.transitions.hunter-to-farmer.months=6'],
  };
  return options.userText === undefined ? summary : withUserText(summary, options.userText);
}

/** The same summary with every piece of user text replaced by `text` (for escaping tests). */
export function withUserText(summary: Summary, text: string): Summary {
  const copy = structuredClone(summary);
  copy.scenario = text;
  copy.overrides = [`schemes.${text}.roles.generalist.salary=${text}`];
  // Scheme ids are user text too (they come from the scenario file): rename them everywhere.
  const newId = new Map(copy.schemes.map((s, i) => [s.id, `${text}-${i}`]));
  const rename = (id: string) => newId.get(id) ?? id;
  copy.baseline = rename(copy.baseline);
  copy.current = rename(copy.current);
  copy.comparisons.forEach((c) => {
    c.scheme = rename(c.scheme);
    c.vs = rename(c.vs);
  });
  copy.convergence?.forEach((t) => {
    t.scheme = rename(t.scheme);
  });
  copy.schemes.forEach((s, i) => {
    s.id = rename(s.id);
    s.name = `${text} ${i}`;
    s.description = text;
    s.roles.forEach((r, k) => {
      r.name = `${text} role ${k}`;
    });
  });
  const assumptions = copy.assumptions as {
    name: string;
    schemes: { id: string; name: string; description: string; roles: Record<string, unknown> }[];
    market: Record<string, unknown>;
  };
  assumptions.name = text;
  assumptions.market[text] = text;
  assumptions.schemes.forEach((s, i) => {
    s.id = `${text}-${i}`;
    s.name = `${text} ${i}`;
    s.description = text;
    s.roles[text] = { salary: text };
  });
  return copy;
}
