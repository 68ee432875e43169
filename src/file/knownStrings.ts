// The original's shared strings as the reader parsed them, remembered per WorkbookData: the writer points
// result cells at those items instead of appending duplicates (a payout history repeats the ledger's titles,
// outlets and units: at 100k rows that was ~20 MB of new string table).
import type { WorkbookData } from '../core/types';

export interface KnownStrings {
  /** every <si> item's text, in table order */
  texts: string[];
  /** 1 where the item is a single plain <t> run (rich text keeps its formatting: never reused) */
  plain: Uint8Array;
  /** byte size of the sharedStrings part they came from, to tell it is the same part the writer gets */
  partSize: number;
}

const known = new WeakMap<WorkbookData, KnownStrings>();

export function rememberStrings(wb: WorkbookData, strings: KnownStrings): void {
  known.set(wb, strings);
}

/** The original's items a writer may point result cells at. */
export interface ReusableStrings extends KnownStrings {
  /** text -> index of the first plain item with that text */
  index: Map<string, number>;
  /** no plain text is there twice: a plain item whose text is a cell's is the one `index` holds */
  distinct: boolean;
}

/** The original's plain items, if `wb` was read from a part of this size and item count. */
export function reusableStrings(wb: WorkbookData, partSize: number, count: number): ReusableStrings | undefined {
  const k = known.get(wb);
  if (!k || k.partSize !== partSize || k.texts.length !== count) return undefined;
  const index = new Map<string, number>();
  let plain = 0;
  // backwards, so the first of equal items wins without a lookup before each insert
  for (let i = k.texts.length - 1; i >= 0; i--) {
    if (k.plain[i]) {
      index.set(k.texts[i], i);
      plain++;
    }
  }
  return { ...k, index, distinct: index.size === plain };
}
