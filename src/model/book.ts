/**
 * The book of business: every client the company has signed, one entry per client in typed
 * arrays (struct of arrays), so the month loop walks plain numbers and allocates nothing.
 * A client's number (`id`) is the order in which it was signed (initial clients first); the market
 * draws its attributes and every monthly die from that number, which keeps runs of different
 * schemes comparable even though lost clients are dropped from the arrays.
 */
import { CONTRACTED, LOST, NOT_LOST } from './codes.js';

export class ClientBook {
  count = 0;
  capacity: number;
  /** Clients ever signed in this run: the next client's number. */
  signed = 0;
  /** The client's number in order of signing: the market's dice for it are keyed by this. */
  id: Int32Array;
  /** CONTRACTED, ACTIVE or LOST (model/codes.ts). */
  state: Uint8Array;
  /** Why a lost client was lost (CHURNED, DORMANT, LOST_AT_HANDOVER, FOLLOWED_MANAGER); NOT_LOST otherwise. */
  lossCause: Uint8Array;
  /** Monthly freight spend of the client, all carriers together (money per month). */
  potential: Float64Array;
  /** Share of that spend the client gives us. */
  share: Float64Array;
  marginRate: Float64Array;
  /** PAYS_ON_TIME, PAYS_LATE or PAYS_BADLY. */
  payment: Uint8Array;
  /** How fickle the client is: multiplies its churn hazards (mean 1). */
  frailty: Float64Array;
  /** Manager slot that services the client. */
  owner: Int32Array;
  /** Manager slot and person who brought the client in (the slot may have a new person now). */
  originSlot: Int32Array;
  originPerson: Int32Array;
  /** Absolute months of signing, of the first shipment (−1 before it), of the current owner's start. */
  signedMonth: Int32Array;
  activatedMonth: Int32Array;
  relationStart: Int32Array;
  /** Margin of the client when it came to its current owner, the base of `growth` pay. */
  baseMargin: Float64Array;
  /** What the client was worth to its owner at the end of last month: weights his attention to it. */
  weight: Float64Array;
  /** This month's money. */
  revenue: Float64Array;
  margin: Float64Array;
  collected: Float64Array;
  /** Its highest monthly revenue before this month (volumeReached milestones pay its first month at or above a volume). */
  peakRevenue: Float64Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.id = new Int32Array(capacity);
    this.state = new Uint8Array(capacity);
    this.lossCause = new Uint8Array(capacity);
    this.potential = new Float64Array(capacity);
    this.share = new Float64Array(capacity);
    this.marginRate = new Float64Array(capacity);
    this.payment = new Uint8Array(capacity);
    this.frailty = new Float64Array(capacity);
    this.owner = new Int32Array(capacity);
    this.originSlot = new Int32Array(capacity);
    this.originPerson = new Int32Array(capacity);
    this.signedMonth = new Int32Array(capacity);
    this.activatedMonth = new Int32Array(capacity);
    this.relationStart = new Int32Array(capacity);
    this.baseMargin = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.revenue = new Float64Array(capacity);
    this.margin = new Float64Array(capacity);
    this.collected = new Float64Array(capacity);
    this.peakRevenue = new Float64Array(capacity);
  }

  /** Number of clients in a state. */
  countIn(state: number): number {
    let n = 0;
    for (let i = 0; i < this.count; i++) if (this.state[i] === state) n++;
    return n;
  }

  /** Contracted clients signed more than `months` months before `month` and still not active. */
  countStuck(month: number, months: number): number {
    let n = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.state[i] === CONTRACTED && month - this.signedMonth[i] > months) n++;
    }
    return n;
  }

  isLive(i: number): boolean {
    return this.state[i] !== LOST;
  }

  /** Makes room for one more client, doubling the arrays when full; returns its index. */
  add(): number {
    if (this.count === this.capacity) this.resize(Math.max(16, this.capacity * 2));
    const i = this.count++;
    this.id[i] = this.signed++;
    this.lossCause[i] = NOT_LOST;
    return i;
  }

  private resize(capacity: number): void {
    for (const key of ARRAY_FIELDS) {
      const old = this[key];
      const grown = new (old.constructor as new (n: number) => typeof old)(capacity);
      grown.set(old.subarray(0, this.count) as never);
      (this as unknown as Record<string, unknown>)[key] = grown;
    }
    this.capacity = capacity;
  }

  /**
   * A deep copy without the lost clients, so every scheme starts from the same book after the
   * warm-up and the month loop does not walk clients who left long ago; `spare` places are left
   * for new clients (growing the arrays later costs more).
   */
  clone(spare = 64): ClientBook {
    const copy = new ClientBook(0);
    copy.copyLiveFrom(this, spare);
    return copy;
  }

  /**
   * Makes this book a copy of the live clients of `source`, in their order, with room for at
   * least `spare` more: the arrays are reused when they are large enough, so a worker simulating
   * run after run allocates nothing here.
   */
  copyLiveFrom(source: ClientBook, spare: number): void {
    let live = 0;
    for (let i = 0; i < source.count; i++) if (source.state[i] !== LOST) live++;
    const needed = live + Math.max(spare, live >> 1);
    if (this.capacity < needed) {
      for (const key of ARRAY_FIELDS) {
        const old = this[key];
        (this as unknown as Record<string, unknown>)[key] = new (old.constructor as new (n: number) => typeof old)(needed);
      }
      this.capacity = needed;
    }
    if (this.kept.length < live) this.kept = new Int32Array(needed);
    const kept = this.kept;
    let j = 0;
    for (let i = 0; i < source.count; i++) if (source.state[i] !== LOST) kept[j++] = i;
    // Field by field: one kind of typed array per loop (a loop over fields inside the loop over
    // clients would read 18 kinds of array at one site, which V8 cannot specialise).
    for (const key of ARRAY_FIELDS) gather(source[key], this[key], kept, live);
    this.count = live;
    this.signed = source.signed;
  }

  /** Scratch for copyLiveFrom: the indices of the live clients. */
  private kept = new Int32Array(0);
}

/** to[j] = from[index[j]] for j < n. */
function gather(from: Float64Array | Int32Array | Uint8Array, to: Float64Array | Int32Array | Uint8Array, index: Int32Array, n: number): void {
  for (let j = 0; j < n; j++) to[j] = from[index[j]];
}

/** Every per-client array: what resizing and copying walk (a new field must be listed here). */
export const ARRAY_FIELDS = [
  'id', 'state', 'lossCause', 'potential', 'share', 'marginRate', 'payment', 'frailty', 'owner', 'originSlot', 'originPerson',
  'signedMonth', 'activatedMonth', 'relationStart', 'baseMargin', 'weight', 'revenue', 'margin', 'collected', 'peakRevenue',
] as const;
