/** The plain-object form of `Moments`, for worker messages and shard files. */
export interface MomentsJSON {
  count: number;
  mean: number;
  /** Sum of squared deviations from the mean. */
  m2: number;
  /** null while empty (JSON has no Infinity). */
  min: number | null;
  max: number | null;
}

/**
 * Count, mean, sum of squared deviations (M2), minimum and maximum of a stream of numbers, in
 * constant memory, one pass, and mergeable.
 *
 * `add` is Welford's update (Welford 1962, Technometrics 4:419; Law & Kelton, Simulation Modeling and
 * Analysis, 5th ed., Problem 4.26); `merge` is the pairwise update of Chan, Golub & LeVeque (1979,
 * "Updating formulae and a pairwise algorithm for computing sample variances"):
 *   δ = x̄_B − x̄_A,  x̄ = x̄_A + δ·n_B/n,  M2 = M2_A + M2_B + δ²·n_A·n_B/n.
 * Both avoid the cancellation of the textbook Σx² − n·x̄² formula.
 *
 * Deterministic: the same adds and merges in the same order give bit-identical state. Floating-point
 * results do depend on that order, so to get the same numbers whatever the number of worker threads,
 * accumulate fixed blocks of runs and merge the blocks in block order.
 */
export class Moments {
  count = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  /** Adds one observation. Allocation-free: called for every run × metric × month. */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new Error(`Moments.add requires a finite number (got ${x})`);
    }
    const count = this.count + 1;
    const delta = x - this.mean;
    const mean = this.mean + delta / count;
    this.m2 += delta * (x - mean);
    this.mean = mean;
    this.count = count;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Adds every observation summarized by `other` (Chan, Golub & LeVeque 1979). `other` is unchanged. */
  merge(other: Moments): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      this.count = other.count;
      this.mean = other.mean;
      this.m2 = other.m2;
      this.min = other.min;
      this.max = other.max;
      return this;
    }
    const count = this.count + other.count;
    const delta = other.mean - this.mean;
    this.mean += (delta * other.count) / count;
    this.m2 += other.m2 + ((delta * delta * this.count) / count) * other.count;
    this.count = count;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    return this;
  }

  /** Sample variance, M2 / (n − 1). */
  variance(): number {
    if (this.count < 2) {
      throw new Error(`Moments.variance requires at least two observations (got ${this.count})`);
    }
    return this.m2 / (this.count - 1);
  }

  /** Sample standard deviation, √(M2 / (n − 1)). */
  standardDeviation(): number {
    return Math.sqrt(this.variance());
  }

  clone(): Moments {
    return new Moments().merge(this);
  }

  toJSON(): MomentsJSON {
    const empty = this.count === 0;
    return { count: this.count, mean: this.mean, m2: this.m2, min: empty ? null : this.min, max: empty ? null : this.max };
  }

  static fromJSON(json: MomentsJSON): Moments {
    if (!(Number.isInteger(json.count) && json.count >= 0)) {
      throw new Error(`Moments.fromJSON requires a whole count ≥ 0 (got ${json.count})`);
    }
    const moments = new Moments();
    if (json.count === 0) return moments;
    if (json.min === null || json.max === null) {
      throw new Error('Moments.fromJSON requires min and max when count > 0');
    }
    moments.count = json.count;
    moments.mean = json.mean;
    moments.m2 = json.m2;
    moments.min = json.min;
    moments.max = json.max;
    return moments;
  }
}
