// The data rows of one result block, written as bytes: the payout history alone is ~120k rows (44 MB of
// XML), so every cell is a few copies of pre-encoded markup plus digits, and repeated texts skip the
// shared-string lookup.
import { cellOutput, type BlockDescription } from '../core';
import type { ColumnFormat, OutputBlock, OutputCell } from '../core/types';
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

/** Distinct values a column remembers the markup of; past that (titles, serial numbers: rarely twice) its
 *  values are written digit by digit. */
const SEEN_LIMIT = 4096;

/** a - b as one piece of markup */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The markup of a cell after its reference's row digits, through the next column's `<c r="X`. */
interface Body extends Piece {
  /** 1 when the cell points at a shared string (the table's count attribute counts every use) */
  shared: number;
}

function body(bytes: Uint8Array, shared: number): Body {
  const { words, length } = piece(bytes);
  return { words, length, shared };
}

const ROW_OPEN_BODY = body(ROW_OPEN, 0);
const ROW_END_BODY = body(ROW_END, 0);

/**
 * The markup of each column's cells, as core cellOutput says they are written: a text is a shared string or (a
 * YYYY-MM-DD text in a date column) a date serial, a number is itself. Values repeat down a column (batch, outlet,
 * unit, date, amount): each of a column's first few thousand distinct values gets its whole cell body made once,
 * then copied; a column with more (titles, serial numbers) has its values written piece by piece (shared, code).
 */
class ColumnCells {
  /** the value of the column's previous cell and its body (null: written directly, with `shared` and `code`) */
  readonly lastValue: unknown[];
  readonly lastBody: Array<Body | null>;
  /** a directly written value: its markup is tail[c], then `code` (a shared-string index when shared[c]) */
  readonly shared: Uint8Array;
  readonly code: Float64Array;
  private readonly seen: Array<Map<string | number, Body> | null>;
  private readonly isDate: boolean[];
  /** the column's latest shared-string index: where indexAfter looks first for the next text */
  private readonly hint: Float64Array;
  private readonly scratch = new Uint8Array(256);

  constructor(
    private readonly formats: ColumnFormat[], private readonly strings: SharedStringAppender,
    private readonly textTail: Uint8Array[], private readonly numberTail: Uint8Array[], private readonly valueEnd: Uint8Array[],
    readonly empty: Body[],
  ) {
    const n = formats.length;
    this.lastValue = new Array<unknown>(n).fill(this); // matches no cell value
    this.lastBody = new Array<Body | null>(n).fill(null);
    this.shared = new Uint8Array(n);
    this.code = new Float64Array(n);
    this.seen = formats.map(() => new Map());
    this.isDate = formats.map((f) => f === 'date');
    this.hint = new Float64Array(n).fill(-1);
  }

  /** The body of `v` (not the column's previous value), or null after setting shared[c] and code[c] for a value
   *  to write directly; undefined for a number that is not finite (nothing to write). */
  resolve(c: number, v: string | number | null | undefined): Body | null | undefined {
    if (v === null || v === undefined || v === '') return this.remember(c, v, this.empty[c]);
    if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
    const seen = this.seen[c];
    let made = seen === null ? undefined : seen.get(v);
    if (made === undefined) {
      const shared = this.codeOf(c, v);
      if (seen === null) return this.remember(c, v, null);
      made = this.make(c, shared);
      seen.set(v, made);
      if (seen.size >= SEEN_LIMIT) this.seen[c] = null;
    } else if (made.shared) {
      this.strings.countUses(1);
    }
    return this.remember(c, v, made);
  }

  private remember(c: number, v: unknown, made: Body | null): Body | null {
    this.lastValue[c] = v;
    this.lastBody[c] = made;
    return made;
  }

  /** Sets shared[c] and code[c] for `v` (one use of a shared string counted); returns shared[c]. */
  private codeOf(c: number, v: string | number): number {
    let value: string | number = v;
    if (typeof v === 'string' && this.isDate[c]) value = cellOutput(this.formats[c], v).value as string | number;
    if (typeof value === 'number') {
      this.code[c] = value;
      return (this.shared[c] = 0);
    }
    // cellOutput writes text as it is outside date columns; the column's previous index is the hint:
    // a history repeats the ledger's titles in about the table's order
    const x = this.isDate[c] ? this.strings.index(value) : this.strings.indexAfter(value, this.hint[c]);
    this.hint[c] = x;
    this.code[c] = x;
    return (this.shared[c] = 1);
  }

  /** The body of the value shared[c] and code[c] describe. */
  private make(c: number, shared: number): Body {
    const b = this.scratch;
    let p = putBytes(b, 0, shared ? this.textTail[c] : this.numberTail[c]);
    p = shared ? putUint(b, p, this.code[c]) : putNumber(b, p, this.code[c]);
    p = putBytes(b, p, this.valueEnd[c]);
    return body(b.slice(0, p), shared);
  }
}

/**
 * Writes the rows of one block, one method call a row: the hot code stays small, so V8 optimises it within the
 * first rows and, when a later block brings objects of other shapes, re-optimises it in a few milliseconds (as one
 * loop over all rows it took 30-100 ms per compile in the CLI, ran unoptimised meanwhile, and was compiled anew
 * several times). Cell markup: `<c r="` column row, then a body: tail value `</v></c>` (tails per column) and the
 * next column's `<c r="` (every cell but the rare skipped one starts so).
 */
class BlockRows {
  /** shared-string cells not counted by strings.index (the count attribute counts every use) */
  reused = 0;

  constructor(
    private readonly out: XmlSink,
    private readonly cells: ColumnCells,
    private readonly strings: SharedStringAppender,
    /** `<c r="X` of each column, for a skipped cell */
    private readonly head: Uint8Array[],
    /** the pieces of a directly written cell, per column */
    private readonly textTail: Body[],
    private readonly numberTail: Body[],
    private readonly valueEnd: Body[],
    private readonly linkTail: Body,
    /** bytes a row may take */
    private readonly room: number,
  ) {}

  /** Row `r`: `start` is the markup after its number, through the first cell's `<c r="A`; the cell of column
   *  `linkAt` (-1: none) has the link style. */
  row(values: readonly OutputCell[], r: number, start: Body, linkAt: number): void {
    const out = this.out;
    out.reserve(this.room);
    const buf = out.buffer;
    const view = out.view;
    const { lastValue, lastBody, shared, code } = this.cells;
    const n = lastValue.length;
    let p = putPiece(view, out.at, ROW_OPEN_BODY);
    const digitsAt = p;
    p = putUint(buf, p, r);
    // every cell's reference repeats them: two words (junk after the digits is overwritten, see putPiece)
    const digits = p - digitsAt;
    const d0 = view.getInt32(digitsAt, true);
    const d1 = view.getInt32(digitsAt + 4, true);
    p = putPiece(view, p, start);
    for (let c = 0; c < n; c++) {
      const v = values[c];
      let made: Body | null | undefined;
      if (v === lastValue[c] && c !== linkAt) {
        made = lastBody[c];
        if (made !== null) this.reused += made.shared;
        else this.reused += shared[c];
      } else if (c === linkAt && typeof v === 'string' && v !== '') {
        p = this.linked(view, p, d0, d1, digits, v, c);
        continue;
      } else {
        made = this.cells.resolve(c, v);
        if (made === undefined) {
          p = this.skip(buf, p, c);
          continue;
        }
      }
      view.setInt32(p, d0, true);
      view.setInt32(p + 4, d1, true);
      p += digits;
      if (made !== null) {
        p = putPiece(view, p, made);
      } else {
        p = putPiece(view, p, shared[c] ? this.textTail[c] : this.numberTail[c]);
        p = shared[c] ? putUint(buf, p, code[c]) : putNumber(buf, p, code[c]);
        p = putPiece(view, p, this.valueEnd[c]);
      }
    }
    out.at = putPiece(view, p, ROW_END_BODY);
  }

  /** A linked cell's text, in the link style (never the column's cached body). */
  private linked(view: DataView, p: number, d0: number, d1: number, digits: number, v: string, c: number): number {
    view.setInt32(p, d0, true);
    view.setInt32(p + 4, d1, true);
    p = putPiece(view, p + digits, this.linkTail);
    p = putUint(this.out.buffer, p, this.strings.index(v));
    return putPiece(view, p, this.valueEnd[c]);
  }

  /** A cell with nothing to write (not a finite number): takes back its `<c r="X` and starts the next column's. */
  private skip(buf: Uint8Array, p: number, c: number): number {
    p -= this.head[c].length;
    return c + 1 < this.head.length ? putBytes(buf, p, this.head[c + 1]) : p;
  }
}

/**
 * Rows of `block` at `place`, each cell as core describeSheet formats it; hyperlink elements for linked rows
 * are appended to `links`.
 */
export function writeRows(
  out: XmlSink, block: OutputBlock, place: BlockDescription, colNames: string[], rowHeights: Map<number, number>,
  xf: Record<StyleKey, number>, strings: SharedStringAppender, links: string[],
): void {
  const formats = block.columns.map((c) => c.format);
  const n = formats.length;
  const linkCol = place.linkCol;
  const sAttr = (style: number) => (style ? ` s="${style}"` : '');
  const head = colNames.map((name) => ascii(`<c r="${name}`));
  const nextHead = (c: number) => (c + 1 < n ? head[c + 1] : new Uint8Array(0));
  const emptyEnd = formats.map((_, c) => joined(ascii(`" s="${xf.text}"/>`), nextHead(c))); // keeps the border
  const valueEnd = formats.map((_, c) => joined(VALUE_END, nextHead(c)));
  const textTail = formats.map((_, c) => ascii(`"${sAttr(place.wrap[c] ? xf.wrap : xf.text)} t="s"><v>`));
  const numberTail = formats.map((fmt) => ascii(`"${sAttr(xf[fmt])}><v>`));
  const linkTail = ascii(`"${sAttr(xf.link)} t="s"><v>`);

  // what follows a row's number: its custom height, if any, and the first cell's start
  const first = place.firstDataRow;
  const rowCount = block.rows.length;
  const plain = joined(TAG_END, n ? head[0] : new Uint8Array(0));
  const plainStart = body(plain, 0);
  const startOf = new Map<number, Body>();
  const starts = new Array<Body>(rowCount).fill(plainStart);
  rowHeights.forEach((height, r) => {
    if (r < first || r >= first + rowCount || !height) return;
    let start = startOf.get(height);
    if (!start) startOf.set(height, (start = body(joined(ascii(`" ht="${height}" customHeight="1`), plain), 0)));
    starts[r - first] = start;
  });

  let room = ROW_OPEN.length + DIGITS_ROOM + ROW_END.length + PIECE_SLACK;
  room += Math.max(plainStart.length, ...[...startOf.values()].map((s) => s.length));
  for (let c = 0; c < n; c++) {
    const tail = Math.max(textTail[c].length, numberTail[c].length, linkTail.length);
    room += DIGITS_ROOM + Math.max(emptyEnd[c].length, tail + NUMBER_ROOM + valueEnd[c].length) + PIECE_SLACK;
  }
  if (first + rowCount > 1e8) throw new Error(`row ${first + rowCount} past Excel's last row`); // two words of digits

  const cells = new ColumnCells(formats, strings, textTail, numberTail, valueEnd, emptyEnd.map((e) => body(e, 0)));
  const writer = new BlockRows(
    out, cells, strings, head, textTail.map((t) => body(t, 1)), numberTail.map((t) => body(t, 0)),
    valueEnd.map((e) => body(e, 0)), body(linkTail, 1), room,
  );
  const rows = block.rows;
  const rowLinks = block.links ?? [];
  for (let i = 0; i < rowCount; i++) {
    const link = rowLinks[i];
    writer.row(rows[i], first + i, starts[i], link ? linkCol : -1);
    if (link) {
      const target = `${quoteSheet(link.sheet)}!${link.address}`;
      links.push(`<hyperlink ref="${colNames[linkCol]}${first + i}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
    }
  }
  strings.countUses(writer.reused);
}
