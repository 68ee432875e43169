// Dense ids for strings: a hash table on typed arrays. A ledger and its payout history bring ~100k distinct titles
// that are each looked up once or twice; a Map<string, …> of that size measured 2-3× slower than this (its
// entries and rehashing are objects for the GC), and callers keep per-id data in arrays indexed by the id.

const EMPTY = -1;

export class StringIds {
  private keys: string[] = [];
  private hashes = new Int32Array(64);
  /** next id in the same bucket, EMPTY at a chain's end */
  private chain = new Int32Array(64);
  private heads = new Int32Array(128).fill(EMPTY);
  private mask = 127;

  get size(): number {
    return this.keys.length;
  }

  /** The id of `s`, or -1 when it was never added. */
  find(s: string): number {
    return this.lookup(s, hashOf(s));
  }

  /** The id of `s`, adding it (the next id: 0, 1, 2…) when new. */
  add(s: string): number {
    const h = hashOf(s);
    const found = this.lookup(s, h);
    if (found !== EMPTY) return found;
    const id = this.keys.length;
    if (id === this.hashes.length) this.growEntries();
    this.keys.push(s);
    this.hashes[id] = h;
    const b = h & this.mask;
    this.chain[id] = this.heads[b];
    this.heads[b] = id;
    if (id > this.mask >> 1) this.growBuckets();
    return id;
  }

  key(id: number): string {
    return this.keys[id];
  }

  private lookup(s: string, h: number): number {
    for (let id = this.heads[h & this.mask]; id !== EMPTY; id = this.chain[id]) {
      if (this.hashes[id] === h && this.keys[id] === s) return id;
    }
    return EMPTY;
  }

  private growEntries(): void {
    const size = this.hashes.length * 2;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const chain = new Int32Array(size);
    chain.set(this.chain);
    this.chain = chain;
  }

  /** Keeps the load under one half: chains stay a probe or two long. */
  private growBuckets(): void {
    const size = this.heads.length * 2;
    this.mask = size - 1;
    this.heads = new Int32Array(size).fill(EMPTY);
    for (let id = 0; id < this.keys.length; id++) {
      const b = this.hashes[id] & this.mask;
      this.chain[id] = this.heads[b];
      this.heads[b] = id;
    }
  }
}

/** FNV-1a over UTF-16 code units, with a final mix so the low bits used as the bucket depend on every unit. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}
