// The data rows of one result block, written as bytes: the payout history alone is ~120k rows (44 MB of
// XML), so every cell is a few copies of pre-encoded markup plus digits, and repeated texts skip the
// shared-string lookup.
import { cellOutput, type BlockDescription } from '../core';
import type { ColumnFormat, OutputBlock } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';
import { ascii, type XmlSink } from './xmlBytes';

/** `'Sheet'` for a reference (single quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const ROW_OPEN = ascii('<row r="');
const TAG_END = ascii('">');
const ROW_END = ascii('</row>');
const VALUE_END = ascii('</v></c>');
/** longest number text num() writes (e.g. -1.2345678901234567e-300) and longest row/index digits */
const NUMBER_ROOM = 24;
const DIGITS_ROOM = 10;

// what the last text cell of a column resolved to
const UNSEEN = 0;
const SHARED = 1;
const SERIAL = 2;

const SEEN_LIMIT = 4096;

interface Resolved {
  kind: number;
  /** shared-string index or date serial */
  value: number;
}

/** A text cell as core cellOutput makes it: a shared string, a date serial, or nothing (kind UNSEEN). */
function resolve(format: ColumnFormat, v: string, strings: SharedStringAppender): Resolved {
  const value = cellOutput(format, v).value;
  if (typeof value === 'string') return { kind: SHARED, value: strings.index(value) }; // strings are text ('@') in every column
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: SERIAL, value };
  return { kind: UNSEEN, value: 0 };
}

/**
 * Rows of `block` at `place`, each cell as core describeSheet formats it; hyperlink elements for linked rows
 * are appended to `links`. Cell markup: `<c r="` column row tail value `</v></c>`, tails per column.
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
  const emptyCell = formats.map(() => ascii(`" s="${xf.text}"/>`)); // keeps the border
  const textTail = formats.map((_, c) => ascii(`"${sAttr(place.wrap[c] ? xf.wrap : xf.text)} t="s"><v>`));
  const numberTail = formats.map((fmt) => ascii(`"${sAttr(xf[fmt])}><v>`));
  const linkTail = ascii(`"${sAttr(xf.link)} t="s"><v>`);
  let room = ROW_OPEN.length + DIGITS_ROOM + TAG_END.length + ROW_END.length;
  for (let c = 0; c < n; c++) {
    const tail = Math.max(emptyCell[c].length, textTail[c].length, numberTail[c].length, linkTail.length);
    room += head[c].length + DIGITS_ROOM + tail + NUMBER_ROOM + VALUE_END.length;
  }
  // the custom height attribute of each row (a Map lookup per row was slow at 100k rows)
  const first = place.firstDataRow;
  const rowCount = block.rows.length;
  const heightAttr: Array<Uint8Array | undefined> = new Array(rowCount);
  const attrOf = new Map<number, Uint8Array>();
  for (const [r, height] of rowHeights) {
    if (r < first || r >= first + rowCount || !height) continue;
    let attr = attrOf.get(height);
    if (!attr) attrOf.set(height, (attr = ascii(`" ht="${height}" customHeight="1`)));
    heightAttr[r - first] = attr;
  }

  // texts repeat down a column (batch, outlet, unit, date): what the last one and each of the column's
  // first few thousand distinct texts resolved to, checked before the workbook-wide string table
  const lastText: Array<string | undefined> = new Array(n).fill(undefined);
  const lastKind = new Uint8Array(n);
  const lastValue = new Float64Array(n);
  const seen = formats.map(() => new Map<string, Resolved>());
  let reused = 0;

  for (let i = 0; i < rowCount; i++) {
    const values = block.rows[i];
    const r = first + i;
    const link = block.links?.[i];
    const ht = heightAttr[i];
    out.reserve(room + (ht ? ht.length : 0));
    out.raw(ROW_OPEN);
    out.uint(r);
    if (ht) out.raw(ht);
    out.raw(TAG_END);
    for (let c = 0; c < n; c++) {
      const v = values[c] ?? null;
      if (v === null || v === '') {
        out.raw(head[c]);
        out.uint(r);
        out.raw(emptyCell[c]);
        continue;
      }
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        out.raw(head[c]);
        out.uint(r);
        out.raw(numberTail[c]);
        out.num(v);
        out.raw(VALUE_END);
        continue;
      }
      if (link && c === linkCol) {
        out.raw(head[c]);
        out.uint(r);
        out.raw(linkTail);
        out.uint(strings.index(v));
        out.raw(VALUE_END);
        continue;
      }
      let kind: number;
      if (v === lastText[c]) {
        kind = lastKind[c];
        if (kind === SHARED) reused++;
      } else {
        let known = seen[c].get(v);
        if (known) {
          if (known.kind === SHARED) reused++;
        } else {
          known = resolve(formats[c], v, strings); // counts its use
          if (seen[c].size < SEEN_LIMIT) seen[c].set(v, known);
        }
        kind = lastKind[c] = known.kind;
        lastValue[c] = known.value;
        lastText[c] = v;
      }
      if (kind === UNSEEN) continue;
      out.raw(head[c]);
      out.uint(r);
      out.raw(kind === SHARED ? textTail[c] : numberTail[c]);
      if (kind === SHARED) out.uint(lastValue[c]);
      else out.num(lastValue[c]);
      out.raw(VALUE_END);
    }
    out.raw(ROW_END);
    if (link) {
      const target = `${quoteSheet(link.sheet)}!${link.address}`;
      links.push(`<hyperlink ref="${colNames[linkCol]}${r}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
    }
  }
  strings.countUses(reused);
}
