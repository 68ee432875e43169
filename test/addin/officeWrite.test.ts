import { MARKER_SHEET, type OutputSheet } from '../../src/core';
import { OfficeHostError } from '../../src/addin/office/errors';
import { SLICE_BUDGET_MS } from '../../src/addin/office/batcher';
import { PAYLOAD_LIMIT_BYTES } from '../../src/addin/office/payload';
import { OWNED_PROPERTY, writeSheets } from '../../src/addin/office/write';
import { FakeWorkbook, refAddress } from './fakeExcel';
import { resultSheet } from './fixtures';

function workbookWithLedger(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('1月', [['标题', '作者'], ['稿件', '张三']]);
  return wb;
}

describe('Office shell: writing result sheets', () => {
  it('writes values, text formats, a table, links, a chart, page set-up and marks ownership', async () => {
    const wb = workbookWithLedger();
    const report = await writeSheets(wb.runtime(), [resultSheet('校验-2026Q3', 3)]);
    expect(report.written).toEqual([{ intended: '校验-2026Q3', actual: '校验-2026Q3' }]);
    const s = wb.sheet('校验-2026Q3')!;
    expect(s.get(0, 0)).toBe('校验-2026Q3 标题');
    expect(s.get(1, 0)).toBe('说明：=这不是公式');
    // layout: title 1, note 2, blank 3, caption 4, header 5, data from row 6
    expect(s.read({ top: 4, left: 0, rows: 2, cols: 4 })).toEqual([
      ['位置', '数量', '金额', '说明'],
      ['1月!C3', 0, 0, '=SUM(A1:A3)'],
    ]);
    expect(s.get(5, 3)).toBe('=SUM(A1:A3)'); // text, not a formula
    expect(s.formats[5]).toEqual(['@', '0', '#,##0.00', '@']);
    const table = wb.tables.find((t) => t.sheet === s)!;
    expect(table.name).toBe(resultSheet('校验-2026Q3', 0).blocks[0].tableName);
    expect(table.rect).toEqual({ top: 4, left: 0, rows: 4, cols: 4 });
    expect(s.links.get('A6')).toEqual({ documentReference: "'1月'!C3", textToDisplay: '1月!C3', screenTip: '1月!C3' });
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0].series.map((x) => x.name)).toEqual(['数量', '金额']);
    const series = s.charts[0].series[1];
    expect([refAddress(series.values), refAddress(series.x)]).toEqual(['校验-2026Q3!C6:C8', '校验-2026Q3!A6:A8']);
    expect(s.props).toMatchObject({ freezeRows: 5, printTitleRows: '$5:$5', orientation: 'Portrait', centerHeader: '&"-,Bold"&14 校验-2026Q3 标题' });
    expect(s.props).toMatchObject({ centerFooter: '第 &P 页，共 &N 页', paperSize: 'A4', leftMargin: 36 });
    expect(s.customProperties.get(OWNED_PROPERTY)).toBe('true');
    const marker = wb.sheet(MARKER_SHEET)!;
    expect(marker.visibility).toBe('VeryHidden');
    expect(marker.get(1, 0)).toBe('校验-2026Q3');
    expect(wb.sheets.map((x) => x.name)).toEqual(['1月', '校验-2026Q3', MARKER_SHEET]);
    expect(wb.suspendCalls).toBeGreaterThan(0);
  });

  it('replaces its own sheet on a re-run but never a user sheet of the same name', async () => {
    const wb = workbookWithLedger();
    await writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 2)]);
    wb.addSheet('校验-2026Q3', [['用户自己的表']]);
    await writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 5), resultSheet('校验-2026Q3', 1)]);
    expect(wb.sheets.filter((x) => x.name.startsWith('排名'))).toHaveLength(1);
    expect(wb.sheet('排名-2026Q3')!.get(9, 1)).toBe(4); // the new 5-row version
    expect(wb.sheet('校验-2026Q3')!.get(0, 0)).toBe('用户自己的表');
    expect(wb.sheet('校验-2026Q3(2)')!.get(0, 0)).toBe('校验-2026Q3 标题');
    // the re-run reused the table name, because the old sheet and its table went away
    const name = resultSheet('排名-2026Q3', 0).blocks[0].tableName; // both fixtures use the same table name
    expect(wb.tables.map((t) => t.name).sort()).toEqual([name, `${name}_2`]);
  });

  it('leaves nothing half-written when Excel fails in the middle', async () => {
    const wb = workbookWithLedger();
    await writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 2)]);
    const before = wb.sheets.map((x) => x.name);
    wb.failOn = { label: /^charts\.add$/, code: 'GeneralException' };
    await expect(writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 4)])).rejects.toMatchObject({ kind: 'general' });
    wb.failOn = undefined;
    expect(wb.sheets.map((x) => x.name)).toEqual(before);
    expect(wb.sheet('排名-2026Q3')!.get(6, 1)).toBe(1); // still the old 2-row result
    expect(wb.sheet('排名-2026Q3')!.get(7, 1)).toBeUndefined();
  });

  it.each([
    ['ItemAlreadyExists', 'nameConflict', '名称'],
    ['InvalidOperationInCellEditMode', 'editMode', '编辑'],
    ['RequestPayloadSizeLimitExceeded', 'payload', '5 MB'],
    ['InvalidOperation', 'protected', '保护'],
  ])('explains %s in Chinese', async (code, kind, words) => {
    const wb = workbookWithLedger();
    wb.failOn = { label: /^range\.values$/, code };
    const err = await writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 2)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect(err).toMatchObject({ kind, code });
    expect((err as Error).message).toContain(words);
    wb.failOn = undefined;
    expect(wb.sheets.map((x) => x.name)).toEqual(['1月']);
  });

  it('refuses a protected workbook before writing anything', async () => {
    const wb = workbookWithLedger();
    wb.protected = true;
    await expect(writeSheets(wb.runtime(), [resultSheet('排名-2026Q3', 2)])).rejects.toMatchObject({ kind: 'protected' });
    expect(wb.sheets).toHaveLength(1);
  });

  it('adds settings sheets but never over an existing one', async () => {
    const wb = workbookWithLedger();
    wb.addSheet('统计规则', [['我的规则']]);
    const settings = (name: string): OutputSheet => ({ ...resultSheet(name, 1), kind: 'settings', charts: [] });
    const report = await writeSheets(wb.runtime(), [settings('统计规则'), settings('媒体目录')]);
    expect(report.written.map((w) => w.actual)).toEqual(['媒体目录']);
    expect(wb.sheet('统计规则')!.get(0, 0)).toBe('我的规则');
    expect(wb.sheet('媒体目录')).toBeDefined();
  });

  it.each([10_000, 100_000])('writes %i result rows with every request under 5 MB, round trips ~ rows/chunk', async (n) => {
    const wb = workbookWithLedger();
    const started = performance.now();
    await writeSheets(wb.runtime(), [resultSheet('校验-2026Q3', n)]);
    const elapsed = performance.now() - started;
    expect(wb.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const total = wb.syncs.reduce((t, s) => t + s.requestBytes, 0);
    // a batch ends at ~2 MB, or after SLICE_BUDGET_MS of preparing it (the pane gives the thread back)
    expect(wb.roundTrips).toBeLessThanOrEqual(4 + Math.ceil(total / 2_000_000) + Math.ceil(elapsed / SLICE_BUDGET_MS));
    expect(wb.roundTrips).toBeLessThan(n / 100);
    expect(wb.sheet('校验-2026Q3')!.get(5 + n - 1, 1)).toBe(n - 1);
  });
});
