// Appends the few cell styles the result sheets need to the workbook's own styles.xml, leaving every
// existing style index untouched (original sheets keep referring to the same xf entries).
import { FORMAT_CODES } from '../core';
import type { ColumnFormat } from '../core/types';
import { escapeXml, findTags } from './xml';

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

/** Count the children named `child` in a collection's inner XML (e.g. <font> in <fonts>); collections
 *  never nest their own item element, so counting start tags is exact. */
function countChildren(inner: string, prefix: string, child: string): number {
  return inner.match(new RegExp(`<${prefix}${child}(?=[\\s/>])`, 'g'))?.length ?? 0;
}

interface Collection {
  xml: string;
  count: number;
}

/** Append items to a collection element (<fonts>, <cellXfs>…), creating it before `before` if missing. */
function appendTo(styles: string, prefix: string, name: string, child: string, items: string[], before: string[]): Collection {
  const open = new RegExp(`<${prefix}${name}(\\s[^>]*)?>`);
  const m = open.exec(styles);
  if (!m) {
    const block = `<${prefix}${name} count="${items.length}">${items.join('')}</${prefix}${name}>`;
    for (const b of before) {
      const at = styles.search(new RegExp(`<${prefix}${b}[\\s/>]`));
      if (at >= 0) return { xml: styles.slice(0, at) + block + styles.slice(at), count: 0 };
    }
    const end = styles.lastIndexOf(`</${prefix}styleSheet>`);
    return { xml: styles.slice(0, end) + block + styles.slice(end), count: 0 };
  }
  const close = `</${prefix}${name}>`;
  const closeAt = styles.indexOf(close, m.index);
  const inner = styles.slice(m.index + m[0].length, closeAt);
  const count = countChildren(inner, prefix, child);
  let openTag = m[0].replace(/\scount="\d*"/, '');
  openTag = openTag.replace(/>$/, ` count="${count + items.length}">`);
  const xml = styles.slice(0, m.index) + openTag + inner + items.join('') + styles.slice(closeAt);
  return { xml, count };
}

/** Prefix of the root element (e.g. 'x:' when the part is written as <x:styleSheet>). */
function rootPrefix(styles: string): string {
  return /<(\w+:)?styleSheet[\s>]/.exec(styles)?.[1] ?? '';
}

export interface AddedStyles {
  xml: string;
  xf: Record<StyleKey, number>;
}

/** Add our fonts, number formats and cell formats; returns the new styles.xml and the xf index per key. */
export function addResultStyles(stylesXml: string | null): AddedStyles {
  let xml = stylesXml ?? MINIMAL_STYLES;
  const p = rootPrefix(xml);
  // Base our fonts on the workbook's default font so the result sheets look native (宋体, 等线, Calibri…).
  const fontsBlock = new RegExp(`<${p}fonts\\b[^>]*>([\\s\\S]*?)</${p}fonts>`).exec(xml)?.[1] ?? '';
  const baseName = findTags(fontsBlock, 'name')[0]?.val ?? '等线';
  const baseSize = Number(findTags(fontsBlock, 'sz')[0]?.val ?? 11) || 11;
  const font = (extra: string, size: number) =>
    `<${p}font>${extra}<${p}sz val="${size}"/><${p}name val="${escapeXml(baseName)}"/><${p}family val="2"/></${p}font>`;
  const fonts = appendTo(xml, p, 'fonts', 'font', [
    font(`<${p}b/>`, baseSize + 5), // title
    font(`<${p}b/>`, baseSize + 1), // caption
    font(`<${p}b/>`, baseSize), // header
    font(`<${p}u/><${p}color rgb="FF0563C1"/>`, baseSize), // hyperlink
  ], ['fills', 'borders', 'cellStyleXfs', 'cellXfs']);
  xml = fonts.xml;
  const fontId = { title: fonts.count, caption: fonts.count + 1, header: fonts.count + 2, link: fonts.count + 3 };

  // Custom number formats: reuse an existing id with the same code, else take the next free id >= 164.
  const existing = findTags(xml, 'numFmt');
  let nextId = Math.max(163, ...existing.map((f) => Number(f.numFmtId) || 0)) + 1;
  const fmtId: Partial<Record<ColumnFormat, number>> = {};
  const newFmts: string[] = [];
  for (const [fmt, def] of Object.entries(FORMATS) as Array<[ColumnFormat, (typeof FORMATS)[ColumnFormat]]>) {
    if (def.builtin !== undefined) {
      fmtId[fmt] = def.builtin;
      continue;
    }
    const found = existing.find((f) => f.formatCode === def.code);
    if (found) fmtId[fmt] = Number(found.numFmtId);
    else {
      fmtId[fmt] = nextId;
      newFmts.push(`<${p}numFmt numFmtId="${nextId}" formatCode="${escapeXml(def.code ?? 'General')}"/>`);
      nextId++;
    }
  }
  if (newFmts.length) xml = appendTo(xml, p, 'numFmts', 'numFmt', newFmts, ['fonts']).xml;

  // Table cells get a thin border: LibreOffice and WPS print no table-style lines.
  const thin = (side: string) => `<${p}${side} style="thin"><${p}color auto="1"/></${p}${side}>`;
  const borders = appendTo(xml, p, 'borders', 'border', [
    `<${p}border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<${p}diagonal/></${p}border>`,
  ], ['cellStyleXfs', 'cellXfs']);
  xml = borders.xml;
  const ruled = borders.count;

  const xfTag = (numFmt: number, font: number, border: number, extra = '') =>
    `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="${border}" xfId="0"` +
    `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${border ? ' applyBorder="1"' : ''}` +
    `${extra ? ` applyAlignment="1">${extra}</${p}xf>` : '/>'}`;
  const align = (h: string, wrap = false) => `<${p}alignment horizontal="${h}" vertical="center"${wrap ? ' wrapText="1"' : ''}/>`;
  const keys: StyleKey[] = ['title', 'titleCenter', 'caption', 'header', 'headerRight', 'link', 'note', 'noteWrap', 'wrap', 'text', 'int', 'decimal', 'yuan', 'percent', 'date'];
  const items = keys.map((k) => {
    // titles, captions, headers and links are text ('@'), as the add-in writes them
    const text = fmtId.text ?? 0;
    if (k === 'title' || k === 'caption') return xfTag(text, fontId[k], 0);
    if (k === 'titleCenter') return xfTag(text, fontId.title, 0, align('center'));
    if (k === 'note') return xfTag(text, 0, 0);
    if (k === 'noteWrap') return xfTag(text, 0, 0, `<${p}alignment vertical="top" wrapText="1"/>`);
    if (k === 'link') return xfTag(text, fontId.link, ruled);
    if (k === 'header') return xfTag(text, fontId.header, ruled, align('left', true));
    if (k === 'headerRight') return xfTag(text, fontId.header, ruled, align('right', true));
    if (k === 'wrap') return xfTag(text, 0, ruled, `<${p}alignment vertical="top" wrapText="1"/>`);
    return xfTag(fmtId[k] ?? 0, 0, ruled);
  });
  const xfs = appendTo(xml, p, 'cellXfs', 'xf', items, ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']);
  const xf = Object.fromEntries(keys.map((k, i) => [k, xfs.count + i])) as Record<StyleKey, number>;
  return { xml: xfs.xml, xf };
}
