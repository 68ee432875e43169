// docProps/app.xml lists the workbook's sheets (HeadingPairs gives group names and counts, TitlesOfParts
// the names in that order); after adding sheets the list must say what the workbook now holds.
// Edited as a namespace-aware DOM, so the producer's prefixes (vt:, strict URIs…) are kept.
import { childElements, createChild, parsePart, serializePart, type Element } from './xmlPart';

const WORKSHEET_GROUPS = new Set(['worksheets', '工作表']);

/** The <vt:vector> inside the root's child `parent`. */
function vectorIn(root: Element, parent: string): Element | undefined {
  const holder = childElements(root, parent)[0];
  return holder && childElements(holder, 'vector')[0];
}

/** A variant's or vector item's value element (lpstr, lpwstr, i4…). */
function valueOf(item: Element): Element {
  return item.localName === 'variant' ? childElements(item)[0] ?? item : item;
}

/**
 * app.xml (at `path`) with the worksheet group listing `sheetNames`; other groups (named ranges, charts)
 * keep their entries. Returns null when the part has no sheet list we understand (then it is left as is).
 */
export function updateAppTitles(app: string, sheetNames: string[], path = 'docProps/app.xml'): string | null {
  const doc = parsePart(app, path);
  const root = doc.documentElement!;
  const pairs = vectorIn(root, 'HeadingPairs');
  const titles = vectorIn(root, 'TitlesOfParts');
  if (!pairs || !titles) return null;
  const pairItems = childElements(pairs);
  const titleItems = childElements(titles);
  if (pairItems.length % 2) return null;
  let offset = 0;
  for (let k = 0; k < pairItems.length; k += 2) {
    const group = (valueOf(pairItems[k]).textContent ?? '').trim();
    const countEl = valueOf(pairItems[k + 1]);
    const count = Number(countEl.textContent);
    if (!Number.isInteger(count)) return null;
    if (!WORKSHEET_GROUPS.has(group.toLowerCase())) {
      offset += count;
      continue;
    }
    if (offset + count > titleItems.length) return null;
    const next = titleItems[offset + count] ?? null;
    for (const old of titleItems.slice(offset, offset + count)) titles.removeChild(old);
    const itemName = titles.getAttribute('baseType') || 'lpstr';
    for (const name of sheetNames) {
      const item = createChild(titles, itemName);
      item.appendChild(doc.createTextNode(name));
      titles.insertBefore(item, next);
    }
    titles.setAttribute('size', String(titleItems.length - count + sheetNames.length));
    countEl.textContent = String(sheetNames.length);
    return serializePart(doc);
  }
  return null;
}
