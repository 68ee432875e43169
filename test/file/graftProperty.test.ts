// Property: grafting result sheets into any plausibly shaped package (random prefixes, namespace
// declarations on the root or on each element, part names, sheet ids, defined names, strict or
// transitional namespaces, BOMs) gives a package whose every XML part parses strictly and whose
// original parts, except the few the writer edits, are byte-identical.
import fc from 'fast-check';
import JSZip from 'jszip';
import { readXlsx, writeResults } from '../../src/file';
import { rankingSheet } from './helpers';
import { changedParts, outline, packageXmlErrors, type OutlineElement } from './strictXml';

const NS = {
  transitional: {
    main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    app: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', appRel: 'extended-properties',
    vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  },
  strict: {
    main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
    app: 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties', appRel: 'extendedProperties',
    vt: 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes',
  },
};
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const prefix = fc.constantFrom('', 'x', 'ss', 'main', 'r');
const relPrefix = fc.constantFrom('r', 'rel', 'R1', 'x');
const shapeArb = fc.record({
  strict: fc.boolean(),
  mainPrefix: prefix,
  relPrefix,
  relOnEachSheet: fc.boolean(),
  dir: fc.constantFrom('xl/', 'workbook/', 'xl/sub/'),
  sheetStem: fc.constantFrom('sheet', 'Sheet', 'ws_', '表'),
  sheetIds: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
  definedNames: fc.array(fc.constantFrom('Print_Area', '_xlnm._FilterDatabase', 'Rates', '表1'), { maxLength: 3 }),
  bom: fc.boolean(),
  relsPrefix: fc.constantFrom('', 'pr'),
  /** Excel's extras around <sheets>: mc:Ignorable, mc:AlternateContent, calcPr, extLst */
  mcPrefix: fc.constantFrom(null, 'mc', 'compat'),
  /** docProps/app.xml with its vt: prefix (null: no app.xml) */
  vtPrefix: fc.constantFrom(null, 'vt', 'v'),
  /** xl/styles.xml: none (the writer creates it), or as Excel writes it with or without <numFmts> */
  styles: fc.constantFrom(null, 'plain', 'numFmts'),
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

/** docProps/app.xml as Excel writes it: a worksheet group and a named-range group. */
function appXml(s: Shape, sheetNames: string[]): string {
  const ns = s.strict ? NS.strict : NS.transitional;
  const v = s.vtPrefix;
  const item = (tag: string, text: string | number) => `<${v}:${tag}>${text}</${v}:${tag}>`;
  const variant = (tag: string, text: string | number) => `<${v}:variant>${item(tag, text)}</${v}:variant>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${ns.app}" xmlns:${v}="${ns.vt}"><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><${v}:vector size="4" baseType="variant">${variant('lpstr', '工作表')}${variant('i4', sheetNames.length)}${variant('lpstr', '命名范围')}${variant('i4', 1)}</${v}:vector></HeadingPairs>` +
    `<TitlesOfParts><${v}:vector size="${sheetNames.length + 1}" baseType="lpstr">${[...sheetNames, 'Rates'].map((n) => item('lpstr', n)).join('')}</${v}:vector></TitlesOfParts></Properties>`;
}

/** styles.xml as Excel writes it (x14ac attributes under mc:Ignorable, dxfs, tableStyles, extLst). */
function stylesXml(s: Shape): string {
  const ns = s.strict ? NS.strict : NS.transitional;
  const p = s.mainPrefix ? `${s.mainPrefix}:` : '';
  const decl = s.mainPrefix ? `xmlns:${s.mainPrefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const x14ac = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
  const numFmts = s.styles === 'numFmts' ? `<${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></${p}numFmts>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${decl} xmlns:mc="${MC}" mc:Ignorable="x14ac" xmlns:x14ac="${x14ac}">${numFmts}` +
    `<${p}fonts count="1" x14ac:knownFonts="1"><${p}font><${p}sz val="12"/><${p}name val="宋体"/><${p}charset val="134"/></${p}font></${p}fonts>` +
    `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
    `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
    `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
    `<${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs>` +
    `<${p}cellStyles count="1"><${p}cellStyle name="常规" xfId="0" builtinId="0"/></${p}cellStyles><${p}dxfs count="0"/>` +
    `<${p}tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `<${p}extLst><${p}ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF72E7A}"><x14:slicerStyles xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" defaultSlicerStyle="SlicerStyleLight1"/></${p}ext></${p}extLst></${p}styleSheet>`;
}

const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** The written styles.xml: SpreadsheetML in the producer's prefix, schema order, counts right, old entries kept. */
function checkStyles(shape: Shape, before: string | null, after: string): void {
  const ns = shape.strict ? NS.strict : NS.transitional;
  const b = outline(after, 2);
  const top = b.filter((e) => e.depth === 1);
  const order = top.map((e) => STYLE_ORDER.indexOf(e.local));
  expect(order).toEqual([...order].sort((x, y) => x - y));
  expect(order).not.toContain(-1);
  for (const e of b.filter((x) => x.depth <= 2)) {
    expect(e.uri).toBe(ns.main);
    if (before) expect(e.prefix).toBe(shape.mainPrefix); // a part we create is ours: default namespace
  }
  for (const list of top.filter((e) => e.attrs.count !== undefined)) expect(Number(list.attrs.count)).toBe(childrenOf(b, list.local).length);
  if (!before) return;
  const a = outline(before, 2);
  expect(b[0].attrs).toEqual(a[0].attrs);
  for (const list of a.filter((e) => e.depth === 1)) {
    // every existing entry keeps its index (original sheets refer to them)
    const old = childrenOf(a, list.local).map((e) => e.attrs);
    expect(childrenOf(b, list.local).slice(0, old.length).map((e) => e.attrs)).toEqual(old);
  }
  expect(childrenOf(b, 'numFmts').map((e) => Number(e.attrs.numFmtId))).toEqual(expect.arrayContaining(shape.styles === 'numFmts' ? [164] : []));
}

/** The children (one level down) of the first element named `local` at `depth` in an outline. */
function childrenOf(items: OutlineElement[], local: string, depth = 1): OutlineElement[] {
  const at = items.findIndex((e) => e.depth === depth && e.local === local);
  if (at < 0) return [];
  const out: OutlineElement[] = [];
  for (let k = at + 1; k < items.length && items[k].depth > depth; k++) if (items[k].depth === depth + 1) out.push(items[k]);
  return out;
}

/** What the writer must keep of workbook.xml: root attributes, root children order, added names' namespaces. */
function checkWorkbook(shape: Shape, before: string, after: string, added: string[]): void {
  const ns = shape.strict ? NS.strict : NS.transitional;
  const a = outline(before, 2);
  const b = outline(after, 2);
  expect(b[0].attrs).toEqual(a[0].attrs); // mc:Ignorable and friends kept
  const top = (o: OutlineElement[]) => o.filter((e) => e.depth === 1).map((e) => `{${e.uri}}${e.local}`);
  const withoutNames = (list: string[]) => list.filter((e) => !e.endsWith('}definedNames'));
  expect(withoutNames(top(b))).toEqual(withoutNames(top(a))); // AlternateContent, calcPr, extLst in place
  const order = top(b);
  const names = order.indexOf(`{${ns.main}}definedNames`);
  if (names >= 0) expect(order[names - 1]).toBe(`{${ns.main}}sheets`); // schema order: sheets, definedNames, calcPr…
  const sheets = childrenOf(b, 'sheets');
  expect(sheets.map((e) => e.attrs.name)).toEqual([...childrenOf(a, 'sheets').map((e) => e.attrs.name), ...added]);
  for (const e of [...sheets, ...childrenOf(b, 'definedNames')]) {
    // new elements use the producer's own prefix for SpreadsheetML, r:id resolves to the relationships namespace
    expect([e.uri, e.prefix]).toEqual([ns.main, shape.mainPrefix]);
  }
  for (const e of sheets) expect(e.attrs[`{${ns.rel}}id`]).toMatch(/^rId\d+$/);
}

/** app.xml's TitlesOfParts after the write: the sheets as they now are, the named range kept. */
function appTitles(xml: string): string[] {
  return outline(xml, 3).filter((e) => e.depth === 3 && e.local === 'lpstr').map((e) => e.text);
}

async function packageOf(s: Shape): Promise<Uint8Array> {
  const ns = s.strict ? NS.strict : NS.transitional;
  // a rel prefix equal to the main prefix would rebind it; such files cannot exist
  const rp = s.relPrefix === s.mainPrefix ? `${s.relPrefix}2` : s.relPrefix;
  const p = s.mainPrefix ? `${s.mainPrefix}:` : '';
  const mainDecl = s.mainPrefix ? `xmlns:${s.mainPrefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const relDecl = ` xmlns:${rp}="${ns.rel}"`;
  const bom = s.bom ? '\ufeff' : '';
  const q = s.relsPrefix ? `${s.relsPrefix}:` : '';
  const relsRoot = (inner: string) =>
    `${bom}<${q}Relationships ${s.relsPrefix ? `xmlns:${s.relsPrefix}` : 'xmlns'}="${PKG_REL}">${inner}</${q}Relationships>`;
  const rel = (id: string, type: string, target: string) => `<${q}Relationship Id="${id}" Type="${ns.rel}/${type}" Target="${target}"/>`;
  const zip = new JSZip();
  const sheets = s.sheetIds.map((id, k) => ({ id, name: `数据${k + 1}`, file: `${s.sheetStem}${k + 1}.xml` }));
  zip.file('[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/${s.dir}book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((sh) => `<Override PartName="/${s.dir}worksheets/${sh.file}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') + '</Types>');
  zip.file('_rels/.rels', relsRoot(rel('rId1', 'officeDocument', `${s.dir}book.xml`) + (s.vtPrefix ? rel('rId2', ns.appRel, 'docProps/app.xml') : '')));
  if (s.vtPrefix) zip.file('docProps/app.xml', appXml(s, sheets.map((sh) => sh.name)));
  const sheetTags = sheets.map((sh, k) => `<${p}sheet name="${sh.name}" sheetId="${sh.id}" ${rp}:id="rId${k + 1}"${s.relOnEachSheet ? relDecl : ''}/>`);
  const names = s.definedNames.map((n, k) => `<${p}definedName name="${n}"${n.startsWith('_xlnm') ? ' localSheetId="0" hidden="1"' : ''}>'数据1'!$A$${k + 1}</${p}definedName>`);
  const m = s.mcPrefix;
  const mcRoot = m ? ` xmlns:${m}="${MC}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" ${m}:Ignorable="x15"` : '';
  const before = m
    ? `<${p}workbookPr/><${m}:AlternateContent><${m}:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\台账\\"/></${m}:Choice></${m}:AlternateContent>`
    : '';
  const after = m ? `<${p}calcPr calcId="191029"/><${p}extLst><${p}ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></${p}ext></${p}extLst>` : '';
  zip.file(`${s.dir}book.xml`,
    `${bom}<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${mainDecl}${s.relOnEachSheet ? '' : relDecl}${mcRoot}>${before}<${p}sheets>${sheetTags.join('')}</${p}sheets>` +
    `${names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : ''}${after}</${p}workbook>`);
  const stylesRel = s.styles ? rel('rIdS', 'styles', 'styles.xml') : '';
  if (s.styles) zip.file(`${s.dir}styles.xml`, stylesXml(s));
  zip.file(`${s.dir}_rels/book.xml.rels`, relsRoot(sheets.map((sh, k) => rel(`rId${k + 1}`, 'worksheet', `worksheets/${sh.file}`)).join('') + stylesRel));
  for (const sh of sheets) {
    zip.file(`${s.dir}worksheets/${sh.file}`,
      `${bom}<${p}worksheet ${mainDecl}><${p}sheetData><${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>${sh.name}</${p}t></${p}is></${p}c></${p}row></${p}sheetData></${p}worksheet>`);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

it('grafts into randomly shaped packages: strict XML, original parts kept', async () => {
  await fc.assert(
    fc.asyncProperty(shapeArb, async (shape) => {
      const original = await packageOf(shape);
      const wb = await readXlsx(original);
      expect(wb.sheets.map((sh) => sh.rows[0]?.[0])).toEqual(shape.sheetIds.map((_id, k) => `数据${k + 1}`));
      const { data } = await writeResults(original, wb, [rankingSheet()]);
      expect(await packageXmlErrors(data)).toEqual({});
      const edited = new RegExp(`^(\\[Content_Types\\]\\.xml|${shape.dir}(book\\.xml|_rels/book\\.xml\\.rels|styles\\.xml)|docProps/app\\.xml)$`);
      expect(await changedParts(original, data, edited)).toEqual([]);
      const added = ['排名-2026Q3', '_宣传统计_owned'];
      const text = async (bytes: Uint8Array, path: string) => (await JSZip.loadAsync(bytes)).file(path)!.async('string');
      checkWorkbook(shape, await text(original, `${shape.dir}book.xml`), await text(data, `${shape.dir}book.xml`), added);
      checkStyles(shape, shape.styles ? await text(original, `${shape.dir}styles.xml`) : null, await text(data, `${shape.dir}styles.xml`));
      const back = await readXlsx(data);
      expect(back.sheets.map((sh) => sh.name)).toEqual([...wb.sheets.map((sh) => sh.name), ...added]);
      if (shape.vtPrefix) expect(appTitles(await text(data, 'docProps/app.xml'))).toEqual([...back.sheets.map((sh) => sh.name), 'Rates']);
      expect(back.sheets[wb.sheets.length].rows.flat()).toContain('张三');
    }),
    { numRuns: 40 },
  );
}, 60000);
