// Result cells point at the original's shared strings when the same plain text is already there, so the
// string table does not grow by a copy of the ledger's titles; rich-text items keep their formatting and
// are never reused; every value still reads back the same in ExcelJS.
import { readXlsx, writeResults } from '../../src/file';
import { SharedStringAppender } from '../../src/file/sharedStrings';
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

  it('does not trust a table of the same size with other texts (told apart by the part CRC-32)', async () => {
    const of = (name: string) => xlsxOf((wb) => {
      const ws = wb.addWorksheet('2026年7月');
      ws.addRow(['标题', '作者']);
      ws.addRow(['稿件一', name]);
    });
    const original = await of('张三');
    const other = await of('李四'); // same byte length in UTF-8: a part of the same size
    const zipped = (d: Uint8Array) => new ZipArchive(d).find('xl/sharedStrings.xml')!;
    expect(zipped(other).size).toBe(zipped(original).size);
    const before = await sst(original);
    const { data } = await writeResults(original, await readXlsx(other), [rankingSheet('排名-2026Q3', '李四')]);
    const after = await sst(data);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toContain('李四');
    const ws = (await loadExcelJS(data)).getWorksheet('排名-2026Q3')!;
    expect(ws.getCell('A6').value).toBe('李四');
  });

  it('points a column of titles in table order at the items after the previous one', async () => {
    // items 0-1 are the header, 2-31 the titles in order (a repeated cell is not a new item)
    const titles = Array.from({ length: 30 }, (_, i) => `稿件${i}`);
    const original = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('2026年7月');
      ws.addRow(['标题', '作者']);
      for (const t of titles) ws.addRow([t, '']);
      ws.addRow([titles[5], '']);
    });
    const before = await sst(original);
    expect(before.indexOf(titles[0])).toBe(2);
    expect(before.filter((t) => t === titles[5])).toHaveLength(1);
    const sheet = rankingSheet('排名-2026Q3', '张三');
    sheet.blocks[0].rows = [...titles, titles[5], titles[3], titles[4]].map((t) => [t, 1, 1, 1, null, 1, null]);
    sheet.blocks[0].links = undefined;
    const { data } = await writeResults(original, await readXlsx(original), [sheet]);
    expect((await sst(data)).slice(before.length)).not.toEqual(expect.arrayContaining(titles));
    const ws = (await loadExcelJS(data)).getWorksheet('排名-2026Q3')!;
    let r = 1;
    while (ws.getCell(`A${r}`).value !== titles[0]) r++;
    sheet.blocks[0].rows.forEach((row, i) => expect(ws.getCell(`A${r + i}`).value).toBe(row[0]));
  });

  it('finds by position only what the table-wide lookup finds', () => {
    const texts = ['甲', '乙', '丙', '乙', '丁'];
    const plain = Uint8Array.from([1, 1, 0, 1, 1]);
    const index = new Map<string, number>([['甲', 0], ['乙', 1], ['丁', 4]]);
    const lengths = (list: string[]) => Int32Array.from(list, (t) => t.length);
    const distinctTexts = ['甲', '乙', '丙', '戊', '丁'];
    const distinct = new SharedStringAppender(5, {
      texts: distinctTexts, plain, partSize: 1, partCrc: 0, index: new Map([...index, ['戊', 3]]), distinct: true, lengths: lengths(distinctTexts),
    });
    expect([distinct.indexAfter('乙', 0), distinct.indexAfter('丁', 1), distinct.indexAfter('丙', 1), distinct.indexAfter('甲', 3)]).toEqual([1, 4, 5, 0]);
    // with twins the position is not trusted: 乙 at 3 is a twin of 1
    const twins = new SharedStringAppender(5, { texts, plain, partSize: 1, partCrc: 0, index, distinct: false, lengths: lengths(texts) });
    expect(twins.indexAfter('乙', 2)).toBe(1);
  });
});
