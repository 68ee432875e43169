// Text normalisation: full-width to half-width, zero-width and stray spaces, cell values to text.
import type { CellValue } from './types';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/** Full-width ASCII variants (！..～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** Trimmed, half-width, zero-width removed, runs of spaces folded to one. */
const NEEDS_WORK = /[\uFF01-\uFF5E\u3000\u200B-\u200D\u2060\uFEFF\u00AD\t\n\r\f\v\u00A0]|\s\s|^\s|\s$/;

export function cleanText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s; // the common case: nothing to change, no allocation
  return toHalfWidth(s.replace(ZERO_WIDTH, '')).replace(SPACES, ' ').trim();
}

/** For comparisons: clean, no spaces at all, lower case. */
export function compactKey(s: string): string {
  return cleanText(s).replace(/ /g, '').toLowerCase();
}

export function isErrorValue(v: CellValue): boolean {
  if (v && typeof v === 'object' && !(v instanceof Date)) return true;
  return typeof v === 'string' && /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)$/.test(v.trim());
}

/** Display text of a cell (errors shown as their code), cleaned. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#无效日期' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') return v.error;
  return cleanText(String(v));
}

/** Cell text keeping line breaks (they separate names in author and unit cells). */
export function listText(v: CellValue): string {
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : cellText(v);
}

export function isBlank(v: CellValue): boolean {
  return cellText(v) === '';
}

/** Title key used for duplicates and one-article-many-outlets: punctuation, quotes and spaces ignored. */
export function titleKey(s: string): string {
  return compactKey(s).replace(/[《》<>"'“”‘’「」『』【】[\]()（）:：,，.。!！?？、;；\-—_·]/g, '');
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
