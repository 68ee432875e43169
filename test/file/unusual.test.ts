// Workbooks written by other tools: namespace prefixes, no cell references, inline strings, no shared
// strings or styles part, 1904 dates.
import JSZip from 'jszip';
import { readXlsx, writeResults } from '../../src/file';
import { rankingSheet } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function minimalWorkbook(sheetXml: string, workbookPr = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}">${workbookPr}<x:sheets><x:sheet name="台账" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

it('reads prefixed markup without cell references', async () => {
  const data = await minimalWorkbook(
    `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
    '<x:row><x:c t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c><x:c/><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> 作者 &amp; 单位</x:t></x:is></x:c></x:row>' +
    '<x:row r="3"><x:c><x:v>42</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
    '</x:sheetData></x:worksheet>',
  );
  const wb = await readXlsx(data);
  expect(wb.sheets[0].rows).toEqual([['标题', null, ' 作者 & 单位'], [], [42, true]]);
});

it('skips empty cells without references in unprefixed markup too', async () => {
  const data = await minimalWorkbook(
    `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c s="1"/><c><v>2</v></c></row></sheetData></worksheet>`,
  );
  expect((await readXlsx(data)).sheets[0].rows).toEqual([['a', null, 2]]);
});

it('adds styles and shared strings parts when the workbook has none', async () => {
  const original = await minimalWorkbook(
    `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>标题</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  );
  const { data } = await writeResults(original, await readXlsx(original), [rankingSheet()]);
  const back = await readXlsx(data);
  expect(back.sheets.map((s) => s.name)).toEqual(['台账', '排名-2026Q3', '_宣传统计_owned']);
  // the date column reads back as a Date: the new styles part is wired up (rels and content types)
  expect(back.sheets[1].rows[5].slice(0, 5)).toEqual(['张三', 12.5, 1234.5, 0.75, new Date(Date.UTC(2026, 6, 1))]);
  const zip = await JSZip.loadAsync(data);
  expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toMatch(/styles\.xml.*sharedStrings\.xml/);
  expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/styles.xml');
});
