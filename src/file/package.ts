// The OPC package (zip) structure shared by the reader and the writer: where the workbook, its sheets,
// shared strings and styles live, resolved through the relationship parts as the spec requires.
import { FileReadError, MESSAGES, sniffContainer } from './errors';
import { NS_REL, NS_REL_STRICT } from './partEdits';
import { childElements, parsePart, type Element } from './xmlPart';
import { utf8Decode, ZipArchive, type InflateRaw, type RawEntry } from './zip';

export interface Relationship {
  id: string;
  type: string; // the last segment of the relationship type, e.g. 'worksheet', 'table'
  target: string; // resolved absolute part path without leading slash, or the raw target if external
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** part path, e.g. xl/worksheets/sheet1.xml; '' when the relationship is missing */
  path: string;
  kind: string; // 'worksheet' | 'chartsheet' | 'dialogsheet' | ...
}

export interface XlsxPackage {
  zip: ZipArchive;
  workbookPath: string;
  workbookXml: string;
  workbookRels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
}

/** Directory of a part path: xl/workbook.xml -> xl/ */
function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i >= 0 ? path.slice(0, i + 1) : '';
}

/** Resolve a relationship target relative to its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(sourcePart) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The .rels part of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** The relationships of `sourcePart` from its .rels part (parsed strictly: a damaged one stops the run). */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const root = parsePart(xml, relsPathOf(sourcePart)).documentElement!;
  return childElements(root, 'Relationship').map((r) => {
    const a = (name: string) => r.getAttribute(name) ?? '';
    const external = a('TargetMode') === 'External';
    const type = a('Type').split('/').pop() ?? '';
    return { id: a('Id'), type, external, target: external ? a('Target') : resolveTarget(sourcePart, a('Target')) };
  });
}

/** A <sheet>'s relationship id: r:id in the transitional or strict namespace, whatever its prefix. */
function sheetRelId(sheet: Element): string {
  return sheet.getAttributeNS(NS_REL, 'id') || sheet.getAttributeNS(NS_REL_STRICT, 'id') || sheet.getAttribute('id') || '';
}

/** Find a zip entry case-insensitively (some writers differ in case from the rels target). */
export function getFile(zip: ZipArchive, path: string): RawEntry | null {
  return zip.find(path);
}

/** Read a part as text; null if absent. */
export async function readText(zip: ZipArchive, path: string): Promise<string | null> {
  const f = zip.find(path);
  return f ? utf8Decode(await zip.read(f)) : null;
}

export async function readRels(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(part));
  return xml ? parseRels(xml, part) : [];
}

function explainNonWorkbook(zip: ZipArchive): FileReadError {
  if (zip.find('xl/workbook.bin')) return new FileReadError(MESSAGES.xlsb, 'not-xlsx');
  if (zip.find('mimetype') || zip.find('content.xml')) return new FileReadError(MESSAGES.ods, 'not-xlsx');
  if (zip.find('word/document.xml') || zip.find('ppt/presentation.xml')) return new FileReadError(MESSAGES.word, 'not-xlsx');
  return new FileReadError(MESSAGES.notXlsx, 'not-xlsx');
}

/** Open the bytes as an xlsx package; throws FileReadError with a clear Chinese message otherwise. */
export async function openPackage(data: Uint8Array, inflate?: InflateRaw): Promise<XlsxPackage> {
  sniffContainer(data);
  const zip = new ZipArchive(data, inflate);
  const rootRels = await readRels(zip, '');
  const office = rootRels.find((r) => r.type === 'officeDocument' && !r.external);
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbookXml = await readText(zip, workbookPath);
  if (workbookXml === null || !/<(?:\w+:)?workbook[\s>]/.test(workbookXml)) throw explainNonWorkbook(zip);
  const workbook = parsePart(workbookXml, workbookPath).documentElement!;
  const workbookRels = await readRels(zip, workbookPath);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = childElements(workbook, 'sheets').flatMap((list) => childElements(list, 'sheet')).map((el) => {
    const rId = sheetRelId(el);
    const rel = byId.get(rId);
    const st = el.getAttribute('state');
    const state = st === 'hidden' || st === 'veryHidden' ? st : 'visible';
    return {
      name: el.getAttribute('name') ?? '', sheetId: Number(el.getAttribute('sheetId')) || 0, rId, state,
      path: rel && !rel.external ? rel.target : '', kind: rel?.type ?? 'worksheet',
    };
  });
  const pr = childElements(workbook, 'workbookPr')[0]?.getAttribute('date1904');
  const date1904 = pr === '1' || pr === 'true';
  return { zip, workbookPath, workbookXml, workbookRels, sheets, date1904 };
}
