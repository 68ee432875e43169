// Text normalisation: full-width to half-width, zero-width and stray spaces, cell values to text.
import type { CellValue } from './types';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/** Full-width ASCII variants (！..～) to their half-width forms. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;

export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** White space as the regex `\s` matches it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters displayText always changes: zero-width ones, control white space, no-break and ideographic spaces. */
function alwaysTidied(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Whether displayText would change `s`: a char-code scan, because it runs on every cell of a 100k-row
 *  ledger (the regex it replaces, /[zero-width, tabs, NBSP, U+3000]|\s\s|^\s|\s$/, was a hot spot). */
function needsTidy(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || (c > 0x3000 && c < 0xfeff)) continue; // printable ASCII, CJK
    if (alwaysTidied(c)) return true;
    if (isSpace(c) && (i === 0 || i === n - 1 || isSpace(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Text as shown back to users: zero-width characters removed, runs of spaces folded, trimmed; full-width
 *  punctuation (，：（）) kept as typed. */
export function displayText(s: string): string {
  if (!needsTidy(s)) return s; // the common case: nothing to change, no allocation
  // Most untidy cells only have spaces around tidy text (“ 县财政局 ”, a title ending in 　): a slice, not two
  // regex replaces (~3 µs, on 16% of the cells of a generated ledger)
  let a = 0;
  let b = s.length;
  while (a < b && isStripped(s.charCodeAt(a))) a++;
  while (b > a && isStripped(s.charCodeAt(b - 1))) b--;
  return tidyBetween(s, a, b) ? s.slice(a, b) : s.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** Whether s[a, b) (which starts and ends with kept characters) comes out of the regexes unchanged: no invisible
 *  character and no white space but single ASCII spaces. */
function tidyBetween(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || (c > 0x3000 && c < 0xfeff)) continue;
    if (c === 32 ? isStripped(s.charCodeAt(i + 1)) : isStripped(c)) return false;
  }
  return true;
}

/** What displayText removes at either end: white space and the zero-width characters. */
function isStripped(c: number): boolean {
  return isSpace(c) || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/** For parsing and keys: display text with full-width letters, digits and marks made half-width. */
export function cleanText(s: string): string {
  return toHalfWidth(displayText(s));
}

/** For comparisons: clean, no spaces at all, lower case. */
export function compactKey(s: string): string {
  return cleanText(s).replace(/ /g, '').toLowerCase();
}

/** Only CJK ideographs (U+4E00–U+9FFF), and not empty: text that no normaliser here changes (no spaces, marks,
 *  widths or letter case), so callers skip them for names, outlets and units. */
export function onlyIdeographs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return s.length > 0;
}

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function isErrorValue(v: CellValue): boolean {
  if (v && typeof v === 'object' && !(v instanceof Date)) return true;
  if (typeof v !== 'string' || v.length > 20) return false;
  // an error text begins with # once trimmed: any other first character settles it (this runs on every cell)
  const c = v.charCodeAt(0);
  return (c === 35 || isSpace(c)) && ERROR_TEXT.test(v.trim());
}

// Date cells repeat a few hundred days over a whole ledger and its payout history; toISOString is slow.
const dateText = boundedMemo((time: number) => (Number.isNaN(time) ? '#无效日期' : new Date(time).toISOString().slice(0, 10)));

/** Cell `i` of a row, undefined for a column that is not there (i < 0) or past the row's end. A row ends at its
 *  last non-empty cell, and indexing past an array's end is a slow path in V8 (a tenth of a loop over a history). */
export function cellAt(cells: readonly CellValue[], i: number): CellValue {
  return i >= 0 && i < cells.length ? cells[i] : undefined;
}

/** Display text of a cell (errors shown as their code); see displayText. */
export function cellText(v: CellValue): string {
  if (typeof v === 'string') return displayText(v); // the common case first
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateText(v.getTime());
  if (typeof v === 'object') return v.error;
  return displayText(String(v));
}

/** Cell text keeping line breaks (they separate names in author and unit cells). */
export function listText(v: CellValue): string {
  if (typeof v !== 'string') return cellText(v);
  return v.indexOf('\r') < 0 ? v : v.replace(/\r\n?/g, '\n'); // a regex per author cell showed in profiles
}

export function isBlank(v: CellValue): boolean {
  return cellText(v) === '';
}

const TITLE_NOISE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u3000《》<>"'“”‘’「」『』【】[\]()（）:：,，.。!！?？、;；\-—_·＂＇［］＜＞－＿]/g;

/** Title key used for duplicates and one-article-many-outlets: punctuation, quotes and spaces ignored. */
export function titleKey(s: string): string {
  return fastTitleKey(s) ?? toHalfWidth(s.replace(TITLE_NOISE, '')).toLowerCase();
}

// Per UTF-16 code unit, what titleKey does with it: 0 keep, 1 drop (TITLE_NOISE), 2 fold (full-width or upper-case
// ASCII), 3 give up the fast path (a letter that toLowerCase might change, or a surrogate).
let titleActions: Uint8Array | undefined;

/** Built on first use: a 64K-entry table costs milliseconds of every start, and the pane may never need it. */
function titleAction(): Uint8Array {
  return (titleActions ??= buildTitleActions());
}

function buildTitleActions(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x3000; c++) t[c] = 3;
  t.fill(3, 0xa640, 0xac00);
  t.fill(3, 0xd800, 0xe000);
  for (let c = 65; c <= 90; c++) t[c] = 2;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = 2;
  const noise = new RegExp(TITLE_NOISE.source);
  for (let c = 0; c < 0x10000; c++) if (noise.test(String.fromCharCode(c))) t[c] = 1;
  return t;
}

let decoder: { decode(codes: Uint16Array): string } | null | undefined;

/** A UTF-16 decoder for Uint16Array contents, where the platform has one (it is little-endian everywhere we run,
 *  but checked) — null otherwise. */
function utf16Decoder(): { decode(codes: Uint16Array): string } | null {
  if (decoder === undefined) {
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    decoder = typeof TextDecoder === 'function' && littleEndian ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
  }
  return decoder;
}

// The key's code units; views[n] is its first n units, made once per length (a subarray per title was measurable garbage).
const titleBuffer = { codes: new Uint16Array(256), views: [] as Uint16Array[] };

/** titleKey by one char-code pass (it runs on every ledger row and payout record); undefined when the
 *  title holds a character only the regex-and-toLowerCase path gets exactly right. */
function fastTitleKey(s: string): string | undefined {
  if (s.length > titleBuffer.codes.length) titleBuffer.codes = new Uint16Array(s.length * 2);
  const { codes, views } = titleBuffer;
  const actions = titleAction();
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const a = actions[c];
    if (a === 0) codes[n++] = c;
    else if (a === 2) {
      const h = c >= 0xff01 ? c - 0xfee0 : c;
      codes[n++] = h >= 65 && h <= 90 ? h + 32 : h;
    } else if (a === 3) return undefined;
  }
  if (n === s.length) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = codes[i] === s.charCodeAt(i);
    if (same) return s;
  }
  let view = views[n];
  if (view?.buffer !== codes.buffer) view = views[n] = codes.subarray(0, n);
  // a decoder makes just the string; fromCharCode.apply first copies the codes into an arguments list (most
  // titles have punctuation to drop, so this is a string per ledger row and payout record)
  return utf16Decoder()?.decode(view) ?? String.fromCharCode.apply(null, view as unknown as number[]);
}

/** Memoise a string normaliser: ledgers repeat the same outlets, levels, genres and names thousands of times. */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) { v = fn(s); cache.set(s, v); }
    return v as T;
  };
}

/** Memoise a function of a value that repeats a few hundred times over a ledger (days, date texts). Unlike memo
 *  the cache lives in the module, across runs, so it starts over once it holds `limit` entries. */
export function boundedMemo<K, V>(fn: (key: K) => V, limit = 50000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}
