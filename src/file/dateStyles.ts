// Which cell styles display a number as a date, so the reader can hand the core Date values.
import { findTags } from './xml';

// Built-in number formats that are dates or times (ECMA-376 18.8.30, plus the CJK ids Excel uses).
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** True when a custom format code shows a date/time (y, m, d, h, s outside quotes, escapes and [..]). */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(';')[0];
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h') // elapsed time [h]:mm is still a time
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(bare)) return false;
  return /[ymdhsegb年月日]/i.test(bare.replace(/E[+-]/g, ''));
}

/** For each cellXfs index, whether it is a date style. */
export function dateStyleFlags(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const f of findTags(stylesXml, 'numFmt')) custom.set(Number(f.numFmtId), f.formatCode ?? '');
  const m = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml);
  if (!m) return [];
  return findTags(m[1], 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
  });
}
