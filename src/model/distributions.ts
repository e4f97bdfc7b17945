/**
 * Turning one uniform into a draw from a distribution by inversion, so that the same uniform in
 * two schemes gives the same or a monotonically shifted outcome (this is what makes common
 * random numbers effective: a better-served client is churned by fewer of the same dice).
 */

/**
 * Standard normal quantile: Acklam's rational approximation (relative error < 1.15e-9),
 * https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/
 * The central region (95 % of draws) is its own small function so that V8 inlines it into the
 * month loop, which draws one normal per client per month; the tails are rare.
 */
export function normalFromUniform(p: number): number {
  return p < NORMAL_LOW || p > 1 - NORMAL_LOW ? normalTail(p) : normalCentral(p);
}

const NORMAL_LOW = 0.02425;

function normalCentral(p: number): number {
  const a1 = -39.69683028665376, a2 = 220.9460984245205, a3 = -275.9285104469687;
  const a4 = 138.357751867269, a5 = -30.66479806614716, a6 = 2.506628277459239;
  const b1 = -54.47609879822406, b2 = 161.5858368580409, b3 = -155.6989798598866;
  const b4 = 66.80131188771972, b5 = -13.28068155288572;
  const q = p - 0.5;
  const r = q * q;
  return ((((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6) * q) / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1);
}

function normalTail(p: number): number {
  const c1 = -0.007784894002430293, c2 = -0.3223964580411365, c3 = -2.400758277161838;
  const c4 = -2.549732539343734, c5 = 4.374664141464968, c6 = 2.938163982698783;
  const d1 = 0.007784695709041462, d2 = 0.3224671290700398, d3 = 2.445134137142996, d4 = 3.754408661907416;
  if (p < NORMAL_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
  }
  const q = Math.sqrt(-2 * Math.log(1 - p));
  return -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6) / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
}

/**
 * Poisson draw by inversion of the CDF (sequential search from 0). For large means the normal
 * approximation with continuity correction is used; a month's contracts of one manager are
 * far below that range.
 */
export function poissonFromUniform(mean: number, u: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 60) return Math.max(0, Math.floor(mean + Math.sqrt(mean) * normalFromUniform(u) + 0.5));
  let k = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (u > cumulative && k < 1000) {
    k++;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

/**
 * Binomial(trials, p) draw by inversion of the CDF (sequential search from 0): P(0) = (1 − p)^n,
 * P(k + 1) = P(k)·(n − k)/(k + 1)·p/(1 − p). Used for a manager's month of candidates, a handful,
 * so the search is short; one uniform gives monotonically shifted outcomes as p moves.
 */
export function binomialFromUniform(trials: number, p: number, u: number): number {
  if (!(trials > 0) || !(p > 0)) return 0;
  if (p >= 1) return trials;
  const odds = p / (1 - p);
  let k = 0;
  let probability = Math.pow(1 - p, trials);
  let cumulative = probability;
  while (u > cumulative && k < trials) {
    probability *= ((trials - k) / (k + 1)) * odds;
    k++;
    cumulative += probability;
  }
  return k;
}

/**
 * Most proposals `unitMeanGamma` tries before it gives up. Each is accepted with probability above
 * 0.95 for the shapes it draws (≥ 1; Marsaglia & Tsang 2000, table 1), so 16 rejections in a row
 * happen less than once in 10^20 draws.
 */
export const GAMMA_ATTEMPTS = 16;

/**
 * A gamma multiplier with mean 1 and the given variance v (shape k = 1/v, scale v): a client's
 * frailty, how fickle it is (docs/model.md, "Churn"). Gamma rather than lognormal because the
 * survivors of a gamma frailty are again gamma, which is what makes retention rise with tenure
 * in the way customer-base studies fit (Fader & Hardie 2007, "How to project customer retention",
 * J. Interactive Marketing 21(1)) and gives book-start.ts its exact posterior. v = 0: all alike, 1.
 *
 * Marsaglia & Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26(3),
 * 2000): for shape a ≥ 1, d = a − 1/3, c = 1/√(9d); a normal x gives y = (1 + c·x)³, accepted
 * (value d·y) when y > 0 and u < 1 − 0.0331·x⁴ (the squeeze) or ln u < x²/2 + d·(1 − y + ln y).
 * For shape k < 1 a Gamma(k + 1) draw is multiplied by U^(1/k) (the same paper, section 6).
 * The draws are not a stream: `uniform(n)` is the n-th uniform of the client's own key, so the
 * outcome is a pure function of that key. Draw 0 is the boost U, attempt j uses draw 1 + 2j for
 * its normal and 2 + 2j for its acceptance. Should every attempt fail, a value of
 * the right mean (a, then boosted) is returned.
 */
export function unitMeanGamma(variance: number, uniform: (draw: number) => number): number {
  if (!(variance > 0)) return 1;
  const shape = 1 / variance;
  const a = shape < 1 ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let value = a;
  for (let attempt = 0; attempt < GAMMA_ATTEMPTS; attempt++) {
    const x = normalFromUniform(uniform(1 + 2 * attempt));
    const root = 1 + c * x;
    if (root <= 0) continue;
    const y = root * root * root;
    const u = uniform(2 + 2 * attempt);
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - y + Math.log(y))) {
      value = d * y;
      break;
    }
  }
  if (shape < 1) value *= Math.pow(uniform(0), 1 / shape);
  return value * variance;
}

/**
 * A number in (0, 1) with the given mean and beta-like concentration c (variance m(1−m)/(c+1)),
 * drawn as a logit-normal whose spread matches that variance by the delta method.
 */
export function logitNormalFromUniform(mean: number, concentration: number, u: number): number {
  const m = Math.min(0.999, Math.max(0.001, mean));
  const sd = Math.sqrt((m * (1 - m)) / (concentration + 1));
  const spread = sd / (m * (1 - m));
  const logit = Math.log(m / (1 - m)) + spread * normalFromUniform(u);
  return 1 / (1 + Math.exp(-logit));
}
