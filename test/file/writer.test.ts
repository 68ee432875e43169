import { MARKER_SHEET } from '../../src/core';
import type { OutputSheet } from '../../src/core/types';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive } from '../../src/file/zip';
import { loadExcelJS, rankingSheet, xlsxOf } from './helpers';

const ledger = () =>
  xlsxOf((wb) => {
    const ws = wb.addWorksheet('2026年7月');
    ws.mergeCells('A1:C1');
    ws.getCell('A1').value = '台账';
    ws.addRow(['标题', '作者', '刊发日期']);
    ws.addRow(['稿件一', '张三', new Date(Date.UTC(2026, 6, 5))]);
  });

async function run(original: Uint8Array, outputs: OutputSheet[]) {
  return writeResults(original, await readXlsx(original), outputs);
}

describe('writeResults', () => {
  it('adds result sheets as Excel tables with formats, links, frozen header and print setup', async () => {
    const { data, written } = await run(await ledger(), [rankingSheet()]);
    expect(written).toEqual([{ intended: '排名-2026Q3', actual: '排名-2026Q3' }]);
    const wb = await loadExcelJS(data);
    const ws = wb.getWorksheet('排名-2026Q3')!;
    expect(ws.getCell('A1').value).toBe('通讯员排名 排名-2026Q3');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.getCell('A1').font.size).toBeGreaterThan(11);
    // layoutSheet: title 1, note 2, blank 3, caption 4, header 5, data 6..7
    expect(ws.getCell('A4').value).toBe('通讯员');
    expect(ws.getRow(5).values).toEqual([undefined, '姓名', '积分', '稿酬（元）', '完成率', '刊发日期', '篇数', '位置']);
    expect(ws.getCell('B6').numFmt).toBe('0.00');
    expect(ws.getCell('C6').numFmt).toBe('#,##0.00');
    expect(ws.getCell('D6').numFmt).toBe('0.0%');
    expect(ws.getCell('E6').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('E6').value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(ws.getCell('F6').numFmt).toBe('0');
    // text that looks like a formula stays text
    expect(ws.getCell('A7').value).toBe('=SUM(A1:A2)');
    expect(ws.getCell('A7').formula).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1, fitToPage: true }); // narrow columns: portrait
    expect(ws.headerFooter.oddHeader).toContain('通讯员排名');
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  it('writes both tables (an empty one keeps one blank data row) and the internal hyperlink', async () => {
    const { data } = await run(await ledger(), [rankingSheet()]);
    const zip = new ZipArchive(data);
    const text = async (p: string) => new TextDecoder().decode(await zip.read(zip.find(p)!));
    const tables = zip.names().filter((n) => n.startsWith('xl/tables/'));
    const xml = await Promise.all(tables.map(text));
    expect(xml.some((t) => t.includes('name="Ranking_People"') && t.includes('ref="A5:G7"'))).toBe(true);
    expect(xml.some((t) => t.includes('name="Ranking_Empty"') && t.includes('ref="A10:A11"'))).toBe(true);
    const wbRead = await readXlsx(data);
    const sheet = wbRead.sheets.find((s) => s.name === '排名-2026Q3')!;
    expect(sheet.tables?.map((t) => t.name)).toEqual(['Ranking_People', 'Ranking_Empty']);
    const sheetPart = zip.names().find((n) => /worksheets\/sheet2\.xml$/.test(n))!;
    expect(await text(sheetPart)).toContain(`<hyperlink ref="G6" location="'2026年7月'!B5"`);
  });

  it('keeps original sheets byte-identical and records owned sheets in a very hidden marker sheet', async () => {
    const original = await ledger();
    const { data } = await run(original, [rankingSheet()]);
    const before = new ZipArchive(original).find('xl/worksheets/sheet1.xml')!;
    const after = new ZipArchive(data).find('xl/worksheets/sheet1.xml')!;
    expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
    const wb = await readXlsx(data);
    expect(wb.sheets[0]).toEqual((await readXlsx(original)).sheets[0]);
    const marker = wb.sheets.find((s) => s.name === MARKER_SHEET)!;
    expect(marker.hidden).toBe(true);
    expect(marker.rows.slice(1)).toEqual([['排名-2026Q3']]);
    expect((await loadExcelJS(data)).getWorksheet(MARKER_SHEET)!.state).toBe('veryHidden');
  });

  it('never overwrites a user sheet with the same name; re-running replaces only its own sheets', async () => {
    const original = await xlsxOf((wb) => {
      wb.addWorksheet('台账').addRow(['标题']);
      wb.addWorksheet('排名-2026Q3').getCell('A1').value = '我自己的表';
    });
    const first = await run(original, [rankingSheet()]);
    expect(first.written).toEqual([{ intended: '排名-2026Q3', actual: '排名-2026Q3(2)' }]);
    const second = await run(first.data, [rankingSheet('排名-2026Q3', '李四')]);
    expect(second.written).toEqual([{ intended: '排名-2026Q3', actual: '排名-2026Q3(2)' }]);
    const wb = await readXlsx(second.data);
    expect(wb.sheets.map((s) => s.name)).toEqual(['台账', '排名-2026Q3', '排名-2026Q3(2)', MARKER_SHEET]);
    expect(wb.sheets[1].rows).toEqual([['我自己的表']]);
    expect(wb.sheets[2].rows[5][0]).toBe('李四');
    // the replaced sheet's old tables are gone; names stay unique
    expect(new ZipArchive(second.data).names().filter((n) => n.startsWith('xl/tables/'))).toHaveLength(2);
    expect((await loadExcelJS(second.data)).worksheets).toHaveLength(4);
  });

  it('updates the payout history in place and never overwrites settings sheets', async () => {
    const original = await xlsxOf((wb) => {
      wb.addWorksheet('台账').addRow(['标题']);
      wb.addWorksheet('稿酬发放记录').addRow(['发放季度', '标题']);
      wb.addWorksheet('通讯员名单').addRow(['姓名']);
    });
    const payouts: OutputSheet = { ...rankingSheet('稿酬发放记录'), kind: 'payouts', title: '稿酬发放记录' };
    const roster: OutputSheet = { ...rankingSheet('通讯员名单'), kind: 'settings' };
    const rules: OutputSheet = { ...rankingSheet('统计规则'), kind: 'settings' };
    const { data, written, skipped } = await run(original, [payouts, roster, rules]);
    expect(skipped).toEqual(['通讯员名单']);
    expect(written.map((w) => w.actual)).toEqual(['稿酬发放记录', '统计规则']);
    const wb = await readXlsx(data);
    expect(wb.sheets.map((s) => s.name)).toEqual(['台账', '稿酬发放记录', '通讯员名单', '统计规则', MARKER_SHEET]);
    expect(wb.sheets[1].rows[0]).toEqual(['稿酬发放记录']);
    expect(wb.sheets[2].rows).toEqual([['姓名']]);
  });
});
