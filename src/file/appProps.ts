// docProps/app.xml lists the workbook's sheets (HeadingPairs gives group names and counts, TitlesOfParts
// the names in that order); after adding sheets the list must say what the workbook now holds.
import { escapeXml } from './xml';

const WORKSHEET_GROUPS = new Set(['worksheets', '工作表']);

/** One <vt:vector>…</vt:vector> inside element `parent`: its span and its items' inner text. */
function vectorIn(xml: string, parent: string): { start: number; end: number; open: string; items: string[]; vt: string } | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${parent}\\b[^>]*>\\s*(<([\\w.-]+:)?vector\\b[^>]*>)([\\s\\S]*?)</(?:[\\w.-]+:)?vector\\s*>`).exec(xml);
  if (!m) return null;
  const vt = m[2] ?? '';
  const items: string[] = [];
  const re = /<((?:[\w.-]+:)?(?:variant|lpstr|i4|lpwstr))\b[^>]*>([\s\S]*?)<\/\1\s*>/g;
  // variant items wrap one value each; lpstr vectors hold the values directly
  for (let k = re.exec(m[3]); k; k = re.exec(m[3])) items.push(k[2]);
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: m.index + m[0].length, open: m[1], items, vt };
}

function innerValue(variant: string): string {
  return /<(?:[\w.-]+:)?(?:lpstr|lpwstr|i4)\b[^>]*>([\s\S]*?)</.exec(variant)?.[1] ?? variant;
}

/**
 * app.xml with the worksheet group listing `sheetNames`; other groups (named ranges, charts) keep
 * their entries. Returns null when the part has no sheet list we understand (then it is left as is).
 */
export function updateAppTitles(app: string, sheetNames: string[]): string | null {
  const pairs = vectorIn(app, 'HeadingPairs');
  const titles = vectorIn(app, 'TitlesOfParts');
  if (!pairs || !titles || pairs.items.length % 2) return null;
  let offset = 0;
  for (let k = 0; k < pairs.items.length; k += 2) {
    const group = innerValue(pairs.items[k]).trim();
    const count = Number(innerValue(pairs.items[k + 1]));
    if (!Number.isInteger(count)) return null;
    if (!WORKSHEET_GROUPS.has(group.toLowerCase())) {
      offset += count;
      continue;
    }
    const names = titles.items.slice();
    if (offset + count > names.length) return null;
    names.splice(offset, count, ...sheetNames.map(escapeXml));
    const vt = titles.vt;
    const titleVector = `<${vt}vector size="${names.length}" baseType="lpstr">${names.map((n) => `<${vt}lpstr>${n}</${vt}lpstr>`).join('')}</${vt}vector>`;
    const pairItems = pairs.items.map((item, i) => (i === k + 1 ? item.replace(/(<(?:[\w.-]+:)?i4\b[^>]*>)[^<]*/, `$1${sheetNames.length}`) : item));
    const pv = pairs.vt;
    const pairVector = `${pairs.open}${pairItems.map((v) => `<${pv}variant>${v}</${pv}variant>`).join('')}</${pv}vector>`;
    // TitlesOfParts follows HeadingPairs in the schema; replace the later one first
    const [first, second] = pairs.start < titles.start ? [pairs, titles] : [titles, pairs];
    const [firstText, secondText] = pairs.start < titles.start ? [pairVector, titleVector] : [titleVector, pairVector];
    return app.slice(0, first.start) + firstText + app.slice(first.end, second.start) + secondText + app.slice(second.end);
  }
  return null;
}
