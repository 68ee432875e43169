import { readXlsx } from '../../src/file';
import { xlsxOf } from './helpers';

describe('readXlsx', () => {
  let data: Uint8Array;
  beforeAll(async () => {
    data = await xlsxOf((wb) => {
      const ws = wb.addWorksheet('2026年7月');
      ws.mergeCells('A1:E1');
      ws.getCell('A1').value = '青山县人大常委会2026年宣传稿件登记台账';
      ws.getRow(2).values = ['序号', '标题', '作者', '日期', '级别'];
      ws.getRow(3).values = [1, '=不是公式', '张三\n李四', new Date(Date.UTC(2026, 6, 5)), { formula: 'NA()', result: { error: '#N/A' } } as never];
      ws.getRow(4).values = [2, { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] } as never,
        { text: '链接文字', hyperlink: 'https://example.invalid' } as never, 46208, { formula: '1+1', result: 2 } as never];
      ws.getCell('G10').value = true;
      ws.addTable({ name: 'Ledger7', ref: 'A12', columns: [{ name: '甲' }, { name: '乙' }], rows: [[1, 2], [3, 4]] });
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'veryHidden';
      hidden.getCell('B2').value = 'x';
    });
  });

  it('reads values, dates, formula results, rich text, hyperlinks and errors', async () => {
    const wb = await readXlsx(data);
    const s = wb.sheets[0];
    expect(s.name).toBe('2026年7月');
    expect(s.rows[0][0]).toBe('青山县人大常委会2026年宣传稿件登记台账');
    expect(s.rows[1]).toEqual(['序号', '标题', '作者', '日期', '级别']);
    expect(s.rows[2].slice(0, 3)).toEqual([1, '=不是公式', '张三\n李四']);
    expect(s.rows[2][3]).toEqual(new Date(Date.UTC(2026, 6, 5)));
    expect(s.rows[2][4]).toEqual({ error: '#N/A' });
    expect(s.rows[3]).toEqual([2, '富文本', '链接文字', 46208, 2]);
    expect(s.rows[9][6]).toBe(true);
    expect(s.rows[4]).toEqual([]); // blank rows are present, so rows[r] is Excel row r+1
  });

  it('reads merges, tables and the hidden state', async () => {
    const wb = await readXlsx(data);
    expect(wb.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(wb.sheets[0].tables).toEqual([{ name: 'Ledger7', top: 11, left: 0, bottom: 13, right: 1 }]);
    expect(wb.sheets[0].hidden).toBeUndefined();
    expect(wb.sheets[1]).toMatchObject({ name: '隐藏', hidden: true });
    expect(wb.sheets[1].rows[1]).toEqual([null, 'x']);
  });

  it('accepts an ArrayBuffer as the browser hands it over', async () => {
    const copy = data.slice().buffer;
    const wb = await readXlsx(copy);
    expect(wb.sheets.map((s) => s.name)).toEqual(['2026年7月', '隐藏']);
  });
});
