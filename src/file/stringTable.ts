// The shared string table as the reader needs it: every <si> item's text, and which items are one plain run (the
// writer reuses those for its own strings). Scanned with indexOf rather than a DOM: 100k-row ledgers have
// megabytes of it.
import { FileReadError } from './errors';
import type { KnownStrings } from './knownStrings';
import { readText, type XlsxPackage } from './package';
import { assertComplete, damagedPartMessage } from './partCheck';
import { isTagEnd } from './sheetScan';
import { decodeXml, stringItemText } from './xml';

export async function readSharedStrings(pkg: XlsxPackage): Promise<KnownStrings> {
  const rel = pkg.workbookRels.find((r) => r.type === 'sharedStrings');
  const path = rel?.target ?? 'xl/sharedStrings.xml';
  const xml = await readText(pkg.zip, path);
  if (!xml) return { texts: [], plain: new Uint8Array(0), partSize: -1 };
  try {
    assertComplete(xml, 'sst');
  } catch {
    throw new FileReadError(damagedPartMessage('共享字符串表（sharedStrings.xml）'), 'damaged');
  }
  const partSize = pkg.zip.find(path)?.size ?? -1;
  // the root element is near the start: a prefix test over the whole part was a scan of megabytes
  if (!/^<\w+:sst\b/.test(xml.slice(Math.max(0, xml.search(/<(?:\w+:)?sst\b/))))) return { ...stringItems(xml), partSize };
  const texts = stringItemsPrefixed(xml);
  return { texts, plain: new Uint8Array(texts.length), partSize };
}

/** The <si> items of an unprefixed table: indexOf scanning, and the plain `<si><t>text</t></si>` without a regex. */
function stringItems(xml: string): { texts: string[]; plain: Uint8Array } {
  const texts: string[] = [];
  const flags: number[] = [];
  for (let i = xml.indexOf('<si'); i >= 0; i = xml.indexOf('<si', i + 3)) {
    if (!isTagEnd(xml.charCodeAt(i + 3))) continue;
    const open = xml.indexOf('>', i);
    if (open < 0) break;
    if (xml.charCodeAt(open - 1) === 47) { texts.push(''); flags.push(0); continue; } // <si/>
    const quick = quickItemEnd(xml, open);
    if (quick > 0) {
      const start = xml.indexOf('>', open + 2) + 1;
      texts.push(decodeXml(xml.slice(start, quick)));
      flags.push(1);
      i = quick + 4; // at </si>, as below
      continue;
    }
    const close = xml.indexOf('</si>', open);
    if (close < 0) break;
    const plain = plainItemText(xml, open + 1, close);
    texts.push(plain ?? stringItemText(xml.slice(open + 1, close)));
    flags.push(plain === undefined ? 0 : 1);
    i = close;
  }
  return { texts, plain: Uint8Array.from(flags) };
}

/**
 * For the usual item `<si><t…>text</t></si>`, whose start tag ends at `open`: the index of its </t>, found without
 * searching for </si> first (a table of 100k titles is megabytes of text); -1 for any other form.
 */
function quickItemEnd(xml: string, open: number): number {
  if (xml.charCodeAt(open + 1) !== 60 || xml.charCodeAt(open + 2) !== 116 || !isTagEnd(xml.charCodeAt(open + 3))) return -1;
  const tEnd = xml.indexOf('>', open + 2);
  if (tEnd < 0 || xml.charCodeAt(tEnd - 1) === 47) return -1; // <t/>
  const lt = xml.indexOf('<', tEnd + 1);
  return lt >= 0 && xml.startsWith('</t></si>', lt) ? lt : -1;
}

/** Text of an item that is exactly one <t> run, or undefined (rich text, phonetics: the general path). */
function plainItemText(xml: string, from: number, to: number): string | undefined {
  if (!xml.startsWith('<t', from) || !isTagEnd(xml.charCodeAt(from + 2))) return undefined;
  const start = xml.indexOf('>', from) + 1;
  const endTag = to - 4;
  if (start <= 0 || start > endTag || !xml.startsWith('</t>', endTag) || xml.charCodeAt(start - 2) === 47) return undefined;
  const lt = xml.indexOf('<', start);
  return lt === endTag ? decodeXml(xml.slice(start, endTag)) : undefined;
}

function stringItemsPrefixed(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] ? stringItemText(m[1]) : '');
  return out;
}
