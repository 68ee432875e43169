// Result cells point at the original's shared strings when the same plain text is already there, so the
// string table does not grow by a copy of the ledger's titles; rich-text items keep their formatting and
// are never reused; every value still reads back the same in ExcelJS.
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { loadExcelJS, rankingSheet, xlsxOf } from './helpers';

const ledger = () =>
  xlsxOf((wb) => {
    const ws = wb.addWorksheet('2026年7月');
    ws.addRow(['标题', '作者']);
    ws.addRow(['稿件一', '张三']);
    ws.addRow(['稿件二', { richText: [{ font: { bold: true }, text: '李四' }] }]);
  });

async function sst(data: Uint8Array): Promise<string[]> {
  const zip = new ZipArchive(data);
  const xml = new TextDecoder().decode(await zip.read(zip.find('xl/sharedStrings.xml')!));
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

describe('shared strings of the original are reused', () => {
  it('appends only texts the table does not hold as plain items', async () => {
    const original = await ledger();
    const before = await sst(original);
    const { data } = await writeResults(original, await readXlsx(original), [rankingSheet('排名-2026Q3', '张三')]);
    const after = await sst(data);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added).not.toContain('张三'); // plain item of the ledger: reused
    expect(added).toContain('通讯员'); // new text: appended once
    expect(after.filter((t) => t === '张三')).toHaveLength(1);
    const ws = (await loadExcelJS(data)).getWorksheet('排名-2026Q3')!;
    expect(ws.getCell('A6').value).toBe('张三');
    expect(ws.getCell('A6').font?.bold).toBeFalsy();
  });

  it('does not point at a rich-text item, whose runs would carry their formatting', async () => {
    const original = await ledger();
    const before = await sst(original);
    const { data } = await writeResults(original, await readXlsx(original), [rankingSheet('排名-2026Q3', '李四')]);
    expect((await sst(data)).slice(before.length)).toContain('李四');
    const ws = (await loadExcelJS(data)).getWorksheet('排名-2026Q3')!;
    expect(ws.getCell('A6').value).toBe('李四'); // a plain string, not the ledger's rich text
  });

  it('appends everything when the workbook data was not read from this file', async () => {
    const original = await ledger();
    const other = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['张三', '另一个']));
    const before = await sst(original);
    const { data } = await writeResults(original, await readXlsx(other), [rankingSheet('排名-2026Q3', '张三')]);
    expect((await sst(data)).slice(before.length)).toContain('张三');
    expect((await loadExcelJS(data)).getWorksheet('排名-2026Q3')!.getCell('A6').value).toBe('张三');
  });
});
