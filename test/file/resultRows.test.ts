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
