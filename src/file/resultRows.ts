// The data rows of one result block, written as bytes: the payout history alone is ~120k rows (44 MB of
// XML), so every cell is a few copies of pre-encoded markup plus digits, and repeated texts skip the
// shared-string lookup.
import { cellOutput, type BlockDescription } from '../core';
import type { ColumnFormat, OutputBlock } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';
import { ascii, NUMBER_ROOM, piece, type Piece, PIECE_SLACK, putBytes, putNumber, putPiece, putUint, type XmlSink } from './xmlBytes';

/** `'Sheet'` for a reference (single quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const ROW_OPEN = ascii('<row r="');
const TAG_END = ascii('">');
const ROW_END = ascii('</row>');
const VALUE_END = ascii('</v></c>');
/** longest row number or string index; row numbers (< 2^20, Excel's limit) are copied as two words */
const DIGITS_ROOM = 10;

// what the last text cell of a column resolved to
const SHARED = 1;
const SERIAL = 2;

/** Distinct texts a column remembers; past that (titles: rarely twice) its texts go straight to the table. */
const SEEN_LIMIT = 4096;

/** a - b as one piece of markup */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * What each column's text cells resolve to, as core cellOutput says: a shared-string index or (a YYYY-MM-DD text
 * in a date column) a date serial. Texts repeat down a column (batch, outlet, unit, date): the last text and each
 * of the column's first few thousand distinct texts are remembered as plain numbers, checked before the
 * workbook-wide string table; the loop below reads `kind`/`value` right after `resolve` set them.
 */
class ColumnTexts {
  readonly last: Array<string | undefined>;
  readonly kind: Uint8Array;
  readonly value: Float64Array;
  private readonly seen: Array<Map<string, number> | null>;
  private readonly isDate: boolean[];
  /** shared-string cells not counted by strings.index (the count attribute counts every use) */
  reused = 0;

  constructor(private readonly formats: ColumnFormat[], private readonly strings: SharedStringAppender) {
    const n = formats.length;
    this.last = new Array<string | undefined>(n).fill(undefined);
    this.kind = new Uint8Array(n);
    this.value = new Float64Array(n).fill(-1);
    this.seen = formats.map(() => new Map());
    this.isDate = formats.map((f) => f === 'date');
  }

  /** Resolves `v` (not the column's last text) into kind[c] and value[c]. */
  resolve(c: number, v: string): void {
    this.last[c] = v;
    const texts = this.seen[c];
    let code = texts === null ? undefined : texts.get(v);
    if (code !== undefined) {
      if (code >= 0) this.reused++;
    } else {
      code = this.code(c, v);
      if (Number.isNaN(code)) return; // an odd serial, set as it is
      if (texts !== null) {
        texts.set(v, code);
        if (texts.size >= SEEN_LIMIT) this.seen[c] = null;
      }
    }
    // a shared string is remembered as its index (>= 0), a date serial (whole days, >= 0) as -1 - serial
    if (code >= 0) {
      this.kind[c] = SHARED;
      this.value[c] = code;
    } else {
      this.kind[c] = SERIAL;
      this.value[c] = -1 - code;
    }
  }

  /** The code of a text not seen in this column; NaN when kind[c] and value[c] are set already. */
  private code(c: number, v: string): number {
    if (!this.isDate[c]) {
      // cellOutput writes text as it is outside date columns; the column's previous index is the hint:
      // a history repeats the ledger's titles in about the table's order
      return this.strings.indexAfter(v, this.kind[c] === SHARED ? this.value[c] : -1);
    }
    const value = cellOutput(this.formats[c], v).value;
    if (typeof value === 'string') return this.strings.index(value);
    const serial = Number(value); // a YYYY-MM-DD text's serial: finite
    if (Number.isInteger(serial) && serial >= 0) return -1 - serial;
    this.kind[c] = SERIAL;
    this.value[c] = serial;
    return NaN;
  }
}

/**
 * Rows of `block` at `place`, each cell as core describeSheet formats it; hyperlink elements for linked rows
 * are appended to `links`. Cell markup: `<c r="` column row tail value `</v></c>`, tails per column; a cell's
 * end is written together with the next column's `<c r="` (every cell but the rare skipped one starts so).
 */
export function writeRows(
  out: XmlSink, block: OutputBlock, place: BlockDescription, colNames: string[],
  xf: Record<StyleKey, number>, strings: SharedStringAppender, links: string[],
): void {
  const formats = block.columns.map((c) => c.format);
  const n = formats.length;
  const linkCol = place.linkCol;
  const sAttr = (style: number) => (style ? ` s="${style}"` : '');
  const head = colNames.map((name) => ascii(`<c r="${name}`));
  const nextHead = (c: number) => (c + 1 < n ? head[c + 1] : new Uint8Array(0));
  const emptyEnd = formats.map((_, c) => piece(joined(ascii(`" s="${xf.text}"/>`), nextHead(c)))); // keeps the border
  const valueEnd = formats.map((_, c) => piece(joined(VALUE_END, nextHead(c))));
  const textTail = formats.map((_, c) => piece(ascii(`"${sAttr(place.wrap[c] ? xf.wrap : xf.text)} t="s"><v>`)));
  const numberTail = formats.map((fmt) => piece(ascii(`"${sAttr(xf[fmt])}><v>`)));
  const linkTail = piece(ascii(`"${sAttr(xf.link)} t="s"><v>`));
  let room = ROW_OPEN.length + DIGITS_ROOM + TAG_END.length + ROW_END.length + PIECE_SLACK;
  for (let c = 0; c < n; c++) {
    const tail = Math.max(textTail[c].length, numberTail[c].length, linkTail.length);
    room += head[c].length + DIGITS_ROOM + Math.max(emptyEnd[c].length, tail + NUMBER_ROOM + valueEnd[c].length) + PIECE_SLACK;
  }
  // the custom height attribute of each row, made once per distinct height
  const first = place.firstDataRow;
  const rowCount = block.rows.length;
  const heights = place.rowHeights;
  const attrOf = new Map<number, Uint8Array>();
  let lastHeight = 0;
  let lastAttr: Uint8Array | undefined;
  const heightAttr = (i: number): Uint8Array | undefined => {
    const height = heights && i < heights.length ? heights[i] : 0;
    if (!height) return undefined;
    if (height !== lastHeight) { // wrapped rows mostly take two lines: one lookup per change of height
      lastAttr = attrOf.get(height);
      if (!lastAttr) attrOf.set(height, (lastAttr = ascii(`" ht="${height}" customHeight="1`)));
      lastHeight = height;
    }
    return lastAttr;
  };

  if (first + rowCount > 1e8) throw new Error(`row ${first + rowCount} past Excel's last row`); // two words of digits

  const texts = new ColumnTexts(formats, strings);
  const { last, kind, value } = texts;

  // the loop keeps the write position itself: a method call per cell piece was most of its time
  for (let i = 0; i < rowCount; i++) {
    const values = block.rows[i];
    const r = first + i;
    const link = block.links?.[i];
    const ht = heightAttr(i);
    out.reserve(room + (ht ? ht.length : 0));
    const buf = out.buffer;
    const view = out.view;
    let p = putBytes(buf, out.at, ROW_OPEN);
    const digitsAt = p;
    p = putUint(buf, p, r);
    // every cell's reference repeats them: two words (junk after the digits is overwritten, see putPiece)
    const digits = p - digitsAt;
    const d0 = view.getInt32(digitsAt, true);
    const d1 = view.getInt32(digitsAt + 4, true);
    if (ht) p = putBytes(buf, p, ht);
    p = putBytes(buf, p, TAG_END);
    if (n) p = putBytes(buf, p, head[0]);
    for (let c = 0; c < n; c++) {
      const v = values[c];
      let tail: Piece;
      let shared: boolean;
      let x: number;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          p = skipCell(buf, p, head[c], c + 1 < n ? head[c + 1] : null);
          continue;
        }
        tail = numberTail[c];
        shared = false;
        x = v;
      } else if (v === null || v === undefined || v === '') {
        view.setInt32(p, d0, true);
        view.setInt32(p + 4, d1, true);
        p = putPiece(view, p + digits, emptyEnd[c]);
        continue;
      } else if (link && c === linkCol) {
        tail = linkTail;
        shared = true;
        x = strings.index(v);
      } else {
        if (v === last[c]) {
          if (kind[c] === SHARED) texts.reused++;
        } else {
          texts.resolve(c, v);
        }
        shared = kind[c] === SHARED;
        x = value[c];
        tail = shared ? textTail[c] : numberTail[c];
      }
      view.setInt32(p, d0, true);
      view.setInt32(p + 4, d1, true);
      p = putPiece(view, p + digits, tail);
      p = shared ? putUint(buf, p, x) : putNumber(buf, p, x);
      p = putPiece(view, p, valueEnd[c]);
    }
    out.at = putBytes(buf, p, ROW_END);
    if (link) {
      const target = `${quoteSheet(link.sheet)}!${link.address}`;
      links.push(`<hyperlink ref="${colNames[linkCol]}${r}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
    }
  }
  strings.countUses(texts.reused);
}

/** A cell with nothing to write (not a finite number): takes back its `<c r="X` and starts the next column's. */
function skipCell(buf: Uint8Array, p: number, head: Uint8Array, next: Uint8Array | null): number {
  p -= head.length;
  return next ? putBytes(buf, p, next) : p;
}
