/**
 * A map from a pair of item indices (i < j) to a number, in typed arrays: no
 * boxed keys and no garbage for the collector, whatever the number of pairs
 * (open addressing, linear probing, grows at half full).
 */
export class PairTable {
  private ki: Int32Array;
  private kj: Int32Array;
  private v: Float64Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let c = 16;
    while (c < capacity * 2) c *= 2;
    this.ki = new Int32Array(c).fill(-1);
    this.kj = new Int32Array(c);
    this.v = new Float64Array(c);
    this.mask = c - 1;
  }

  private slot(i: number, j: number): number {
    let h = (Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const k = this.ki[h];
      if (k === -1 || (k === i && this.kj[h] === j)) return h;
      h = (h + 1) & this.mask;
    }
  }

  /** The value of the pair (either order), or undefined. */
  get(a: number, b: number): number | undefined {
    const h = a < b ? this.slot(a, b) : this.slot(b, a);
    return this.ki[h] === -1 ? undefined : this.v[h];
  }

  has(a: number, b: number): boolean {
    return this.get(a, b) !== undefined;
  }

  set(a: number, b: number, value: number): void {
    const i = a < b ? a : b;
    const j = a < b ? b : a;
    const h = this.slot(i, j);
    if (this.ki[h] === -1) {
      this.ki[h] = i;
      this.kj[h] = j;
      this.size++;
    }
    this.v[h] = value;
    if (this.size * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const { ki, kj, v } = this;
    const c = (this.mask + 1) * 2;
    this.ki = new Int32Array(c).fill(-1);
    this.kj = new Int32Array(c);
    this.v = new Float64Array(c);
    this.mask = c - 1;
    for (let h = 0; h < ki.length; h++) {
      if (ki[h] === -1) continue;
      const s = this.slot(ki[h], kj[h]);
      this.ki[s] = ki[h];
      this.kj[s] = kj[h];
      this.v[s] = v[h];
    }
  }
}

/** A growable list of scored pairs (i, j, score) in typed arrays. */
export class PairList {
  i = new Int32Array(64);
  j = new Int32Array(64);
  s = new Float64Array(64);
  length = 0;

  push(i: number, j: number, s: number): void {
    if (this.length === this.i.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.i = grow(this.i);
      this.j = grow(this.j);
      this.s = grow(this.s);
    }
    this.i[this.length] = i;
    this.j[this.length] = j;
    this.s[this.length] = s;
    this.length++;
  }
}
