// The original's shared strings as the reader parsed them, remembered per WorkbookData: the writer points
// result cells at those items instead of appending duplicates (a payout history repeats the ledger's titles,
// outlets and units: at 100k rows that was ~20 MB of new string table).
import type { WorkbookData } from '../core/types';

export interface KnownStrings {
  /** every <si> item's text, in table order */
  texts: string[];
  /** 1 where the item is a single plain <t> run (rich text keeps its formatting: never reused) */
  plain: Uint8Array;
  /** byte size and CRC-32 of the sharedStrings part they came from, to tell it is the same part the writer gets
   *  (size -1: a table the writer must count itself, e.g. a prefixed one, whose items are never reused) */
  partSize: number;
  partCrc: number;
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
  /** each item's text length, for the writer to tell items apart without reading their (scattered) strings */
  lengths: Int32Array;
}

/** The original's items, if `wb` was read from this very part (same size and CRC-32): then the reader's items are
 *  the table's, and their count is where appended items start (no second count of a table of 100k items). */
export function reusableStrings(wb: WorkbookData, part: { size: number; crc: number }): ReusableStrings | undefined {
  const k = known.get(wb);
  if (!k || k.partSize < 0 || k.partSize !== part.size || k.partCrc !== part.crc) return undefined;
  const index = new Map<string, number>();
  const lengths = new Int32Array(k.texts.length);
  let plain = 0;
  // backwards, so the first of equal items wins without a lookup before each insert
  for (let i = k.texts.length - 1; i >= 0; i--) {
    const text = k.texts[i];
    lengths[i] = text.length;
    if (k.plain[i]) {
      index.set(text, i);
      plain++;
    }
  }
  return { ...k, index, distinct: index.size === plain, lengths };
}
