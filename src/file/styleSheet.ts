// Appends the few cell styles the result sheets need to the workbook's own styles.xml, leaving every
// existing style index untouched (original sheets keep referring to the same xf entries). Edited as a
// namespace-aware DOM, so new elements take the producer's own prefix (x:, default, strict URIs).
import { FORMAT_CODES } from '../core';
import type { ColumnFormat } from '../core/types';
import { childElements, createChild, parsePart, serializePart, type Element } from './xmlPart';

export type StyleKey = 'title' | 'titleCenter' | 'caption' | 'header' | 'headerRight' | 'link' | 'note' | 'noteWrap' | 'wrap' | ColumnFormat;

/** Excel's built-in ids (below 164) for the format codes core FORMAT_CODES uses; others get a <numFmt>. */
const BUILTIN_IDS: Record<string, number> = { '0': 1, '0.00': 2, '#,##0.00': 4, '@': 49 };
const FORMATS = Object.fromEntries(
  Object.entries(FORMAT_CODES).map(([k, code]) => [k, BUILTIN_IDS[code] !== undefined ? { builtin: BUILTIN_IDS[code] } : { code }]),
) as Record<ColumnFormat, { builtin?: number; code?: string }>;

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

// CT_Stylesheet's children in schema order: a missing collection is created before the first later one present.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** An element to build: local name, attributes, children (all in the styles part's SpreadsheetML namespace). */
type Spec = [string, Record<string, string>?, Spec[]?];

function build(parent: Element, [name, attrs = {}, children = []]: Spec): Element {
  const el = createChild(parent, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.appendChild(build(el, c));
  return el;
}

/**
 * Append items to a collection element (<fonts>, <cellXfs>…), creating it in schema order if missing, and
 * keep its count attribute right. Returns the index of the first appended item.
 */
function appendTo(root: Element, name: string, items: Spec[]): number {
  let list = childElements(root, name)[0];
  if (!list) {
    list = createChild(root, name);
    const later = ORDER.slice(ORDER.indexOf(name) + 1);
    root.insertBefore(list, childElements(root).find((e) => later.includes(e.localName ?? '')) ?? null);
  }
  const first = childElements(list).length;
  for (const item of items) list.appendChild(build(list, item));
  list.setAttribute('count', String(first + items.length));
  return first;
}

export interface AddedStyles {
  xml: string;
  xf: Record<StyleKey, number>;
}

/** Add our fonts, number formats and cell formats; returns the new styles.xml and the xf index per key. */
export function addResultStyles(stylesXml: string | null, path = 'xl/styles.xml'): AddedStyles {
  const doc = parsePart(stylesXml ?? MINIMAL_STYLES, path);
  const root = doc.documentElement!;
  // Base our fonts on the workbook's default font so the result sheets look native (宋体, 等线, Calibri…).
  const baseFont = childElements(childElements(root, 'fonts')[0] ?? root, 'font')[0];
  const val = (name: string) => (baseFont ? childElements(baseFont, name)[0]?.getAttribute('val') : null) || null;
  const baseName = val('name') ?? '等线';
  const baseSize = Number(val('sz') ?? 11) || 11;
  const font = (extra: Spec[], size: number): Spec =>
    ['font', {}, [...extra, ['sz', { val: String(size) }], ['name', { val: baseName }], ['family', { val: '2' }]]];
  const bold: Spec = ['b'];
  const first = appendTo(root, 'fonts', [
    font([bold], baseSize + 5), // title
    font([bold], baseSize + 1), // caption
    font([bold], baseSize), // header
    font([['u'], ['color', { rgb: 'FF0563C1' }]], baseSize), // hyperlink
  ]);
  const fontId = { title: first, caption: first + 1, header: first + 2, link: first + 3 };

  // Custom number formats: reuse an existing id with the same code, else take the next free id >= 164.
  const existing = childElements(childElements(root, 'numFmts')[0] ?? root, 'numFmt').map((f) => ({
    id: Number(f.getAttribute('numFmtId')) || 0, code: f.getAttribute('formatCode'),
  }));
  let nextId = Math.max(163, ...existing.map((f) => f.id)) + 1;
  const fmtId: Partial<Record<ColumnFormat, number>> = {};
  const newFmts: Spec[] = [];
  for (const [fmt, def] of Object.entries(FORMATS) as Array<[ColumnFormat, (typeof FORMATS)[ColumnFormat]]>) {
    if (def.builtin !== undefined) {
      fmtId[fmt] = def.builtin;
      continue;
    }
    const found = existing.find((f) => f.code === def.code);
    if (found) fmtId[fmt] = found.id;
    else {
      fmtId[fmt] = nextId;
      newFmts.push(['numFmt', { numFmtId: String(nextId), formatCode: def.code ?? 'General' }]);
      nextId++;
    }
  }
  if (newFmts.length) appendTo(root, 'numFmts', newFmts);

  // Table cells get a thin border: LibreOffice and WPS print no table-style lines.
  const thin = (side: string): Spec => [side, { style: 'thin' }, [['color', { auto: '1' }]]];
  const ruled = appendTo(root, 'borders', [['border', {}, [thin('left'), thin('right'), thin('top'), thin('bottom'), ['diagonal']]]]);

  const xfTag = (numFmt: number, font: number, border: number, alignment?: Spec): Spec => [
    'xf',
    {
      numFmtId: String(numFmt), fontId: String(font), fillId: '0', borderId: String(border), xfId: '0',
      ...(numFmt ? { applyNumberFormat: '1' } : {}), ...(font ? { applyFont: '1' } : {}), ...(border ? { applyBorder: '1' } : {}),
      ...(alignment ? { applyAlignment: '1' } : {}),
    },
    alignment ? [alignment] : [],
  ];
  const align = (h: string, wrap = false): Spec => ['alignment', { horizontal: h, vertical: 'center', ...(wrap ? { wrapText: '1' } : {}) }];
  const keys: StyleKey[] = ['title', 'titleCenter', 'caption', 'header', 'headerRight', 'link', 'note', 'noteWrap', 'wrap', 'text', 'int', 'decimal', 'yuan', 'percent', 'date'];
  const items = keys.map((k) => {
    // titles, captions, headers and links are text ('@'), as the add-in writes them
    const text = fmtId.text ?? 0;
    if (k === 'title' || k === 'caption') return xfTag(text, fontId[k], 0);
    if (k === 'titleCenter') return xfTag(text, fontId.title, 0, align('center'));
    if (k === 'note') return xfTag(text, 0, 0);
    if (k === 'noteWrap') return xfTag(text, 0, 0, ['alignment', { vertical: 'top', wrapText: '1' }]);
    if (k === 'link') return xfTag(text, fontId.link, ruled);
    if (k === 'header') return xfTag(text, fontId.header, ruled, align('left', true));
    if (k === 'headerRight') return xfTag(text, fontId.header, ruled, align('right', true));
    if (k === 'wrap') return xfTag(text, 0, ruled, ['alignment', { vertical: 'top', wrapText: '1' }]);
    return xfTag(fmtId[k] ?? 0, 0, ruled);
  });
  const firstXf = appendTo(root, 'cellXfs', items);
  const xf = Object.fromEntries(keys.map((k, i) => [k, firstXf + i])) as Record<StyleKey, number>;
  return { xml: serializePart(doc), xf };
}
