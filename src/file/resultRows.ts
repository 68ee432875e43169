// The data rows of one result block, written as bytes: the payout history alone is ~120k rows (44 MB of
// XML), so every cell is a few copies of pre-encoded markup plus digits, and repeated texts skip the
// shared-string lookup.
import { cellOutput, type BlockDescription } from '../core';
import type { ColumnFormat, OutputBlock } from '../core/types';
import type { SharedStringAppender } from './sharedStrings';
import type { StyleKey } from './styleSheet';
import { escapeXml } from './xml';
import { ascii, NUMBER_ROOM, putBytes, putNumber, putUint, type XmlSink } from './xmlBytes';

/** `'Sheet'` for a reference (single quotes doubled). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const ROW_OPEN = ascii('<row r="');
const TAG_END = ascii('">');
const ROW_END = ascii('</row>');
const VALUE_END = ascii('</v></c>');
/** longest row number or string index */
const DIGITS_ROOM = 10;

// what the last text cell of a column resolved to
const UNSEEN = 0;
const SHARED = 1;
const SERIAL = 2;
const EMPTY = 3;

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
  rowHeights.forEach((height, r) => {
    if (r < first || r >= first + rowCount || !height) return;
    let attr = attrOf.get(height);
    if (!attr) attrOf.set(height, (attr = ascii(`" ht="${height}" customHeight="1`)));
    heightAttr[r - first] = attr;
  });

  // texts repeat down a column (batch, outlet, unit, date): what the last one and each of the column's
  // first few thousand distinct texts resolved to, checked before the workbook-wide string table
  const lastText: Array<string | undefined> = new Array(n).fill(undefined);
  const lastKind = new Uint8Array(n);
  const lastValue = new Float64Array(n);
  const seen: Array<Map<string, Resolved> | null> = formats.map(() => new Map());
  let reused = 0;

  // the loop keeps the write position itself: a method call per cell piece was most of its time
  for (let i = 0; i < rowCount; i++) {
    const values = block.rows[i];
    const r = first + i;
    const link = block.links?.[i];
    const ht = heightAttr[i];
    out.reserve(room + (ht ? ht.length : 0));
    const buf = out.buffer;
    let p = putBytes(buf, out.at, ROW_OPEN);
    const digitsAt = p;
    p = putUint(buf, p, r);
    const digitsEnd = p; // every cell's reference repeats them
    if (ht) p = putBytes(buf, p, ht);
    p = putBytes(buf, p, TAG_END);
    for (let c = 0; c < n; c++) {
      const v = values[c];
      let tail: Uint8Array;
      let kind: number;
      let x = 0;
      if (v === null || v === undefined || v === '') {
        tail = emptyCell[c]; // keeps the border
        kind = EMPTY;
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        tail = numberTail[c];
        kind = SERIAL;
        x = v;
      } else if (link && c === linkCol) {
        tail = linkTail;
        kind = SHARED;
        x = strings.index(v);
      } else {
        if (v === lastText[c]) {
          kind = lastKind[c];
          if (kind === SHARED) reused++;
        } else {
          const texts = seen[c];
          let known = texts?.get(v);
          if (known) {
            if (known.kind === SHARED) reused++;
          } else {
            known = resolve(formats[c], v, strings); // counts its use
            if (texts) {
              texts.set(v, known);
              if (texts.size >= SEEN_LIMIT) seen[c] = null; // titles: rarely twice, not worth a second lookup
            }
          }
          kind = lastKind[c] = known.kind;
          lastValue[c] = known.value;
          lastText[c] = v;
        }
        if (kind === UNSEEN) continue;
        x = lastValue[c];
        tail = kind === SHARED ? textTail[c] : numberTail[c];
      }
      p = putBytes(buf, p, head[c]);
      for (let d = digitsAt; d < digitsEnd; d++) buf[p++] = buf[d];
      p = putBytes(buf, p, tail);
      if (kind === EMPTY) continue;
      p = kind === SHARED ? putUint(buf, p, x) : putNumber(buf, p, x);
      p = putBytes(buf, p, VALUE_END);
    }
    out.at = putBytes(buf, p, ROW_END);
    if (link) {
      const target = `${quoteSheet(link.sheet)}!${link.address}`;
      links.push(`<hyperlink ref="${colNames[linkCol]}${r}" location="${escapeXml(target)}" display="${escapeXml(`${link.sheet}!${link.address}`)}"/>`);
    }
  }
  strings.countUses(reused);
}
