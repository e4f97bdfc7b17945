/**
 * The book of business: every client the company has signed, one entry per client in typed
 * arrays (struct of arrays), so the month loop walks plain numbers and allocates nothing.
 * A client's index is the order in which it was signed (initial clients first); the market
 * draws its attributes from that index, which is what keeps runs of different schemes comparable.
 */
import { CONTRACTED, LOST } from '../schemes/compile.js';

export class ClientBook {
  count = 0;
  readonly capacity: number;
  /** PROSPECT, CONTRACTED, ACTIVE or LOST. */
  readonly state: Uint8Array;
  /** Monthly freight spend of the client, all carriers together (money per month). */
  readonly potential: Float64Array;
  /** Share of that spend the client gives us. */
  readonly share: Float64Array;
  readonly marginRate: Float64Array;
  /** 0 pays on time, 1 pays late, 2 pays badly. */
  readonly payment: Uint8Array;
  /** How fickle the client is: multiplies its churn hazards (mean 1). */
  readonly frailty: Float64Array;
  /** Manager slot that services the client. */
  readonly owner: Int32Array;
  /** Manager slot and person who brought the client in (the slot may have a new person now). */
  readonly originSlot: Int32Array;
  readonly originPerson: Int32Array;
  /** Absolute months of signing, of the first shipment (−1 before it), of the current owner's start. */
  readonly signedMonth: Int32Array;
  readonly activatedMonth: Int32Array;
  readonly relationStart: Int32Array;
  /** Margin of the client when it came to its current owner, the base of `growth` pay. */
  readonly baseMargin: Float64Array;
  /** What the client was worth to its owner at the end of last month: weights his attention to it. */
  readonly weight: Float64Array;
  /** This month's money. */
  readonly revenue: Float64Array;
  readonly margin: Float64Array;
  readonly collected: Float64Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.state = new Uint8Array(capacity);
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

  /** A deep copy, so every scheme starts from the same book after the warm-up. */
  clone(): ClientBook {
    const copy = new ClientBook(this.capacity);
    copy.count = this.count;
    for (const key of ARRAY_FIELDS) (copy[key] as { set(a: ArrayLike<number>): void }).set(this[key]);
    return copy;
  }
}

const ARRAY_FIELDS = [
  'state', 'potential', 'share', 'marginRate', 'payment', 'frailty', 'owner', 'originSlot', 'originPerson',
  'signedMonth', 'activatedMonth', 'relationStart', 'baseMargin', 'weight', 'revenue', 'margin', 'collected',
] as const;
