// The data rows of one result block, written as bytes: the payout history alone is ~120k rows (44 MB of
// XML), so a cell is its reference's digits plus one copy of pre-encoded markup, made once per distinct value
// of its column.
import { cellOutput, type BlockDescription } from '../core';
import type { CellLink, ColumnFormat, OutputBlock, OutputCell } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';
import { ascii, NUMBER_ROOM, piece, type Piece, PIECE_SLACK, putBytes, putNumber, putPiece, putUint, type XmlSink } from './xmlBytes';

/** `'Sheet'` for a reference (single quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const TAG_END = ascii('">');
const VALUE_END = ascii('</v></c>');
/** longest row number or string index; row numbers (< 2^20, Excel's limit) are copied as two words */
const DIGITS_ROOM = 10;

/** Distinct values a column keeps the markup of; past that (a history's titles) each value is made when it comes. */
const SEEN_LIMIT = 4096;
/** A column whose first this many distinct values did not repeat as often (titles, serial numbers) keeps none. */
const SEEN_TRIAL = 64;

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

function body(bytes: Uint8Array, shared: number, room = bytes.length): Body {
  const { bytes: view, words, length } = piece(bytes, room);
  return { bytes: view, words, length, shared };
}

const ROW_OPEN = body(ascii('<row r="'), 0);
const ROW_END = body(ascii('</row>'), 0);

/**
 * The body of each column's cells, as core cellOutput says they are written: a text is a shared string or (a
 * YYYY-MM-DD text in a date column) a date serial, a number is itself, nothing (null, '') an empty cell that keeps
 * the border. Values repeat down a column (batch, outlet, unit, date, amount): a column's first few thousand
 * distinct values each get their body made once and kept; past that (or when they did not repeat: titles), a
 * value's body is made again in the column's `fresh` body whenever it differs from the cell above. Every value
 * takes the same path (a lookup, a body made when it misses): code V8 optimised early is not thrown away when the
 * first empty cell comes.
 */
class ColumnCells {
  /** the column's previous value and its body */
  readonly lastValue: unknown[];
  readonly lastBody: Body[];
  /** the column's kept bodies, the empty values' among them; `keep`: whether it takes more */
  private readonly seen: Array<Map<unknown, Body>>;
  private readonly keep: Uint8Array;
  /** how often a kept body was found again, per column */
  private readonly repeats: Float64Array;
  private readonly fresh: Body[];
  private readonly freshView: DataView[];
  private readonly isDate: boolean[];
  /** the column's latest shared-string index: where indexAfter looks first for the next text */
  private readonly hint: Float64Array;

  constructor(
    private readonly formats: ColumnFormat[], private readonly strings: SharedStringAppender,
    private readonly textTail: Piece[], private readonly numberTail: Piece[], private readonly valueEnd: Piece[],
    private readonly empty: Body[],
  ) {
    const n = formats.length;
    this.lastValue = new Array<unknown>(n).fill(this); // equal to no cell value
    this.lastBody = empty.slice();
    this.seen = formats.map((_, c) => this.empties(c));
    this.keep = new Uint8Array(n).fill(1);
    this.repeats = new Float64Array(n);
    const room = (c: number) => Math.max(textTail[c].length, numberTail[c].length) + NUMBER_ROOM + valueEnd[c].length + PIECE_SLACK;
    this.fresh = formats.map((_, c) => body(new Uint8Array(0), 0, room(c)));
    this.freshView = this.fresh.map((f) => new DataView(f.words.buffer));
    this.isDate = formats.map((f) => f === 'date');
    this.hint = new Float64Array(n).fill(-1);
  }

  private empties(c: number): Map<unknown, Body> {
    return new Map([null, undefined, ''].map((v) => [v, this.empty[c]]));
  }

  /** The body of `v`, which is not the column's previous value; undefined for a number that is not finite
   *  (nothing to write). */
  resolve(c: number, v: OutputCell | undefined): Body | undefined {
    let made = this.seen[c].get(v);
    if (made === undefined) {
      if (typeof v === 'number' && !Number.isFinite(v)) return undefined;
      made = this.make(c, v as string | number);
      if (this.keep[c]) made = this.kept(c, v, made);
    } else {
      this.repeats[c]++;
      this.strings.countUses(made.shared);
    }
    this.lastValue[c] = v;
    this.lastBody[c] = made;
    return made;
  }

  /** A copy of the fresh body `made` of `v`, kept for the column's next cells of that value. */
  private kept(c: number, v: unknown, made: Body): Body {
    const copy = body(made.bytes.subarray(0, made.length), made.shared);
    const seen = this.seen[c];
    seen.set(v, copy);
    if (seen.size >= SEEN_LIMIT || (seen.size === SEEN_TRIAL && this.repeats[c] < SEEN_TRIAL)) {
      this.seen[c] = this.empties(c);
      this.keep[c] = 0;
    }
    return copy;
  }

  /** The body of `v` in the column's fresh body (one use of a shared string counted). */
  private make(c: number, v: string | number): Body {
    const out = this.fresh[c];
    const b = out.bytes;
    const view = this.freshView[c];
    const value = typeof v === 'string' && this.isDate[c] ? (cellOutput(this.formats[c], v).value as string | number) : v;
    let p: number;
    if (typeof value === 'number') {
      p = putNumber(b, putPiece(view, 0, this.numberTail[c]), value);
      out.shared = 0;
    } else {
      // cellOutput writes text as it is outside date columns; the column's previous index is the hint:
      // a history repeats the ledger's titles in about the table's order
      const x = this.isDate[c] ? this.strings.index(value) : this.strings.indexAfter(value, this.hint[c]);
      this.hint[c] = x;
      p = putUint(b, putPiece(view, 0, this.textTail[c]), x);
      out.shared = 1;
    }
    out.length = putPiece(view, p, this.valueEnd[c]);
    return out;
  }
}

/**
 * Writes the rows of one block. The loop is small, each cell one copy and every row takes the same path, so V8
 * optimises it within the first rows and keeps it (one big function with every cell's cases took 30-100 ms per
 * compile in the CLI, ran unoptimised meanwhile, and was thrown away and compiled anew whenever a case came up
 * for the first time). Cell markup: `<c r="` column row, then the body.
 */
class BlockRows {
  /** shared-string cells not counted by strings.index (the count attribute counts every use) */
  private reused = 0;

  constructor(
    private readonly out: XmlSink,
    /** one column per block column, and one more: the linked cells of column `linkCol` (in the link style) */
    private readonly cells: ColumnCells,
    private readonly strings: SharedStringAppender,
    /** `<c r="X` of each column */
    private readonly head: Uint8Array[],
    /** bytes a row may take */
    private readonly room: number,
  ) {}

  /** Writes `rows` as rows first, first + 1, …; `starts[i]`: the markup after row i's number through its first
   *  cell's `<c r="A`; a linked row's cell in column `linkCol` has the link style and its hyperlink element is
   *  appended to `links`. */
  rows(
    rows: OutputCell[][], first: number, starts: Body[], rowLinks: Array<CellLink | null>, linkCol: number, linkColName: string,
    links: string[],
  ): void {
    for (let i = 0; i < rows.length; i++) {
      const link = rowLinks[i];
      this.row(rows[i], first + i, starts[i], link ? linkCol : -1);
      if (link) links.push(hyperlink(`${linkColName}${first + i}`, link));
    }
    this.strings.countUses(this.reused);
    this.reused = 0;
  }

  private row(values: OutputCell[], r: number, start: Body, linkAt: number): void {
    const out = this.out;
    out.reserve(this.room);
    const buf = out.buffer;
    const view = out.view;
    const cells = this.cells;
    const { lastValue, lastBody } = cells;
    const n = this.head.length;
    let p = putPiece(view, out.at, ROW_OPEN);
    const digitsAt = p;
    p = putUint(buf, p, r);
    // every cell's reference repeats them: two words (junk after the digits is overwritten, see putPiece)
    const digits = p - digitsAt;
    const d0 = view.getInt32(digitsAt, true);
    const d1 = view.getInt32(digitsAt + 4, true);
    p = putPiece(view, p, start);
    for (let c = 0; c < n; c++) {
      const v = values[c];
      const k = c === linkAt ? n : c;
      let made: Body | undefined;
      if (v === lastValue[k]) {
        made = lastBody[k];
        this.reused += made.shared;
      } else {
        made = cells.resolve(k, v);
        if (made === undefined) {
          p = this.skip(buf, p, c);
          continue;
        }
      }
      view.setInt32(p, d0, true);
      view.setInt32(p + 4, d1, true);
      p = putPiece(view, p + digits, made);
    }
    out.at = putPiece(view, p, ROW_END);
  }

  /** A cell with nothing to write (not a finite number): takes back its `<c r="X` and starts the next column's. */
  private skip(buf: Uint8Array, p: number, c: number): number {
    p -= this.head[c].length;
    return c + 1 < this.head.length ? putBytes(buf, p, this.head[c + 1]) : p;
  }
}

/** The hyperlink element of the cell `ref`. */
function hyperlink(ref: string, link: CellLink): string {
  const target = `${quoteSheet(link.sheet)}!${link.address}`;
  return `<hyperlink ref="${ref}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`;
}

/**
 * Rows of `block` at `place`, each cell as core describeSheet formats it; hyperlink elements for linked rows
 * are appended to `links`.
 */
export function writeRows(
  out: XmlSink, block: OutputBlock, place: BlockDescription, colNames: string[],
  xf: Record<StyleKey, number>, strings: SharedStringAppender, links: string[],
): void {
  const formats = block.columns.map((c) => c.format);
  const n = formats.length;
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
  const starts = new Array<Body>(rowCount).fill(body(plain, 0));
  const startOf = new Map<number, Body>();
  const heights = place.rowHeights ?? new Uint32Array(0);
  let lastHeight = 0;
  let lastStart = starts[0];
  for (let i = 0; i < rowCount && i < heights.length; i++) {
    const height = heights[i];
    if (!height) continue;
    if (height !== lastHeight) { // wrapped rows mostly take two lines: one lookup per change of height
      lastStart = startOf.get(height) ?? body(joined(ascii(`" ht="${height}" customHeight="1`), plain), 0);
      startOf.set(height, lastStart);
      lastHeight = height;
    }
    starts[i] = lastStart;
  }

  let room = ROW_OPEN.length + DIGITS_ROOM + Math.max(plain.length, ...[...startOf.values()].map((s) => s.length)) + ROW_END.length + PIECE_SLACK;
  for (let c = 0; c < n; c++) {
    const tail = Math.max(textTail[c].length, numberTail[c].length, linkTail.length);
    room += DIGITS_ROOM + Math.max(emptyEnd[c].length, tail + NUMBER_ROOM + valueEnd[c].length) + PIECE_SLACK;
  }
  if (first + rowCount > 1e8) throw new Error(`row ${first + rowCount} past Excel's last row`); // two words of digits

  // the linked cells of column linkCol: a text in the link style, anything else as the column has it
  const linkCol = place.linkCol;
  const linked = (list: Uint8Array[], link = list[linkCol]) => [...list, link ?? new Uint8Array(0)].map((b) => body(b, 0));
  const cells = new ColumnCells(
    [...formats, 'text'], strings, linked(textTail, linkTail), linked(numberTail), linked(valueEnd), linked(emptyEnd),
  );
  const writer = new BlockRows(out, cells, strings, head, room);
  writer.rows(block.rows, first, starts, block.links ?? [], linkCol, colNames[linkCol], links);
}
