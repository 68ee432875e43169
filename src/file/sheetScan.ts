// Byte-level scan of a worksheet's <sheetData> into a compact log of row and cell operations (typed arrays plus the
// few values that are text). A 100k-row sheet is tens of MB of ASCII markup and numbers: scanning its bytes saves
// decoding it into a string, and the log needs neither the shared strings nor the styles, so the CLI builds it in
// worker threads and transfers it without copying. Unprefixed markup only (what Excel, WPS and ExcelJS write):
// for prefixed markup (<x:c>) scanSheet returns null and the reader's regex path takes the decoded text.
import type { CellValue } from '../core/types';
import { numberOrText, textTypedValue } from './cellValue';
import { MalformedPart } from './partCheck';
import { stringItemText } from './xml';
import { utf8Text } from './zip';

/** Operation kinds, in the low 3 bits of SheetScan.meta (a number's style index + 1 is in the bits above). */
export const OP = { row: 0, nextRow: 1, empty: 2, shared: 3, number: 4, value: 5 } as const;
/** cols[] of a cell written without a reference: it follows the previous cell */
export const NO_COL = -0x80000000;
const MAX_STYLE = 2 ** 27; // larger style ids are no date style of any real workbook: kept as "no style"

/** What RowCollector must be told, in order (see readRows.ts). */
export interface SheetScan {
  count: number;
  meta: Int32Array;
  cols: Int32Array;
  /** row: its 0-based index (r - 1); shared: the string index; number: the value */
  nums: Float64Array;
  /** values of the OP.value cells (inline strings, str, b, e, d, non-numeric text), in order */
  values: CellValue[];
}

class OpLog implements SheetScan {
  count = 0;
  meta: Int32Array;
  cols: Int32Array;
  nums: Float64Array;
  values: CellValue[] = [];

  constructor(capacity: number) {
    this.meta = new Int32Array(capacity);
    this.cols = new Int32Array(capacity);
    this.nums = new Float64Array(capacity);
  }

  add(meta: number, col: number, num: number): void {
    if (this.count === this.meta.length) this.grow();
    const k = this.count++;
    this.meta[k] = meta;
    this.cols[k] = col;
    this.nums[k] = num;
  }

  value(col: number, value: CellValue): void {
    this.values.push(value);
    this.add(OP.value, col, 0);
  }

  private grow(): void {
    const n = this.meta.length * 2 + 1024;
    const meta = new Int32Array(n);
    const cols = new Int32Array(n);
    const nums = new Float64Array(n);
    meta.set(this.meta);
    cols.set(this.cols);
    nums.set(this.nums);
    this.meta = meta;
    this.cols = cols;
    this.nums = nums;
  }
}

export const isTagEnd = (c: number) => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

function startsAt(b: Uint8Array, p: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (b[p + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

/** Index of byte `c` from `from`, or -1: a plain loop, several times faster than a native indexOf call for the
 *  few bytes to the next '<' or quote that the scanner usually looks for. */
function find(b: Uint8Array, c: number, from: number): number {
  for (let i = from < 0 ? 0 : from, n = b.length; i < n; i++) if (b[i] === c) return i;
  return -1;
}

/** Like String#indexOf for an ASCII needle (UTF-8 never has ASCII bytes inside other characters). */
export function indexOfAscii(b: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let i = find(b, first, from); i >= 0; i = find(b, first, i + 1)) if (startsAt(b, i, ascii)) return i;
  return -1;
}

export function lastIndexOfAscii(b: Uint8Array, ascii: string): number {
  if (b.length < ascii.length) return -1;
  const first = ascii.charCodeAt(0);
  for (let i = b.lastIndexOf(first, b.length - ascii.length); i >= 0; i = i > 0 ? b.lastIndexOf(first, i - 1) : -1) {
    if (startsAt(b, i, ascii)) return i;
  }
  return -1;
}

const text = (b: Uint8Array, from: number, to: number) => utf8Text(b.subarray(from, to));

/** Digits [from, to) as a non-negative integer; -1 if any other byte appears or there are none. */
function digitsAt(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let k = from; k < to; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A plain decimal (-?digits[.digits], at most 15 digits) as Number() reads it, NaN for anything else (then the
 * text goes through Number itself). Exact: the digits fit a double, and one division by an exact power of ten
 * rounds correctly, as Number does.
 */
function decimalAt(b: Uint8Array, from: number, to: number): number {
  let p = from;
  const negative = b[p] === 45;
  if (negative) p++;
  let n = 0;
  let digits = 0;
  let scale = -1;
  for (; p < to; p++) {
    const c = b[p];
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = scale > 0 ? n / POW10[scale] : n;
  return negative ? -v : v;
}

/** 0-based column of the letters at [from, to) of a cell reference (AB12, $AB$12). */
export function columnAt(b: Uint8Array, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const c = b[k];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  if (col > 0x7fffffff) throw new MalformedPart(); // far beyond Excel's 16,384 columns
  return col - 1;
}

/** The r, s and t attributes of one <c …> (or <row …>) start tag: positions of their values, -1 when absent. */
class CellTag {
  r = -1;
  rEnd = -1;
  s = -1;
  sEnd = -1;
  t = -1;
  tEnd = -1;

  /** Reads the attributes from `p` (just after `<c`); returns the index of the tag's `>`, or -1 if none before `stop`. */
  read(b: Uint8Array, p: number, stop: number): number {
    this.r = this.s = this.t = -1;
    for (;;) {
      let c = b[p];
      while (c <= 32) c = b[++p];
      if (c === 62) return p < stop ? p : -1; // '>'
      if (p >= stop) return -1; // past the end of the data (c is undefined past the end of the bytes)
      const nameStart = p;
      while (c > 32 && c !== 61 && c !== 62) c = b[++p];
      const nameEnd = p;
      while (c <= 32) c = b[++p];
      if (c !== 61) continue; // not name="value" (e.g. the '/' of '/>'): go on from here
      c = b[++p];
      while (c <= 32) c = b[++p];
      if (c !== 34 && c !== 39) continue;
      const vEnd = find(b, c, p + 1);
      if (vEnd < 0 || vEnd >= stop) return -1;
      // a one-letter name: r, s or t (prefixed names never match)
      if (nameEnd - nameStart === 1) {
        const name = b[nameStart];
        if (name === 114) { this.r = p + 1; this.rEnd = vEnd; }
        else if (name === 115) { this.s = p + 1; this.sEnd = vEnd; }
        else if (name === 116) { this.t = p + 1; this.tEnd = vEnd; }
      }
      p = vEnd + 1;
    }
  }
}

const isWordByte = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether the character at `p` is whitespace (as /\s/) or '>'. */
function spaceOrGt(b: Uint8Array, p: number): boolean {
  const c = b[p];
  if (c === 62 || c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0x80 && /^\s/.test(text(b, p, p + 4));
}

/** Where the regex /<(?:\w+:)?sheetData[\s>]/ first matches, over bytes. */
function sheetDataStart(b: Uint8Array): number {
  for (let p = indexOfAscii(b, 'sheetData', 0); p >= 0; p = indexOfAscii(b, 'sheetData', p + 1)) {
    if (!spaceOrGt(b, p + 9)) continue;
    if (b[p - 1] === 60) return p - 1;
    if (b[p - 1] !== 58) continue; // ':'
    let q = p - 2;
    while (q >= 0 && isWordByte(b[q])) q--;
    if (q >= 0 && q < p - 2 && b[q] === 60) return q;
  }
  return -1;
}

/**
 * Scans the rows of one worksheet part; null when its markup is prefixed. Cells without an `r` attribute follow
 * the previous one, as Excel allows. Throws MalformedPart when the data is cut off or broken.
 */
export function scanSheet(bytes: Uint8Array): SheetScan | null {
  // a plain Uint8Array view: the scan's functions then see one array type (Node hands us Buffers, tests do not)
  const b = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = sheetDataStart(b);
  const log = new OpLog(Math.max(1024, b.length >> 5));
  if (start < 0) return log;
  if (!startsAt(b, start, '<sheetData')) return null; // <x:sheetData>, <ss:sheetData>…
  const end = lastIndexOfAscii(b, '</sheetData>');
  if (end < 0 && b[find(b, 62, start) - 1] !== 47) throw new MalformedPart(); // not <sheetData/>
  const stop = end < 0 ? b.length : end;
  const tag = new CellTag();
  let i = start;
  for (;;) {
    i = find(b, 60, i + 1);
    if (i < 0 || i >= stop) break;
    const c1 = b[i + 1];
    if (c1 === 114 && b[i + 2] === 111 && b[i + 3] === 119 && isTagEnd(b[i + 4])) { // <row
      const tagEnd = tag.read(b, i + 4, stop);
      if (tagEnd < 0) throw new MalformedPart();
      if (tag.r < 0) log.add(OP.nextRow, 0, 0);
      else {
        const r = digitsAt(b, tag.r, tag.rEnd);
        log.add(OP.row, 0, (r >= 0 ? r : Number(text(b, tag.r, tag.rEnd))) - 1);
      }
      i = tagEnd;
      continue;
    }
    if (c1 !== 99 || !isTagEnd(b[i + 2])) continue;
    const tagEnd = tag.read(b, i + 2, stop);
    if (tagEnd < 0) throw new MalformedPart();
    const col = tag.r >= 0 ? columnAt(b, tag.r, tag.rEnd) : NO_COL;
    if (b[tagEnd - 1] === 47) {
      log.add(OP.empty, col, 0); // <c …/>: empty (styled) cell
      i = tagEnd;
      continue;
    }
    const plainEnd = plainCell(b, tag, tagEnd, stop, col, log);
    i = plainEnd >= 0 ? plainEnd : cell(b, tag, tagEnd, stop, col, log);
  }
  return log;
}

/**
 * The commonest cell, `<v>digits</v></c>` right after the start tag, read in one pass: logs it and returns the index
 * of its </c>, or returns -1 (nothing logged) for any other form, which `cell` then reads.
 */
function plainCell(b: Uint8Array, tag: CellTag, tagEnd: number, stop: number, col: number, log: OpLog): number {
  if (b[tagEnd + 1] !== 60 || b[tagEnd + 2] !== 118 || b[tagEnd + 3] !== 62) return -1;
  const from = tagEnd + 4;
  let p = from;
  let n = 0;
  let c = b[p];
  while (c >= 48 && c <= 57) {
    n = n * 10 + (c - 48);
    c = b[++p];
  }
  // </v></c>
  if (c !== 60 || b[p + 1] !== 47 || b[p + 2] !== 118 || b[p + 3] !== 62 || b[p + 4] !== 60 || b[p + 5] !== 47
    || b[p + 6] !== 99 || b[p + 7] !== 62 || p === from || p - from > 15) return -1;
  if (p + 4 > stop) throw new MalformedPart(); // the cell runs past </sheetData>
  const t = tag.t;
  if (t < 0 || (tag.tEnd - t === 1 && b[t] === 110)) { // a number
    const style = tag.s >= 0 ? digitsAt(b, tag.s, tag.sEnd) : -1;
    log.add(OP.number | (style >= 0 && style < MAX_STYLE ? (style + 1) << 3 : 0), col, n);
  } else if (tag.tEnd - t === 1 && b[t] === 115) log.add(OP.shared, col, n);
  else return -1;
  return p + 4;
}

/** Logs the cell whose start tag ends at `tagEnd`; returns the index of its </c>. */
function cell(b: Uint8Array, tag: CellTag, tagEnd: number, stop: number, col: number, log: OpLog): number {
  // the usual <c …><v>…</v></c> is located without searching for </c> and <v> separately
  const plainValue = b[tagEnd + 1] === 60 && b[tagEnd + 2] === 118 && b[tagEnd + 3] === 62;
  const plainEnd = plainValue ? indexOfAscii(b, '</v>', tagEnd + 4) : -1;
  const plain = plainEnd >= 0 && startsAt(b, plainEnd + 4, '</c>');
  const close = plain ? plainEnd + 4 : indexOfAscii(b, '</c>', tagEnd);
  if (close < 0 || close > stop) throw new MalformedPart();
  const tLen = tag.t >= 0 ? tag.tEnd - tag.t : -1;
  if (tLen === 9 && startsAt(b, tag.t, 'inlineStr')) {
    log.value(col, stringItemText(text(b, tagEnd + 1, close)));
    return close;
  }
  const vs = plain ? tagEnd + 1 : indexOfAscii(b, '<v', tagEnd);
  if (vs < 0 || vs >= close) {
    log.add(OP.empty, col, 0);
    return close;
  }
  const vStart = plain ? tagEnd + 4 : find(b, 62, vs) + 1;
  const vEnd = plain ? plainEnd : indexOfAscii(b, '</v>', vStart);
  if (vStart <= 0 || vEnd < 0 || vEnd > close) throw new MalformedPart();
  if (tLen === 1 && b[tag.t] === 115) {
    // shared string: the commonest cell; its index is looked up when the log is replayed
    const n = digitsAt(b, vStart, vEnd);
    log.add(OP.shared, col, n >= 0 ? n : Number(text(b, vStart, vEnd)));
    return close;
  }
  if (tLen >= 0 && !(tLen === 1 && b[tag.t] === 110)) { // a type other than n
    const own = textTypedValue(text(b, tag.t, tag.tEnd), text(b, vStart, vEnd));
    if (own !== undefined) {
      log.value(col, own);
      return close;
    }
  }
  let n: number | string = decimalAt(b, vStart, vEnd);
  if (n !== n) n = numberOrText(text(b, vStart, vEnd));
  if (typeof n === 'string') log.value(col, n);
  else {
    const style = tag.s >= 0 ? digitsAt(b, tag.s, tag.sEnd) : -1;
    log.add(OP.number | (style >= 0 && style < MAX_STYLE ? (style + 1) << 3 : 0), col, n);
  }
  return close;
}
