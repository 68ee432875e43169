// Appends new strings to the workbook's shared string table; existing indexes stay valid.
import type { ReusableStrings } from './knownStrings';
import { escapeText } from './xml';
import { utf8Decode } from './zip';

/** How many items after a column's previous one `indexAfter` compares before the table-wide lookup. */
const NEAR = 4;

export class SharedStringAppender {
  /** text -> index, of the original's reusable items and ours (one lookup per cell) */
  private readonly known: Map<string, number>;
  private readonly items: string[] = [];
  private uses = 0;
  /** the original's items, where each plain text is there once (so the item found is the one `known` has) */
  private readonly table: ReusableStrings | undefined;

  /**
   * @param baseCount number of <si> items already in sharedStrings.xml
   * @param existing the original's plain items, reused rather than appended again; the appender takes their
   *   map over and adds its own items to it
   */
  constructor(private readonly baseCount: number, existing?: ReusableStrings) {
    this.known = existing?.index ?? new Map();
    this.table = existing?.distinct ? existing : undefined;
  }

  index(s: string): number {
    this.uses++;
    const text = s.length > 32767 ? s.slice(0, 32767) : s; // Excel's cell text limit
    let i = this.known.get(text);
    if (i === undefined) {
      i = this.baseCount + this.items.length;
      this.known.set(text, i);
      this.items.push(`<si><t xml:space="preserve">${escapeText(text)}</t></si>`);
    }
    return i;
  }

  /**
   * index(s), looking first at the few original items after `prev` (the index a column's previous cell got):
   * a payout history lists the ledger's titles in about the order of the table, and comparing a handful of
   * strings is cheaper than a lookup in a map of a hundred thousand.
   */
  indexAfter(s: string, prev: number): number {
    const table = this.table;
    if (table && prev >= 0 && s.length <= 32767) {
      const end = Math.min(prev + NEAR, table.texts.length - 1);
      const { lengths, plain, texts } = table;
      // lengths first: the items' strings lie all over the heap, and reading one is a cache miss
      for (let j = prev + 1; j <= end; j++) {
        if (lengths[j] === s.length && plain[j] && texts[j] === s) {
          this.uses++;
          return j;
        }
      }
    }
    return this.index(s);
  }

  /** `n` more cells point at strings already indexed (the count attribute counts every use). */
  countUses(n: number): void {
    this.uses += n;
  }

  /** The new sharedStrings.xml as bytes: the original's items are copied as they are, ours appended. */
  applyBytes(original: Uint8Array | null): Uint8Array {
    const frame = original && sstFrame(original);
    if (!original || !frame) return encode(this.apply(original && utf8Decode(original)));
    const { head, tail } = this.around(outsideItems(original, frame), frame);
    const out = new Uint8Array(head.length + (frame.close - frame.openEnd) + tail.length);
    out.set(head, 0);
    out.set(original.subarray(frame.openEnd, frame.close), head.length);
    out.set(tail, out.length - tail.length);
    return out;
  }

  /** What goes around the original's items (bytes openEnd to close, unchanged): everything before them with the
   *  start tag's counts updated, and our items with everything after. */
  around(outside: OutsideItems, frame: SstFrame): { head: Uint8Array; tail: Uint8Array } {
    const open = encode(this.openTag(frame.open));
    const items = encode(this.itemsWith(frame.prefix).join(''));
    const head = new Uint8Array(outside.before.length + open.length);
    head.set(outside.before);
    head.set(open, outside.before.length);
    const tail = new Uint8Array(items.length + outside.after.length);
    tail.set(items);
    tail.set(outside.after, items.length);
    return { head, tail };
  }

  /** Our items, in the namespace prefix of the table they join. */
  private itemsWith(prefix: string): string[] {
    return prefix ? this.items.map((s) => s.replace(/<(\/?)(si|t)\b/g, `<$1${prefix}$2`)) : this.items;
  }

  /** The start tag with count and uniqueCount updated. */
  private openTag(open: string): string {
    const total = Number(/\scount="(\d+)"/.exec(open)?.[1] ?? this.baseCount) + this.uses;
    const unique = this.baseCount + this.items.length;
    return open
      .replace(/\s(count|uniqueCount)="\d*"/g, '')
      .replace(/>$/, ` count="${total}" uniqueCount="${unique}">`);
  }

  /** The new sharedStrings.xml: the original one with our items appended. */
  apply(original: string | null): string {
    const xml =
      original ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
    const prefix = /<(\w+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
    const items = this.itemsWith(prefix);
    let out = xml.replace(/<(\w+:)?sst\b[^>]*?\/>/, (m) => `${m.slice(0, -2)}></${prefix}sst>`);
    const end = out.lastIndexOf(`</${prefix}sst>`);
    out = out.slice(0, end) + items.join('') + out.slice(end);
    return out.replace(/<(\w+:)?sst\b[^>]*>/, (open) => this.openTag(open));
  }
}

/** Where the root element of a sharedStrings.xml part opens and closes, found in its bytes. */
export interface SstFrame {
  prefix: string;
  /** the start tag's text, where it starts and ends (byte offsets; openEnd just after `>`) */
  open: string;
  openStart: number;
  openEnd: number;
  /** byte offset of the closing `</sst>` */
  close: number;
}

/** The bytes of a sharedStrings.xml before its start tag and from its closing tag on. */
export interface OutsideItems {
  before: Uint8Array;
  after: Uint8Array;
}

/** The bytes of `bytes` outside its start tag and items, as views into it. */
export function outsideItems(bytes: Uint8Array, frame: SstFrame): OutsideItems {
  return { before: bytes.subarray(0, frame.openStart), after: bytes.subarray(frame.close) };
}

const encoder = { current: null as { encode(s: string): Uint8Array } | null };
const encode = (s: string) => (encoder.current ??= new TextEncoder()).encode(s);

/** The frame of a table with an <sst …> start tag and a closing tag; null for anything else (<sst/>). */
export function sstFrame(bytes: Uint8Array): SstFrame | null {
  // the decoder drops a byte order mark: count its bytes back in
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = utf8Decode(bytes.subarray(bom, Math.min(bytes.length, 4096)));
  const m = /<(\w+:)?sst\b[^>]*>/.exec(head);
  if (!m || m[0].endsWith('/>')) return null;
  const prefix = m[1] ?? '';
  const openStart = bom + encode(head.slice(0, m.index)).length;
  const openEnd = openStart + encode(m[0]).length;
  const closing = encode(`</${prefix}sst>`);
  for (let at = bytes.length - closing.length; at >= openEnd; at--) {
    let k = 0;
    while (k < closing.length && bytes[at + k] === closing[k]) k++;
    if (k === closing.length) return { prefix, open: m[0], openStart, openEnd, close: at };
  }
  return null;
}

/** Number of <si> items in a sharedStrings.xml, counted in its bytes (it may hold a hundred thousand). */
export function countStringItems(bytes: Uint8Array | null): number {
  if (!bytes) return 0;
  const frame = sstFrame(bytes);
  if (!frame) return utf8Decode(bytes).match(/<(?:\w+:)?si[\s/>]/g)?.length ?? 0;
  const tag = encode(`<${frame.prefix}si`);
  let n = 0;
  for (let i = bytes.indexOf(60, frame.openEnd); i >= 0 && i < frame.close; i = bytes.indexOf(60, i + 1)) {
    let k = 1;
    while (k < tag.length && bytes[i + k] === tag[k]) k++;
    const next = bytes[i + k];
    if (k === tag.length && (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)) n++;
  }
  return n;
}
