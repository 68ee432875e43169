// Property: grafting result sheets into any plausibly shaped package (random prefixes, namespace
// declarations on the root or on each element, part names, sheet ids, defined names, strict or
// transitional namespaces, BOMs) gives a package whose every XML part parses strictly and whose
// original parts, except the few the writer edits, are byte-identical.
import fc from 'fast-check';
import JSZip from 'jszip';
import { readXlsx, writeResults } from '../../src/file';
import { rankingSheet } from './helpers';
import { changedParts, packageXmlErrors } from './strictXml';

const NS = {
  transitional: { main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' },
  strict: { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' },
};
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
});
type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

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
  zip.file('_rels/.rels', relsRoot(rel('rId1', 'officeDocument', `${s.dir}book.xml`)));
  const sheetTags = sheets.map((sh, k) => `<${p}sheet name="${sh.name}" sheetId="${sh.id}" ${rp}:id="rId${k + 1}"${s.relOnEachSheet ? relDecl : ''}/>`);
  const names = s.definedNames.map((n, k) => `<${p}definedName name="${n}"${n.startsWith('_xlnm') ? ' localSheetId="0" hidden="1"' : ''}>'数据1'!$A$${k + 1}</${p}definedName>`);
  zip.file(`${s.dir}book.xml`,
    `${bom}<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${mainDecl}${s.relOnEachSheet ? '' : relDecl}><${p}sheets>${sheetTags.join('')}</${p}sheets>` +
    `${names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : ''}</${p}workbook>`);
  zip.file(`${s.dir}_rels/book.xml.rels`, relsRoot(sheets.map((sh, k) => rel(`rId${k + 1}`, 'worksheet', `worksheets/${sh.file}`)).join('')));
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
      const edited = new RegExp(`^(\\[Content_Types\\]\\.xml|${shape.dir}book\\.xml|${shape.dir}_rels/book\\.xml\\.rels)$`);
      expect(await changedParts(original, data, edited)).toEqual([]);
      const back = await readXlsx(data);
      expect(back.sheets.map((sh) => sh.name)).toEqual([...wb.sheets.map((sh) => sh.name), '排名-2026Q3', '_宣传统计_owned']);
      expect(back.sheets[wb.sheets.length].rows.flat()).toContain('张三');
    }),
    { numRuns: 40 },
  );
}, 60000);
