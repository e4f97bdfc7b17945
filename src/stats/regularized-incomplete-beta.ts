import { gammaln } from 'simple-statistics';

/** Continued-fraction terms beyond this many mean the arguments are far outside what we use. */
const MAX_TERMS = 10_000;
/** Relative size of the last continued-fraction factor's change at which we stop (≈ 2 ulp). */
const EPSILON = 4e-16;
/** Stand-in for zero in Lentz's method, so no division by zero happens. */
const TINY = 1e-300;

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b): the probability that
 * a Beta(a, b) variable is at most x. Student's t and F tail probabilities are special cases.
 *
 * Evaluated with the continued fraction of Abramowitz & Stegun 26.5.8 by the modified Lentz method
 * (Press, Teukolsky, Vetterling & Flannery, Numerical Recipes, 3rd ed., §6.4), using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly (x > (a + 1)/(a + b + 2)).
 * `y` is 1 − x; pass it when you can compute it more precisely than by subtraction (for Student's
 * t, x = ν/(ν + t²) and y = t²/(ν + t²)), otherwise leave it out.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0)) {
    throw new Error(`regularizedIncompleteBeta requires a > 0 and b > 0 (got a = ${a}, b = ${b})`);
  }
  if (!(x >= 0 && x <= 1)) {
    throw new Error(`regularizedIncompleteBeta requires 0 ≤ x ≤ 1 (got ${x})`);
  }
  if (x === 0) return 0;
  if (y === 0) return 1;
  const logFront = a * Math.log(x) + b * Math.log(y) - (gammaln(a) + gammaln(b) - gammaln(a + b));
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * continuedFraction(y, b, a)) / b;
}

/** The continued fraction of A&S 26.5.8 (without its prefactor), by the modified Lentz method. */
function continuedFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    // Even step: d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
    let term = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + term * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + term / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step: d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + term * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + term / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    h *= change;
    if (Math.abs(change - 1) < EPSILON) return h;
  }
  throw new Error(`regularizedIncompleteBeta did not converge for x = ${x}, a = ${a}, b = ${b}`);
}
