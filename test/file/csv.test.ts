import ExcelJS from 'exceljs';
import { readXlsx, workbookBytes } from '../../src/file';
import { decodeCsvText, parseCsv } from '../../src/file/csv';
import { CSV_TEXT as TEXT, GBK_HEX } from './csvText';

const gbk = Uint8Array.from(Buffer.from(GBK_HEX, 'hex'));
const utf8 = new TextEncoder().encode(TEXT);
const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);

describe('CSV ledgers', () => {
  it('decodes UTF-8 with and without BOM, and GBK', () => {
    expect(decodeCsvText(utf8)).toBe(TEXT);
    expect(decodeCsvText(bom)).toBe(TEXT);
    expect(decodeCsvText(gbk)).toBe(TEXT);
  });

  it('parses quoted fields, doubled quotes, CRLF and LF, and tabs', () => {
    expect(parseCsv('a,"b ""c"", d"\n"x\ny",\r\nlast')).toEqual([['a', 'b "c", d'], ['x\ny', ''], ['last']]);
    expect(parseCsv('标题\t作者\n甲\t张三\n')).toEqual([['标题', '作者'], ['甲', '张三']]);
  });

  it.each([['UTF-8', utf8], ['UTF-8 BOM', bom], ['GBK', gbk]])('%s: a one-sheet workbook that ExcelJS and our reader agree on', async (_n, bytes) => {
    const xlsx = workbookBytes(bytes, '台账.csv');
    const ours = await readXlsx(xlsx);
    expect(ours.sheets.map((s) => s.name)).toEqual(['台账']);
    expect(ours.sheets[0].rows[1]).toEqual(['稿件，甲', '张三', '城关镇', '人民日报', '国家级', '2026-07-01']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('台账')!.getRow(3).values).toEqual([undefined, '稿件乙', '李四', '办公室', '河北日报', '省级', '2026-08-03']);
  });

  it('a .csv holding a web page is refused without suggesting the .csv name it already has', () => {
    const html = new TextEncoder().encode('<html><body><table><tr><td>标题</td></tr></table></body></html>');
    expect(() => workbookBytes(html, '台账.csv')).toThrow(/内容不是逗号或制表符分隔的表格.*另存为” Excel 工作簿（\.xlsx）/);
    expect(() => workbookBytes(html, '台账.csv')).not.toThrow(/请使用 \.csv 扩展名/);
  });

  it('leaves other files alone: only .csv/.tsv/.txt text is converted', () => {
    expect(workbookBytes(utf8, '台账.xlsx')).toBe(utf8);
  });
});
