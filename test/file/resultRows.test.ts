// Result rows written as bytes with per-column caches: texts repeated down a column, more distinct texts
// than the cache keeps, date texts (and a text that is not a date) in a date column, empty cells, decimals,
// negative numbers and links all read back in ExcelJS as the rows say, and the string table's count
// attribute still counts every shared-string cell.
import type { OutputSheet } from '../../src/core/types';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { loadExcelJS, xlsxOf } from './helpers';

const ROWS = 6000;
const names = ['张三', '李四', '王五'];
const day = (i: number) => `2026-0${7 + Math.floor(i / 2500)}-${String(1 + (Math.floor(i / 100) % 28)).padStart(2, '0')}`;

function bigSheet(): OutputSheet {
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `标题${i % 5000}`, // 5000 distinct: more than the per-column cache keeps
    names[Math.floor(i / 7) % 3],
    i === 17 ? '待定' : day(i),
    i % 3 ? (i - 3000) * 1.05 : (i - 3000) / 100,
    i % 5 ? null : '',
    i % 4 ? (i % 1000) / 1000 : null,
    i % 11 ? null : `2026年7月!B${i + 2}`,
  ]);
  return {
    name: '稿酬发放记录', kind: 'payouts', title: '宣传稿件稿酬发放记录', notes: [], charts: [],
    blocks: [{
      caption: '', tableName: 'Payouts',
      columns: [
        { header: '标题', format: 'text', width: 30 }, { header: '姓名', format: 'text', width: 8 },
        { header: '发表日期', format: 'date', width: 12 }, { header: '金额（元）', format: 'yuan', width: 12 },
        { header: '备注', format: 'text', width: 8 }, { header: '比例', format: 'percent', width: 8 },
        { header: '位置', format: 'text', width: 14 },
      ],
      rows,
      links: rows.map((_, i) => (i % 11 ? null : { sheet: '2026年7月', address: `B${i + 2}` })),
    }],
  };
}

async function part(data: Uint8Array, path: string): Promise<string> {
  const zip = new ZipArchive(data);
  return new TextDecoder().decode(await zip.read(zip.find(path)!));
}

it('writes every cell of a big block as its value and counts every shared-string use', async () => {
  const original = await xlsxOf((wb) => {
    const ws = wb.addWorksheet('2026年7月');
    ws.addRow(['标题', '作者']);
    ws.addRow(['标题1', '张三']); // reused from the original's table
  });
  const sheet = bigSheet();
  const { data } = await writeResults(original, await readXlsx(original), [sheet]);

  const ws = (await loadExcelJS(data)).getWorksheet('稿酬发放记录')!;
  let header = 1;
  while (ws.getCell(`A${header}`).value !== '标题' && header < 10) header++;
  expect(ws.getCell(`B${header}`).value).toBe('姓名');
  sheet.blocks[0].rows.forEach((row, i) => {
    const r = header + 1 + i;
    expect(ws.getCell(`A${r}`).value).toBe(row[0]);
    expect(ws.getCell(`B${r}`).value).toBe(row[1]);
    const date = ws.getCell(`C${r}`).value;
    if (i === 17) expect(date).toBe('待定');
    else expect((date as Date).toISOString().slice(0, 10)).toBe(row[2]);
    expect(ws.getCell(`D${r}`).value).toBe(row[3]);
    expect(ws.getCell(`E${r}`).value).toBeNull();
    expect(ws.getCell(`F${r}`).value).toBe(row[5] ?? null);
    expect(ws.getCell(`G${r}`).value).toBe(row[6] ?? null);
  });

  // count = the original's count + one per shared-string cell we wrote (all sheets we added)
  const before = Number(/count="(\d+)"/.exec(await part(original, 'xl/sharedStrings.xml'))![1]);
  const sst = await part(data, 'xl/sharedStrings.xml');
  const zip = new ZipArchive(data);
  const added = zip.names().filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet1.xml');
  const xml = await Promise.all(added.map((n) => part(data, n)));
  const uses = xml.reduce((sum, x) => sum + (x.match(/ t="s"/g)?.length ?? 0), 0);
  expect(uses).toBeGreaterThan(ROWS * 2);
  const sheetXml = xml.find((x) => x.includes('<hyperlinks>'))!;
  expect(sheetXml.match(/<hyperlink /g)).toHaveLength(Math.ceil(ROWS / 11));
  expect(sheetXml).toContain(`<hyperlink ref="G${header + 1 + 11}" location="'2026年7月'!B13" display="2026年7月!B13"/>`);
  expect(Number(/ count="(\d+)"/.exec(sst)![1])).toBe(before + uses);
  expect(Number(/uniqueCount="(\d+)"/.exec(sst)![1])).toBe(sst.match(/<si>/g)!.length);
  expect(sst.match(/<si><t[^>]*>标题1<\/t><\/si>/g)).toHaveLength(1); // reused, not appended again
});

it('writes runs of many distinct texts, linked and unlinked cells of the same text, and skipped numbers cell by cell', async () => {
  const n = 3000;
  const rows = Array.from({ length: n }, (_, i) => [
    `作者${Math.floor(i / 3)}`, // a thousand distinct texts in runs of three: kept as the cell above, not per text
    `2026年7月!B${Math.floor(i / 2)}`, // the same text in two rows, linked in the first only
    i % 7 === 3 ? NaN : i % 5 === 0 ? -0 : (i % 13) * 1.5, // repeated numbers, -0, and cells with nothing to write
  ]);
  const sheet: OutputSheet = {
    name: '校验', kind: 'validation', title: '校验', notes: [], charts: [],
    blocks: [{
      caption: '', tableName: 'Checks',
      columns: [{ header: '姓名', format: 'text', width: 8 }, { header: '位置', format: 'text', width: 14 }, { header: '数值', format: 'decimal', width: 8 }],
      rows,
      links: rows.map((_, i) => (i % 2 ? null : { sheet: '2026年7月', address: `B${Math.floor(i / 2)}` })),
    }],
  };
  const original = await xlsxOf((wb) => wb.addWorksheet('2026年7月').addRow(['标题']));
  const { data } = await writeResults(original, await readXlsx(original), [sheet]);

  const ws = (await loadExcelJS(data)).getWorksheet('校验')!;
  let header = 1;
  while (ws.getCell(`A${header}`).value !== '姓名' && header < 10) header++;
  rows.forEach((row, i) => {
    const r = header + 1 + i;
    expect(ws.getCell(`A${r}`).value).toBe(row[0]);
    expect(ws.getCell(`B${r}`).value).toBe(row[1]);
    expect(ws.getCell(`C${r}`).value).toBe(Number.isNaN(row[2]) ? null : Math.abs(row[2] as number));
  });

  const zip = new ZipArchive(data);
  const xml = (await Promise.all(zip.names().filter((p) => /worksheets\/sheet\d+\.xml$/.test(p)).map((p) => part(data, p))))
    .find((x) => x.includes('<hyperlinks>'))!;
  // a linked cell has the link style, the unlinked cell of the same text below it the column's own
  const styleOf = (ref: string) => new RegExp(`<c r="${ref}" s="(\\d+)" t="s">`).exec(xml)?.[1];
  const linked = new Set(rows.map((_, i) => (i % 2 ? null : styleOf(`B${header + 1 + i}`))).filter((s) => s !== null));
  const plain = new Set(rows.map((_, i) => (i % 2 ? styleOf(`B${header + 1 + i}`) : null)).filter((s) => s !== null));
  expect(linked.size).toBe(1);
  expect(plain.size).toBe(1);
  expect(linked).not.toEqual(plain);
  expect(xml.match(/<hyperlink /g)).toHaveLength(n / 2);
  expect(xml).not.toMatch(/<c r="C\d+"[^>]*\/>/); // a skipped number leaves no cell behind
  const dataCells = (xml.match(/<c r="C\d+"/g) ?? []).filter((c) => Number(c.slice(7, -1)) > header);
  expect(dataCells).toHaveLength(rows.filter((r) => !Number.isNaN(r[2])).length);
});
