// The OPC package (zip) structure shared by the reader and the writer: where the workbook, its sheets,
// shared strings and styles live, resolved through the relationship parts as the spec requires.
import JSZip from 'jszip';
import { FileReadError, MESSAGES, sniffContainer } from './errors';
import { findTags } from './xml';

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
  zip: JSZip;
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

export function parseRels(xml: string, sourcePart: string): Relationship[] {
  return findTags(xml, 'Relationship').map((a) => {
    const external = a.TargetMode === 'External';
    const type = (a.Type ?? '').split('/').pop() ?? '';
    return { id: a.Id ?? '', type, external, target: external ? a.Target ?? '' : resolveTarget(sourcePart, a.Target ?? '') };
  });
}

/** Find a zip entry case-insensitively (some writers differ in case from the rels target). */
export function getFile(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const f = zip.file(path);
  if (f) return f;
  const lower = path.toLowerCase();
  let found: JSZip.JSZipObject | null = null;
  zip.forEach((p, file) => {
    if (!found && p.toLowerCase() === lower) found = file;
  });
  return found;
}

const decoder = new TextDecoder('utf-8');

/** Read a part as text; null if absent. Decoding via TextDecoder is much faster than JSZip's own. */
export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const f = getFile(zip, path);
  if (!f) return null;
  try {
    return decoder.decode(await f.async('uint8array'));
  } catch {
    throw new FileReadError(MESSAGES.damaged, 'damaged');
  }
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(part));
  return xml ? parseRels(xml, part) : [];
}

function explainNonWorkbook(zip: JSZip): FileReadError {
  if (zip.file('xl/workbook.bin')) return new FileReadError(MESSAGES.xlsb, 'not-xlsx');
  if (zip.file('mimetype') || zip.file('content.xml')) return new FileReadError(MESSAGES.ods, 'not-xlsx');
  if (zip.file('word/document.xml') || zip.file('ppt/presentation.xml')) return new FileReadError(MESSAGES.word, 'not-xlsx');
  return new FileReadError(MESSAGES.notXlsx, 'not-xlsx');
}

/** Open the bytes as an xlsx package; throws FileReadError with a clear Chinese message otherwise. */
export async function openPackage(data: Uint8Array): Promise<XlsxPackage> {
  sniffContainer(data);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new FileReadError(MESSAGES.damaged, 'damaged');
  }
  const rootRels = await readRels(zip, '');
  const office = rootRels.find((r) => r.type === 'officeDocument' && !r.external);
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbookXml = await readText(zip, workbookPath);
  if (workbookXml === null || !/<(?:\w+:)?workbook[\s>]/.test(workbookXml)) throw explainNonWorkbook(zip);
  const workbookRels = await readRels(zip, workbookPath);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = findTags(workbookXml, 'sheet').map((a) => {
    const rId = a['r:id'] ?? a.id ?? '';
    const rel = byId.get(rId);
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    return {
      name: a.name ?? '', sheetId: Number(a.sheetId) || 0, rId, state,
      path: rel && !rel.external ? rel.target : '', kind: rel?.type ?? 'worksheet',
    };
  });
  const pr = findTags(workbookXml, 'workbookPr')[0];
  const date1904 = pr?.date1904 === '1' || pr?.date1904 === 'true';
  return { zip, workbookPath, workbookXml, workbookRels, sheets, date1904 };
}
