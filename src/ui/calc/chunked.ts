// Large arrays cross threads in parts of CHUNK_ITEMS items, each its own message, so that neither thread
// spends one long slice cloning a 100k-row sheet or a result with tens of thousands of issues: the receiving
// thread deserialises each part in its own task. The rest travels as a small skeleton naming the parts.

/** About 10–30 ms to clone on this machine for 15-column ledger rows (the add-in bench prints the longest). */
export const CHUNK_ITEMS = 2000;

const MARK = '__chunkedArray';

export interface Part {
  type: 'part';
  id: number;
  items: unknown[];
}

function isPlain(v: unknown): v is Record<string, unknown> {
  // by tag, not prototype: a message's objects may come from another realm (structuredClone under jest)
  return Object.prototype.toString.call(v) === '[object Object]';
}

/** Posts every long array of `value` in parts (awaiting `between` after each) and returns the skeleton. */
export async function sendParts(
  value: unknown,
  post: (part: Part) => void,
  nextId: () => number,
  between?: () => Promise<void>,
  chunk = CHUNK_ITEMS,
): Promise<unknown> {
  const long: Array<{ id: number; items: unknown[] }> = [];
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= chunk) return v.map(walk);
      const id = nextId();
      long.push({ id, items: v });
      return { [MARK]: id };
    }
    if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v; // primitives, Date, typed arrays: cloned as they are
  };
  const skeleton = walk(value);
  for (const { id, items } of long) {
    for (let from = 0; from < items.length; from += chunk) {
      post({ type: 'part', id, items: items.slice(from, from + chunk) });
      await between?.();
    }
  }
  return skeleton;
}

/** Collects parts (in order) and puts skeletons back together. */
export class PartStore {
  private parts = new Map<number, unknown[]>();

  accept(part: Part): void {
    const items = this.parts.get(part.id);
    if (items) for (const x of part.items) items.push(x);
    else this.parts.set(part.id, part.items);
  }

  assemble<T>(skeleton: unknown): T {
    const walk = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(walk);
      if (!isPlain(v)) return v;
      if (MARK in v) {
        const id = v[MARK] as number;
        const items = this.parts.get(id);
        if (!items) throw new Error(`part ${id} never arrived`);
        this.parts.delete(id);
        return items;
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    };
    return walk(skeleton) as T;
  }
}

/** What a thread holds for later jobs, by id: the latest few of one kind (a 100k-row workbook is 100+ MB). */
export class Held<T> {
  private readonly items = new Map<number, T>();

  constructor(private readonly keep = 2) {}

  put(id: number, v: T): void {
    this.items.set(id, v);
    for (const old of this.items.keys()) if (this.items.size > this.keep) this.items.delete(old);
  }

  find(id: number): T | undefined {
    return this.items.get(id);
  }
}
