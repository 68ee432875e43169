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

const NEEDS_TIDY = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\n\r\f\v\u00A0\u3000]|\s\s|^\s|\s$/;

/** Text as shown back to users: zero-width characters removed, runs of spaces folded, trimmed; full-width
 *  punctuation (，：（）) kept as typed. */
export function displayText(s: string): string {
  if (!NEEDS_TIDY.test(s)) return s; // the common case: nothing to change, no allocation
  return s.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** For parsing and keys: display text with full-width letters, digits and marks made half-width. */
export function cleanText(s: string): string {
  return toHalfWidth(displayText(s));
}

/** For comparisons: clean, no spaces at all, lower case. */
export function compactKey(s: string): string {
  return cleanText(s).replace(/ /g, '').toLowerCase();
}

export function isErrorValue(v: CellValue): boolean {
  if (v && typeof v === 'object' && !(v instanceof Date)) return true;
  return typeof v === 'string' && v.length <= 20 && v.includes('#')
    && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(v.trim());
}

/** Display text of a cell (errors shown as their code); see displayText. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#无效日期' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') return v.error;
  return displayText(String(v));
}

/** Cell text keeping line breaks (they separate names in author and unit cells). */
export function listText(v: CellValue): string {
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : cellText(v);
}

export function isBlank(v: CellValue): boolean {
  return cellText(v) === '';
}

const TITLE_NOISE = /[\s\u200B-\u200D\u2060\uFEFF\u00AD\u3000《》<>"'“”‘’「」『』【】[\]()（）:：,，.。!！?？、;；\-—_·＂＇［］＜＞－＿]/g;

/** Title key used for duplicates and one-article-many-outlets: punctuation, quotes and spaces ignored. */
export function titleKey(s: string): string {
  return toHalfWidth(s.replace(TITLE_NOISE, '')).toLowerCase();
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
